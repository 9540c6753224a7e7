/**
 * The lists in a narrow box of a page that scrolls its overflow (a theme's sidebar, a table cell)
 * with the text at 200 %, in English, German and Russian: the box never gets a horizontal scroll bar.
 *
 * Entries the browser skips below the fold (`content-visibility: auto`) keep a guessed height, not a
 * guessed width: a guess of both (`contain-intrinsic-size: auto 4.5em`) counted each skipped entry
 * 4.5em wide, one pixel more than a 200 px box. That is checked first, as the page shows it.
 *
 * Then with every entry laid out, as in a window tall enough to show them all: a skipped entry's text
 * counts for nothing, so an entry that widens the list would only show once scrolled to. They are laid
 * out by a style sheet adopted into the widget's shadow root (`content-visibility: visible !important`),
 * not by scrolling each into view: one layout of them all, with no frames to wait for per entry, and
 * not undone by the programme's SessionSizes, which writes its sessions' inline `content-visibility`.
 * The jubilee list is shown on a day with countdowns ("(anniversary in 8 days)"): in WebKit the "("
 * before the message, a text node of its own, kept "(anniversary" unbroken when the countdown's
 * min-content width was worked out, and widened the entries by 88 px (4fd0a6c).
 */
import { expect } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import '../../src/conf-programme/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, shadow, until } from '../support/widgets.js';

const CASES = [
  // 1 March 2031: countdowns from "in 8 days" (a partnership of 9 March 1991) on.
  { tag: 'jubilee-list', attributes: { year: '2031' }, content: '[part~="entry"]', today: '2031-03-01T10:00:00Z', needs: '[part~="countdown"]' },
  { tag: 'conf-programme', attributes: { view: 'list' }, content: '[part~="session"]' },
];

describe('a list in a 200 px box with 32 px text', () => {
  afterEach(async () => {
    document.querySelectorAll('body > div').forEach((element) => element.remove());
    await resetPage();
  });

  for (const { tag, attributes, content, today, needs } of CASES) {
    for (const language of ['en', 'de', 'ru']) {
      it(`<${tag}>, ${language}: does not make the box scroll sideways, with its entries skipped below the fold or all laid out`, async () => {
        await setLanguage(language);
        if (today) setClock(() => new Date(today));
        const box = document.createElement('div');
        box.style.cssText = 'width: 200px; overflow: auto; font: 32px sans-serif';
        const element = document.createElement(tag);
        element.setAttribute('src', SAMPLE_FEED_URL);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        box.append(element);
        document.body.append(box);
        await until(() => shadow(element).querySelectorAll(content).length > 3, `no ${content}`);
        if (needs) expect(shadow(element).querySelector(needs), needs).to.exist;
        // Some entries are far below the fold, skipped by the browser.
        const entries = [...shadow(element).querySelectorAll(content)];
        await until(() => entries.at(-1)!.getBoundingClientRect().top > innerHeight, 'the last entry below the fold');
        expect(box.scrollWidth, 'the box scrolls, entries skipped').to.be.at.most(box.clientWidth);

        const laidOut = new CSSStyleSheet();
        laidOut.replaceSync(`${content} { content-visibility: visible !important; }`);
        const root = shadow(element);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, laidOut];
        expect(getComputedStyle(entries.at(-1)!).contentVisibility, 'the last entry laid out').to.equal('visible');
        const widget = element.getBoundingClientRect().right;
        const beyond = entries
          .filter((entry) => entry.getBoundingClientRect().right > widget + 0.5)
          .map(
            (entry) =>
              `${entry.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40)}…: ${(entry.getBoundingClientRect().right - widget).toFixed(2)} px beyond`,
          );
        expect(beyond, 'entries beyond the widget').to.deep.equal([]);
        expect(box.scrollWidth, 'the box scrolls, every entry laid out').to.be.at.most(box.clientWidth);
      });
    }
  }
});
