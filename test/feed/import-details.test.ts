/**
 * Details of imported schedules (issue 13, "Tracks and kinds from real schedules"):
 * speakers under schedule2's `participants`, each session's language.
 */
import { expect } from '@open-wc/testing';
import { importSchedule, type ImportedSchedule } from '../../src/feed/import/index.js';
import type { Session } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';

function imported(document: unknown): ImportedSchedule {
  const result = importSchedule(document);
  if (!result || typeof result !== 'object') throw new Error('not recognised as a schedule');
  return result;
}

function sessions(result: ImportedSchedule): Session[] {
  return (result.document.conferences?.[0]?.sessions ?? []) as Session[];
}

function schedule2(events: unknown[]): unknown {
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'test' },
    schedule: {
      version: '1',
      conference: { acronym: 'camp', title: 'Camp', start: '2024-06-25', end: '2024-06-26', time_zone_name: 'Europe/Berlin', rooms: [] },
    },
    events,
  };
}

describe('schedule2 participants', () => {
  it('imports speakers listed under participants, in the shape of persons', () => {
    const result = imported(
      schedule2([
        {
          guid: 'a1',
          title: 'Talk',
          date: '2024-06-25T10:00:00+02:00',
          duration: '00:30',
          room: 'Aula',
          participants: [{ guid: 'p-1', public_name: 'Anna Beispiel' }, 'Пётр Образцов'],
        },
        {
          guid: 'a2',
          title: 'Other',
          date: '2024-06-25T11:00:00+02:00',
          duration: '00:30',
          room: 'Aula',
          persons: ['Lena'],
          participants: [{ guid: 'p-1', name: 'Anna Beispiel' }],
        },
      ]),
    );
    expect(result.document.people?.map((person) => person.name)).to.deep.equal(['Anna Beispiel', 'Пётр Образцов', 'Lena']);
    const [first, second] = sessions(result);
    expect(first.speakers).to.have.length(2);
    const names = new Map(result.document.people!.map((person) => [person.id, person.name]));
    expect(second.speakers!.map((id) => names.get(id))).to.deep.equal(['Lena', 'Anna Beispiel']);
    expect(result.warnings.filter((warning) => warning.path.includes('participants'))).to.deep.equal([]);
  });

  it('warns when participants cannot be read', () => {
    const result = imported(schedule2([{ guid: 'a1', title: 'Talk', date: '2024-06-25T10:00:00+02:00', duration: '00:30', participants: 'Anna' }]));
    expect(result.warnings.map((warning) => warning.path)).to.include('$.events[0].participants');
    expect(sessions(result)[0].speakers).to.equal(undefined);
  });
});

describe('the language of imported sessions', () => {
  it('carries frab language and pretalx content_locale into the session, as a language code', async () => {
    const frab = imported(await (await fetch('/test/fixtures/schedules/frab-schedule.json')).json());
    const languages = sessions(frab).map((session) => session.language);
    expect(languages).to.include('ru').and.include('de');
    const pretalx = imported(await (await fetch('/test/fixtures/schedules/pretalx-widget.json')).json());
    expect(sessions(pretalx).map((session) => session.language)).to.include('ru');
    const result = validateFeed(frab.document);
    if (!result.ok) throw new Error('the imported feed is not valid');
    expect(result.warnings.filter((warning) => warning.path.endsWith('.language'))).to.deep.equal([]);
    expect(result.feed.conferences[0].sessions?.map((session) => session.language)).to.deep.equal(languages);
  });

  it('leaves out a language that is no language code', () => {
    const result = imported(schedule2([{ guid: 'a1', title: 'Talk', date: '2024-06-25T10:00:00+02:00', duration: '00:30', language: 'Russian, German' }]));
    expect(sessions(result)[0].language).to.equal(undefined);
  });
});
