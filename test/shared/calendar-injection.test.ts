/**
 * Calendar files (.ics) made from hostile texts: line breaks, injected
 * components and control characters in every text that reaches a file, at
 * the unit level (toICalendar) and through the download of <conf-programme>
 * and <conf-overview>. Files are read back with ical.js and checked line by
 * line: exactly the expected events, properties and values.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/conf-overview/define.js';
import '../../src/conf-programme/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { parseCalendarDate, type CalendarDate } from '../../src/feed/dates.js';
import { toICalendar, type CalendarEntry } from '../../src/shared/calendar.js';
import { setClock } from '../../src/shared/clock.js';
import { catchCalendar } from '../support/calendar.js';
import { menuItem } from '../conf-programme/support.js';
import { city, minimalFeed } from '../support/feeds.js';
import { captureConsole, resetPage, settled, shadow } from '../support/widgets.js';

/** Line breaks a text may hold, and an injected event that spells out a whole VEVENT. */
const BREAKS = { CRLF: '\r\n', CR: '\r', LF: '\n', 'CR CR LF': '\r\r\n', 'U+2028': '\u2028' } as const;
const INJECTED = [
  'BEGIN:VEVENT',
  'UID:evil@example.org',
  'DTSTART:20300101T000000Z',
  'ATTACH:https://evil.example/x',
  'ORGANIZER:mailto:evil@example.org',
  'END:VEVENT',
];

/**
 * A text of `parts` separated by `separator`, and what a calendar must show of
 * it: one line (parts separated by a space), or lines (each line break of the
 * separator a LF: CR CR LF is two line breaks).
 */
function hostile(parts: readonly string[], separator: string): { text: string; line: string; lines: string } {
  const breaks = separator.replace(/\r\n/g, '\n').length;
  return { text: parts.join(separator), line: parts.join(' '), lines: parts.join('\n'.repeat(breaks)) };
}

const STAMP = new Date('2030-01-01T00:00:00Z');
const day = (value: string): CalendarDate => parseCalendarDate(value)!;

/** The unfolded content lines of a file, after checking the raw text: CRLF only, no control characters, only known components. */
function contentLines(text: string): string[] {
  expect(text.replace(/\r\n/g, ''), 'no control character apart from CRLF line ends').to.not.match(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
  for (const line of lines) {
    expect(line, 'a content line: NAME, parameters, value').to.match(/^[A-Z][A-Z0-9-]*[;:]/);
    if (/^(BEGIN|END):/.test(line)) expect(line).to.match(/^(BEGIN|END):(VCALENDAR|VEVENT)$/);
  }
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, 'folded at 75 octets').to.be.at.most(75);
  return lines;
}

/** Unescapes a TEXT value (RFC 5545 3.3.11), for properties ical.js does not know. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

interface Parsed {
  calendar: ICAL.Component;
  events: ICAL.Component[];
  lines: string[];
}

function parse(text: string): Parsed {
  const lines = contentLines(text);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).to.equal('vcalendar');
  expect(
    calendar.getAllSubcomponents().every((component) => component.name === 'vevent'),
    'only events inside',
  ).to.equal(true);
  return { calendar, events: calendar.getAllSubcomponents('vevent'), lines };
}

const names = (component: ICAL.Component) =>
  component
    .getAllProperties()
    .map((property) => property.name)
    .sort();
const value = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name)?.toString();

const CALENDAR_PROPERTIES = ['method', 'name', 'prodid', 'version', 'x-wr-calname'];
const TIMED_PROPERTIES = ['description', 'dtend', 'dtstamp', 'dtstart', 'location', 'sequence', 'summary', 'uid', 'url'];
const ALL_DAY_PROPERTIES = [
  'description',
  'dtend',
  'dtstamp',
  'dtstart',
  'location',
  'sequence',
  'summary',
  'uid',
  'url',
  'x-microsoft-cdo-alldayevent',
  'x-microsoft-msncalendar-alldayevent',
];

function expectCalendarName(parsed: Parsed, name: string): void {
  expect(names(parsed.calendar)).to.deep.equal(CALENDAR_PROPERTIES);
  expect(unescapeText(value(parsed.calendar, 'name')!), 'NAME').to.equal(name);
  expect(unescapeText(value(parsed.calendar, 'x-wr-calname')!), 'X-WR-CALNAME').to.equal(name);
}

/** The event with `uid`, which must be there exactly once. */
function eventWith(parsed: Parsed, uid: string): ICAL.Component {
  const found = parsed.events.filter((event) => value(event, 'uid') === uid);
  expect(found, `one event ${JSON.stringify(uid)} among ${JSON.stringify(parsed.events.map((event) => value(event, 'uid')))}`).to.have.length(1);
  return found[0];
}

describe('calendar files from hostile texts: toICalendar', () => {
  for (const [label, separator] of Object.entries(BREAKS)) {
    it(`keeps ${label} and an injected VEVENT inside the value of every text property`, () => {
      const name = hostile(['Conference', ...INJECTED, 'end'], separator);
      const summary = hostile(['Session', ...INJECTED], separator);
      const description = hostile(['First paragraph', ...INJECTED, 'Last paragraph'], separator);
      const location = hostile(['Room 1', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'END:VALARM'], separator);
      const uid = hostile(['s1.c@example.org', 'BEGIN:VEVENT'], separator);
      const entries: CalendarEntry[] = [
        {
          uid: uid.text,
          summary: summary.text,
          description: description.text,
          location: location.text,
          url: `https://example.org/a${separator}BEGIN:VEVENT${separator}x`,
          start: day('2030-05-06T10:00'),
          end: day('2030-05-06T11:30'),
          timeZone: 'Europe/Berlin',
        },
        {
          uid: 'all-day@example.org',
          summary: summary.text,
          description: description.text,
          location: location.text,
          url: 'https://example.org/b',
          start: day('2030-05-07'),
          end: day('2030-05-08'),
        },
      ];
      const parsed = parse(toICalendar(name.text, entries, STAMP));
      expectCalendarName(parsed, name.line);
      expect(parsed.events, 'exactly the two events').to.have.length(2);

      const timed = eventWith(parsed, uid.line);
      expect(names(timed)).to.deep.equal(TIMED_PROPERTIES);
      expect(value(timed, 'summary')).to.equal(summary.line);
      expect(value(timed, 'description')).to.equal(description.lines);
      expect(value(timed, 'location')).to.equal(location.line);
      // The URL parser drops line breaks inside a URL (WHATWG URL); U+2028 is percent-encoded.
      expect(value(timed, 'url')).to.equal(
        separator === '\u2028' ? 'https://example.org/a%E2%80%A8BEGIN:VEVENT%E2%80%A8x' : 'https://example.org/aBEGIN:VEVENTx',
      );
      expect(value(timed, 'dtstart')).to.equal('2030-05-06T08:00:00Z');
      expect(value(timed, 'dtend')).to.equal('2030-05-06T09:30:00Z');
      expect(value(timed, 'dtstamp')).to.equal('2030-01-01T00:00:00Z');
      expect(value(timed, 'sequence')).to.equal('0');

      const allDay = eventWith(parsed, 'all-day@example.org');
      expect(names(allDay)).to.deep.equal(ALL_DAY_PROPERTIES);
      expect(value(allDay, 'summary')).to.equal(summary.line);
      expect(value(allDay, 'description')).to.equal(description.lines);
      expect(value(allDay, 'location')).to.equal(location.line);
      expect(value(allDay, 'url')).to.equal('https://example.org/b');
      expect(value(allDay, 'dtstart')).to.equal('2030-05-07');
      expect(value(allDay, 'dtend')).to.equal('2030-05-09');
    });
  }

  it('strips control characters (NUL, BS, VT, FF, ESC, DEL, C1) from every text and makes tabs spaces', () => {
    const controls = '\u0000\u0008\u000b\u000c\u001b\u007f\u0080\u009b';
    const dirty = (text: string) => [...text].map((character) => `${character}${controls}`).join('');
    const parsed = parse(
      toICalendar(
        dirty('Name'),
        [
          {
            uid: dirty('u@x'),
            summary: `${dirty('Sum')}\tmary`,
            description: `${dirty('one')}\t${dirty('two')}`,
            location: dirty('Hall'),
            url: `https://example.org/${controls}p`,
            start: day('2030-05-07'),
          },
        ],
        STAMP,
      ),
    );
    expectCalendarName(parsed, 'Name');
    expect(parsed.events).to.have.length(1);
    const event = eventWith(parsed, 'u@x');
    expect(value(event, 'summary')).to.equal('Sum mary');
    expect(value(event, 'description')).to.equal('one two');
    expect(value(event, 'location')).to.equal('Hall');
    expect(value(event, 'url')).to.equal('https://example.org/%00%08%0B%0C%1B%7F%C2%80%C2%9Bp');
  });

  it('writes URI values unescaped, with commas, semicolons and backslashes percent-encoded, and leaves out other schemes', () => {
    const entry = (url: string, uid: string): CalendarEntry => ({ uid, summary: 'x', url, start: day('2030-05-07') });
    const parsed = parse(
      toICalendar(
        'c',
        [
          entry('https://example.org/a b,c;d\\e?q=1,2#f;g', 'comma@x'),
          entry('javascript:alert(1)', 'script@x'),
          entry('data:text/html,<b>x</b>', 'data@x'),
          entry('not a url', 'text@x'),
        ],
        STAMP,
      ),
    );
    expect(parsed.events).to.have.length(4);
    // A special URL reads a backslash in the path as a slash.
    expect(value(eventWith(parsed, 'comma@x'), 'url')).to.equal('https://example.org/a%20b%2Cc%3Bd/e?q=1%2C2#f%3Bg');
    for (const uid of ['script@x', 'data@x', 'text@x']) expect(names(eventWith(parsed, uid)), uid).to.not.include('url');
  });

  it('escapes commas, semicolons and backslashes in the calendar name and the UID', () => {
    const parsed = parse(toICalendar('a, b; c\\d', [{ uid: 'x,y;z\\w', summary: 's', start: day('2030-05-07') }], STAMP));
    expectCalendarName(parsed, 'a, b; c\\d');
    expect(parsed.lines).to.include('NAME:a\\, b\\; c\\\\d');
    expect(parsed.lines).to.include('UID:x\\,y\\;z\\\\w');
    eventWith(parsed, 'x,y;z\\w');
  });

  it('never writes a year outside 0000–9999: a last day 9999-12-31 has no DTEND, events beyond are left out with a warning', async () => {
    const entries: CalendarEntry[] = [
      { uid: 'last-day@x', summary: 'last day', start: day('9999-12-31') },
      { uid: 'last-days@x', summary: 'last days', start: day('9999-12-30'), end: day('9999-12-31') },
      { uid: 'first-day@x', summary: 'first day', start: day('0000-01-01') },
      // 22:00 in New York on the last day is 03:00 UTC in the year 10000.
      { uid: 'late@x', summary: 'late', start: day('9999-12-31T22:00'), timeZone: 'America/New_York' },
      // The default hour from 23:30 UTC runs into the year 10000.
      { uid: 'late-end@x', summary: 'late end', start: day('9999-12-31T23:30'), timeZone: 'UTC' },
      { uid: 'fine@x', summary: 'fine', start: day('9999-12-31T10:00'), end: day('9999-12-31T11:00'), timeZone: 'Europe/Berlin' },
    ];
    const { value: text, logged } = await captureConsole(async () => toICalendar('c', entries, STAMP));
    const parsed = parse(text);
    expect(parsed.events.map((event) => value(event, 'uid'))).to.deep.equal(['last-day@x', 'first-day@x', 'fine@x']);
    for (const line of parsed.lines.filter((candidate) => /^DT(START|END|STAMP)/.test(candidate))) {
      expect(line, 'a date or UTC date-time with a four-digit year').to.match(/^DT(START|END|STAMP)(;VALUE=DATE:\d{8}|:\d{8}T\d{6}Z)$/);
    }
    expect(parsed.lines).to.include('DTSTART;VALUE=DATE:99991231');
    expect(names(eventWith(parsed, 'last-day@x'))).to.not.include('dtend');
    expect(parsed.lines).to.include('DTSTART;VALUE=DATE:00000101').and.include('DTEND;VALUE=DATE:00000102');
    expect(value(eventWith(parsed, 'fine@x'), 'dtend')).to.equal('9999-12-31T10:00:00Z');
    expect(logged, logged.join('\n')).to.have.length(3);
    for (const uid of ['last-days@x', 'late@x', 'late-end@x']) {
      expect(
        logged.some((line) => line.startsWith('[staedtepartner-widgets]') && line.includes(uid)),
        uid,
      ).to.equal(true);
    }
  });
});

/** Clicks `trigger` and catches the calendar file the widget offers, without downloading it. */
async function download(element: Element, trigger: HTMLElement): Promise<string> {
  return (await catchCalendar(element, trigger)).text;
}

/** A feed whose every text that reaches a calendar file holds `separator` and an injected event. */
function hostileFeed(separator: string) {
  const text = (parts: readonly string[]) => hostile(parts, separator);
  const texts = {
    title: text(['Partner cities', ...INJECTED]),
    motto: text(['Motto', ...INJECTED, 'end']),
    venue: text(['Town hall', ...INJECTED]),
    city: text(['Essen', 'ORGANIZER:mailto:evil@example.org']),
    session: text(['Opening', ...INJECTED]),
    description: text(['About', ...INJECTED, 'end']),
    room: text(['Hall 2', 'BEGIN:VALARM', 'END:VALARM']),
    group: text(['Schools', ...INJECTED]),
  };
  const feed = minimalFeed({
    cities: [city('essen', 'DE', texts.city.text), city('kaluga', 'RU', 'Kaluga')],
    partnerships: [{ id: 'essen--kaluga', cities: ['essen', 'kaluga'], since: '1991-09-09' }],
    conferences: [
      {
        id: 'hostile',
        title: texts.title.text,
        motto: texts.motto.text,
        start: '2030-05-06',
        end: '2030-05-07',
        timeZone: 'Europe/Berlin',
        hostCities: ['essen'],
        venue: texts.venue.text,
        links: [{ url: `https://example.org/x${separator}BEGIN:VEVENT,y`, label: texts.title.text }],
        sessions: [
          {
            id: 'opening',
            kind: 'plenary',
            title: texts.session.text,
            description: texts.description.text,
            venue: texts.room.text,
            city: 'essen',
            start: '2030-05-06T10:00',
            end: '2030-05-06T11:30',
          },
          { id: 'wg', kind: 'working-group', workingGroup: 3, title: texts.group.text, start: '2030-05-07' },
          // Not a valid id: the check drops this session, so it reaches no file.
          { id: `x${separator}BEGIN:VEVENT`, kind: 'other', title: 'dropped', start: '2030-05-06T12:00' },
        ],
      },
    ],
  });
  return { feed, texts };
}

describe('calendar files from hostile feeds, through the widgets’ downloads', () => {
  beforeEach(() => setClock(() => new Date('2030-03-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('conf-programme').forEach((element) => element.remove());
    history.replaceState(null, '', location.pathname + location.search);
    await resetPage();
  });

  for (const [label, separator] of Object.entries(BREAKS)) {
    it(`<conf-programme>: ${label} in the conference and session texts stays inside their values`, async () => {
      const { feed, texts } = hostileFeed(separator);
      const { value: element } = await captureConsole(async () => {
        const created = document.createElement('conf-programme');
        created.feed = feed as FeedDocument;
        created.setAttribute('conference', 'hostile');
        document.body.append(created);
        await settled(created, '[part~="panel"], [part~="empty"], [part~="error"]');
        return created as ConfProgramme;
      });
      // The toolbar's "Add to calendar" menu (a47a9b7), its choice "Whole programme".
      const whole = await menuItem(element, 'Whole programme');
      const parsed = parse(await download(element, whole));
      expectCalendarName(parsed, texts.title.line);
      expect(parsed.events, 'exactly the two valid sessions').to.have.length(2);

      const page = location.href.replace(/#.*$/, '');
      const opening = eventWith(parsed, 'opening.hostile@staedtepartner-widgets');
      expect(names(opening)).to.deep.equal(TIMED_PROPERTIES);
      expect(value(opening, 'summary')).to.equal(texts.session.line);
      expect(value(opening, 'description')).to.equal(texts.description.lines);
      expect(value(opening, 'location')).to.equal(`${texts.room.line}, ${texts.city.line}`);
      expect(value(opening, 'url')).to.equal(`${page}#programme/session/opening`);
      expect(value(opening, 'dtstart')).to.equal('2030-05-06T08:00:00Z');
      expect(value(opening, 'dtend')).to.equal('2030-05-06T09:30:00Z');

      const group = eventWith(parsed, 'wg.hostile@staedtepartner-widgets');
      expect(names(group)).to.deep.equal(ALL_DAY_PROPERTIES.filter((name) => name !== 'description' && name !== 'location'));
      expect(value(group, 'summary')).to.equal(`WG 3: ${texts.group.line}`);
      expect(value(group, 'url')).to.equal(`${page}#programme/session/wg`);
      expect(value(group, 'dtstart')).to.equal('2030-05-07');
      expect(value(group, 'dtend')).to.equal('2030-05-08');
    });

    it(`<conf-overview>: ${label} in the title, motto, places and link stays inside their values`, async () => {
      const { feed, texts } = hostileFeed(separator);
      const { value: element } = await captureConsole(async () => {
        const created = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="hostile"></conf-overview>`);
        await settled(created, '[part~="card"], [part~="empty"], [part~="error"]');
        return created;
      });
      const parsed = parse(await download(element, shadow(element).querySelector<HTMLButtonElement>('[part~="calendar"]')!));
      expectCalendarName(parsed, texts.title.line);
      expect(parsed.events).to.have.length(1);
      const event = eventWith(parsed, 'hostile@staedtepartner-widgets');
      expect(names(event)).to.deep.equal(ALL_DAY_PROPERTIES);
      expect(value(event, 'summary')).to.equal(texts.title.line);
      expect(value(event, 'description')).to.equal(texts.motto.lines);
      expect(value(event, 'location')).to.equal(`${texts.city.line}, Germany · ${texts.venue.line}`);
      // The URL parser drops line breaks inside a URL (WHATWG URL); U+2028 is percent-encoded; the comma is percent-encoded.
      expect(value(event, 'url')).to.equal(separator === '\u2028' ? 'https://example.org/x%E2%80%A8BEGIN:VEVENT%2Cy' : 'https://example.org/xBEGIN:VEVENT%2Cy');
      expect(value(event, 'dtstart')).to.equal('2030-05-06');
      expect(value(event, 'dtend')).to.equal('2030-05-08');
    });
  }
});
