/**
 * A server-rendered app (Next, Nuxt, SvelteKit) sends the widget's tag in its HTML and sets the
 * `feed` property only when it hydrates, after the widget's code has upgraded the element. Until
 * the page has loaded, a widget with neither `src` nor `feed` waits without a word: no error on the
 * page, no `role="alert"`, no `feed-error` event, nothing in the console. Once the page has loaded
 * without either, it says what is missing, as before. The page's `load` is held here by an image
 * the test server answers only when the test lets it (no timing).
 */
import { expect } from '@open-wc/testing';
import { sampleFeed } from '../support/feeds.js';
import { heldAnswer, until, type HeldAnswer } from '../support/widgets.js';

// Absolute: WebKit resolves nothing relative to the address of a srcdoc frame.
const BUNDLE = new URL('/dist/cdn/staedtepartner-widgets.js', location.href).href;

type Recorded = { events: string[]; logged: string[] };

/** `head` and `body` as a page in a frame, its load held by an image the test server answers only when told. */
function heldPage(head: string, body: string): { frame: HTMLIFrameElement; held: HeldAnswer } {
  const held = heldAnswer();
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}
    <img alt="" src="${new URL(held.url, location.href).href}"></body></html>`;
  document.body.append(frame);
  return { frame, held };
}

describe('a widget whose feed comes when the app hydrates', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows no error before the page has loaded, and the feed once it is set; a widget without one says so after load', async () => {
    const loading = heldPage(
      `<script>
        window.recorded = { events: [], logged: [] };
        for (const type of ['feed-error', 'feed-ready'])
          document.addEventListener(type, (event) => recorded.events.push(type + ' ' + event.target.id + ' ' + (event.detail.failure?.kind ?? '')), true);
        for (const level of ['error', 'warn']) {
          const original = console[level];
          console[level] = (...args) => (recorded.logged.push(args.join(' ')), original(...args));
        }
      </script>
      <script type="module" src="${BUNDLE}"></script>`,
      `<conf-history id="hydrated"></conf-history>
      <conf-history id="forgotten"></conf-history>`,
    );
    frame = loading.frame;
    const { held } = loading;
    try {
      await held.reached();
      const page = () => frame!.contentDocument!;
      const recorded = () => (frame!.contentWindow as Window & { recorded: Recorded }).recorded;
      const widget = (id: string) => page().getElementById(id) as HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };
      await until(() => widget('hydrated')?.shadowRoot?.querySelector('[part~="base"]'), 'the widget was not upgraded while the page loads');
      await widget('hydrated').updateComplete;
      expect(page().readyState, 'the page is still loading').to.not.equal('complete');
      for (const id of ['hydrated', 'forgotten']) {
        const root = widget(id).shadowRoot!;
        expect(root.querySelector('[part~="error"]'), `${id}: an error before the page loaded`).to.equal(null);
        expect(root.querySelector('[role="alert"]'), `${id}: an alert before the page loaded`).to.equal(null);
      }
      expect(recorded().events, 'events before the page loaded').to.deep.equal([]);

      // The app hydrates: the feed is set as a property.
      widget('hydrated').feed = await sampleFeed();
      await until(() => widget('hydrated').shadowRoot!.querySelector('[part~="entry"]'), 'the hydrated widget shows no conference');
      expect(recorded().events).to.deep.equal(['feed-ready hydrated ']);

      await held.release();
      await until(() => widget('forgotten').shadowRoot!.querySelector('[part~="error"]'), 'the widget without a feed said nothing after load');
      expect(page().readyState).to.equal('complete');
      expect(recorded().events).to.deep.equal(['feed-ready hydrated ', 'feed-error forgotten no-source']);
      expect(widget('hydrated').shadowRoot!.querySelector('[part~="error"]'), 'the hydrated widget shows an error').to.equal(null);
      // Only the widget without a feed, once the page has loaded, says what it needs.
      expect(
        recorded().logged.filter((line) => line.includes('staedtepartner')),
        'console',
      ).to.deep.equal(['[staedtepartner-widgets] <conf-history> needs src (a feed URL or #id) or a feed property']);
    } finally {
      await held.release();
    }
  });

  it('says what is missing after a feed’s time limit on a page whose load never ends', async () => {
    // The time limit set as a page may set it (loaderSettings); the image that holds the page's load is not answered.
    const loading = heldPage(
      `<script type="module">import { loaderSettings } from '${BUNDLE}'; loaderSettings.timeoutMs = 1;</script>`,
      `<conf-history id="forgotten"></conf-history>`,
    );
    frame = loading.frame;
    const { held } = loading;
    try {
      await held.reached();
      const widget = () => frame!.contentDocument!.getElementById('forgotten')!;
      await until(() => widget().shadowRoot?.querySelector('[part~="error"]'), 'no word of the missing feed while the page loads');
      expect(frame.contentDocument!.readyState, 'the page is still loading').to.not.equal('complete');
    } finally {
      await held.release();
    }
  });
});
