import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { catchCalendar } from '../support/calendar.js';
import { minimalFeed, sampleFeed } from '../support/feeds.js';
import { captureConsole } from '../support/widgets.js';
import {
  article,
  chooseKind,
  cleanUp,
  click,
  conferenceOf,
  generated,
  menuItem,
  GENERATED,
  instant,
  openMenu,
  pick,
  programme,
  tab,
  XV,
  type RawFeed,
  type RawSession,
} from './support.js';

/** June in Europe/Berlin. */
const OFFSET = '+02:00';

interface Download {
  text: string;
  fileName: string;
  detail: { conference: string; scope: string; sessions: string[] };
}

/** Clicks `trigger` and catches the calendar file the widget offers, without downloading it. */
async function download(element: ConfProgramme, trigger: HTMLElement): Promise<Download> {
  const caught = await catchCalendar<Download['detail']>(element, trigger, { detail: true });
  expect(caught.type).to.contain('text/calendar');
  return { text: caught.text, fileName: caught.fileName, detail: caught.detail! };
}

function events(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The title a calendar shows: "WG 3: …" for working groups. */
/** A session's summary in a calendar file; `label` with the space the language writes after it ("РГ" and a no-break space). */
function summary(session: RawSession, language: string, label = 'WG '): string {
  const title = pick(session.title, language);
  return session.workingGroup === undefined ? title : `${label}${session.workingGroup}: ${title}`;
}

function expectWellFormed(text: string): void {
  const lines = text.split('\r\n');
  expect(lines.length, 'CRLF line ends').to.be.greaterThan(8);
  expect(text.replace(/\r\n/g, '').includes('\n'), 'no bare LF').to.equal(false);
  expect(text.replace(/\r\n/g, '').includes('\r'), 'no bare CR').to.equal(false);
  for (const line of lines) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
}

/** Checks every timed VEVENT against the feed: title, start and end as UTC instants. */
function expectTimedEvents(text: string, sessions: readonly RawSession[]): void {
  const found = events(text);
  expect(found.map((event) => event.summary)).to.have.members(sessions.map((session) => summary(session, 'en')));
  expect(found).to.have.length(sessions.length);
  for (const session of sessions) {
    const event = found.find((candidate) => candidate.uid.startsWith(`${session.id}.`));
    expect(event, session.id).to.not.equal(undefined);
    expect(event!.summary).to.equal(summary(session, 'en'));
    expect(event!.startDate.isDate).to.equal(false);
    expect(event!.startDate.toJSDate().getTime(), `${session.id} DTSTART`).to.equal(instant(session.start!, OFFSET));
    expect(event!.endDate.toJSDate().getTime(), `${session.id} DTEND`).to.equal(instant(session.end!, OFFSET));
  }
}

const utcStamp = (time: number) =>
  new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('<conf-programme> calendar files', () => {
  let data: RawFeed;
  let sessions: RawSession[];

  beforeEach(() => {
    // Before the conference: not running, so the programme opens on "All days".
    setClock(() => new Date('2025-03-01T12:00:00Z'));
    data = generated();
    sessions = conferenceOf(data, GENERATED).sessions!;
  });
  afterEach(() => cleanUp((key) => key.startsWith('staedtepartner-widgets:favourites:') && (key.endsWith(GENERATED) || key.endsWith(XV))));

  it('shows the programme’s and a session’s open menu as ::part(menu), for designers', async () => {
    const element = await programme({ feed: data });
    for (const session of [undefined, sessions[0].id]) expect((await openMenu(element, session)).part.value, session ?? 'programme').to.equal('menu');
  });

  it('offers one session, at its instants in UTC, with a stable UID', async () => {
    const element = await programme({ feed: data });
    const session = sessions.find((candidate) => candidate.workingGroup !== undefined)!;
    const button = await menuItem(element, 'Download calendar file (.ics)', session.id);
    const first = await download(element, button);
    expect(first.fileName).to.equal(`${GENERATED}-${session.id}.ics`);
    expect(first.detail).to.deep.equal({ conference: GENERATED, scope: session.id, sessions: [session.id] });
    expectWellFormed(first.text);
    expectTimedEvents(first.text, [session]);
    // The raw lines, too: UTC instants, not floating local times.
    const unfolded = first.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).to.contain(`DTSTART:${utcStamp(instant(session.start!, OFFSET))}`);
    expect(unfolded).to.contain(`DTEND:${utcStamp(instant(session.end!, OFFSET))}`);
    expect(events(first.text)[0].location).to.equal(pick(session.venue, 'en'));
    expect(events(first.text)[0].component.getFirstPropertyValue('url')).to.match(new RegExp(`#programme/session/${session.id}$`));

    const second = await download(element, button);
    expect(events(second.text)[0].uid).to.equal(events(first.text)[0].uid);
  });

  it('offers the whole programme with stable, distinct UIDs', async () => {
    const element = await programme({ feed: data });
    const first = await download(element, await menuItem(element, 'Whole programme'));
    expect(first.fileName).to.equal(`${GENERATED}-all.ics`);
    expect(first.detail.sessions).to.have.members(sessions.map((session) => session.id));
    expectWellFormed(first.text);
    expectTimedEvents(first.text, sessions);
    const uids = events(first.text).map((event) => event.uid);
    expect(new Set(uids).size).to.equal(sessions.length);

    const second = await download(element, await menuItem(element, 'Whole programme'));
    expect(events(second.text).map((event) => event.uid)).to.deep.equal(uids);
  });

  it('offers the sessions the tab and filters show', async () => {
    const element = await programme({ feed: data });
    const day = '2025-06-25';
    await click(element, tab(element, day));
    await chooseKind(element, 'working-group');
    const expected = sessions.filter((session) => session.start!.startsWith(day) && session.kind === 'working-group');
    expect(expected.length).to.be.greaterThan(0);
    expect(expected.length).to.be.lessThan(sessions.filter((session) => session.start!.startsWith(day)).length);
    const file = await download(element, await menuItem(element, 'Sessions shown'));
    expect(file.fileName).to.equal(`${GENERATED}-shown.ics`);
    expect(file.detail.sessions).to.have.members(expected.map((session) => session.id));
    expectWellFormed(file.text);
    expectTimedEvents(file.text, expected);
  });

  it('offers the sessions of the tab shown by default, which the reader did not pick', async () => {
    // While the conference runs, the widget opens on today.
    const day = '2025-06-25';
    setClock(() => new Date(instant(`${day}T08:00`, OFFSET)));
    const element = await programme({ feed: data });
    expect(tab(element, day).getAttribute('aria-selected')).to.equal('true');
    const expected = sessions.filter((session) => session.start!.startsWith(day));
    expect(expected.length).to.be.lessThan(sessions.length);
    const file = await download(element, await menuItem(element, 'Sessions shown'));
    expect(file.detail.sessions).to.have.members(expected.map((session) => session.id));
    expectTimedEvents(file.text, expected);
  });

  it('offers the reader’s favourites', async () => {
    const element = await programme({ feed: data });
    const unavailable = await menuItem(element, 'My programme');
    // Unavailable, but reached by the arrow keys and named to screen readers: aria-disabled, not disabled.
    expect(unavailable.disabled).to.equal(false);
    expect(unavailable.getAttribute('aria-disabled'), 'nothing to offer yet').to.equal('true');
    let offered = 0;
    element.addEventListener('calendar-download', () => offered++);
    unavailable.click();
    await element.updateComplete;
    expect(offered, 'a click offers nothing').to.equal(0);
    const chosen = [sessions[4], sessions[17], sessions[0]];
    for (const session of chosen) await click(element, article(element, session.id).querySelector<HTMLElement>('[part~="favourite"]')!);
    expect((await menuItem(element, 'My programme')).getAttribute('aria-disabled')).to.equal('false');
    const file = await download(element, await menuItem(element, 'My programme'));
    expect(file.fileName).to.equal(`${GENERATED}-favourites.ics`);
    expect(file.detail.sessions).to.have.members(chosen.map((session) => session.id));
    expectWellFormed(file.text);
    expectTimedEvents(file.text, chosen);
  });

  it('offers XV Düren as all-day events, leaving out the sessions without a date', async () => {
    const feed = (await sampleFeed()) as unknown as RawFeed;
    const xv = conferenceOf(feed, XV).sessions!;
    const dated = xv.filter((session) => session.start);
    expect(dated.length).to.be.lessThan(xv.length);
    const element = await programme({ conference: XV });
    for (const session of xv) {
      const button = article(element, session.id).querySelector('[part~="session-calendar"]');
      expect(button === null, session.id).to.equal(!session.start);
    }
    const file = await download(element, await menuItem(element, 'Whole programme'));
    expectWellFormed(file.text);
    const found = events(file.text);
    expect(found).to.have.length(dated.length);
    for (const session of dated) {
      const event = found.find((candidate) => candidate.uid.startsWith(`${session.id}.`))!;
      expect(event, session.id).to.not.equal(undefined);
      expect(event.summary).to.equal(summary(session, 'en'));
      expect(event.startDate.isDate, session.id).to.equal(true);
      expect(event.startDate.toString()).to.equal(session.start);
      const next = new Date(Date.parse(`${session.start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(event.endDate.toString(), `${session.id} ends the next day`).to.equal(next);
    }
  });

  it('folds long Russian lines at 75 octets without breaking the text', async () => {
    await setLanguage('ru');
    const feed = (await sampleFeed()) as unknown as RawFeed;
    const dated = conferenceOf(feed, XV).sessions!.filter((session) => session.start);
    const element = await programme({ conference: XV });
    // The first menu entry is the whole programme, whatever its Russian label.
    const file = await download(element, await menuItem(element));
    expect(file.detail.scope).to.equal('all');
    expectWellFormed(file.text);
    // Long lines were folded: some line is a continuation.
    expect(file.text.split('\r\n').some((line) => line.startsWith(' '))).to.equal(true);
    const found = events(file.text);
    expect(found.map((event) => event.summary)).to.have.members(dated.map((session) => summary(session, 'ru', 'РГ\u00a0')));
    for (const session of dated.filter((candidate) => candidate.description)) {
      const event = found.find((candidate) => candidate.uid.startsWith(`${session.id}.`))!;
      expect(event.description.replace(/\s+/g, ' ')).to.equal(pick(session.description, 'ru').replace(/\s+/g, ' '));
    }
  });

  it('never writes a year beyond 9999: a session on 9999-12-31 has no DTEND, one that ends in the year 10000 in UTC is left out', async () => {
    setClock(() => new Date('2030-01-01T12:00:00Z'));
    const feed = minimalFeed({
      conferences: [
        {
          id: 'last',
          title: 'Last conference',
          start: '9999-12-30',
          end: '9999-12-31',
          timeZone: 'America/New_York',
          hostCities: ['essen'],
          sessions: [
            { id: 'all-day', kind: 'plenary', title: 'All day', start: '9999-12-31' },
            { id: 'morning', kind: 'plenary', title: 'Morning', start: '9999-12-31T09:00', end: '9999-12-31T10:00' },
            // 20:00 in New York is 01:00 UTC on 1 January 10000.
            { id: 'evening', kind: 'plenary', title: 'Evening', start: '9999-12-31T20:00' },
          ],
        },
      ],
    });
    const { value: element } = await captureConsole(() => programme({ feed }));
    const item = await menuItem(element, 'Whole programme');
    const { value: file, logged } = await captureConsole(() => download(element, item));
    expect(file.detail.sessions).to.have.members(['all-day', 'morning', 'evening']);
    const lines = file.text.replace(/\r\n[ \t]/g, '').split('\r\n');
    for (const line of lines.filter((candidate) => /^DT(START|END)/.test(candidate))) {
      expect(line, 'a four-digit year').to.match(/^DT(START|END)(;VALUE=DATE:\d{8}|:\d{8}T\d{6}Z)$/);
    }
    expect(events(file.text).map((event) => event.uid)).to.deep.equal(['all-day.last@staedtepartner-widgets', 'morning.last@staedtepartner-widgets']);
    expect(lines).to.include('DTSTART;VALUE=DATE:99991231');
    expect(lines).to.include('DTSTART:99991231T140000Z').and.include('DTEND:99991231T150000Z');
    expect(lines.filter((line) => line.startsWith('DTEND'))).to.have.length(1);
    expect(logged.join('\n')).to.contain('[staedtepartner-widgets]').and.contain('evening.last@staedtepartner-widgets');
  });
});
