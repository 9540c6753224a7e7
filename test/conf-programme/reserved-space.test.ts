/**
 * Sessions off screen skip their layout (content-visibility: auto) behind a placeholder height.
 * Once the widget has given every session its own height (the panel's `data-sized`), laying them
 * all out, as a reader scrolling past them does, must not move what follows the widget.
 */
import { expect } from '@open-wc/testing';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { SESSIONS_PER_FRAME } from '../../src/conf-programme/session-sizes.js';
import { shadow, until } from '../support/widgets.js';
import { cleanUp, container, generated, laidOut, programme, tab, watchLayout } from './support.js';

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

  it('lays the sessions of "All days" out a slice per frame, none in the frame that first shows them, each once', async () => {
    history.replaceState(null, '', '#programme/all');
    // Sessions far below the screen: from the 40th of the panel on (each at least the placeholder's 9rem high).
    const far = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~="panel"] .session')].slice(40);
    const watch = watchLayout(far);
    try {
      const element = await programme({ feed: generated(600), container: container('60rem') });
      const root = shadow(element) as ShadowRoot;
      const panel = root.querySelector('[part~="panel"]')!;
      await until(() => panel.hasAttribute('data-sized'), 'the panel’s sessions did not get their heights (data-sized)');
      const sessions = far(root);
      expect(sessions.length, 'sessions far below the screen').to.be.greaterThan(6 * SESSIONS_PER_FRAME);
      expect(watch.perFrame[0], 'far sessions laid out in the first frame that shows them').to.equal(0);
      // A slice is laid out in one frame and let go two frames later: at most three slices at a time.
      expect(Math.max(...watch.perFrame), `far sessions laid out in one frame (of ${sessions.length})`).to.be.at.most(3 * SESSIONS_PER_FRAME);
      expect(sessions.filter((session) => !watch.ever.has(session)).length, 'far sessions never laid out (so without their own height)').to.equal(0);
      // And then they skip their layout again.
      await until(() => sessions.every((session) => !laidOut(session)), 'far sessions still laid out after data-sized');
    } finally {
      watch.stop();
      history.replaceState(null, '', location.pathname);
    }
  });

  it('sizes the sessions still waiting when the widget is taken off the page and put back', async () => {
    history.replaceState(null, '', '#programme/all');
    try {
      const box = container('60rem');
      const element = document.createElement('conf-programme');
      element.feed = generated(600) as unknown as ConfProgramme['feed'];
      box.append(element);
      const after = document.createElement('p');
      after.textContent = 'After the programme';
      box.append(after);
      const root = shadow(element) as ShadowRoot;
      // Taken off while some sessions have had their layout and others still wait for it: as soon as a
      // session is given its layout (a mutation observer, so no frame is missed).
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!root.querySelector('[part~="panel"] .session[style*="content-visibility"]')) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(root, { attributes: true, attributeFilter: ['style'], subtree: true });
      });
      expect(root.querySelector('[part~="panel"]')!.hasAttribute('data-sized'), 'every session sized already').to.equal(false);
      element.remove();
      await new Promise(requestAnimationFrame);
      box.prepend(element);
      const all = await beforeAndAfterLayout(element, after);
      expect(all.sessions, 'sessions on "All days"').to.be.greaterThan(200);
      expect(all.laidOut, 'the top of what follows, with every session laid out').to.equal(all.before);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('gives the sessions their height again when the window’s width changes (a phone turned)', async () => {
    const box = container('60rem');
    const element = await programme({ feed: generated(40), container: box });
    const after = document.createElement('p');
    after.textContent = 'After the programme';
    box.append(after);
    const wide = await beforeAndAfterLayout(element, after);
    expect(wide.laidOut, 'the top of what follows, 60rem wide').to.equal(wide.before);
    const panel = shadow(element).querySelector('[part~="panel"]')!;
    // The heights kept at 60rem are not those at 390px: the sessions are laid out once again, the panel
    // without `data-sized` meanwhile (seen by a mutation observer, so no frame is missed).
    let resized = false;
    const observer = new MutationObserver(() => (resized ||= !panel.hasAttribute('data-sized')));
    observer.observe(panel, { attributes: true, attributeFilter: ['data-sized'] });
    // A phone turned: the window (stood in for: the test's own window keeps its size) and the widget narrower.
    const width = Object.getOwnPropertyDescriptor(window, 'innerWidth')!;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: window.innerWidth - 300 });
    try {
      box.style.inlineSize = '390px';
      window.dispatchEvent(new Event('resize'));
      await until(() => resized && panel.hasAttribute('data-sized'), 'the sessions were not sized again at the new width');
    } finally {
      Object.defineProperty(window, 'innerWidth', width);
      observer.disconnect();
    }
    const narrow = await beforeAndAfterLayout(element, after);
    expect(narrow.laidOut, 'the top of what follows, 390px wide, with every session laid out').to.equal(narrow.before);
  });
});
