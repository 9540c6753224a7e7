/**
 * axe-core on the programme's states beyond the quality suite's default view:
 * the grid, the side-events tab, a day tab, the time-zone switch, running
 * sessions with their badges, no search results, and print; the chosen day tab and the
 * pressed toggles and a running session told apart in forced colours.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/conf-programme/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { expectHighlightReadable } from '../support/highlight.js';
import { shadow } from '../support/widgets.js';
import { cleanUp, click, container, generated, programme, search, tab, XV } from './support.js';

describe('<conf-programme> accessibility in every view', () => {
  afterEach(() => cleanUp(() => false));

  for (const language of ['de', 'ru', 'en'] as const) {
    it(`${language}: grid with running sessions, local times and favourites`, async () => {
      await setLanguage(language);
      setClock(() => new Date('2025-06-25T08:30:00Z'));
      const element = await programme({ feed: generated(40), attributes: { view: 'grid' }, container: container('1200px') });
      const root = shadow(element);
      expect(root.querySelectorAll('[part~="grid"]').length).to.be.greaterThan(0);
      expect(root.querySelectorAll('[part~="session-now"]').length).to.be.greaterThan(0);
      // Pressed toggles, without writing the choices other test files (in other tabs) read.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {};
      try {
        const zone = root.querySelector<HTMLButtonElement>('[part~="time-zone"]');
        if (zone) await click(element, zone);
        await click(element, root.querySelector<HTMLButtonElement>('[part~="favourite"]')!);
        expect(root.querySelectorAll('[aria-pressed="true"]').length).to.be.greaterThan(0);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it(`${language}: each session's description, favourite, calendar menu and link are named "<word>: <title>", never "<word> : <title>"`, async () => {
      await setLanguage(language);
      const element = await programme({ conference: XV });
      const words = {
        de: ['Beschreibung', 'Mein Programm', 'Link zu dieser Veranstaltung', 'Zum Kalender hinzufügen'],
        ru: ['Описание', 'Моя программа', 'Ссылка на это мероприятие', 'Добавить в календарь'],
        en: ['Description', 'My programme', 'Link to this session', 'Add to calendar'],
      }[language];
      const articles = [...shadow(element).querySelectorAll<HTMLElement>('[part~="panel"] article[id^="session-"]')];
      expect(articles.length).to.be.greaterThan(0);
      let described = 0;
      for (const article of articles) {
        const title = article.querySelector('[part~="session-title"]')!.textContent!.trim();
        const summary = article.querySelector('[part~="description"] > summary');
        if (summary) {
          described++;
          expect(summary.getAttribute('aria-label')).to.equal(`${words[0]}: ${title}`);
          expect(summary.textContent?.trim(), 'the visible word, which begins the name').to.equal(words[0]);
        }
        expect(article.querySelector('[part~="favourite"]')?.getAttribute('aria-label')).to.equal(`${words[1]}: ${title}`);
        expect(article.querySelector('[part~="permalink"]')?.getAttribute('aria-label')).to.equal(`${words[2]}: ${title}`);
        const calendar = article.querySelector('[part~="session-calendar"]');
        if (calendar) expect(calendar.getAttribute('aria-label')).to.equal(`${words[3]}: ${title}`);
        // No name anywhere in the session is put together from a visible word and a hidden ": …".
        for (const hidden of article.querySelectorAll('.visually-hidden'))
          expect(hidden.textContent?.trim().startsWith(':'), hidden.textContent!).to.equal(false);
      }
      expect(described).to.be.greaterThan(0);
    });

    it(`${language}: a session is read from its title (heading navigation lands before its time, kind and badges), which are shown above it`, async () => {
      await setLanguage(language);
      setClock(() => new Date('2025-06-25T08:30:00Z'));
      for (const view of ['list', 'grid']) {
        const element = await programme({ feed: generated(40), attributes: { view }, container: container('1200px') });
        const root = shadow(element);
        const articles = [...root.querySelectorAll<HTMLElement>('[part~="panel"] article[id^="session-"]')].filter((article) => article.querySelector('time'));
        expect(articles.length, view).to.be.greaterThan(0);
        expect(root.querySelectorAll('[part~="session-now"] [part~="timing"]').length, `${view}: a "Now" badge`).to.be.greaterThan(0);
        for (const article of articles.slice(0, 12)) {
          const title = article.querySelector('[part~="session-title"]')!;
          // The first text a screen reader meets in the card is the title's.
          const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? 1 : 3) });
          expect(title.contains(walker.nextNode()), `${view} ${article.id}: read first`).to.equal(true);
          for (const detail of article.querySelectorAll('[part~="session-time"], [part~="kind"], [part~="timing"]')) {
            expect(
              title.compareDocumentPosition(detail) & Node.DOCUMENT_POSITION_FOLLOWING,
              `${view} ${article.id}: ${detail.textContent} after the title`,
            ).to.not.equal(0);
            if (detail.getBoundingClientRect().height > 0)
              expect(detail.getBoundingClientRect().bottom, `${view} ${article.id}: ${detail.textContent} shown above the title`).to.be.at.most(
                title.getBoundingClientRect().top + 1,
              );
          }
        }
        element.remove();
      }
    });

    it(`${language}: XV side events, a day tab, no results, and print`, async () => {
      await setLanguage(language);
      const element = await programme({ conference: XV });
      await click(element, tab(element, 'side-events'));
      expect(shadow(element).querySelectorAll('[part~="side-event"]').length).to.be.greaterThan(0);
      expect(await axeViolations(element), 'side events').to.deep.equal([]);
      await click(element, tab(element, '2019-06-26'));
      expect(await axeViolations(element), 'a day').to.deep.equal([]);
      await search(element, 'no such words anywhere');
      expect(shadow(element).querySelector('[part~="no-results"]')).to.not.equal(null);
      expect(await axeViolations(element), 'no results').to.deep.equal([]);
      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      expect(await axeViolations(element), 'print').to.deep.equal([]);
      window.dispatchEvent(new Event('afterprint'));
    });
  }

  /** What forced colours leave of a control's look: colours, borders, weight, underline. */
  function look(control: Element): string {
    const style = getComputedStyle(control);
    return ['backgroundColor', 'color', 'borderTopColor', 'borderBottomColor', 'borderBottomWidth', 'fontWeight', 'textDecorationLine', 'outlineStyle']
      .map((property) => style.getPropertyValue(property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)))
      .join(' ');
  }

  it('in forced colours, the chosen day tab and a pressed toggle look other than the rest, their text readable on the highlight (Chromium emulates them)', async function () {
    // Only Chromium emulates forced colours here (CDP, test/support/forced-colors.mjs); Firefox and WebKit cannot.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    await setLanguage('en');
    await executeServerCommand('forced-colors', { active: true });
    // The toggles' choices are not written for other test files (in other tabs) to read.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {};
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const element = await programme({ conference: XV });
      const root = shadow(element);
      const chosen = root.querySelector('[role="tab"][aria-selected="true"]')!;
      const other = root.querySelector('[role="tab"][aria-selected="false"]')!;
      expect(look(chosen), 'the chosen tab and another').to.not.equal(look(other));
      expectHighlightReadable(chosen, 'the chosen tab', 'HighlightText');
      for (const part of ['favourites-filter', 'time-zone']) {
        const toggle = root.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
        if (!toggle) continue;
        (document.activeElement as HTMLElement | null)?.blur();
        const before = look(toggle);
        await click(element, toggle);
        expect(toggle.getAttribute('aria-pressed'), part).to.equal('true');
        toggle.blur();
        expect(look(toggle), `${part}, pressed and not`).to.not.equal(before);
        expectHighlightReadable(toggle, part);
      }
      // A session's star, in a conference whose sessions have them (XV's have none).
      const kaluga = await programme({ conference: 'xvi-kaluga-2021' });
      const star = shadow(kaluga).querySelector<HTMLButtonElement>('[part~="favourite"]')!;
      const before = look(star);
      await click(kaluga, star);
      expect(star.getAttribute('aria-pressed'), 'favourite').to.equal('true');
      star.blur();
      expect(look(star), 'a session’s star, pressed and not').to.not.equal(before);
      expectHighlightReadable(star, 'a session’s star');
    } finally {
      Storage.prototype.setItem = setItem;
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  /** The frame forced colours leave around a session card: borders and shadows, and an outline unless it is transparent. */
  function frame(session: Element): string {
    const style = getComputedStyle(session);
    const outline =
      style.outlineStyle === 'none' || /^(transparent|rgba\(.*, 0\))$/.test(style.outlineColor)
        ? 'none'
        : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    return [style.borderTopWidth, style.borderTopColor, style.borderTopStyle, style.boxShadow, outline].join(' ');
  }

  it('in forced colours, a running session keeps a frame other than the rest, not only a shadow (Chromium emulates them)', async function () {
    // Only Chromium emulates forced colours here (CDP, test/support/forced-colors.mjs); Firefox and WebKit cannot.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    await setLanguage('en');
    setClock(() => new Date('2025-06-25T08:30:00Z'));
    const element = await programme({ feed: generated(40) });
    const root = shadow(element);
    const running = root.querySelector('[part~="panel"] [part~="session-now"]')!;
    const other = root.querySelector('[part~="panel"] .session:not([part~="session-now"], [part~="session-next"], .kind-break)')!;
    expect(running, 'a running session').to.not.equal(null);
    expect(other, 'another session').to.not.equal(null);
    expect(frame(running), 'not forced: the running session and another').to.not.equal(frame(other));
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(frame(running), 'forced: the running session and another').to.not.equal(frame(other));
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
