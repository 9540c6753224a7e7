/**
 * Tracks from imported schedules (issue 13): frab's `track` names, pretalx's `tracks` directory
 * with colours and talks' track ids, and C3VOC schedule2's `track` objects or `{slug}` resolved
 * through the conference's `tracks` list. Each session names its track; a track's name is not
 * repeated as a topic; colours that are not #rgb or #rrggbb are reported and left out.
 */
import { expect } from '@open-wc/testing';
import { importSchedule, type ImportedSchedule } from '../../src/feed/import/index.js';
import type { Session, Track } from '../../src/feed/schema.js';
import { fastPathLoaded, validateFeed } from '../../src/feed/validate.js';

type Json = Record<string, unknown>;

function imported(document: unknown): ImportedSchedule {
  const result = importSchedule(document);
  if (!result) throw new Error('not recognised as a schedule');
  return result;
}

const sessionsOf = (result: ImportedSchedule) => (result.document.conferences![0].sessions ?? []) as Session[];
const tracksOf = (result: ImportedSchedule) => (result.document.conferences![0].tracks ?? []) as Track[];
/** Each session's id with the name of its track (or undefined). */
function trackNames(result: ImportedSchedule): [string, unknown][] {
  const byId = new Map(tracksOf(result).map((track) => [track.id, track.name]));
  return sessionsOf(result).map((session) => [session.id, session.track === undefined ? undefined : byId.get(session.track)]);
}
const warningsAt = (result: ImportedSchedule, path: string) => result.warnings.filter((warning) => warning.path === path).map((warning) => warning.message);

/** The feed is valid, and validation has nothing to say about its tracks. */
async function validTracks(result: ImportedSchedule): Promise<void> {
  await fastPathLoaded;
  const checked = validateFeed(result.document);
  if (!checked.ok) throw new Error(checked.failure.detail);
  expect(checked.warnings.filter((warning) => /track/.test(warning.path))).to.deep.equal([]);
  expect(checked.feed.conferences[0].tracks).to.deep.equal(tracksOf(result));
}

function frab(events: Json[], conference: Json = {}): Json {
  return {
    schedule: {
      conference: {
        acronym: 'camp',
        title: 'Camp',
        start: '2024-06-26',
        end: '2024-06-26',
        time_zone_name: 'Europe/Berlin',
        ...conference,
        days: [{ index: 1, date: '2024-06-26', rooms: { Aula: events } }],
      },
    },
  };
}
const frabEvent = (id: number, extra: Json = {}): Json => ({
  id,
  title: `Talk ${id}`,
  date: `2024-06-26T1${id % 10}:00:00+02:00`,
  duration: '00:45',
  ...extra,
});

describe('importSchedule: tracks', () => {
  it('frab: a track per distinct name, its id made from the name, with the colour of the conference’s tracks list', async () => {
    const result = imported(
      frab(
        [
          frabEvent(1, { track: 'Hardware & Making', language: 'en' }),
          frabEvent(2, { track: 'Ethics' }),
          frabEvent(3, { track: 'Hardware & Making' }),
          frabEvent(4, { track: 'Кино' }),
          frabEvent(5),
        ],
        { tracks: [{ name: 'Ethics', color: '#A1B2C3' }, { name: 'Hardware & Making', color: '#123' }, { name: 'Unused' }] },
      ),
    );
    expect(trackNames(result)).to.deep.equal([
      ['frab-1', 'Hardware & Making'],
      ['frab-2', 'Ethics'],
      ['frab-3', 'Hardware & Making'],
      ['frab-4', 'Кино'],
      ['frab-5', undefined],
    ]);
    // In the order of the tracks list, those it lacks after; only tracks that sessions use.
    expect(tracksOf(result).map(({ name, color }) => [name, color])).to.deep.equal([
      ['Ethics', '#a1b2c3'],
      ['Hardware & Making', '#123'],
      ['Кино', undefined],
    ]);
    const ids = tracksOf(result).map((track) => track.id);
    expect(new Set(ids).size).to.equal(3);
    expect(ids[0]).to.equal('track-Ethics');
    // Stable: the same name gives the same id in another import.
    expect(imported(frab([frabEvent(9, { track: 'Кино' })])).document.conferences![0].tracks![0].id).to.equal(ids[2]);
    // The track is not repeated as a topic; the language still is.
    expect(sessionsOf(result)[0].topics).to.deep.equal([{ de: 'Sprache: Englisch', ru: 'Язык: английский', en: 'Language: English' }]);
    expect(sessionsOf(result)[1].topics).to.equal(undefined);
    await validTracks(result);
  });

  it('frab: the first of a tracks list is the track, the others stay topics', () => {
    const result = imported(frab([frabEvent(1, { tracks: ['Ethics', 'Politics'] })]));
    expect(trackNames(result)).to.deep.equal([['frab-1', 'Ethics']]);
    expect(sessionsOf(result)[0].topics).to.deep.equal(['Politics']);
  });

  it('pretalx: the tracks directory with its colours, talks by track id; an unknown id is reported', async () => {
    const result = imported({
      timezone: 'Europe/Berlin',
      talks: [
        { code: 'A', title: 'A', start: '2024-06-26T10:00:00+02:00', duration: 30, track: 2 },
        { code: 'B', title: 'B', start: '2024-06-26T10:00:00+02:00', duration: 30, track: 1 },
        { code: 'C', title: 'C', start: '2024-06-26T11:00:00+02:00', duration: 30, track: 7 },
        { code: 'D', title: 'D', start: '2024-06-26T11:00:00+02:00', duration: 30, track: null },
      ],
      tracks: [
        { id: 1, name: { en: 'Science', de: 'Wissenschaft' }, color: '#2E7D32' },
        { id: 2, name: 'Art', color: 'red; background: url(https://evil.example/)' },
      ],
    });
    expect(trackNames(result)).to.deep.equal([
      ['pretalx-A', 'Art'],
      ['pretalx-B', { en: 'Science', de: 'Wissenschaft' }],
      ['pretalx-C', undefined],
      ['pretalx-D', undefined],
    ]);
    expect(tracksOf(result)).to.deep.equal([
      { id: 'track-1', name: { en: 'Science', de: 'Wissenschaft' }, color: '#2e7d32' },
      { id: 'track-2', name: 'Art' },
    ]);
    expect(warningsAt(result, '$.tracks[1].color').join()).to.contain('is not a colour as #rgb or #rrggbb; ignored');
    expect(warningsAt(result, '$.talks[2].track')).to.deep.equal(['unknown track "7"; left out']);
    expect(sessionsOf(result).every((session) => session.topics === undefined)).to.equal(true);
    await validTracks(result);
  });

  it('schedule2: track objects and {slug} resolved through the conference’s tracks list, without a misleading warning', async () => {
    const result = imported({
      version: '2.0',
      conference: {
        acronym: 'herbst',
        title: 'Herbst',
        time_zone_name: 'Europe/Berlin',
        tracks: [
          { name: 'Plenum', slug: 'plenum', color: '#003366' },
          { name: { de: 'Jugend', ru: 'Молодёжь' }, slug: 'jugend', color: '#2e7d32' },
        ],
      },
      events: [
        { id: 'e1', title: 'Opening', start: '2024-10-26T10:00:00+02:00', duration: '01:00', track: { slug: 'plenum' } },
        { id: 'e2', title: 'Forum', start: '2024-10-26T11:00:00+02:00', duration: '01:00', track: { slug: 'jugend' } },
        { id: 'e3', title: 'Workshop', start: '2024-10-26T12:00:00+02:00', duration: '01:00', track: { name: 'Workshops', color: '#7a1f79' } },
        { id: 'e4', title: 'Closing', start: '2024-10-26T13:00:00+02:00', duration: '01:00', track: 'Plenum' },
        { id: 'e5', title: 'Lost', start: '2024-10-26T14:00:00+02:00', duration: '01:00', track: { slug: 'nowhere' } },
      ],
    });
    expect(trackNames(result)).to.deep.equal([
      ['schedule2-e1', 'Plenum'],
      ['schedule2-e2', { de: 'Jugend', ru: 'Молодёжь' }],
      ['schedule2-e3', 'Workshops'],
      ['schedule2-e4', 'Plenum'],
      ['schedule2-e5', undefined],
    ]);
    expect(tracksOf(result)).to.deep.equal([
      { id: 'track-plenum', name: 'Plenum', color: '#003366' },
      { id: 'track-jugend', name: { de: 'Jugend', ru: 'Молодёжь' }, color: '#2e7d32' },
      { id: 'track-Workshops', name: 'Workshops', color: '#7a1f79' },
    ]);
    // The kinds are still guessed from the track names.
    expect(sessionsOf(result).map((session) => session.kind)).to.deep.equal(['plenary', 'youth-forum', 'working-group', 'plenary', 'other']);
    // {slug} of a listed track is read without a word; one of no listed track says just that.
    expect(result.warnings.filter((warning) => /track/.test(warning.path))).to.deep.equal([
      { path: '$.events[4].track', message: 'unknown track "nowhere"; left out' },
    ]);
    await validTracks(result);
  });

  it('the schedule2 fixture: its tracks, the colour an event gives, no topic repeating a track', async () => {
    const result = imported(await (await fetch('/test/fixtures/schedules/schedule2.json')).json());
    expect(trackNames(result).map(([, name]) => name)).to.deep.equal([
      'Plenum',
      'Workshop',
      'Empfang',
      'Exkursion',
      'Plenum',
      { de: 'Jugend', ru: 'Молодёжь' },
    ]);
    expect(tracksOf(result).find((track) => track.name === 'Plenum')?.color).to.equal('#003366');
    expect(sessionsOf(result).flatMap((session) => session.topics ?? [])).to.deep.equal([
      { de: 'Sprache: Deutsch', ru: 'Язык: немецкий', en: 'Language: German' },
      { de: 'Sprache: Russisch', ru: 'Язык: русский', en: 'Language: Russian' },
    ]);
    await validTracks(result);
  });
});
