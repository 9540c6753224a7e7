/**
 * Printing draws the programme anew (every day as a list), and again after it: a keyboard reader's
 * focus in a session was lost to `<body>`, the next Tab starting at the top of the host page. After
 * printing it is back on that session, in the grid and on a day's tab of the list; an element that
 * printing did not replace keeps it.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, container, generated, programme, shownIds, tab } from './support.js';

/** Prints (the beforeprint and afterprint events a browser sends around its print dialog). */
async function print(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  window.dispatchEvent(new Event('afterprint'));
  await element.updateComplete;
}

describe('<conf-programme> focus after printing', () => {
  before(() => setLanguage('en'));
  afterEach(() => cleanUp(() => false));

  for (const view of ['grid', 'list'] as const) {
    it(`${view}: the focus in a session of the second day goes back to that session`, async () => {
      const element = await programme({ feed: generated(40), attributes: { view }, container: container('1200px') });
      const root = shadow(element);
      const days = [...root.querySelectorAll<HTMLElement>('[role="tab"]')].map((candidate) => candidate.dataset.tab!).filter((key) => /^\d/.test(key));
      await click(element, tab(element, days[1]));
      if (view === 'grid') await until(() => root.querySelector('[part~="grid"]'), 'no grid');
      const id = shownIds(element)[1];
      const button = article(element, id).querySelector<HTMLElement>('[part~="favourite"]')!;
      button.focus();
      expect(root.activeElement).to.equal(button);
      await print(element);
      await until(
        () => root.activeElement === article(element, id),
        `the focus is on ${String(root.activeElement?.id ?? document.activeElement?.localName)}, not on session-${id}`,
      );
    });
  }

  it('a day tab with the focus, which printing keeps, keeps it', async () => {
    const element = await programme({ feed: generated(40), container: container('1200px') });
    const root = shadow(element);
    const days = [...root.querySelectorAll<HTMLElement>('[role="tab"]')].map((candidate) => candidate.dataset.tab!).filter((key) => /^\d/.test(key));
    await click(element, tab(element, days[1]));
    tab(element, days[1]).focus();
    await print(element);
    expect(root.activeElement).to.equal(tab(element, days[1]));
  });
});
