/**
 * Imported sessions whose start has a date but no time: never a session at midnight. A frab
 * `date` without a time takes its time from `start`; without a readable time the session keeps
 * its day ("Time to be announced" on that day's tab), in frab, schedule2 and pretalx files.
 */
import { expect } from '@open-wc/testing';
import { importSchedule, type ImportedSchedule } from '../../src/feed/import/index.js';
import type { Session } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { captureConsole, shadow } from '../support/widgets.js';
import { article, cleanUp, click, container, programme, tab } from '../conf-programme/support.js';

function imported(document: unknown): ImportedSchedule {
  const result = importSchedule(document);
  if (!result || typeof result !== 'object') throw new Error('not recognised as a schedule');
  return result;
}

function byTitle(result: ImportedSchedule): Map<string, Session> {
  return new Map(((result.document.conferences?.[0]?.sessions ?? []) as Session[]).map((session) => [String(session.title), session]));
}

const DAY = '2024-06-26';

/** A frab file of one day, 26 June 2024 in Berlin, with `events` in one room. */
function frab(events: Record<string, unknown>[]): unknown {
  return {
    schedule: {
      version: '1',
      conference: {
        acronym: 'camp',
        title: 'Camp',
        start: DAY,
        end: DAY,
        time_zone_name: 'Europe/Berlin',
        days: [{ index: 1, date: DAY, rooms: { Aula: events.map((event, index) => ({ id: index + 1, room: 'Aula', ...event })) } }],
      },
    },
  };
}

const FRAB = frab([
  { title: 'Timed', date: `${DAY}T10:00:00+02:00`, start: '10:00', duration: '01:00' },
  { title: 'Date and clock', date: DAY, start: '14:00', duration: '01:30' },
  { title: 'Date only', date: DAY, start: '', duration: '' },
  { title: 'Listed only', date: null, start: null, duration: null },
]);

describe('imported starts with a date but no time', () => {
  afterEach(() => cleanUp(() => false));

  it('frab: a date without a time takes the time from start, else keeps the day without a time', () => {
    const result = imported(FRAB);
    const sessions = byTitle(result);
    expect(sessions.get('Timed')).to.include({ start: `${DAY}T10:00`, end: `${DAY}T11:00` });
    expect(sessions.get('Date and clock')).to.include({ start: `${DAY}T14:00`, end: `${DAY}T15:30` });
    for (const title of ['Date only', 'Listed only']) {
      expect(sessions.get(title)?.start, title).to.equal(DAY);
      expect(sessions.get(title)?.end, title).to.equal(undefined);
    }
    expect(validateFeed(result.document).ok).to.equal(true);
  });

  it('schedule2 and pretalx: a start without a time is its day, not midnight', () => {
    const schedule2 = imported({
      schedule: { version: '1', conference: { acronym: 'camp', title: 'Camp', start: DAY, end: DAY, time_zone_name: 'Europe/Berlin' } },
      events: [
        { guid: 'a', title: 'Timed', start: `${DAY}T10:00:00+02:00`, duration: '00:30', room: 'Aula' },
        { guid: 'b', title: 'Day', start: DAY, room: 'Aula' },
      ],
    });
    const pretalx = imported({
      timezone: 'Europe/Berlin',
      event_start: DAY,
      event_end: DAY,
      rooms: [{ id: 1, name: 'Aula' }],
      talks: [
        { code: 'AAA', title: 'Timed', room: 1, start: `${DAY}T10:00:00+02:00`, end: `${DAY}T10:30:00+02:00` },
        { code: 'BBB', title: 'Day', room: 1, start: DAY, end: `${DAY}T11:00:00+02:00` },
      ],
    });
    for (const result of [schedule2, pretalx]) {
      const sessions = byTitle(result);
      expect(sessions.get('Timed')?.start).to.equal(`${DAY}T10:00`);
      expect(sessions.get('Day')?.start).to.equal(DAY);
      expect(sessions.get('Day')?.end).to.equal(undefined);
      expect(validateFeed(result.document).ok).to.equal(true);
    }
  });

  it('shows such a session on its day with its time to be announced, and a date-and-clock one at its time', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(FRAB)], { type: 'application/json' }));
    try {
      const { value: element } = await captureConsole(() => programme({ attributes: { src: url }, container: container('800px') }));
      const root = shadow(element);
      expect(root.getElementById('tab-undated'), 'a tab of undated sessions').to.equal(null);
      if (root.getElementById('tab-all')) await click(element, tab(element, DAY));
      const time = (title: string) => {
        const session = [...root.querySelectorAll('[part~=panel] article')].find(
          (candidate) => candidate.querySelector('[part~=session-title]')?.textContent?.trim() === title,
        );
        return session?.querySelector('[part~=session-time]')?.textContent?.trim();
      };
      expect(time('Date and clock')).to.equal('14:00–15:30');
      expect(time('Date only')).to.be.oneOf(['Time to be announced', 'Time not recorded']);
      expect(time('Listed only')).to.be.oneOf(['Time to be announced', 'Time not recorded']);
      expect(article(element, 'frab-3').querySelector('[part~=session-calendar]'), 'the calendar menu of a session with a day').to.not.equal(null);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
