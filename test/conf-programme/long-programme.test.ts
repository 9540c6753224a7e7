/**
 * Programmes the schema accepts but no grid or tab row can hold: 10,000 days
 * (once 10,001 tab buttons) and 3,000 venues on one day (once a grid of 3,000
 * columns that froze the page for 35 s). What is rendered is counted, and
 * every session must stay reachable.
 */
import { expect } from '@open-wc/testing';
import { dayAfter, sessionPerDay, venuesOnOneDay } from '../../scripts/freeze-feeds.mjs';
import { SESSION_BATCH, type ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import '../../src/conf-programme/define.js';
import { gridLayout, MAX_GRID_COLUMNS } from '../../src/conf-programme/grid.js';
import { buildProgramme } from '../../src/conf-programme/programme.js';
import { validateFeed } from '../../src/feed/validate.js';
import { setLanguage } from '../../src/i18n/language.js';
import { axeViolations } from '../support/axe.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, programme, selectedTab, shownIds, tab } from './support.js';

const DAYS = 10_000;
const FIRST_DAY = '2030-01-01';

function monthMenu(element: Element): HTMLSelectElement {
  const select = shadow(element).querySelector<HTMLSelectElement>('[part~="month"]');
  if (!select) throw new Error('no month menu');
  return select;
}

async function chooseMonth(element: ConfProgramme, value: string): Promise<void> {
  const select = monthMenu(element);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Counts calls of Intl.DateTimeFormat's formatRange (how a session's time range is written) while `run` runs. */
async function countFormatRange<T>(run: () => Promise<T>): Promise<{ value: T; calls: number }> {
  const prototype = Intl.DateTimeFormat.prototype;
  const original = prototype.formatRange;
  let calls = 0;
  prototype.formatRange = function (this: Intl.DateTimeFormat, ...args: Parameters<typeof original>) {
    calls++;
    return original.apply(this, args);
  };
  try {
    return { value: await run(), calls };
  } finally {
    prototype.formatRange = original;
  }
}

describe('<conf-programme> with very many days or venues', function () {
  this.timeout(120_000);

  afterEach(() => cleanUp((key) => key.startsWith('staedtepartner')));

  describe('10,000 sessions on 10,000 days', () => {
    const days = Array.from({ length: DAYS }, (_, index) => dayAfter(FIRST_DAY, index));
    const months = [...new Set(days.map((day) => day.slice(0, 7)))];

    it('shows the days of one month as tabs, and a menu of months', async () => {
      const element = await programme({ feed: sessionPerDay(DAYS) });
      const root = shadow(element);
      const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')].map((button) => button.dataset.tab);
      // The first month's days, no "All days" (10,000 sessions at once).
      expect(tabs).to.deep.equal(days.filter((day) => day.startsWith(months[0])));
      expect(selectedTab(element)).to.equal(days[0]);
      expect(shownIds(element)).to.deep.equal(['session-0']);
      const menu = monthMenu(element);
      expect(menu.options.length).to.equal(months.length);
      expect(menu.options[0].textContent?.trim()).to.equal('January 2030');
      expect(menu.selectedIndex).to.equal(0);
      expect(menu.labels?.[0]?.querySelector('span')?.textContent?.trim()).to.equal('Month');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('reaches the last day through the month menu', async () => {
      const element = await programme({ feed: sessionPerDay(DAYS) });
      const last = days.at(-1)!;
      await chooseMonth(
        element,
        days.find((day) => day.startsWith(months.at(-1)!))!,
      );
      expect(monthMenu(element).selectedIndex).to.equal(months.length - 1);
      const tabs = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')].map((button) => button.dataset.tab);
      expect(tabs).to.deep.equal(days.filter((day) => day.startsWith(months.at(-1)!)));
      await click(element, tab(element, last));
      expect(selectedTab(element)).to.equal(last);
      expect(shownIds(element)).to.deep.equal([`session-${DAYS - 1}`]);
      expect(location.hash).to.equal(`#programme/${last}`);
    });

    it('follows a link to any day, and moves between its month’s days with the arrow keys', async () => {
      const middle = days[5_000];
      history.replaceState(null, '', `#programme/${middle}`);
      const element = await programme({ feed: sessionPerDay(DAYS) });
      expect(selectedTab(element)).to.equal(middle);
      expect(shownIds(element)).to.deep.equal(['session-5000']);
      expect(monthMenu(element).value.slice(0, 7)).to.equal(middle.slice(0, 7));
      tab(element, middle).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(selectedTab(element)).to.equal(days[5_001]);
      await until(() => shadow(element).activeElement === tab(element, days[5_001]), 'focus on the next day’s tab');
    });

    it('keeps the tabs and "All days" of a programme of a month or less', async () => {
      const element = await programme({ feed: sessionPerDay(31) });
      const tabs = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')].map((button) => button.dataset.tab);
      expect(tabs).to.deep.equal(['all', ...days.slice(0, 31)]);
      expect(shadow(element).querySelector('[part~="month"]')).to.equal(null);
    });

    it('ru: the months start with a capital, as the day tabs do ("Январь 2030 г.")', async () => {
      await setLanguage('ru');
      try {
        const element = await programme({ feed: sessionPerDay(62) });
        const names = [...monthMenu(element).options].map((option) => option.textContent?.trim() ?? '');
        const written = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2030, 0, 15));
        expect(written[0], 'Intl writes the month lower case').to.equal(written[0].toLocaleLowerCase('ru'));
        // A no-break space keeps "г." with its year (docs/translations.md).
        expect(names[0]).to.equal(written[0].toLocaleUpperCase('ru') + written.slice(1).replace(' г.', '\u00a0г.'));
        expect(names.every((name) => name[0] === name[0].toLocaleUpperCase('ru'))).to.equal(true);
      } finally {
        await setLanguage('en');
      }
    });
  });

  describe('3,000 venues on one day', () => {
    it('lists the sessions with a note instead of a grid of 3,000 columns, and writes each time slot once', async () => {
      const feed = venuesOnOneDay(3_000);
      const { value: element, calls } = await countFormatRange(() => programme({ feed, attributes: { view: 'grid' } }));
      const root = shadow(element);
      expect(root.querySelectorAll('.venue-head').length, 'grid columns').to.be.at.most(MAX_GRID_COLUMNS);
      expect(root.querySelector('[part~="grid"]')).to.equal(null);
      expect(root.querySelector('[part~="grid-note"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'Too many places at the same time for the grid (3,000): the sessions of this day are listed.',
      );
      // The first batch of the list (Show more adds the rest), each session naming its venue itself.
      const shown = shownIds(element);
      expect(shown).to.have.length(SESSION_BATCH);
      for (const id of [shown[0], shown.at(-1)!]) {
        expect(article(element, id).querySelector('[part~="venue"]')?.textContent?.trim()).to.equal(`Room ${id.slice('session-'.length)}`);
      }
      expect(shadow(element).querySelector('[part~="shown-range"]')?.textContent?.trim()).to.equal('Shown: 1–100 of 3,000');
      // The sessions share eight time slots: formatting a range is slow, so each is written once.
      expect(calls, 'time ranges formatted').to.be.at.most(8);
    });

    it('still shows a grid for a day with as many venues as it has columns', async () => {
      const element = await programme({ feed: venuesOnOneDay(MAX_GRID_COLUMNS), attributes: { view: 'grid' } });
      expect(shadow(element).querySelectorAll('.venue-head').length).to.equal(MAX_GRID_COLUMNS);
      expect(shadow(element).querySelector('[part~="grid-note"]')).to.equal(null);
    });

    it('places each of thousands of venues in its own column, and finds each day by its key', () => {
      const checked = validateFeed(venuesOnOneDay(3_000));
      if (!checked.ok) throw new Error('the generated feed is invalid');
      const model = buildProgramme(checked.feed.conferences[0], checked.feed, 'UTC');
      const venueOf = (entry: (typeof model.sessions)[number]) => (entry.session.venue as Record<string, string>).en;
      const layout = gridLayout(model.days[0].sessions, venueOf, 'Elsewhere');
      expect(layout.venues).to.have.length(3_000);
      expect(new Set(layout.cells.map((cell) => cell.column)).size).to.equal(3_000);
      expect(layout.cells.every((cell) => layout.venues[cell.column] === venueOf(cell.entry))).to.equal(true);
      expect(layout.cells.every((cell) => layout.start + cell.rowStart * 5 === cell.entry.start?.minutes)).to.equal(true);
      expect(model.dayByKey.get('2030-06-26')?.sessions).to.have.length(3_000);
    });
  });
});
