/**
 * The schedule importers (frab, C3VOC schedule2, pretalx widget JSON) against
 * hand-written fixtures in test/fixtures/schedules/, and through the loader.
 * Counts are taken from the fixtures; expected times are worked out by hand in
 * the comments.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { importSchedule, kindFor, type ImportedSchedule } from '../../src/feed/import/index.js';
import { IdPool, makeId, shortHash, Warnings } from '../../src/feed/import/util.js';
import { forgetFeed, loadFeed, peekFeedObject, readFeedObject } from '../../src/feed/loader.js';
import type { FeedResult } from '../../src/feed/model.js';
import type { Session } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { captureConsole, resetPage, settled, shadow, texts } from '../support/widgets.js';

const DIR = '/test/fixtures/schedules';
const FILES = ['frab-schedule.json', 'frab-sloppy.json', 'schedule2.json', 'pretalx-widget.json', 'pretalx-sloppy.json'] as const;
type Json = Record<string, unknown>;

async function source(file: string): Promise<Json> {
  const response = await fetch(`${DIR}/${file}`);
  return (await response.json()) as Json;
}

function imported(document: unknown): ImportedSchedule {
  const result = importSchedule(document);
  if (!result) throw new Error('not recognised as a schedule');
  return result;
}

function sessionsOf(result: ImportedSchedule): Session[] {
  return (result.document.conferences?.[0]?.sessions ?? []) as Session[];
}

function session(result: ImportedSchedule, id: string): Session {
  const found = sessionsOf(result).find((item) => item.id === id);
  if (!found)
    throw new Error(
      `no session ${id}; there are ${sessionsOf(result)
        .map((item) => item.id)
        .join(', ')}`,
    );
  return found;
}

/** How many events the source holds, counted the way each format groups them. */
function eventCount(file: string, document: Json): number {
  if (file.startsWith('pretalx')) return (document['talks'] as unknown[]).length;
  if (file === 'schedule2.json') return (document['events'] as unknown[]).length;
  const days = ((document['schedule'] as Json)['conference'] as Json)['days'] as { rooms: Record<string, unknown[]> }[];
  return days.reduce((sum, day) => sum + Object.values(day.rooms).reduce((inner, events) => inner + events.length, 0), 0);
}

/** Follows a JSON path (`$.a[0]["b c"]`) through `document`; `undefined` when a step is missing. */
function follow(document: unknown, steps: readonly (string | number)[]): unknown {
  let value = document;
  for (const step of steps) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function pathSteps(path: string): (string | number)[] {
  expect(path, path).to.match(/^\$/);
  const steps: (string | number)[] = [];
  const token = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let consumed = 1;
  for (let match = token.exec(path); match; match = token.exec(path)) {
    expect(match.index, `${path} has something unreadable at ${consumed}`).to.equal(consumed);
    steps.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
    consumed = match.index + match[0].length;
  }
  expect(consumed, `${path} is read to its end`).to.equal(path.length);
  return steps;
}

describe('importSchedule', () => {
  const documents = new Map<string, Json>();
  before(async () => {
    for (const file of FILES) documents.set(file, await source(file));
  });

  it('recognises each format', () => {
    const formats = FILES.map((file) => importSchedule(documents.get(file))?.format);
    expect(formats).to.deep.equal(['frab', 'frab', 'schedule2', 'pretalx', 'pretalx']);
  });

  it('returns undefined for anything that is not one of the schedule formats, our own feed included', async () => {
    const missingVersion = await (await fetch('/test/fixtures/hostile/missing-version.json')).json();
    const others: unknown[] = [
      await sampleFeed(),
      missingVersion,
      null,
      [],
      'schedule',
      42,
      {},
      { version: 1 },
      { schedule: {} },
      { schedule: { conference: {} } },
      { talks: 'x' },
      { talks: [] },
      { events: [] },
      { events: [{ title: 'x' }] },
    ];
    for (const value of others) expect(importSchedule(value), JSON.stringify(value)?.slice(0, 60)).to.equal(undefined);
  });

  for (const file of FILES) {
    it(`keeps every event of ${file} as a session, and the result validates without losing one`, () => {
      const document = documents.get(file)!;
      const result = imported(document);
      const expected = eventCount(file, document);
      expect(expected).to.be.greaterThan(2);
      expect(result.document.conferences).to.have.length(1);
      expect(sessionsOf(result)).to.have.length(expected);
      const ids = sessionsOf(result).map((item) => item.id);
      expect(new Set(ids).size, 'unique ids').to.equal(ids.length);

      const validated = validateFeed(result.document);
      if (!validated.ok) throw new Error(validated.failure.detail);
      expect(validated.feed.conferences).to.have.length(1);
      expect(validated.feed.conferences[0].sessions).to.have.length(expected);
      expect(validated.warnings, JSON.stringify(validated.warnings)).to.deep.equal([]);
    });

    it(`names each warning for ${file} by a JSON path into that file`, () => {
      const document = documents.get(file)!;
      for (const warning of imported(document).warnings) {
        const steps = pathSteps(warning.path);
        // The path names an existing value, or a missing field of an existing object.
        const parent = follow(document, steps.slice(0, -1));
        expect(steps.length === 0 || (typeof parent === 'object' && parent !== null), `${warning.path}: ${warning.message}`).to.equal(true);
        expect(warning.message).to.be.a('string').and.not.equal('');
      }
    });
  }

  describe('frab', () => {
    let result: ImportedSchedule;
    before(() => {
      result = imported(documents.get('frab-schedule.json'));
    });

    it('makes the conference from the acronym, title, dates and time zone, with no ordinal and no host cities', () => {
      const conference = result.document.conferences![0];
      expect(conference.id).to.equal('dr-spk-2024');
      expect(conference.title).to.equal('Deutsch-Russische Partnerschaftstage 2024 / Дни партнёрства 2024');
      expect([conference.start, conference.end, conference.timeZone]).to.deep.equal(['2024-06-26', '2024-06-27', 'Europe/Berlin']);
      expect(conference.ordinal).to.equal(undefined);
      expect(conference.hostCities).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
    });

    it('converts times to local times of the conference zone', () => {
      // 10:00+02:00 in June is already Berlin summer time: 10:00–11:30 (duration 01:30).
      expect([session(result, 'frab-101').start, session(result, 'frab-101').end]).to.deep.equal(['2024-06-26T10:00', '2024-06-26T11:30']);
      // Written in Moscow time (UTC+3 all year, no daylight saving): 10:00+03:00 = 07:00 UTC = 09:00 CEST; +00:45 → 09:45.
      expect([session(result, 'frab-201').start, session(result, 'frab-201').end]).to.deep.equal(['2024-06-27T09:00', '2024-06-27T09:45']);
      // 23:30 plus 01:30 runs past midnight: ends 01:00 the next day.
      expect([session(result, 'frab-104').start, session(result, 'frab-104').end]).to.deep.equal(['2024-06-26T23:30', '2024-06-27T01:00']);
    });

    it('makes the room the venue', () => {
      expect(session(result, 'frab-102').venue).to.equal('Зал Калуга');
      expect(session(result, 'frab-103').venue).to.equal('Raum 3 / Комната 3');
    });

    it('collects persons once in people and names them as speakers', () => {
      expect(session(result, 'frab-101').speakers).to.deep.equal(['frab-person-7', 'frab-person-8']);
      expect(session(result, 'frab-102').speakers).to.deep.equal(['frab-person-8']);
      expect(result.document.people).to.deep.equal([
        { id: 'frab-person-7', name: 'Anna Beispiel' },
        { id: 'frab-person-8', name: 'Иван Примеров' },
        { id: 'frab-person-c0000000-0000-4000-8000-000000000009', name: 'Olga Muster' },
      ]);
      expect(session(result, 'frab-103').speakers).to.equal(undefined);
    });

    it('maps tracks and types to kinds, names the track and keeps the language as a topic', () => {
      const kinds = Object.fromEntries(sessionsOf(result).map((item) => [item.id, item.kind]));
      expect(kinds).to.deep.equal({
        'frab-101': 'plenary',
        'frab-104': 'culture',
        'frab-102': 'working-group',
        'frab-103': 'excursion',
        'frab-202': 'reception',
        'frab-201': 'plenary',
        'frab-203': 'youth-forum',
        'frab-204': 'other',
      });
      expect(session(result, 'frab-101').track).to.equal('track-Plenum');
      expect(session(result, 'frab-101').topics).to.deep.equal([{ de: 'Sprache: Deutsch', ru: 'Язык: немецкий', en: 'Language: German' }]);
      expect(session(result, 'frab-204').topics).to.equal(undefined);
    });

    it('joins subtitle, abstract and description, and keeps the event page and links', () => {
      expect(session(result, 'frab-101').description).to.equal(
        'Открытие дней партнёрства\n\nBegrüßung durch beide Partnerstädte.\n\nGrußworte aus Kaluga und Suhl, mit Übersetzung ins Russische.',
      );
      expect(session(result, 'frab-101').links?.map((link) => link.url)).to.deep.equal([
        'https://programm.example.org/dr-spk-2024/events/101.html',
        'https://programm.example.org/dr-spk-2024/slides/101.pdf',
      ]);
    });
  });

  describe('a sloppy frab file', () => {
    let result: ImportedSchedule;
    const warned = (path: string) => result.warnings.filter((warning) => warning.path === path).map((warning) => warning.message);
    before(() => {
      result = imported(documents.get('frab-sloppy.json'));
    });

    it('takes the zone from the first offset when time_zone_name is missing, and says so', () => {
      const conference = result.document.conferences![0];
      // +03:00 is a whole-hour offset: Etc/GMT-3 (the Etc names count the other way round).
      expect(conference.timeZone).to.equal('Etc/GMT-3');
      expect(warned('$.schedule.conference.time_zone_name').join()).to.contain('Etc/GMT-3');
      // In a fixed +03:00 zone, the times stay as written.
      expect(session(result, 'frab-301').start).to.equal('2023-09-14T10:00');
    });

    it('gives a conference id without spaces for an acronym with spaces', () => {
      expect(result.document.conferences![0].id).to.match(/^Kaluga-Tage-2023-[a-z0-9]+$/);
    });

    it('reads a duration given as a number as minutes, with a warning', () => {
      expect(session(result, 'frab-302').end).to.equal('2023-09-14T11:30');
      expect(warned('$.schedule.conference.days[0].rooms["Зал 2"][0].duration').join()).to.contain('90 minutes');
    });

    it('keeps an event without a duration, without an end', () => {
      expect(session(result, 'frab-303').start).to.equal('2023-09-14T13:00');
      expect(session(result, 'frab-303').end).to.equal(undefined);
      expect(warned('$.schedule.conference.days[0].rooms["Зал 2"][1].duration')).to.have.length(1);
    });

    it('uses the day and start time for an event without a date', () => {
      expect([session(result, 'frab-304').start, session(result, 'frab-304').end]).to.deep.equal(['2023-09-14T18:30', '2023-09-14T20:30']);
      expect(session(result, 'frab-304').kind).to.equal('reception');
      expect(warned('$.schedule.conference.days[0].rooms.Foyer[0].date')).to.have.length(1);
    });

    it('renames a repeated id and names an untitled event by its slug', () => {
      expect(session(result, 'frab-301-2').title).to.equal('Открытие, повтор (doppelte id)');
      expect(warned('$.schedule.conference.days[1].rooms.Aula[0]').join()).to.contain('frab-301-2');
      expect(session(result, 'frab-KALUGA-NO-ID').title).to.equal('KALUGA-NO-ID');
      expect(warned('$.schedule.conference.days[1].rooms.Foyer[0].title')).to.have.length(1);
    });

    it('says so when a start or end falls in the hour the clocks pass twice, before they go back: the feed’s local time reads as the second', () => {
      const event = (id: number, date: string, duration: string) => ({ id, date, start: date.slice(11, 16), duration, room: 'Aula', title: `Nacht ${id}` });
      const night = imported({
        schedule: {
          conference: {
            acronym: 'nacht',
            title: 'Nacht',
            time_zone_name: 'Europe/Berlin',
            days: [
              {
                index: 1,
                date: '2024-10-26',
                rooms: {
                  // 01:30–02:00 CEST: its end, 00:00 UTC, is written 02:00, which the feed reads as 02:00 CET (01:00 UTC).
                  // 02:30–03:00 CET and 10:00 CEST the day before: each local time means itself.
                  Aula: [
                    event(1, '2024-10-27T01:30:00+02:00', '00:30'),
                    event(2, '2024-10-27T02:30:00+01:00', '00:30'),
                    event(3, '2024-10-26T10:00:00+02:00', '01:00'),
                  ],
                },
              },
            ],
          },
        },
      });
      expect([session(night, 'frab-1').start, session(night, 'frab-1').end]).to.deep.equal(['2024-10-27T01:30', '2024-10-27T02:00']);
      const about = (index: number) =>
        night.warnings.filter((warning) => warning.path === `$.schedule.conference.days[0].rooms.Aula[${index}]`).map((warning) => warning.message);
      expect(about(0)).to.have.length(1);
      expect(about(0)[0]).to.contain('ends at 02:00').and.to.contain('60 minutes later');
      expect(about(1)).to.deep.equal([]);
      expect(about(2)).to.deep.equal([]);
    });

    it('makes people of persons given as objects with a name and as bare names', () => {
      const names = (result.document.people ?? []).map((person) => person.name);
      expect(names).to.deep.equal(['Мария Образец', 'Peter Platzhalter']);
      expect(session(result, 'frab-301').speakers).to.have.length(2);
    });
  });

  describe('schedule2', () => {
    let result: ImportedSchedule;
    before(() => {
      result = imported(documents.get('schedule2.json'));
    });

    it('reads localisable titles and the conference dates given as date-times', () => {
      const conference = result.document.conferences![0];
      expect(conference.title).to.deep.equal({ de: 'Herbsttreffen der Partnerstädte', ru: 'Осенняя встреча городов-партнёров' });
      expect([conference.start, conference.end]).to.deep.equal(['2024-10-26', '2024-10-27']);
      expect(session(result, 'schedule2-herbst-1').title).to.deep.equal({ de: 'Plenarsitzung', ru: 'Пленарное заседание' });
    });

    it('converts times across the end of daylight-saving time', () => {
      // Berlin leaves summer time on 27 Oct 2024 at 01:00 UTC (03:00 CEST → 02:00 CET).
      // 00:30Z is before the change: +2 h → 02:30. 01:30Z is after it: +1 h → 02:30 again.
      const night = session(result, 'schedule2-herbst-4');
      expect([night.start, night.end]).to.deep.equal(['2024-10-27T02:30', '2024-10-27T02:30']);
      expect(result.warnings.find((warning) => warning.path === '$.events[3]')?.message).to.contain('60 minutes');
      // 10:00+01:00 on the 27th is already winter time: stays 10:00.
      expect(session(result, 'schedule2-herbst-5').start).to.equal('2024-10-27T10:00');
      // 10:00+02:00 on the 26th is summer time: stays 10:00.
      expect(session(result, 'schedule2-herbst-1').end).to.equal('2024-10-26T11:00');
    });

    it('finds rooms given by name, by guid of the conference room list and as objects', () => {
      expect(session(result, 'schedule2-herbst-1').venue).to.equal('Aula');
      expect(session(result, 'schedule2-herbst-2').venue).to.equal('Зал 2');
      expect(session(result, 'schedule2-herbst-3').venue).to.equal('Foyer');
      expect(session(result, 'schedule2-herbst-5').venue).to.equal('Aula');
    });

    it('maps kinds and keeps localised track names as tracks', () => {
      expect(sessionsOf(result).map((item) => item.kind)).to.deep.equal(['plenary', 'working-group', 'reception', 'excursion', 'plenary', 'youth-forum']);
      const track = session(result, 'schedule2-herbst-6').track;
      expect(result.document.conferences![0].tracks!.find((item) => item.id === track)?.name).to.deep.equal({ de: 'Jugend', ru: 'Молодёжь' });
    });

    it('collects persons given as names and as objects, the same name once', () => {
      expect(result.document.people?.map((person) => person.name)).to.deep.equal(['Anna Beispiel', 'Пётр Образцов']);
      expect(session(result, 'schedule2-herbst-5').speakers).to.deep.equal([session(result, 'schedule2-herbst-1').speakers![0]]);
    });
  });

  describe('pretalx', () => {
    let result: ImportedSchedule;
    before(() => {
      result = imported(documents.get('pretalx-widget.json'));
    });

    it('uses the file time zone and converts UTC times into it', () => {
      const conference = result.document.conferences![0];
      expect([conference.timeZone, conference.start, conference.end]).to.deep.equal(['Europe/Moscow', '2024-05-14', '2024-05-15']);
      // Moscow is UTC+3 all year: 07:00Z → 10:00, 08:30Z → 11:30; 16:00Z → 19:00.
      expect([session(result, 'pretalx-PLN1AB').start, session(result, 'pretalx-PLN1AB').end]).to.deep.equal(['2024-05-14T10:00', '2024-05-14T11:30']);
      expect(session(result, 'pretalx-KUL3FG').start).to.equal('2024-05-14T19:00');
      // Already written in +03:00: unchanged.
      expect(session(result, 'pretalx-WS2CDE').start).to.equal('2024-05-14T10:00');
    });

    it('looks up rooms, tracks and speakers by id', () => {
      expect(session(result, 'pretalx-PLN1AB').venue).to.deep.equal({ de: 'Großer Saal', ru: 'Большой зал' });
      expect(session(result, 'pretalx-WS2CDE').venue).to.equal('Konferenzraum B');
      expect(session(result, 'pretalx-PLN1AB').track).to.equal('track-10');
      expect(result.document.conferences![0].tracks![0]).to.deep.equal({ id: 'track-10', name: { de: 'Plenum', ru: 'Пленарное заседание' }, color: '#1f4e79' });
      expect(session(result, 'pretalx-PLN1AB').speakers).to.deep.equal(['pretalx-speaker-ABCDEF', 'pretalx-speaker-GHIJKL']);
      expect(result.document.people).to.deep.equal([
        { id: 'pretalx-speaker-ABCDEF', name: 'Anna Beispiel' },
        { id: 'pretalx-speaker-GHIJKL', name: 'Игорь Тестов' },
      ]);
    });

    it('maps tracks, and the submission type when there is no track, to kinds', () => {
      // In the order of the file's rooms (the grid's columns follow it): room 1's two talks first.
      expect(sessionsOf(result).map((item) => item.kind)).to.deep.equal(['plenary', 'plenary', 'working-group', 'culture', 'excursion']);
    });

    it('reads a file as pretalx writes it today: the session type (a text or one per language) picks the kind, a break is a session of kind break, the rest is no warning', () => {
      // The fields of pretalx's widget data (Schedule.build_data): talks with `session_type`, `tags`,
      // `fav_count`, `do_not_record`, `content_locale`, a break without `code` whose title is
      // localised, and `content_locales`, `feature_flags` and more beside the talks. No track here.
      const talk = (code: string, title: string, start: string, sessionType: unknown) => ({
        code,
        id: code.length,
        title,
        abstract: '',
        description: null,
        speakers: ['SPK1'],
        track: null,
        start,
        end: start.replace(':00+03:00', ':45+03:00'),
        room: 1,
        duration: 45,
        updated: '2024-05-01T12:00:00+00:00',
        state: null,
        fav_count: 0,
        do_not_record: null,
        tags: [],
        session_type: sessionType,
        content_locale: 'de',
      });
      const current = imported({
        talks: [
          talk('KEY1', 'Städte verbinden', '2024-05-14T10:00:00+03:00', 'Keynote'),
          talk('WSH22', 'Jugendaustausch planen', '2024-05-14T11:00:00+03:00', { en: 'Workshop', de: 'Workshop', ru: 'Семинар' }),
          talk('TLK333', 'Bürgerbegegnungen', '2024-05-14T12:00:00+03:00', { en: 'Talk', de: 'Vortrag' }),
          { id: 9, title: { en: 'Coffee break', de: 'Kaffeepause' }, start: '2024-05-14T13:00:00+03:00', end: '2024-05-14T13:30:00+03:00', room: 1 },
        ],
        version: '1.0',
        timezone: 'Europe/Moscow',
        event_start: '2024-05-14',
        event_end: '2024-05-15',
        content_locales: ['de', 'ru'],
        feature_flags: { session_popularity_enabled: false, session_popularity_show_on_calendar: true, session_popularity_show_on_list: true },
        tracks: [],
        rooms: [{ id: 1, name: { de: 'Großer Saal', ru: 'Большой зал' }, description: '', video_url: '' }],
        speakers: [
          {
            code: 'SPK1',
            name: 'Anna Beispiel',
            biography: '',
            avatar: null,
            avatar_thumbnail_default: null,
            avatar_thumbnail_tiny: null,
            is_featured: false,
            featured_position: null,
          },
        ],
      });
      expect(current.warnings).to.deep.equal([]);
      const kinds = Object.fromEntries(sessionsOf(current).map((item) => [item.id, item.kind]));
      expect(kinds).to.deep.equal({ 'pretalx-KEY1': 'plenary', 'pretalx-WSH22': 'working-group', 'pretalx-TLK333': 'other', 'pretalx-9': 'break' });
      expect(session(current, 'pretalx-9').title).to.deep.equal({ en: 'Coffee break', de: 'Kaffeepause' });
      expect(session(current, 'pretalx-9').start).to.equal('2024-05-14T13:00');
    });

    it('reads a talk’s tags as its topics, before its language, without a say in the kind, and reports an unknown tag', () => {
      // pretalx's widget (since tags) reads `tags: [{id, name, color}]` beside the talks and `tags: [id, …]` on each talk.
      const tags = [
        { id: 3, name: { en: 'Sustainability', de: 'Nachhaltigkeit' }, color: '#2e7d32' },
        { id: 4, name: 'Workshop', color: '#1f4e79' },
      ];
      const current = imported({
        talks: [
          {
            code: 'TG1',
            title: 'Grüne Partnerschaften',
            start: '2024-05-14T10:00:00+02:00',
            duration: 30,
            room: 1,
            session_type: 'Talk',
            content_locale: 'de',
            tags: [4, 3, 99],
          },
          { code: 'TG2', title: 'Ohne Schlagworte', start: '2024-05-14T11:00:00+02:00', duration: 30, room: 1, tags: [] },
          { code: 'TG3', title: 'Schlagwort als Name', start: '2024-05-14T12:00:00+02:00', duration: 30, room: 1, tags: ['Jugend'] },
        ],
        timezone: 'Europe/Berlin',
        rooms: [{ id: 1, name: 'Saal' }],
        tags,
      });
      const first = session(current, 'pretalx-TG1');
      expect(first.topics).to.have.length(3);
      expect(first.topics!.slice(0, 2)).to.deep.equal([tags[1].name, tags[0].name]);
      // The last topic is the talk's language, as before.
      expect(JSON.stringify(first.topics![2])).to.match(/German|Deutsch/);
      // "Workshop" as a tag is a label, not the session's type: the kind stays the type's.
      expect(first.kind).to.equal('other');
      expect(session(current, 'pretalx-TG2').topics).to.equal(undefined);
      // A tag given by name (no id in the file's list) is taken as its name; "Jugend" as a tag does not make a youth forum.
      expect(session(current, 'pretalx-TG3').topics).to.deep.equal(['Jugend']);
      expect(session(current, 'pretalx-TG3').kind).to.equal('other');
      expect(current.warnings.map((warning) => [warning.path, warning.message])).to.deep.equal([['$.talks[0].tags[2]', 'unknown tag 99; left out']]);
    });

    it('reports a speakers, tags or links field that is not a list, and reads the talk without it', () => {
      const current = imported({
        talks: [
          { code: 'NL1', title: 'Listen', start: '2024-05-14T10:00:00+02:00', duration: 30, speakers: 'SPK1', tags: 5, links: { url: 'https://example.org' } },
        ],
        timezone: 'Europe/Berlin',
      });
      expect(current.warnings.map((warning) => [warning.path, warning.message])).to.deep.equal([
        ['$.talks[0].tags', 'expected a list of tag ids, found a number; ignored'],
        ['$.talks[0].speakers', 'expected a list of speaker codes, found a string; ignored'],
        ['$.talks[0].links', 'expected a list of links, found an object; ignored'],
      ]);
      const talk = session(current, 'pretalx-NL1');
      expect([talk.speakers, talk.topics, talk.links]).to.deep.equal([undefined, undefined, undefined]);
    });

    it('reports an unknown room and an unknown speaker, not the missing title, and reads ids given as strings', () => {
      const sloppy = imported(documents.get('pretalx-sloppy.json'));
      const paths = sloppy.warnings.map((warning) => warning.path);
      expect(paths).to.include.members(['$.talks[0].speakers[1]', '$.talks[1].room', '$.talks[1].duration']);
      // No title is how pretalx writes its widget file: not reported.
      expect(paths).to.not.include('$');
      expect(session(sloppy, 'pretalx-SL1').venue).to.equal('Saal 2');
      expect(session(sloppy, 'pretalx-SL1').end).to.equal('2024-05-14T10:45');
      expect(session(sloppy, 'pretalx-SL1').kind).to.equal('youth-forum');
      expect(session(sloppy, 'pretalx-SL3').venue).to.equal('Zelt am Fluss');
    });
  });

  describe('kindFor', () => {
    it('matches keywords in German, Russian and English, AG only in capitals', () => {
      const cases: [string, string][] = [
        ['Keynote', 'plenary'],
        ['Plenum', 'plenary'],
        ['Пленарное заседание', 'plenary'],
        ['Working group 2', 'working-group'],
        ['Arbeitsgruppe Kultur', 'working-group'],
        ['AG 3', 'working-group'],
        ['Рабочая группа 1', 'working-group'],
        ['Tagung', 'other'],
        ['Konzert', 'culture'],
        ['Молодёжный форум', 'youth-forum'],
        ['City tour', 'excursion'],
        ['Tourism', 'other'],
        ['Экскурсия', 'excursion'],
        ['Empfang', 'reception'],
        ['Приём', 'reception'],
        ['Talk', 'other'],
        ['Coffee break', 'break'],
        ['Kaffeepause', 'break'],
        ['Перерыв', 'break'],
        ['Кофе-брейк', 'break'],
        ['Breakout session', 'other'],
      ];
      for (const [label, kind] of cases) expect(kindFor([label]), label).to.equal(kind);
      expect(kindFor([undefined, 'workshop'])).to.equal('working-group');
    });
  });
});

describe('importSchedule with absurd values', () => {
  /** A pretalx widget file with these talks, in Europe/Berlin. */
  function pretalx(talks: Json[]): Json {
    return { timezone: 'Europe/Berlin', title: 'Absurd', slug: 'absurd', talks };
  }
  const talk = (code: string, extra: Json = {}): Json => ({ code, title: code, start: '2024-06-26T10:00:00+02:00', ...extra });
  const warned = (result: ImportedSchedule, path: string) => result.warnings.filter((warning) => warning.path === path).map((warning) => warning.message);

  it('keeps a talk with an absurd duration (1e12, 1e308 minutes) without an end, with a warning, and the rest as they are', () => {
    const result = imported(
      pretalx([talk('A', { duration: 30 }), talk('B', { duration: 1e12 }), talk('C', { duration: 1e308 }), talk('D', { duration: '99999999999999' })]),
    );
    expect(sessionsOf(result).map((item) => [item.id, item.start, item.end])).to.deep.equal([
      ['pretalx-A', '2024-06-26T10:00', '2024-06-26T10:30'],
      ['pretalx-B', '2024-06-26T10:00', undefined],
      ['pretalx-C', '2024-06-26T10:00', undefined],
      ['pretalx-D', '2024-06-26T10:00', undefined],
    ]);
    for (const index of [1, 2, 3]) expect(warned(result, `$.talks[${index}].duration`).join(), `talk ${index}`).to.contain('no end time');
    const validated = validateFeed(result.document);
    if (!validated.ok) throw new Error(validated.failure.detail);
    expect(validated.feed.conferences[0].sessions).to.have.length(4);
  });

  it('keeps a frab event with an absurd duration without an end', () => {
    const frab = {
      schedule: {
        conference: {
          acronym: 'absurd',
          title: 'Absurd',
          time_zone_name: 'Europe/Berlin',
          days: [{ date: '2024-06-26', rooms: { Aula: [{ id: 1, title: 'x', date: '2024-06-26T10:00:00+02:00', duration: 1e12 }] } }],
        },
      },
    };
    const result = imported(frab);
    expect([sessionsOf(result)[0].start, sessionsOf(result)[0].end]).to.deep.equal(['2024-06-26T10:00', undefined]);
    expect(warned(result, '$.schedule.conference.days[0].rooms.Aula[0].duration').join()).to.contain('no end time');
  });

  it('keeps a talk whose local time falls in the year 10000 as a session without a time, with a warning naming its path', () => {
    // 23:30 at UTC-5 on the last day of 9999 is 05:30 on 1 January 10000 in Berlin.
    const result = imported(
      pretalx([
        talk('A', { duration: 30 }),
        talk('LATE', { start: '9999-12-31T23:30:00-05:00', end: '9999-12-31T23:59:00-05:00' }),
        talk('END', { start: '9999-12-31T10:00:00Z', end: '9999-12-31T23:30:00-05:00' }),
      ]),
    );
    expect(sessionsOf(result).map((item) => [item.id, item.start, item.end])).to.deep.equal([
      ['pretalx-A', '2024-06-26T10:00', '2024-06-26T10:30'],
      ['pretalx-LATE', undefined, undefined],
      ['pretalx-END', '9999-12-31T11:00', undefined],
    ]);
    expect(warned(result, '$.talks[1].start').join()).to.contain('10000').and.contain('no time');
    expect(warned(result, '$.talks[2].end').join()).to.contain('10000').and.contain('no end time');
    const validated = validateFeed(result.document);
    if (!validated.ok) throw new Error(validated.failure.detail);
    expect(validated.feed.conferences[0].sessions?.map((item) => item.id)).to.deep.equal(['pretalx-A', 'pretalx-LATE', 'pretalx-END']);
  });

  it('takes the conference days from the sessions when event_start falls in the year 10000', () => {
    const result = imported({ ...pretalx([talk('A', { duration: 30 })]), event_start: '9999-12-31T23:30:00-05:00' });
    expect(result.document.conferences![0].start).to.equal('2024-06-26');
    expect(warned(result, '$.event_start').join()).to.contain('10000');
  });
});

interface Work<T> {
  value: T;
  /** `has` calls on Sets and Maps. */
  lookups: number;
  /**
   * Elements of arrays searched or filtered (some, find, findIndex, includes,
   * indexOf, filter), each call counted at full length. A talk costs about 150
   * (the parts of a formatted date are searched by type); a search of all
   * sessions per session would cost thousands.
   */
  scanned: number;
  /** Characters handed to regular expressions (each search from the start counts the whole text). */
  matched: number;
  /** `Intl.DisplayNames` built. */
  displayNames: number;
  /** `Intl.DateTimeFormat#formatToParts` calls: each reads a zone's offset at an instant. */
  formattedParts: number;
}

/** Runs `run` with meters on the operations a quadratic importer would repeat, and puts everything back. */
function metered<T>(run: () => T): Work<T> {
  const counts = { lookups: 0, scanned: 0, matched: 0, displayNames: 0, formattedParts: 0 };
  const restore: (() => void)[] = [];
  function wrap<O extends object>(target: O, key: keyof O & string, count: (self: unknown, args: unknown[]) => void): void {
    const original = target[key] as (...args: unknown[]) => unknown;
    target[key] = function (this: unknown, ...args: unknown[]) {
      count(this, args);
      return original.apply(this, args);
    } as O[keyof O & string];
    restore.push(() => (target[key] = original as O[keyof O & string]));
  }
  wrap(Set.prototype, 'has', () => counts.lookups++);
  wrap(Map.prototype, 'has', () => counts.lookups++);
  for (const method of ['some', 'find', 'findIndex', 'includes', 'indexOf', 'filter'] as const) {
    wrap(Array.prototype, method, (self) => (counts.scanned += (self as unknown[]).length));
  }
  wrap(RegExp.prototype, 'exec', (self, args) => {
    if ((self as RegExp).lastIndex === 0) counts.matched += String(args[0]).length;
  });
  const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
  const DisplayNames = intl.DisplayNames;
  intl.DisplayNames = class extends DisplayNames {
    constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
      super(...args);
      counts.displayNames++;
    }
  };
  restore.push(() => (intl.DisplayNames = DisplayNames));
  wrap(Intl.DateTimeFormat.prototype, 'formatToParts', () => counts.formattedParts++);
  try {
    const value = run();
    return { value, ...counts };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

describe('importSchedule does work in proportion to the file', () => {
  const N = 20_000;

  it(`gives ${N} talks sharing one code ${N} distinct ids, with a linear number of lookups`, () => {
    const talks = Array.from({ length: N }, (_, index) => ({ code: 'SAME', title: `Talk ${index}`, start: '2024-06-26T10:00:00+02:00', duration: 30 }));
    const work = metered(() => imported({ timezone: 'Europe/Berlin', title: 'Many', talks }));
    const ids = sessionsOf(work.value).map((item) => item.id);
    expect(ids).to.deep.equal(['pretalx-SAME', ...Array.from({ length: N - 1 }, (_, index) => `pretalx-SAME-${index + 2}`)]);
    expect(work.value.warnings.filter((warning) => warning.message.includes('is used twice'))).to.have.length(N - 1);
    expect(work.lookups, 'Set/Map lookups').to.be.at.most(4 * N);
    expect(work.scanned, 'array elements searched').to.be.at.most(250 * N);
  });

  it('hands out ids that are never taken, also when the numbered ids already exist', () => {
    const pool = new IdPool();
    const warnings = new Warnings();
    const claim = (id: string) => pool.claim(id, '$', warnings);
    expect(['a-3', 'a', 'a', 'a', 'a', 'a-2', 'a-5', 'b', 'a'].map(claim)).to.deep.equal(['a-3', 'a', 'a-2', 'a-4', 'a-5', 'a-2-2', 'a-5-2', 'b', 'a-6']);
    // Thousands of copies of ids whose numbered forms are partly taken: every id distinct, lookups linear.
    const work = metered(() => {
      const given: string[] = [];
      for (let index = 0; index < N; index++) given.push(claim(index % 3 === 0 ? `c-${index}` : 'c'));
      return given;
    });
    expect(new Set(work.value).size).to.equal(N);
    expect(work.lookups).to.be.at.most(3 * N);
  });

  it(`reads a talk with ${N} links, half of them repeated, keeping the first of each in order`, () => {
    const links = Array.from({ length: N }, (_, index) => ({ url: `https://example.org/${index % (N / 2)}`, title: `Link ${index}` }));
    const talk = { code: 'L', title: 'Links', start: '2024-06-26T10:00:00+02:00', url: 'https://example.org/own', links };
    const work = metered(() => imported({ timezone: 'Europe/Berlin', title: 'Links', talks: [talk] }));
    expect(sessionsOf(work.value)[0].links).to.deep.equal([
      { url: 'https://example.org/own', label: { de: 'Zur Veranstaltung', ru: 'Страница мероприятия', en: 'Event page' } },
      ...Array.from({ length: N / 2 }, (_, index) => ({ url: `https://example.org/${index}`, label: `Link ${index}` })),
    ]);
    expect(work.scanned, 'array elements searched').to.be.at.most(250 * N);
    expect(work.lookups).to.be.at.most(4 * N);
  });

  it('matches a long track name shared by many talks against the kind keywords once, and builds the language names once', () => {
    const track = 'Track '.repeat(3_000);
    const talks = Array.from({ length: 2_000 }, (_, index) => ({
      code: `T${index}`,
      title: `Talk ${index}`,
      start: '2024-06-26T10:00:00+02:00',
      track: 1,
      content_locale: index % 2 === 0 ? 'ru' : 'de',
    }));
    const document = { timezone: 'Europe/Berlin', title: 'Tracks', tracks: [{ id: 1, name: track }], talks };
    const work = metered(() => imported(document));
    expect(sessionsOf(work.value).map((item) => item.kind)).to.deep.equal(talks.map(() => 'other'));
    expect(sessionsOf(work.value)[1].track).to.equal('track-1');
    expect(work.value.document.conferences![0].tracks).to.deep.equal([{ id: 'track-1', name: track.trim() }]);
    expect(sessionsOf(work.value)[1].topics).to.deep.equal([{ de: 'Sprache: Deutsch', ru: 'Язык: немецкий', en: 'Language: German' }]);
    expect(work.matched, 'characters matched against regular expressions').to.be.at.most(10 * JSON.stringify(document).length);
    expect(work.displayNames, 'Intl.DisplayNames built').to.be.at.most(3);
  });

  it('reads the offset of each distinct start and end time once, not once per talk', () => {
    // 2,000 talks in 10 slots of one day (five rooms' worth repeated), with and without written offsets.
    const slots = Array.from({ length: 10 }, (_, slot) => `2031-03-${String(10 + slot).padStart(2, '0')}T${String(8 + slot).padStart(2, '0')}:15:00`);
    const talks = Array.from({ length: 2_000 }, (_, index) => ({
      code: `Z${index}`,
      title: `Talk ${index}`,
      start: slots[index % slots.length] + (index % 2 === 0 ? '+03:00' : ''),
      duration: 45,
    }));
    const work = metered(() => imported({ timezone: 'Europe/Samara', title: 'Slots', talks }));
    expect(sessionsOf(work.value)[1].start).to.equal('2031-03-11T09:15');
    expect(sessionsOf(work.value)[1].end).to.equal('2031-03-11T10:00');
    // 20 written times (10 local, 10 with an offset) give at most 40 instants; each local time takes two readings to settle.
    expect(work.formattedParts, 'zone offsets read with formatToParts').to.be.at.most(100);
  });

  it('makes the fallback ids of a frab room with a long name without reading the name once per event', () => {
    const room = 'Зал '.repeat(25_000);
    const events = Array.from({ length: 2_000 }, (_, index) => ({ title: `Event ${index}`, date: '2024-06-26T10:00:00+02:00', duration: '00:30' }));
    const document = {
      schedule: {
        conference: { acronym: 'long', title: 'Long room', time_zone_name: 'Europe/Berlin', days: [{ date: '2024-06-26', rooms: { [room]: events } }] },
      },
    };
    const work = metered(() => imported(document));
    const ids = sessionsOf(work.value).map((item) => item.id);
    expect(new Set(ids).size).to.equal(events.length);
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
    expect(work.matched, 'characters matched against regular expressions').to.be.at.most(10 * JSON.stringify(document).length);
  });

  it('reduces an id with a long run of dashes to the same id as before', () => {
    // Letters and digits, the first 80 characters of the rest, no trailing dashes, and a hash of the whole.
    const raw = `a${'-'.repeat(50_000)}b`;
    expect(makeId('frab-', raw)).to.equal(`frab-a-${shortHash(raw)}`);
    expect(makeId('frab-', 'Зал 2')).to.equal(`frab-2-${shortHash('Зал 2')}`);
    expect(makeId('', '---x y---')).to.equal(`x-y-${shortHash('---x y---')}`);
  });
});

describe('the loader with schedules', () => {
  afterEach(resetPage);

  function feedOf(result: FeedResult) {
    if (!result.ok) throw new Error(`${result.failure.kind}: ${result.failure.detail}`);
    return result;
  }

  it('loads a frab schedule.json from a URL as a feed with one conference', async () => {
    const url = `${DIR}/frab-schedule.json`;
    forgetFeed(url);
    const result = feedOf(await loadFeed(url));
    const document = await source('frab-schedule.json');
    expect(result.feed.conferences).to.have.length(1);
    expect(result.feed.conferences[0].sessions).to.have.length(eventCount('frab-schedule.json', document));
    expect(result.feed.personById.get('frab-person-8')?.name).to.equal('Иван Примеров');
  });

  it('reports the import warnings with their paths on the console and in the result', async () => {
    const url = `${DIR}/frab-sloppy.json`;
    forgetFeed(url);
    const { value, logged } = await captureConsole(() => loadFeed(url));
    const result = feedOf(value);
    expect(result.warnings.map((warning) => warning.path)).to.include('$.schedule.conference.time_zone_name');
    expect(logged.join('\n')).to.contain('[staedtepartner-widgets]').and.contain('$.schedule.conference.time_zone_name');
  });

  it('says once, where the file lacks it, that a schedule without a start date or a dated session cannot be shown', async () => {
    for (const [schedule, where] of [
      [{ schedule: { conference: { acronym: 'e', title: 'E', time_zone_name: 'Europe/Berlin', days: [] } } }, '$.schedule.conference.start'],
      [{ talks: [], rooms: [], timezone: 'Europe/Berlin' }, '$.event_start'],
    ] as const) {
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(schedule))}`;
      forgetFeed(url);
      const { value, logged } = await captureConsole(() => loadFeed(url));
      const result = feedOf(value);
      const said = 'no start date and no dated session: the conference cannot be shown; item dropped';
      expect(result.warnings, where).to.deep.equal([{ path: where, message: said }]);
      expect(result.feed.conferences, where).to.deep.equal([]);
      const lines = logged.join('\n').split('\n');
      expect(lines[0], where).to.contain('1 problem(s) in the feed');
      expect(lines.slice(1), where).to.deep.equal([`  ${where}: ${said}`]);
      forgetFeed(url);
    }
  });

  it('still fails a document without a version that is no schedule, as before', async () => {
    const url = '/test/fixtures/hostile/missing-version.json';
    forgetFeed(url);
    const { value } = await captureConsole(() => loadFeed(url));
    expect(value.ok).to.equal(false);
    if (!value.ok) expect(value.failure.kind).to.equal('version');
    const direct = validateFeed(await source('pretalx-widget.json'));
    expect(direct.ok ? 'ok' : direct.failure.kind, 'validateFeed itself does not import').to.equal('version');
  });

  it('imports a schedule given as an object once, and keeps our own feed synchronous', async () => {
    const document = await source('pretalx-widget.json');
    expect(peekFeedObject(document)).to.equal(undefined);
    const first = readFeedObject(document);
    expect(readFeedObject(document)).to.equal(first);
    const result = feedOf(await first);
    expect(result.feed.conferences[0].sessions).to.have.length(eventCount('pretalx-widget.json', document));
    expect(peekFeedObject(document)).to.equal(result);
    const own = await sampleFeed();
    expect(peekFeedObject(own)?.ok).to.equal(true);
  });

  it('shows an imported schedule in <conf-overview>: the title alone and no empty place', async () => {
    setClock(() => new Date('2024-05-01T12:00:00Z'));
    const element = await fixture<ConfOverview>(html`<conf-overview src=${`${DIR}/schedule2.json`}></conf-overview>`);
    await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
    expect(texts(shadow(element), '[part~="title"]')[0]).to.equal('Herbsttreffen der Partnerstädte');
    const labels = texts(shadow(element), '[part~="facts"] dt');
    expect(labels).to.include('Dates').and.not.include('Place');
  });
});
