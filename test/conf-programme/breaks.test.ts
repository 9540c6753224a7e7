/**
 * Breaks. pretalx writes a coffee or lunch break as a talk without `code`, placed in every room it
 * applies to: the importer makes it one session of kind `break` (without a venue when it is in
 * several rooms), the list shows it once with its kind and without "My programme", calendar or
 * link buttons, and the grid draws a break without a venue across the day's columns, or among the
 * sessions without a venue where a session of a room overlaps it.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { importSchedule } from '../../src/feed/import/index.js';
import type { Session } from '../../src/feed/schema.js';
import { gridLayout } from '../../src/conf-programme/grid.js';
import { buildProgramme, type ProgrammeSession } from '../../src/conf-programme/programme.js';
import { readFeedObject } from '../../src/feed/loader.js';
import { setLanguage } from '../../src/i18n/language.js';
import { pretalxDayWithBreaks as pretalxDay } from '../../scripts/pretalx-schedule.mjs';
import { axeViolations } from '../support/axe.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, container, item, programme, shownIds } from './support.js';

const at = (time: string) => `2030-06-26T${time}:00+02:00`;
const pause = (id: number, room: number, from: string, to: string, title: unknown) => ({ id, title, room, start: at(from), end: at(to) });
const LUNCH = { en: 'Lunch', de: 'Mittagessen' };

function imported(document: unknown): { sessions: Session[]; feed: unknown; warnings: unknown[] } {
  const result = importSchedule(document);
  if (!result) throw new Error('not recognised as a schedule');
  return { sessions: (result.document.conferences?.[0]?.sessions ?? []) as Session[], feed: result.document, warnings: result.warnings };
}

describe('breaks imported from pretalx', () => {
  it('makes a talk without code a break, and the same break in several rooms one session without a venue', () => {
    const { sessions, warnings } = imported(pretalxDay());
    expect(warnings).to.deep.equal([]);
    const byId = new Map(sessions.map((session) => [session.id, session]));
    expect(sessions.filter((session) => session.kind === 'break').map((session) => session.id)).to.deep.equal(['pretalx-100', 'pretalx-103', 'pretalx-104']);
    expect(byId.get('pretalx-100')).to.deep.include({ title: LUNCH, start: '2030-06-26T10:30', end: '2030-06-26T11:30' });
    expect(byId.get('pretalx-100')!.venue, 'in three rooms').to.equal(undefined);
    expect(byId.get('pretalx-104')!.venue, 'in two rooms').to.equal(undefined);
    expect(byId.get('pretalx-103')!.venue, 'in the hall alone').to.equal('Hall');
    expect(byId.get('pretalx-OPEN')!.kind).to.equal('other');
    expect(sessions).to.have.length(9);
  });

  it('keeps breaks of other times or titles apart, and talks without codes talks where no talk has one', () => {
    const day = pretalxDay();
    day.talks.push(pause(106, 2, '13:00', '13:30', { en: 'Tea' }), pause(107, 3, '13:05', '13:30', { en: 'Coffee' }));
    const breaks = imported(day).sessions.filter((session) => session.kind === 'break');
    expect(breaks.map((session) => [session.id, session.venue])).to.deep.equal([
      ['pretalx-100', undefined],
      ['pretalx-103', 'Hall'],
      ['pretalx-104', undefined],
      ['pretalx-106', 'Room B'],
      ['pretalx-107', 'Room C'],
    ]);
    const withoutCodes = imported({
      timezone: 'Europe/Berlin',
      rooms: [{ id: 1, name: 'Hall' }],
      talks: [pause(1, 1, '09:00', '10:00', 'Welcome'), pause(2, 1, '10:00', '11:00', 'Talk')],
    });
    expect(withoutCodes.sessions.map((session) => session.kind)).to.deep.equal(['other', 'other']);
  });
});

describe('gridLayout with breaks', () => {
  /** The imported day with `talks` added, as the grid gets it. */
  async function day(...talks: Record<string, unknown>[]): Promise<readonly ProgrammeSession[]> {
    const document = pretalxDay();
    document.talks.push(...talks);
    const result = await readFeedObject(imported(document).feed);
    if (!result.ok) throw new Error(result.failure.detail);
    return buildProgramme(result.feed.conferences[0], result.feed).days[0].sessions;
  }
  const venue = (entry: ProgrammeSession) => (typeof entry.session.venue === 'string' ? entry.session.venue : '');
  const cellOf = (layout: ReturnType<typeof gridLayout>, id: string) => layout.cells.find((cell) => cell.entry.session.id === id)!;

  it('spans a break alone in its time over every lane of every column, and puts breaks that overlap anything in the column without a venue', async () => {
    // Two talks at once in the hall (two lanes there); a tea in two rooms that overlaps the late coffee, a cake
    // in two rooms during which Room C's evening talk starts; all rooms free at 18:00.
    const sessions = await day(
      { code: 'TWIN', id: 900, title: 'Twin', room: 1, start: at('09:30'), end: at('10:00') },
      pause(110, 1, '15:15', '15:45', 'Tea'),
      pause(111, 2, '15:15', '15:45', 'Tea'),
      pause(114, 1, '16:00', '16:30', 'Cake'),
      pause(115, 2, '16:00', '16:30', 'Cake'),
      { code: 'EVE', id: 901, title: 'Evening', room: 3, start: at('16:15'), end: at('17:00') },
      pause(112, 1, '18:00', '18:30', 'Dinner'),
      pause(113, 3, '18:00', '18:30', 'Dinner'),
    );
    const layout = gridLayout(sessions, venue, 'Elsewhere');
    expect(layout.venues).to.deep.equal(['Hall', 'Room B', 'Room C', 'Elsewhere']);
    expect(layout.lanes).to.deep.equal([2, 1, 1, 2]);
    for (const id of ['pretalx-100', 'pretalx-112'])
      expect([cellOf(layout, id).column, cellOf(layout, id).lane, cellOf(layout, id).lanes], id).to.deep.equal([0, 0, 6]);
    // The coffee (15:00–15:30) and the tea (15:15–15:45) overlap Room C's talk and each other: side by side among those without a venue.
    const coffee = cellOf(layout, 'pretalx-104');
    const tea = cellOf(layout, 'pretalx-110');
    expect([coffee.column, tea.column]).to.deep.equal([3, 3]);
    expect(coffee.lane).to.not.equal(tea.lane);
    expect(cellOf(layout, 'pretalx-114').column, 'a talk starts during it').to.equal(3);
    expect(cellOf(layout, 'pretalx-103').column, 'in the hall alone').to.equal(0);
  });
});

describe('<conf-programme> breaks', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  const buttons = (element: Element, id: string) =>
    [...article(element, id).querySelectorAll('[part~="favourite"], [part~="session-calendar"], [part~="copy-link"], [part~="permalink"]')].map((control) =>
      control.getAttribute('part'),
    );

  for (const [language, word] of [
    ['en', 'Break'],
    ['de', 'Pause'],
    ['ru', 'Перерыв'],
  ] as const) {
    it(`${language}: lists a break once, named "${word}", without a room or buttons; a talk keeps its buttons`, async () => {
      await setLanguage(language);
      const element = await programme({ feed: imported(pretalxDay()).feed });
      expect(shownIds(element)).to.deep.equal([
        'pretalx-OPEN',
        'pretalx-WSA',
        'pretalx-WSB',
        'pretalx-100',
        'pretalx-PLN',
        'pretalx-WSC',
        'pretalx-103',
        'pretalx-LATE',
        'pretalx-104',
      ]);
      expect(item(element, 'pretalx-100').getAttribute('part')!.split(' ')).to.include('session-break');
      expect(item(element, 'pretalx-OPEN').getAttribute('part')!.split(' ')).to.not.include('session-break');
      expect(article(element, 'pretalx-100').querySelector('[part~="kind"]')?.textContent?.trim()).to.equal(word);
      expect(article(element, 'pretalx-100').querySelector('[part~="venue"]'), 'three rooms: none named').to.equal(null);
      expect(article(element, 'pretalx-103').querySelector('[part~="venue"]')?.textContent?.trim()).to.equal('Hall');
      expect(buttons(element, 'pretalx-100')).to.deep.equal([]);
      expect(buttons(element, 'pretalx-OPEN')).to.deep.equal(['favourite', 'session-calendar', 'permalink']);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }

  it('draws a break without a venue across the grid’s columns, and one that a room’s session overlaps among those without a venue', async () => {
    const element: ConfProgramme = await programme({ feed: imported(pretalxDay()).feed, attributes: { view: 'grid' }, container: container('1200px') });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    const box = (id: string) => item(element, id).getBoundingClientRect();
    const heads = [...shadow(element).querySelectorAll<HTMLElement>('.venue-head')].map((head) => head.textContent!.trim());
    expect(heads).to.deep.equal(['Hall', 'Room B', 'Room C', 'Other places']);
    const [hall, roomC, lunch, late, coffee] = [box('pretalx-OPEN'), box('pretalx-WSB'), box('pretalx-100'), box('pretalx-LATE'), box('pretalx-104')];
    expect(Math.abs(lunch.left - hall.left), 'from the first column').to.be.below(2);
    expect(lunch.right, 'to the last').to.be.above(roomC.right + 1);
    expect(lunch.top, 'below the morning').to.be.at.least(hall.bottom - 1);
    // The coffee in the hall alone stays in the hall's column.
    const hallCoffee = box('pretalx-103');
    expect([Math.round(hallCoffee.left), Math.round(hallCoffee.right)]).to.deep.equal([Math.round(hall.left), Math.round(hall.right)]);
    // The coffee of two rooms overlaps Room C's talk: in the column of sessions without a venue, beside it.
    expect(coffee.left, 'right of Room C').to.be.at.least(late.right - 1);
    expect(coffee.right - coffee.left, 'one column wide').to.be.below(hall.right - hall.left + 2);
  });
});
