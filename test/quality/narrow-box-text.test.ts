/**
 * The lists in a narrow box of a page that scrolls its overflow (a theme's sidebar, a table cell)
 * with the text at 200 %: the box never gets a horizontal scroll bar. Entries the browser skips
 * below the fold (`content-visibility: auto`) keep a guessed height, not a guessed width: a guess of
 * both (`contain-intrinsic-size: auto 4.5em`) counted each skipped entry 4.5em wide, one pixel more
 * than a 200 px box.
 */
import { expect } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import '../../src/conf-programme/define.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, shadow, until } from '../support/widgets.js';

const CASES = [
  { tag: 'jubilee-list', attributes: { year: '2021' }, content: '[part~="entry"]' },
  { tag: 'conf-programme', attributes: { view: 'list' }, content: '[part~="session"]' },
];

describe('a list in a 200 px box with 32 px text', () => {
  afterEach(resetPage);

  for (const { tag, attributes, content } of CASES) {
    it(`<${tag}> does not make the box scroll sideways`, async () => {
      const box = document.createElement('div');
      box.style.cssText = 'width: 200px; overflow: auto; font: 32px sans-serif';
      const element = document.createElement(tag);
      element.setAttribute('src', SAMPLE_FEED_URL);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      box.append(element);
      document.body.append(box);
      await until(() => shadow(element).querySelectorAll(content).length > 3, `no ${content}`);
      // Some entries are far below the fold, skipped by the browser.
      const entries = [...shadow(element).querySelectorAll(content)];
      await until(() => entries.at(-1)!.getBoundingClientRect().top > innerHeight, 'every entry is in view');
      expect(box.scrollWidth, 'the box scrolls').to.be.at.most(box.clientWidth);
    });
  }
});
