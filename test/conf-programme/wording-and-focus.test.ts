/**
 * Issue 13, "Wording and states" and "Focus": what a session without a time or date says
 * before and after the conference (the widget's clock, never the real date), no empty day
 * tabs, the day tabs as one scrolling row, Russian capitals and words, British English
 * dates, and where the focus goes after a calendar download and after unstarring a session
 * under "Only my programme".
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { catchCalendar } from '../support/calendar.js';
import { minimalFeed } from '../support/feeds.js';
import { shadow, texts, until } from '../support/widgets.js';
import { article, cleanUp, click, container, menuItem, one, programme, selectedTab, shownIds, tab, waitForFocus, XV } from './support.js';

const LANGUAGES = ['de', 'ru', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const TIME_AHEAD: Record<Language, string> = { de: 'Uhrzeit folgt', ru: 'Время уточняется', en: 'Time to be announced' };
const TIME_PAST: Record<Language, string> = { de: 'Uhrzeit unbekannt', ru: 'Время не указано', en: 'Time not recorded' };
const DATE_AHEAD: Record<Language, string> = { de: 'Datum folgt', ru: 'Дата будет объявлена', en: 'Date to be announced' };
const DATE_PAST: Record<Language, string> = { de: 'Datum unbekannt', ru: 'Дата не указана', en: 'Date not recorded' };
/** What the widget said before: a promise after the event, or a whole day for an opening ceremony. */
const WRONG = /ganztägig|весь день|All day(?!s)|finden keine|No sessions on this day/;

interface Session {
  id: string;
  kind: string;
  title: Record<string, string>;
  start?: string;
  end?: string;
  venue?: Record<string, string>;
}

const session = (id: string, start?: string, end?: string): Session => ({
  id,
  kind: 'plenary',
  title: { de: `Sitzung ${id}`, ru: `Заседание ${id}`, en: `Session ${id}` },
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

/** A conference of 25–28 June 2019 in Moscow with `sessions`. */
function feedWith(sessions: Session[]): Record<string, unknown> {
  return minimalFeed({
    conferences: [
      { id: 'c', ordinal: 15, title: 'Conference', start: '2019-06-25', end: '2019-06-28', timeZone: 'Europe/Moscow', hostCities: ['essen'], sessions },
    ],
  });
}

const BEFORE = new Date('2019-05-01T12:00:00Z');
const AFTER = new Date('2024-03-01T12:00:00Z');

const tabKeys = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')].map((node) => node.dataset.tab);

describe('<conf-programme> wording and states', () => {
  afterEach(() => cleanUp((key) => key.startsWith('staedtepartner-widgets:')));

  for (const language of LANGUAGES) {
    it(`${language}: a session without a time is "to be announced" before the conference and "not recorded" after it, as the clock says`, async () => {
      await setLanguage(language);
      let now = BEFORE;
      setClock(() => now);
      const element = await programme({ feed: feedWith([session('opening', '2019-06-25'), session('walk', '2019-06-26T10:00'), session('later')]) });
      const root = shadow(element);
      expect(texts(article(element, 'opening'), '[part~="session-time"]')).to.deep.equal([TIME_AHEAD[language]]);
      expect(tab(element, 'undated').textContent?.trim()).to.equal(DATE_AHEAD[language]);
      expect(texts(root, '[part~="day-heading"]').at(-1)).to.equal(DATE_AHEAD[language]);

      now = AFTER;
      element.requestUpdate();
      await element.updateComplete;
      expect(texts(article(element, 'opening'), '[part~="session-time"]')).to.deep.equal([TIME_PAST[language]]);
      expect(tab(element, 'undated').textContent?.trim()).to.equal(DATE_PAST[language]);
      expect(texts(root, '[part~="day-heading"]').at(-1)).to.equal(DATE_PAST[language]);
      expect(root.textContent).to.not.match(WRONG);
      // The timed session keeps its time.
      expect(texts(article(element, 'walk'), '[part~="session-time"]')[0]).to.match(/10/);
    });
  }

  describe('day tabs', () => {
    it('has no tab for a day without sessions, the end date among them', async () => {
      setClock(() => AFTER);
      const element = await programme({ feed: feedWith([session('a', '2019-06-25T10:00'), session('b', '2019-06-27T10:00')]) });
      expect(tabKeys(element)).to.deep.equal(['all', '2019-06-25', '2019-06-27']);
      expect(shadow(element).textContent).to.not.match(WRONG);
    });

    it('shows XVI Kaluga (every session undated) in the grid without empty day tabs', async () => {
      setClock(() => AFTER);
      const element = await programme({ conference: 'xvi-kaluga-2021', attributes: { view: 'grid' } });
      expect(tabKeys(element).filter((key) => /^\d{4}-/.test(key ?? ''))).to.deep.equal([]);
      expect(selectedTab(element)).to.equal('undated');
      expect(shownIds(element).length).to.be.greaterThan(0);
    });

    it('opens a programme larger than "All days" shows on its first day with sessions, else on the undated', async () => {
      setClock(() => BEFORE);
      const many = (prefix: string, start?: string) => Array.from({ length: 61 }, (_, index) => session(`${prefix}${index}`, start));
      const dated = await programme({ feed: feedWith([...many('u'), session('x', '2019-06-27T09:00')]) });
      expect(selectedTab(dated)).to.equal('2019-06-27');
      expect(shownIds(dated)).to.deep.equal(['x']);
      dated.remove();
      const undated = await programme({ feed: feedWith(many('u')) });
      expect(selectedTab(undated)).to.equal('undated');
      expect(shownIds(undated)).to.have.length(61);
    });

    for (const width of ['360px', '1280px']) {
      it(`are one row at ${width} that scrolls, with a fade where more tabs are, and the selected one in view`, async () => {
        setClock(() => AFTER);
        const element = await programme({ conference: XV, container: container(width) });
        const root = shadow(element);
        const list = root.querySelector<HTMLElement>('[role="tablist"]')!;
        const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
        expect(tabs.length).to.be.greaterThan(4);
        expect(new Set(tabs.map((node) => node.offsetTop)).size, 'one row').to.equal(1);
        expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
        const overflows = list.scrollWidth > list.clientWidth + 1;
        expect(overflows).to.equal(width === '360px');
        if (overflows) await until(() => list.hasAttribute('data-more-end') && getComputedStyle(list).maskImage !== 'none', 'no fade at the end');
        else expect(list.hasAttribute('data-more-end')).to.equal(false);

        // Selecting a tab does not move the others (no wider bold label).
        const offsets = () => tabs.map((node) => [node.offsetLeft, node.offsetWidth]);
        const before = offsets();
        await click(element, tab(element, tabs[1].dataset.tab!));
        expect(offsets()).to.deep.equal(before);

        // The last tab, chosen with End, is scrolled into view; the start then fades.
        tab(element, tabs[1].dataset.tab!).focus();
        await sendKeys({ press: 'End' });
        await element.updateComplete;
        const last = tab(element, tabs.at(-1)!.dataset.tab!);
        await waitForFocus(element, last, 'End did not focus the last tab');
        await until(() => {
          const box = last.getBoundingClientRect();
          const view = list.getBoundingClientRect();
          return box.left >= view.left - 1 && box.right <= view.right + 1;
        }, 'the selected tab is not in view');
        if (overflows) await until(() => list.hasAttribute('data-more-start') && !list.hasAttribute('data-more-end'), 'no fade at the start');
      });
    }
  });

  describe('Russian and British English', () => {
    it('ru: tabs and day headings start with a capital, in the genitive ("Вт, 25 июня")', async () => {
      await setLanguage('ru');
      setClock(() => AFTER);
      const element = await programme({ feed: feedWith([session('a', '2019-06-25T10:00'), session('b', '2019-06-26T10:00')]) });
      expect(tab(element, '2019-06-25').textContent?.trim()).to.equal('Вт, 25 июня');
      expect(texts(shadow(element), '[part~="day-heading"]')).to.deep.equal(['Вторник, 25 июня 2019 г.', 'Среда, 26 июня 2019 г.']);
    });

    it('ru: the kind filter is not called "Вид" (the map’s view switch is), and the time-zone note does not repeat itself', async () => {
      await setLanguage('ru');
      setClock(() => AFTER);
      const sessions = [session('a', '2019-06-25T10:00'), { ...session('b', '2019-06-25T12:00'), kind: 'culture' }];
      const element = await programme({ feed: feedWith(sessions) });
      const label = one(element, 'label.kind > span');
      expect(label).to.equal('Формат');
      expect(one(element, '[part~="zone-note"]')).to.not.match(/время.*времени/i);
    });

    it('en: dates and times are British ("25–28 June 2019", "Tue 25 Jun", 24-hour times)', async () => {
      await setLanguage('en');
      setClock(() => AFTER);
      const element = await programme({ feed: feedWith([session('a', '2019-06-25T14:00', '2019-06-25T15:30'), session('b', '2019-06-26T10:00')]) });
      const range = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).formatRange(Date.UTC(2019, 5, 25, 12), Date.UTC(2019, 5, 28, 12));
      expect(one(element, '[part~="summary"] time')).to.equal(range);
      expect(range).to.match(/^25\s*–\s*28 June 2019$/);
      expect(tab(element, '2019-06-25').textContent?.trim()).to.match(/^Tue,? 25 Jun$/);
      expect(texts(shadow(element), '[part~="day-heading"]')[0]).to.match(/^Tuesday,? 25 June 2019$/);
      expect(texts(article(element, 'a'), '[part~="session-time"]')[0]).to.match(/^14:00\s*–\s*15:30$/);
    });
  });

  describe('focus', () => {
    for (const label of ['Whole programme', 'Sessions shown']) {
      it(`stays on "${label}" while the calendar file is made and after`, async () => {
        setClock(() => BEFORE);
        const element = await programme({ feed: feedWith([session('a', '2019-06-25T10:00'), session('b', '2019-06-26T10:00')]) });
        const root = shadow(element);
        const button = await menuItem(element, label);
        button.focus();
        let busy = false;
        const observer = new MutationObserver(() => (busy ||= button.getAttribute('aria-disabled') === 'true'));
        observer.observe(button, { attributes: true });
        const file = await catchCalendar(element, button);
        observer.disconnect();
        expect(file.text).to.contain('BEGIN:VCALENDAR');
        await element.updateComplete;
        expect(root.activeElement, 'focus on the button').to.equal(button);
        expect(busy, 'marked busy while the file is made').to.equal(true);
        expect(button.getAttribute('aria-disabled')).to.equal('false');
      });
    }

    it('moves the focus to a neighbour when a session is unstarred under "Only my programme", and says so', async () => {
      setClock(() => BEFORE);
      const ids = ['a', 'b', 'c'];
      const element = await programme({ feed: feedWith(ids.map((id, index) => session(id, `2019-06-25T1${index}:00`))) });
      const root = shadow(element);
      const star = (id: string) => article(element, id).querySelector<HTMLButtonElement>('[part~="favourite"]')!;
      for (const id of ids) await click(element, star(id));
      await click(element, root.querySelector<HTMLElement>('[part~="favourites-filter"]')!);

      // The middle one: the focus goes to the next.
      star('b').focus();
      await click(element, star('b'));
      expect(shownIds(element)).to.deep.equal(['a', 'c']);
      await waitForFocus(element, article(element, 'c'), 'the next session was not focused');
      expect(one(element, '[part~="result-count"]')).to.equal('Removed from my programme: Session b. 2 sessions');
      // Said at once (the count once it has stood still: conf-programme.test.ts).
      expect(one(element, '[part~="result-count"] + [role="status"]')).to.contain('Removed from my programme: Session b.');

      // The last one: the one before it.
      star('c').focus();
      await click(element, star('c'));
      await waitForFocus(element, article(element, 'a'), 'the previous session was not focused');
      expect(one(element, '[part~="result-count"]')).to.equal('Removed from my programme: Session c. 1 session');

      // None left: the filter button.
      star('a').focus();
      await click(element, star('a'));
      expect(shownIds(element)).to.deep.equal([]);
      await waitForFocus(element, root.querySelector('[part~="favourites-filter"]'), 'the filter button was not focused');
      expect(one(element, '[part~="result-count"]')).to.contain('Removed from my programme: Session a.');

      // Starring again (or leaving the filter) says nothing more.
      await click(element, root.querySelector<HTMLElement>('[part~="favourites-filter"]')!);
      expect(one(element, '[part~="result-count"]')).to.equal('3 sessions');
      await expect(element).to.be.accessible();
    });
  });
});
