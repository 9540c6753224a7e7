/**
 * What real exports write that the hand-made fixtures of import.test.ts do not, in the shapes
 * that pretalx's frab export and C3VOC's congress files (38C3, 39C3) have:
 * - no `day_change`, but days that end on the morning after their date (`day_end`, schedule2's `end`);
 * - `public_name: null` beside the `name` that replaced it;
 * - track colours as `colors: {light, dark}`;
 * - event pages as paths from the file's `base_url`;
 * - a named time zone that the sessions' offsets contradict;
 * - titles with HTML's character references (frab's old ERB template for schedule.json).
 * Each document is the least that shows one of them; times are worked out in the comments.
 */
import { expect } from '@open-wc/testing';
import { importSchedule, type ImportedSchedule } from '../../src/feed/import/index.js';
import type { Session } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';

type Json = Record<string, unknown>;

function imported(document: unknown): ImportedSchedule {
  const result = importSchedule(document);
  if (!result) throw new Error('not recognised as a schedule');
  expect(validateFeed(result.document).ok, 'a valid feed').to.equal(true);
  return result;
}

const conferenceOf = (result: ImportedSchedule) => result.document.conferences![0];
const sessionsOf = (result: ImportedSchedule) => conferenceOf(result).sessions as Session[];
const messages = (result: ImportedSchedule) => result.warnings.map((warning) => `${warning.path}: ${warning.message}`);

/** A frab file (as pretalx exports it): one event per day, in room "Saal 1". */
function frab(conference: Json, days: { date: string; day_start?: string; day_end?: string; event: Json }[], schedule: Json = {}): Json {
  return {
    schedule: {
      version: '1.0',
      ...schedule,
      conference: {
        acronym: 'probe',
        title: 'Probe',
        ...conference,
        days: days.map(({ event, ...day }, index) => ({ index: index + 1, ...day, rooms: { 'Saal 1': [event] } })),
      },
    },
  };
}

const event = (id: number, date: string, extra: Json = {}): Json => ({ id, guid: `g-${id}`, title: `Event ${id}`, date, duration: '00:30', ...extra });

/** A C3VOC schedule2 file: the conference with its days, and a flat list of events. */
function schedule2(conference: Json, events: Json[], schedule: Json = {}): Json {
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    schedule: { version: '2.0', ...schedule, conference: { acronym: 'probe', title: 'Probe', ...conference }, events },
  };
}

describe('importSchedule with what real exports write', () => {
  describe('the day change from the days, where no day_change is named', () => {
    it('is the hour at which pretalx’s days end (04:00 to 03:59 the morning after): a talk at 00:30 stays on the evening’s day', () => {
      const result = imported(
        frab({ time_zone_name: 'Europe/Berlin' }, [
          { date: '2020-12-14', day_start: '2020-12-14T04:00:00+01:00', day_end: '2020-12-15T03:59:00+01:00', event: event(1, '2020-12-15T00:30:00+01:00') },
          { date: '2020-12-15', day_start: '2020-12-15T04:00:00+01:00', day_end: '2020-12-16T03:59:00+01:00', event: event(2, '2020-12-15T10:00:00+01:00') },
        ]),
      );
      expect(conferenceOf(result).dayChange).to.equal('04:00');
      expect(sessionsOf(result)[0].start, 'the talk keeps its own date and time').to.equal('2020-12-15T00:30');
      expect(messages(result)).to.deep.equal([]);
    });

    it('is read in the conference’s zone from ends written in UTC (schedule2’s days of a congress, 05:00Z = 06:00 in Berlin), the last day ending the same day', () => {
      const days = [
        { index: 1, date: '2024-12-27', start: '2024-12-27T09:30:00+00:00', end: '2024-12-28T05:00:00+00:00' },
        { index: 2, date: '2024-12-28', start: '2024-12-28T05:00:00+00:00', end: '2024-12-29T05:00:00+00:00' },
        { index: 3, date: '2024-12-29', start: '2024-12-29T05:00:00+00:00', end: '2024-12-29T17:45:00+00:00' },
      ];
      const result = imported(
        schedule2({ time_zone_name: 'Europe/Berlin', days }, [
          { guid: 'n', title: 'After midnight', start: '2024-12-28T00:15:00+01:00', end: '2024-12-28T00:55:00+01:00', room: 'Saal 1' },
        ]),
      );
      expect(conferenceOf(result).dayChange).to.equal('06:00');
    });

    it('is the earliest of the nights’ ends, so that no day takes the next one’s morning', () => {
      const result = imported(
        frab({ time_zone_name: 'Europe/Berlin' }, [
          { date: '2019-08-21', day_end: '2019-08-22T04:00:00+02:00', event: event(1, '2019-08-21T22:00:00+02:00') },
          { date: '2019-08-22', day_end: '2019-08-23T02:30:00+02:00', event: event(2, '2019-08-22T22:00:00+02:00') },
        ]),
      );
      expect(conferenceOf(result).dayChange).to.equal('02:30');
    });

    it('is none when every day ends by midnight, or an end lies days later or after noon: days begin at midnight', () => {
      for (const [label, day_end] of [
        ['at midnight', '2024-06-27T00:00:00+02:00'],
        ['the same evening', '2024-06-26T23:00:00+02:00'],
        ['two days later', '2024-06-28T04:00:00+02:00'],
        ['the next afternoon', '2024-06-27T15:00:00+02:00'],
        ['not a date-time', 'tomorrow'],
      ]) {
        const result = imported(frab({ time_zone_name: 'Europe/Berlin' }, [{ date: '2024-06-26', day_end, event: event(1, '2024-06-26T10:00:00+02:00') }]));
        expect(conferenceOf(result).dayChange, label).to.equal(undefined);
      }
    });

    it('gives way to a day_change the file names, midnight too', () => {
      const days = [{ date: '2020-12-14', day_end: '2020-12-15T03:59:00+01:00', event: event(1, '2020-12-14T10:00:00+01:00') }];
      expect(conferenceOf(imported(frab({ time_zone_name: 'Europe/Berlin', day_change: '05:00' }, days))).dayChange).to.equal('05:00');
      expect(conferenceOf(imported(frab({ time_zone_name: 'Europe/Berlin', day_change: '00:00' }, days))).dayChange).to.equal(undefined);
    });

    it('puts an event without a date of its own, at a clock before the day change, on the morning after its day', () => {
      // Only the day's date and the event's clock: 01:30 of a day that runs to 04:00 is the night after 14 December.
      const undated = (id: number, start: string) => ({ id, guid: `g-${id}`, title: `Event ${id}`, start, duration: '00:30' });
      const night = [
        { date: '2020-12-14', day_end: '2020-12-15T03:59:00+01:00', event: undated(1, '01:30') },
        { date: '2020-12-15', day_end: '2020-12-15T22:00:00+01:00', event: undated(2, '10:00') },
      ];
      const starts = (conference: Json) => sessionsOf(imported(frab(conference, night))).map((session) => session.start);
      expect(starts({ time_zone_name: 'Europe/Berlin' }), 'the day change from the days').to.deep.equal(['2020-12-15T01:30', '2020-12-15T10:00']);
      expect(starts({ time_zone_name: 'Europe/Berlin', day_change: '02:00' }), 'a day change the file names').to.deep.equal([
        '2020-12-15T01:30',
        '2020-12-15T10:00',
      ]);
      expect(starts({ time_zone_name: 'Europe/Berlin', day_change: '01:00' }), 'a clock after the day change: the day’s own date').to.deep.equal([
        '2020-12-14T01:30',
        '2020-12-15T10:00',
      ]);
      // A schedule2 event's own `date` is its calendar date, not a programme day: kept whatever the day change.
      const days = [{ index: 1, date: '2024-12-27', start: '2024-12-27T10:00:00+01:00', end: '2024-12-28T06:00:00+01:00' }];
      const own = imported(
        schedule2({ time_zone_name: 'Europe/Berlin', days }, [
          { guid: 'n', title: 'Night', date: '2024-12-28', start: '01:30', duration: '00:30', room: 'Saal 1' },
        ]),
      );
      expect(conferenceOf(own).dayChange).to.equal('06:00');
      expect(sessionsOf(own).map((session) => session.start)).to.deep.equal(['2024-12-28T01:30']);
    });
  });

  it('names a speaker by `name` when `public_name` is null or blank', () => {
    const persons = [
      { guid: 'p-1', public_name: null, name: 'Alice Beispiel' },
      { guid: 'p-2', public_name: '', name: 'Boris Primerov' },
    ];
    const result = imported(frab({ time_zone_name: 'Europe/Berlin' }, [{ date: '2024-06-26', event: event(1, '2024-06-26T10:00:00+02:00', { persons }) }]));
    expect(result.document.people?.map((person) => person.name)).to.deep.equal(['Alice Beispiel', 'Boris Primerov']);
    expect(sessionsOf(result)[0].speakers).to.have.length(2);
    expect(messages(result)).to.deep.equal([]);
  });

  it('takes a track’s colour from `colors: {light, dark}` when it has no `color`, the light one', () => {
    const tracks = [
      { name: 'Art & Beauty', slug: 'art-beauty', colors: { light: '#F9B000', dark: '#7A5800' } },
      { name: 'Security', slug: 'security', color: '#0347B4', colors: { light: '#111111' } },
      { name: 'Hardware', slug: 'hardware', colors: { light: 'yellow' } },
    ];
    const events = ['art-beauty', 'security', 'hardware'].map((slug, index) => ({
      guid: `e-${index}`,
      title: slug,
      start: `2024-12-27T1${index}:00:00+01:00`,
      end: `2024-12-27T1${index}:30:00+01:00`,
      room: 'Saal 1',
      track: { slug },
    }));
    const result = imported(schedule2({ time_zone_name: 'Europe/Berlin', tracks }, events));
    expect(conferenceOf(result).tracks?.map((track) => [track.name, track.color])).to.deep.equal([
      ['Art & Beauty', '#f9b000'],
      ['Security', '#0347b4'],
      ['Hardware', undefined],
    ]);
    expect(messages(result)).to.deep.equal(['$.schedule.conference.tracks[2].colors.light: "yellow" is not a colour as #rgb or #rrggbb; ignored']);
  });

  describe('event pages written as paths', () => {
    const urls = ['/event/detail/opening', 'event/lightning-talks', 'https://elsewhere.example.net/talk', 'javascript:alert(1)'];
    const events = urls.map((url, index) => ({
      guid: `e-${index}`,
      title: `Event ${index}`,
      start: `2025-12-27T1${index}:00:00+01:00`,
      end: `2025-12-27T1${index}:30:00+01:00`,
      room: 'Saal 1',
      url,
    }));
    const pages = (result: ImportedSchedule) => sessionsOf(result).map((session) => session.links?.[0]?.url);

    it('are read from the file’s base_url', () => {
      const result = imported(schedule2({ time_zone_name: 'Europe/Berlin' }, events, { base_url: 'https://events.example.org/congress/2025/hub/' }));
      expect(pages(result)).to.deep.equal([
        'https://events.example.org/event/detail/opening',
        'https://events.example.org/congress/2025/hub/event/lightning-talks',
        'https://elsewhere.example.net/talk',
        undefined,
      ]);
      expect(messages(result)).to.deep.equal([
        '$.schedule.events[3].url: "javascript:alert(1)" is not an absolute http(s) URL, nor one from the file’s base_url; link ignored',
      ]);
    });

    it('are read from a base_url in the conference, where frab’s schedule.xml has it (and a file converted from it)', () => {
      const days = [{ date: '2024-06-26', event: event(1, '2024-06-26T10:00:00+02:00', { url: '/baz/schedule/ipsum' }) }];
      const result = imported(frab({ time_zone_name: 'Europe/Berlin', base_url: 'https://foo.example.org/baz/schedule/', url: 'index.html' }, days));
      expect(pages(result)).to.deep.equal(['https://foo.example.org/baz/schedule/ipsum']);
      expect(conferenceOf(result).links?.[0]?.url).to.equal('https://foo.example.org/baz/schedule/index.html');
      expect(messages(result)).to.deep.equal([]);
    });

    it('are left out, each with a warning, when base_url is empty or no web address', () => {
      for (const base_url of ['', 'file:///srv/schedule/', '/congress/2025/']) {
        const result = imported(schedule2({ time_zone_name: 'Europe/Berlin' }, events, { base_url }));
        expect(pages(result), JSON.stringify(base_url)).to.deep.equal([undefined, undefined, 'https://elsewhere.example.net/talk', undefined]);
        expect(
          result.warnings.filter((warning) => warning.path.endsWith('.url')),
          JSON.stringify(base_url),
        ).to.have.length(3);
      }
    });
  });

  describe('a named time zone the sessions’ offsets contradict', () => {
    const talks = (offset: string) => [
      event(1, `2020-12-14T09:00:00${offset}`, { start: '09:00' }),
      event(2, `2020-12-14T11:00:00${offset}`, { start: '11:00' }),
    ];
    const file = (zone: string, offset: string) =>
      frab({ time_zone_name: zone }, [
        { date: '2020-12-14', event: talks(offset)[0] },
        { date: '2020-12-14', event: talks(offset)[1] },
      ]);

    it('is kept, with a warning that names the offset and where it is written', () => {
      // pretalx's export named "UTC" and wrote 09:00+01:00: 08:00 in UTC.
      const result = imported(file('UTC', '+01:00'));
      expect(conferenceOf(result).timeZone).to.equal('UTC');
      expect(sessionsOf(result).map((session) => session.start)).to.deep.equal(['2020-12-14T08:00', '2020-12-14T10:00']);
      expect(messages(result)).to.deep.equal([
        '$.schedule.conference.time_zone_name: "UTC" is named, but the sessions are written with another offset (+01:00 at $.schedule.conference.days[0].rooms["Saal 1"][0].date); times are shown in UTC',
      ]);
    });

    it('is no contradiction when the offsets are the zone’s own, or UTC’s', () => {
      for (const offset of ['+01:00', 'Z', '+00:00']) expect(messages(imported(file('Europe/Berlin', offset))), offset).to.deep.equal([]);
    });
  });
  describe('titles with character references', () => {
    // frab's index.json.erb, before its jbuilder template, wrote every text through ERB, which escapes HTML:
    // "title": "<%= event.title %>" put `&amp;`, `&quot;`, `&#39;`, `&lt;` and `&gt;` in the JSON.
    it('reads them in a frab file’s conference and event titles, as in its descriptions, and makes no markup of them', () => {
      const result = imported(
        frab({ title: 'Kunst &amp; Kultur', time_zone_name: 'Europe/Berlin' }, [
          {
            date: '2012-12-27',
            event: event(1, '2012-12-27T11:00:00+01:00', {
              title: 'Tom &amp; Jerry: &quot;Partnerst&auml;dte&quot; &#39;89 &lt;b&gt;',
              subtitle: 'Wir &amp; ihr',
            }),
          },
          { date: '2012-12-28', event: event(2, '2012-12-28T11:00:00+01:00', { title: '**Tom** & `Jerry` &amp;c <i>' }) },
        ]),
      );
      expect(conferenceOf(result).title).to.equal('Kunst & Kultur');
      const [first, second] = sessionsOf(result);
      expect(first.title).to.equal('Tom & Jerry: "Partnerstädte" \'89 <b>');
      expect(first.description, 'as the description').to.equal('Wir & ihr');
      // Markdown and tags in a title stay as written (a title is text, not Markdown); only the references are read.
      expect(second.title).to.equal('**Tom** & `Jerry` &c <i>');
      expect(messages(result)).to.deep.equal([]);
    });

    it('reads them in schedule2’s titles given per language and in pretalx’s, and leaves a name HTML 4 lacks as written', () => {
      const two = imported(
        schedule2({ title: { de: 'Treffen &amp; Tagung', ru: 'Встреча &amp; конференция' }, time_zone_name: 'Europe/Berlin' }, [
          { guid: 'a', title: { de: 'Jugend &amp; Sport', ru: 'Молодёжь &amp; спорт' }, start: '2024-06-25T10:00:00+02:00', end: '2024-06-25T11:00:00+02:00' },
        ]),
      );
      expect(conferenceOf(two).title).to.deep.equal({ de: 'Treffen & Tagung', ru: 'Встреча & конференция' });
      expect(sessionsOf(two)[0].title).to.deep.equal({ de: 'Jugend & Sport', ru: 'Молодёжь & спорт' });
      const pretalx = imported({
        timezone: 'Europe/Berlin',
        rooms: [],
        talks: [{ code: 'ABC', title: 'Q&amp;A &Acy; &auml', start: '2024-06-25T08:00:00Z', end: '2024-06-25T09:00:00Z' }],
      });
      expect(sessionsOf(pretalx)[0].title).to.equal('Q&A &Acy; &auml');
    });

    it('reads them in the names of rooms, tracks, persons and links, as text (frab’s ERB wrote these the same way)', () => {
      const result = imported({
        schedule: {
          version: '1.0',
          conference: {
            acronym: 'probe',
            title: 'Probe',
            time_zone_name: 'Europe/Berlin',
            rooms: [{ name: 'Saal &amp; Foyer' }, { name: 'Aula' }],
            tracks: [{ name: 'Kunst &amp; Kultur', color: '#123456' }],
            days: [
              {
                index: 1,
                date: '2012-12-27',
                rooms: {
                  Aula: [event(1, '2012-12-27T10:00:00+01:00', { track: 'Kunst &amp; Kultur', persons: [{ id: 7, public_name: 'M&uuml;ller' }] })],
                  'Saal &amp; Foyer': [
                    event(2, '2012-12-27T11:00:00+01:00', {
                      persons: ['O&#39;Brien', { id: 8, public_name: '&lt;b&gt;Anna&lt;/b&gt;' }],
                      links: [{ url: 'https://example.org/slides', title: 'Folien &amp; Video' }],
                    }),
                  ],
                },
              },
            ],
          },
        },
      });
      const [first, second] = sessionsOf(result);
      expect([first.venue, second.venue], 'in the order of the conference’s rooms').to.deep.equal(['Saal & Foyer', 'Aula']);
      expect(conferenceOf(result).tracks).to.deep.equal([{ id: second.track, name: 'Kunst & Kultur', color: '#123456' }]);
      expect(result.document.people?.map((person) => person.name)).to.deep.equal(['Müller', "O'Brien", '<b>Anna</b>']);
      expect(first.links?.[0]).to.deep.equal({ url: 'https://example.org/slides', label: 'Folien & Video' });
      expect(messages(result)).to.deep.equal([]);
    });

    it('reads them in the names pretalx’s and schedule2’s directories give', () => {
      const pretalx = imported({
        timezone: 'Europe/Berlin',
        rooms: [{ id: 1, name: { de: 'Saal &amp; Foyer', ru: 'Зал &amp; фойе' } }],
        tracks: [{ id: 2, name: 'Jugend &amp; Sport' }],
        speakers: [{ code: 'MUE', name: 'M&uuml;ller' }],
        talks: [{ code: 'ABC', title: 'Talk', start: '2024-06-25T08:00:00Z', end: '2024-06-25T09:00:00Z', room: 1, track: 2, speakers: ['MUE'] }],
      });
      expect(sessionsOf(pretalx)[0].venue).to.deep.equal({ de: 'Saal & Foyer', ru: 'Зал & фойе' });
      expect(conferenceOf(pretalx).tracks?.[0]?.name).to.equal('Jugend & Sport');
      expect(pretalx.document.people?.[0]?.name).to.equal('Müller');
      const two = imported(
        schedule2({ time_zone_name: 'Europe/Berlin', rooms: [{ name: 'Saal &amp; Foyer', guid: 'r1' }] }, [
          { guid: 'a', title: 'Talk', start: '2024-06-25T10:00:00+02:00', end: '2024-06-25T11:00:00+02:00', rooms: ['r1'] },
          { guid: 'b', title: 'Talk', start: '2024-06-25T11:00:00+02:00', end: '2024-06-25T12:00:00+02:00', room: { name: 'Werkstatt &amp; Labor' } },
        ]),
      );
      expect(sessionsOf(two).map((session) => session.venue)).to.deep.equal(['Saal & Foyer', 'Werkstatt & Labor']);
      expect([...messages(pretalx), ...messages(two)]).to.deep.equal([]);
    });
  });
  describe('rooms without a name', () => {
    // C3VOC's rooms are `{name, guid, description?}`; a room without `name` is no name per language.
    it('are reported as such, once where the conference lists them, and left out (schedule2)', () => {
      const result = imported(
        schedule2(
          {
            time_zone_name: 'Europe/Berlin',
            rooms: [
              { name: 'Aula', guid: 'r1' },
              { guid: 'r2', description: 'Erdgeschoss' },
            ],
          },
          [
            { guid: 'a', title: 'Listed', start: '2024-06-25T10:00:00+02:00', end: '2024-06-25T11:00:00+02:00', rooms: ['r2'] },
            { guid: 'b', title: 'Own', start: '2024-06-25T11:00:00+02:00', end: '2024-06-25T12:00:00+02:00', room: { guid: 'r3' } },
            {
              guid: 'c',
              title: 'Named',
              start: '2024-06-25T12:00:00+02:00',
              end: '2024-06-25T13:00:00+02:00',
              rooms: [{ guid: 'r1' }, { guid: 'r4', name: null }],
            },
          ],
        ),
      );
      expect(sessionsOf(result).map((session) => session.venue)).to.deep.equal([undefined, undefined, 'Aula']);
      expect(messages(result)).to.deep.equal([
        '$.schedule.conference.rooms[1]: a room without a name (guid "r2"); left out',
        '$.schedule.events[1].room: a room without a name (guid "r3"); left out',
        '$.schedule.events[2].rooms[1]: a room without a name (guid "r4"); left out',
      ]);
    });
  });
  describe('an end and a duration written as null or empty', () => {
    it('are no end time, and the warning says so rather than quoting them as durations', () => {
      const talk = (code: string, blank: null | string) => ({ code, title: code, start: '2024-06-25T10:00:00+02:00', end: blank, duration: blank });
      const result = imported({ timezone: 'Europe/Berlin', talks: [talk('NUL', null), talk('EMPTY', '')] });
      expect(sessionsOf(result).map((session) => [session.start, session.end])).to.deep.equal([
        ['2024-06-25T10:00', undefined],
        ['2024-06-25T10:00', undefined],
      ]);
      expect(messages(result)).to.deep.equal([
        '$.talks[0].duration: no duration; the session has no end time',
        '$.talks[1].duration: no duration; the session has no end time',
      ]);
    });
  });
});
