/**
 * Issue 13's "Done when", on the imported real-size camp (79 talks in pretalx's format with seven
 * coloured tracks, scripts/pretalx-schedule.mjs), in German, Russian and English, in the list and
 * the grid, at 1280 and 390 px: no empty day tab (each day tab shows sessions), the day tabs one
 * row, no wording the issue named as wrong; and no keyboard action loses the focus (the track
 * filter, unstarring under "Only my programme" in the grid, a session's calendar menu in the grid).
 * The details (time scale, tracks, wording on small feeds) are in grid.test.ts, tracks.test.ts and
 * wording-and-focus.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pretalxSchedule, PRETALX_CASES } from '../../scripts/pretalx-schedule.mjs';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { catchCalendar } from '../support/calendar.js';
import { shadow } from '../support/widgets.js';
import { article, cleanUp, click, container, menuItem, programme, shownIds, tab, waitForFocus } from './support.js';

const camp = (): unknown => pretalxSchedule(PRETALX_CASES.find((spec) => spec.sessions === 79)!);

/** What the widget said before the issue: a whole day for an untimed session, the present tense after the event. */
const WRONG = /ganztägig|весь день|All day(?!s)|finden keine|No sessions on this day|\.ics\b(?! ?\))|undefined|NaN/;

/** The camp runs 22–24 June 2026: before it, during it (its second day), after it. */
const MOMENTS = { before: '2026-05-01T12:00:00Z', during: '2026-06-23T09:00:00Z', after: '2026-09-01T12:00:00Z' };

const tabKeys = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')].map((node) => node.dataset.tab!);

describe('<conf-programme> on the imported camp (issue 13, done when)', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp((key) => key.startsWith('staedtepartner-widgets:')));

  for (const language of ['de', 'ru', 'en'] as const) {
    for (const view of ['list', 'grid'] as const) {
      for (const width of ['1280px', '390px']) {
        it(`${language}, ${view}, ${width}: every day tab shows sessions, the tabs are one row, no wrong wording`, async () => {
          setLanguage(language);
          for (const moment of Object.values(MOMENTS)) {
            setClock(() => new Date(moment));
            const element = await programme({ feed: camp(), attributes: { view }, container: container(width) });
            const keys = tabKeys(element);
            expect(keys, moment).to.deep.equal(['all', '2026-06-22', '2026-06-23', '2026-06-24']);
            const tabs = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')];
            expect(new Set(tabs.map((node) => node.offsetTop)).size, `${moment}: one row of tabs`).to.equal(1);
            for (const key of keys.slice(1)) {
              await click(element, tab(element, key));
              expect(shownIds(element).length, `${moment}: tab ${key}`).to.be.greaterThan(0);
              expect(shadow(element).textContent, `${moment}: tab ${key}`).to.not.match(WRONG);
            }
            element.remove();
          }
        });
      }
    }
  }

  it('keeps the focus on the track filter when a track is chosen from the keyboard', async () => {
    setLanguage('en');
    setClock(() => new Date(MOMENTS.before));
    for (const width of ['1280px', '390px']) {
      const element = await programme({ feed: camp(), container: container(width) });
      const root = shadow(element);
      // At 390 px the filters are behind "Search, filters and more".
      const tools = root.querySelector<HTMLElement>('[part~="tools"]')!;
      if (tools.getClientRects().length > 0) await click(element, tools);
      const select = root.querySelector<HTMLSelectElement>('[part~="track-filter"]')!;
      select.focus();
      const before = shownIds(element).length;
      // What choosing with the keyboard does: another value and a change event, the select focused.
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
      expect(shownIds(element).length, width).to.be.below(before);
      expect(root.activeElement, `${width}: focus on the track filter`).to.equal(select);
      expect(select.getClientRects().length, `${width}: the filter still shown`).to.be.greaterThan(0);
      element.remove();
    }
  });

  it('moves the focus to a neighbour when a grid card is unstarred with the keyboard under "Only my programme"', async () => {
    setLanguage('en');
    setClock(() => new Date(MOMENTS.before));
    const element = await programme({ feed: camp(), attributes: { view: 'grid' }, container: container('1280px') });
    const root = shadow(element);
    await click(element, tab(element, '2026-06-22'));
    const ids = shownIds(element).slice(0, 3);
    const star = (id: string) => article(element, id).querySelector<HTMLButtonElement>('[part~="favourite"]')!;
    for (const id of ids) await click(element, star(id));
    await click(element, root.querySelector<HTMLElement>('[part~="favourites-filter"]')!);
    expect(shownIds(element)).to.deep.equal(ids);
    star(ids[1]).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shownIds(element)).to.deep.equal([ids[0], ids[2]]);
    await waitForFocus(element, article(element, ids[2]), 'the next session was not focused');
  });

  it('keeps the focus in a grid card’s calendar menu after its file is made', async () => {
    setLanguage('en');
    setClock(() => new Date(MOMENTS.before));
    const element = await programme({ feed: camp(), attributes: { view: 'grid' }, container: container('1280px') });
    await click(element, tab(element, '2026-06-22'));
    const id = shownIds(element)[0];
    const button = await menuItem(element, 'Download calendar file (.ics)', id);
    button.focus();
    const file = await catchCalendar(element, button);
    expect(file.text).to.contain('BEGIN:VCALENDAR');
    await element.updateComplete;
    await waitForFocus(element, button, 'the focus left the menu item');
  });
});
