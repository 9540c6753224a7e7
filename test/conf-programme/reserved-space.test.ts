/**
 * Sessions off screen skip their layout (content-visibility: auto) behind a placeholder height.
 * Once the widget has given every session its own height (the panel's `data-sized`), laying them
 * all out, as a reader scrolling past them does, must not move what follows the widget.
 */
import { expect } from '@open-wc/testing';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { shadow, until } from '../support/widgets.js';
import { cleanUp, container, generated, programme, tab } from './support.js';

/** Where `after` is on the page once every session has its height, and once every session is laid out. */
async function beforeAndAfterLayout(element: ConfProgramme, after: HTMLElement): Promise<{ before: number; laidOut: number; sessions: number }> {
  const root = shadow(element) as ShadowRoot;
  const panel = root.querySelector('[part~="panel"]')!;
  await until(() => panel.hasAttribute('data-sized'), 'the panel’s sessions did not get their heights (data-sized)');
  const before = after.offsetTop;
  // Every session laid out, as once the reader has scrolled past them all.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.session { content-visibility: visible !important; }');
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const laidOut = after.offsetTop;
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
  return { before, laidOut, sessions: panel.querySelectorAll('.session').length };
}

describe('<conf-programme> keeps the space of the sessions off screen', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp(() => false));

  for (const width of ['60rem', '390px']) {
    it(`what follows the widget stays put when the sessions below the screen are laid out (${width} wide), also after another tab`, async () => {
      const box = container(width);
      const element = await programme({ feed: generated(40), container: box });
      const after = document.createElement('p');
      after.textContent = 'After the programme';
      box.append(after);
      const all = await beforeAndAfterLayout(element, after);
      expect(all.sessions, 'sessions on the first tab').to.be.greaterThan(20);
      expect(all.laidOut, 'the top of what follows, with every session laid out').to.equal(all.before);

      const day = shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')[1].dataset.tab!;
      tab(element, day).click();
      await element.updateComplete;
      const one = await beforeAndAfterLayout(element, after);
      expect(one.laidOut, `the top of what follows on the tab ${day}, with every session laid out`).to.equal(one.before);
    });
  }
});
