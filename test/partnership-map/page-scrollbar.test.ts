/**
 * A map whose drawing makes its host page scroll: the page's scrollbar takes width from the map,
 * whose ResizeObserver reports it. Taking the new size within that report (an update that changed
 * what other observers watch in the same delivery) made Firefox report "ResizeObserver loop
 * completed with undelivered notifications" as an error on the host page's window, every time a
 * town's page opened a map with `city` in a 1280 × 900 window. A frame of that size, since the
 * test runner's own window is smaller.
 */
import { expect } from '@open-wc/testing';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { until } from '../support/widgets.js';

// Absolute: WebKit resolves nothing relative to the address of a srcdoc frame.
const DEFINE = new URL('/src/partnership-map/define.ts', location.href).href;
const FEED = new URL(SAMPLE_FEED_URL, location.href).href;

type FrameWindow = Window & { errors: string[] };

describe('<partnership-map> in a page it makes scroll', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it("brings up the page's scrollbar without an error on the host page", async () => {
    frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1280px', height: '900px', border: '0' });
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script>window.errors = []; addEventListener('error', (event) => errors.push(event.message));</script>
      <script type="module" src="${DEFINE}"></script></head>
      <body><partnership-map src="${FEED}" city="aachen"></partnership-map></body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as FrameWindow;
    const element = page.document.querySelector('partnership-map') as PartnershipMap;
    await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
    await element.updateComplete;
    expect(page.document.documentElement.scrollHeight, 'the page scrolls').to.be.greaterThan(page.innerHeight);
    // The observers report in each frame's rendering steps: two frames on, any loop error is in.
    for (let count = 0; count < 2; count++) await new Promise((resolve) => page.requestAnimationFrame(resolve));
    await element.updateComplete;
    expect(page.errors).to.deep.equal([]);
  });
});
