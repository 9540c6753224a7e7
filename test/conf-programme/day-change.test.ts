/**
 * Issue 13: "An event at 00:15 belongs to the schedule's own day when the format says so (frab
 * `day_change`), not the next calendar day." The importers carry frab's and schedule2's
 * `day_change` into the feed's `dayChange`; the programme puts a session that starts before it
 * under the day before (tab, heading, list, grid below 23:xx, the axis running on past midnight),
 * while its time text, `<time datetime>`, calendar file and "now" keep the real calendar date.
 * Without `dayChange` a session after midnight stays on its calendar day, as before.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { gridLayout } from '../../src/conf-programme/grid.js';
import { buildProgramme, programmeToday } from '../../src/conf-programme/programme.js';
import { importSchedule } from '../../src/feed/import/index.js';
import type { Conference } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { catchCalendar } from '../support/calendar.js';
import { settled, shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, container, item, menuItem, programme, selectedTab, shownIds, tab } from './support.js';

type Json = Record<string, unknown>;

const event = (id: number, date: string, duration: string, room: string): Json => ({
  id,
  guid: `c0000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  date: `${date}:00+02:00`,
  start: date.slice(11),
  duration,
  room,
  title: `Talk ${id}`,
  type: 'lecture',
  persons: [],
  links: [],
});

/**
 * A two-day camp in Europe/Berlin as frab writes it: each day lists its events, also those after
 * midnight (frab-3 at 00:15 on the 27th under the 26th, frab-5 at 01:00 on the 28th under the 27th).
 */
function frabCamp(dayChange?: string): Json {
  return {
    schedule: {
      version: '1',
      conference: {
        acronym: 'camp-2030',
        title: 'Camp 2030',
        start: '2030-06-26',
        end: '2030-06-27',
        time_zone_name: 'Europe/Berlin',
        ...(dayChange === undefined ? {} : { day_change: dayChange }),
        days: [
          {
            index: 1,
            date: '2030-06-26',
            rooms: {
              'Main stage': [event(1, '2030-06-26T10:00', '01:00', 'Main stage'), event(2, '2030-06-26T23:30', '01:00', 'Main stage')],
              'Hall B': [event(3, '2030-06-27T00:15', '00:45', 'Hall B')],
            },
          },
          {
            index: 2,
            date: '2030-06-27',
            rooms: {
              'Main stage': [event(4, '2030-06-27T10:00', '01:00', 'Main stage')],
              'Hall B': [event(5, '2030-06-28T01:00', '00:30', 'Hall B')],
            },
          },
        ],
      },
    },
  };
}

/** The feed and warnings of a valid document. */
function valid(document: unknown) {
  const result = validateFeed(document);
  if (!result.ok) throw new Error(`invalid: ${result.failure.kind}`);
  return result;
}

const tabs = (element: ConfProgramme) => [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')].map((button) => button.dataset.tab);
const timeOf = (element: ConfProgramme, id: string) => article(element, id).querySelector<HTMLTimeElement>('time[part~="session-time"]')!;
const label = (element: ConfProgramme, text: string) =>
  [...shadow(element).querySelectorAll<HTMLElement>('.time-head')].find((head) => head.textContent?.trim() === text)?.getBoundingClientRect();

describe('the schedule’s own day (frab day_change)', () => {
  beforeEach(() => {
    setLanguage('en');
    // Before the camp: it opens on "All days".
    setClock(() => new Date('2030-03-01T12:00:00Z'));
  });
  afterEach(() => cleanUp(() => false));

  it('the frab and schedule2 importers write day_change as the feed’s dayChange', () => {
    const frab = importSchedule(frabCamp('04:00'))!;
    expect(frab.document.conferences![0].dayChange).to.equal('04:00');
    // Sessions keep their calendar date and time.
    expect(frab.document.conferences![0].sessions!.find((session) => session.id === 'frab-3')!.start).to.equal('2030-06-27T00:15');
    const schedule2 = importSchedule({
      schedule: {
        version: '1',
        conference: { acronym: 's2', title: 'S2', time_zone_name: 'Europe/Berlin', day_change: '05:30:00' },
        events: [{ guid: 'night', title: 'Night', start: '2030-06-27T00:15:00+02:00', duration: '00:45', room: 'Hall' }],
      },
    })!;
    expect(schedule2.format).to.equal('schedule2');
    expect(schedule2.document.conferences![0].dayChange).to.equal('05:30');
    // Midnight changes nothing; none, nothing; one that is no time of day is reported.
    expect(importSchedule(frabCamp('00:00'))!.document.conferences![0]).not.to.have.property('dayChange');
    expect(importSchedule(frabCamp())!.document.conferences![0]).not.to.have.property('dayChange');
    const bad = importSchedule(frabCamp('4 Uhr'))!;
    expect(bad.document.conferences![0]).not.to.have.property('dayChange');
    expect(bad.warnings.map((warning) => warning.path)).to.include('$.schedule.conference.day_change');
  });

  it('validation keeps a conference with a bad dayChange, without it, and says where', () => {
    const document = (dayChange: unknown) => ({
      version: 1,
      conferences: [
        { id: 'c', title: 'C', start: '2030-06-26', hostCities: [], dayChange, sessions: [{ id: 's', kind: 'other', title: 'S', start: '2030-06-27T00:15' }] },
      ],
    });
    expect(valid(document('04:00')).feed.conferences[0].dayChange).to.equal('04:00');
    for (const bad of ['4:00', '24:00', '04:60', 'T04:00', 4]) {
      const { feed, warnings } = valid(document(bad));
      expect(feed.conferences, String(bad)).to.have.length(1);
      expect(feed.conferences[0], String(bad)).not.to.have.property('dayChange');
      expect(
        warnings.map((warning) => warning.path),
        String(bad),
      ).to.include('$.conferences[0].dayChange');
    }
  });

  it('puts a session before dayChange on the day before, its calendar date kept', () => {
    const { feed } = valid(importSchedule(frabCamp('04:00'))!.document);
    const model = buildProgramme(feed.conferences[0] as Conference, feed, 'UTC');
    expect(model.days.map((day) => day.key)).to.deep.equal(['2030-06-26', '2030-06-27']);
    expect(model.days[0].sessions.map((entry) => entry.session.id)).to.deep.equal(['frab-1', 'frab-2', 'frab-3']);
    expect(model.days[1].sessions.map((entry) => entry.session.id)).to.deep.equal(['frab-4', 'frab-5']);
    const night = model.days[0].sessions[2];
    expect(night.start).to.include({ year: 2030, month: 6, day: 27, minutes: 15 });
    expect(night.startsAt).to.equal(Date.parse('2030-06-27T00:15:00+02:00'));
    // "Today" for the tab to open on: the programme's day until the day change.
    const berlin = buildProgramme(feed.conferences[0] as Conference, feed);
    expect(programmeToday(berlin, new Date('2030-06-27T03:59:00+02:00'))).to.equal('2030-06-26');
    expect(programmeToday(berlin, new Date('2030-06-27T04:00:00+02:00'))).to.equal('2030-06-27');
    expect(programmeToday(berlin, new Date('2030-06-01T00:20:00+02:00')), 'across a month').to.equal('2030-05-31');
    // The grid: below the 23:30 session, the day running on to 00:30 and 01:00.
    const layout = gridLayout(model.days[0].sessions, (entry) => String(entry.session.venue), 'Elsewhere', undefined, model.dayChange);
    const rows = new Map(layout.cells.map((cell) => [cell.entry.session.id, cell]));
    expect(layout.start).to.equal(10 * 60);
    expect(layout.end).to.equal(25 * 60);
    expect(rows.get('frab-3')!.rowStart).to.equal((24 * 60 + 15 - 10 * 60) / 5);
    expect(rows.get('frab-2')!.rowEnd, 'the 23:30 session runs to its end, 00:30').to.equal((24 * 60 + 30 - 10 * 60) / 5);
  });

  it('without dayChange a session after midnight stays on its calendar day, as before', () => {
    const { feed } = valid(importSchedule(frabCamp())!.document);
    const model = buildProgramme(feed.conferences[0] as Conference, feed, 'UTC');
    expect(model.days.map((day) => day.key)).to.deep.equal(['2030-06-26', '2030-06-27', '2030-06-28']);
    expect(model.days[1].sessions.map((entry) => entry.session.id)).to.deep.equal(['frab-3', 'frab-4']);
    expect(programmeToday(model, new Date('2030-06-27T00:20:00Z'))).to.equal('2030-06-27');
    const layout = gridLayout(model.days[0].sessions, (entry) => String(entry.session.venue), 'Elsewhere');
    expect(layout.end).to.equal(24 * 60);
    expect(layout.cells.find((cell) => cell.entry.session.id === 'frab-2')!.rowEnd, 'cut at midnight').to.equal((24 * 60 - 10 * 60) / 5);
  });

  it('lists the 00:15 session under the day before, with its own date in its time, and no tab for the day after', async () => {
    const element = await programme({ feed: frabCamp('04:00') });
    expect(tabs(element)).to.deep.equal(['all', '2030-06-26', '2030-06-27']);
    await click(element, tab(element, '2030-06-26'));
    expect(shownIds(element)).to.deep.equal(['frab-1', 'frab-2', 'frab-3']);
    const night = timeOf(element, 'frab-3');
    expect(night.dateTime).to.equal('2030-06-27T00:15');
    // The day is named, as for any time on another day than the tab's.
    expect(night.textContent!.trim()).to.match(/^Thu,? 27 Jun,? 00:15\s*–\s*01:00$/);
    expect(timeOf(element, 'frab-2').textContent!.trim()).to.equal('23:30–00:30 (next day)');
    await click(element, tab(element, '2030-06-27'));
    expect(shownIds(element)).to.deep.equal(['frab-4', 'frab-5']);
  });

  it('without day_change the old tabs: the calendar days, the last with only the 01:00 session', async () => {
    const element = await programme({ feed: frabCamp() });
    expect(tabs(element)).to.deep.equal(['all', '2030-06-26', '2030-06-27', '2030-06-28']);
    await click(element, tab(element, '2030-06-27'));
    expect(shownIds(element)).to.deep.equal(['frab-3', 'frab-4']);
    expect(timeOf(element, 'frab-3').textContent!.trim()).to.equal('00:15–01:00');
  });

  it('draws the 00:15 session at the bottom of its day’s grid, the axis running on past midnight', async () => {
    const element = await programme({ feed: frabCamp('04:00'), attributes: { view: 'grid' }, container: container('1200px') });
    await click(element, tab(element, '2030-06-26'));
    await until(() => shadow(element).querySelector('.grid'), 'the grid');
    const night = item(element, 'frab-3').getBoundingClientRect();
    const late = item(element, 'frab-2').getBoundingClientRect();
    const midnight = label(element, '00:00');
    expect(label(element, '23:30'), 'a 23:30 label').to.not.equal(undefined);
    expect(midnight, 'a 00:00 label after 23:30').to.not.equal(undefined);
    expect(midnight!.top).to.be.greaterThan(label(element, '23:30')!.top);
    expect(night.top, 'below midnight').to.be.greaterThan(midnight!.top);
    expect(night.top, 'below the 23:30 session’s start').to.be.greaterThan(late.top);
    // The 23:30 session crosses midnight and is drawn to its end, 00:30.
    expect(Math.abs(late.bottom - label(element, '00:30')!.top)).to.be.below(3);
    const bottoms = [...shadow(element).querySelectorAll('.grid-sessions > li')].map((cell) => cell.getBoundingClientRect().bottom);
    expect(night.bottom, 'the last of the column').to.equal(Math.max(...bottoms));
  });

  it('offers the 00:15 session in a calendar file at its calendar date', async () => {
    const element = await programme({ feed: frabCamp('04:00') });
    const button = await menuItem(element, 'Download calendar file (.ics)', 'frab-3');
    const caught = await catchCalendar(element, button);
    const unfolded = caught.text.replace(/\r\n[ \t]/g, '');
    // 00:15 CEST on 27 June is 22:15 UTC on the 26th.
    expect(unfolded).to.contain('DTSTART:20300626T221500Z');
    expect(unfolded).to.contain('DTEND:20300626T230000Z');
  });

  it('at 00:20 on the 27th opens the day before, with the 00:15 session running now', async () => {
    setClock(() => new Date('2030-06-27T00:20:00+02:00'));
    const element = await programme({ feed: frabCamp('04:00') });
    expect(selectedTab(element)).to.equal('2030-06-26');
    expect(item(element, 'frab-3').getAttribute('part')).to.contain('session-now');
    expect(item(element, 'frab-2').getAttribute('part')).to.contain('session-now');
  });

  it('at 01:00 after the last day’s date the conference still runs: its programme day, now and the tense', async () => {
    // frab-5 runs 01:00–01:30 on the 28th, the camp's last programme day being the 27th.
    setClock(() => new Date('2030-06-28T01:10:00+02:00'));
    const element = await programme({ feed: frabCamp('04:00') });
    expect(selectedTab(element)).to.equal('2030-06-27');
    expect(item(element, 'frab-5').getAttribute('part')).to.contain('session-now');
    // A session of the last day whose hours are not known yet: still "to be announced", not "not recorded".
    const feed = {
      version: 1,
      conferences: [
        {
          id: 'night',
          title: 'Night',
          start: '2030-06-26',
          end: '2030-06-27',
          timeZone: 'Europe/Berlin',
          dayChange: '04:00',
          hostCities: [],
          sessions: [
            { id: 'late', kind: 'other', title: 'Late', start: '2030-06-28T00:30', end: '2030-06-28T01:30' },
            { id: 'open', kind: 'other', title: 'Open', start: '2030-06-27' },
          ],
        },
      ],
    };
    const night = await programme({ feed });
    expect(item(night, 'late').getAttribute('part')).to.contain('session-now');
    expect(article(night, 'open').querySelector('[part~="session-time"]')!.textContent!.trim()).to.equal('Time to be announced');
    // After the day change the camp is over.
    setClock(() => new Date('2030-06-28T04:00:00+02:00'));
    const over = await programme({ feed });
    expect(article(over, 'open').querySelector('[part~="session-time"]')!.textContent!.trim()).to.equal('Time not recorded');
  });
  it('at 01:00 after the last date, before the day change, both widgets choose the camp over a later conference', async () => {
    // Issue 13 follow-up: which conference to show follows its own day, not the calendar day.
    const feed = (dayChange?: string) => ({
      version: 1,
      conferences: [
        {
          id: 'camp',
          title: 'Camp',
          start: '2030-06-26',
          end: '2030-06-27',
          timeZone: 'Europe/Berlin',
          ...(dayChange && { dayChange }),
          hostCities: [],
          sessions: [{ id: 'late', kind: 'other', title: 'Late', start: '2030-06-28T00:30', end: '2030-06-28T01:30' }],
        },
        {
          id: 'later',
          title: 'Later',
          start: '2030-08-01',
          end: '2030-08-02',
          timeZone: 'Europe/Berlin',
          hostCities: [],
          sessions: [{ id: 'summer', kind: 'other', title: 'Summer', start: '2030-08-01T10:00' }],
        },
      ],
    });
    // The overview's title and status, the element removed again.
    const overview = async (data: unknown) => {
      const element = document.createElement('conf-overview');
      element.feed = data as ConfOverview['feed'];
      document.body.append(element);
      await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
      const text = (part: string) => shadow(element).querySelector(`[part~="${part}"]`)?.textContent?.trim();
      element.remove();
      return { title: text('title'), status: text('conference-status') };
    };
    setClock(() => new Date('2030-06-28T01:00:00+02:00'));
    const camp = await programme({ feed: feed('04:00') });
    expect(shownIds(camp)).to.deep.equal(['late']);
    expect(item(camp, 'late').getAttribute('part')).to.contain('session-now');
    expect(await overview(feed('04:00'))).to.deep.equal({ title: 'Camp', status: 'Running now (day\u00a02 of\u00a02)' });
    // Without dayChange, the calendar day: the camp is over and the later conference is shown.
    expect(shownIds(await programme({ feed: feed() }))).to.deep.equal(['summer']);
    expect((await overview(feed())).title).to.equal('Later');
    // At the day change the camp is over for both.
    setClock(() => new Date('2030-06-28T04:00:00+02:00'));
    expect(shownIds(await programme({ feed: feed('04:00') }))).to.deep.equal(['summer']);
    expect((await overview(feed('04:00'))).title).to.equal('Later');
  });
});
