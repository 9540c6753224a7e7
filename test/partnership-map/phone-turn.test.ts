/**
 * A city's details on a phone, held upright (390 × 844, 360 × 640) and turned to landscape
 * (844 × 390): the map is 70vh high, so turned it leaves 117 px under it for the legend and the
 * details. Before, a tap on a city in landscape opened its details below the screen (the focus
 * moved to their heading without scrolling), and turning the phone with the details open on
 * screen pushed their heading and Close button below it (Close at 388–437 px of 390 in the three
 * engines): the reader saw nothing open, or lost it. A frame of the phone's size, resized to turn
 * it: the test runner's setViewport is not in this project's plugins and does not work with
 * WebKit's WebDriver launcher (scripts/browsers.mjs).
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/widgets.js';

// Absolute: WebKit resolves nothing relative to the address of a srcdoc frame.
const DEFINE = new URL('/src/partnership-map/define.ts', location.href).href;

/** Essen and `partners` partner cities, each partnership with a note of two lines on a phone. */
function feed(partners: number): Record<string, unknown> {
  const cities = [{ id: 'essen', name: 'Essen', country: 'DE', kind: 'city', lat: 51.45, lon: 7.01 }];
  const partnerships = [];
  for (let i = 0; i < partners; i++) {
    cities.push({ id: `p${i}`, name: `Partnerstadt ${i}`, country: 'RU', kind: 'city', lat: 50 + (i % 10), lon: 30 + i });
    partnerships.push({ id: `essen--p${i}`, cities: ['essen', `p${i}`], since: '1991-09-09', notes: { en: 'Exchanges of schools and choirs every year.' } });
  }
  return { version: 1, cities, partnerships };
}

const frame2 = (page: Window) => new Promise((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(resolve)));

describe('<partnership-map> details on a phone', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /**
   * A town's page of `width` × `height` with the map between its header and its other content, scrolled so that the map's top is `mapTop` px down the screen.
   * `inBox`: the map and the page's content in an app's scrolling box instead (Ionic's ion-content: a slot in a shadow root, in a box 60 % of the
   * screen high, 40 px below the top, with a tab bar under it), which is scrolled.
   */
  async function phone(width: number, height: number, partners: number, mapTop: number, inBox = false) {
    frame = document.createElement('iframe');
    Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0' });
    const content = `<partnership-map src="#feed"></partnership-map><main style="height: 1500px">More of the page</main>`;
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <script type="module" src="${DEFINE}"></script>
      <script>customElements.define('app-content', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div style="height: 60vh; overflow: auto"><slot></slot></div>'; }
      });</script></head>
      <body style="margin: 0"><header style="height: ${inBox ? 40 : 120}px">Town</header><script type="application/json" id="feed">${JSON.stringify(feed(partners))}</script>
      ${inBox ? `<app-content>${content}</app-content><footer style="height: calc(40vh - 40px)">Tabs</footer>` : content}</body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow!;
    const element = page.document.querySelector('partnership-map')! as HTMLElement & { updateComplete: Promise<boolean> };
    const root = () => element.shadowRoot!;
    await until(() => root()?.querySelector('[part~="marker"][aria-label^="Essen"]'), 'no marker of Essen');
    const map = root().querySelector<HTMLElement>('[part~="map"]')!;
    const box = inBox ? page.document.querySelector('app-content')!.shadowRoot!.querySelector('div')! : undefined;
    if (box) box.scrollTop += map.getBoundingClientRect().top - mapTop;
    else page.scrollTo(0, page.scrollY + map.getBoundingClientRect().top - mapTop);
    await frame2(page);
    expect(map.getBoundingClientRect().top, 'the map on the screen').to.be.closeTo(mapTop, 1.5);
    await frame2(page);
    return { page, element, root, map, box };
  }

  /** A tap on Essen's marker (a click with detail 1, as a pointer's): its details open, the focus on their heading. */
  async function tapEssen({ root, page }: Awaited<ReturnType<typeof phone>>) {
    const marker = root().querySelector<HTMLElement>('[part~="marker"][aria-label^="Essen"]')!;
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    await until(() => root().activeElement?.matches('[part~="panel-heading"]'), 'the focus is not on the heading of the details');
    await frame2(page);
  }

  /** Turns the phone: the frame takes `width` × `height` and the map is drawn at its new size. */
  async function turn({ page, element, root, map }: Awaited<ReturnType<typeof phone>>, width: number, height: number) {
    Object.assign(frame!.style, { width: `${width}px`, height: `${height}px` });
    await until(() => page.innerWidth === width && page.innerHeight === height, 'the frame was not resized');
    await until(() => Number(root().querySelector('[part~="map"] svg')?.getAttribute('width')) === map.clientWidth, 'the map was not drawn at its new size');
    await element.updateComplete;
    await frame2(page);
  }

  /** The Close button's box is on the screen, whole, and in the scrolling box's visible part if there is one (within a pixel: Chromium scrolls by whole pixels, its box ends at 390.33). */
  function expectCloseOnScreen({ page, root, box }: Awaited<ReturnType<typeof phone>>, when: string) {
    const close = root().querySelector('[part~="close"]')!.getBoundingClientRect();
    const shown = box?.getBoundingClientRect() ?? { top: 0, bottom: page.innerHeight };
    expect(close.top, `${when}: the Close button's top (${Math.round(close.top)} px)`).to.be.at.least(shown.top - 1);
    expect(close.bottom, `${when}: the Close button's end in a ${box ? 'box' : 'screen'} shown down to ${Math.round(shown.bottom)} px`).to.be.at.most(
      shown.bottom + 1,
    );
    expect(close.bottom, `${when}: the Close button's end in a screen ${page.innerHeight} px high`).to.be.at.most(page.innerHeight + 1);
  }

  // The whole map in sight, some of the page above it.
  for (const [width, height, mapTop] of [
    [390, 844, 120],
    [360, 640, 60],
    [844, 390, 60],
  ]) {
    it(`${width} × ${height}: a tap on a city shows its details' Close button`, async () => {
      const phoneShown = await phone(width, height, 3, mapTop);
      await tapEssen(phoneShown);
      expectCloseOnScreen(phoneShown, 'opened');
      // The map still shows the city tapped: its top row at least.
      expect(phoneShown.map.getBoundingClientRect().bottom, 'the map scrolled out of sight').to.be.greaterThan(0);
    });
  }

  for (const partners of [3, 30]) {
    it(`turned from 390 × 844 to 844 × 390 and back with ${partners} partners: Close stays on the screen, the focus on the heading`, async () => {
      const phoneShown = await phone(390, 844, partners, 120);
      await tapEssen(phoneShown);
      expectCloseOnScreen(phoneShown, 'upright');
      await turn(phoneShown, 844, 390);
      expectCloseOnScreen(phoneShown, 'turned to landscape');
      expect(phoneShown.root().activeElement?.getAttribute('part'), 'the focus after turning').to.equal('panel-heading');
      await turn(phoneShown, 390, 844);
      expectCloseOnScreen(phoneShown, 'turned back');
      expect(phoneShown.root().activeElement?.getAttribute('part'), 'the focus after turning back').to.equal('panel-heading');
      // Every partner can be reached: the page scrolls to the end of the details.
      const { page, root } = phoneShown;
      const last = [...root().querySelectorAll('[part~="partners"] > li')].at(-1)!;
      expect(root().querySelectorAll('[part~="partners"] > li').length, 'partners listed').to.equal(partners);
      last.scrollIntoView({ block: 'end' });
      const box = last.getBoundingClientRect();
      expect(box.bottom, 'the last partner').to.be.at.most(page.innerHeight + 1);
      expect(box.top, 'the last partner').to.be.at.least(0);
    });
  }

  it('a reader who scrolled down to the last partners stays there when the phone is turned', async () => {
    const phoneShown = await phone(390, 844, 30, 120);
    await tapEssen(phoneShown);
    const { page, root } = phoneShown;
    const partner = root().querySelectorAll('[part~="partners"] > li')[20];
    partner.scrollIntoView({ block: 'start' });
    await frame2(page);
    await turn(phoneShown, 844, 390);
    // The heading (with the focus) is above the screen: the page is not scrolled back up to it.
    expect(root().querySelector('[part~="panel-header"]')!.getBoundingClientRect().bottom, 'the heading').to.be.below(0);
  });

  describe("in an app's own scrolling box (a slot in a shadow root), shown down to 60 % of the screen", () => {
    // Before, the details were revealed only when they were below the window: in the box they stayed hidden below its visible part.
    it("390 × 844: a tap on a city shows its details' Close button, scrolling the box", async () => {
      const phoneShown = await phone(390, 844, 3, 200, true);
      const { box } = phoneShown;
      await tapEssen(phoneShown);
      expectCloseOnScreen(phoneShown, 'opened');
      expect(phoneShown.map.getBoundingClientRect().bottom, 'the map scrolled out of the box').to.be.greaterThan(box!.getBoundingClientRect().top);
    });

    it('a tap whose details are in sight does not scroll the box', async () => {
      const phoneShown = await phone(390, 844, 3, 40, true);
      const scrolled = phoneShown.box!.scrollTop;
      await tapEssen(phoneShown);
      expectCloseOnScreen(phoneShown, 'opened');
      expect(phoneShown.box!.scrollTop, 'the box scrolled').to.equal(scrolled);
    });

    it("turned from 390 × 844 to 844 × 390 and back: Close stays in the box's visible part, the focus on the heading", async () => {
      const phoneShown = await phone(390, 844, 30, 30, true);
      await tapEssen(phoneShown);
      expectCloseOnScreen(phoneShown, 'upright');
      await turn(phoneShown, 844, 390);
      expectCloseOnScreen(phoneShown, 'turned to landscape');
      expect(phoneShown.root().activeElement?.getAttribute('part'), 'the focus after turning').to.equal('panel-heading');
      await turn(phoneShown, 390, 844);
      expectCloseOnScreen(phoneShown, 'turned back');
    });

    it('a reader who scrolled the box down to the last partners stays there when the phone is turned', async () => {
      const phoneShown = await phone(390, 844, 30, 0, true);
      await tapEssen(phoneShown);
      const { page, root, box } = phoneShown;
      root().querySelectorAll('[part~="partners"] > li')[20].scrollIntoView({ block: 'start' });
      await frame2(page);
      await turn(phoneShown, 844, 390);
      expect(root().querySelector('[part~="panel-header"]')!.getBoundingClientRect().bottom, 'the heading').to.be.below(box!.getBoundingClientRect().top);
    });
  });
});
