/**
 * Issue 12, scale: how the map draws a dense feed (25,000 partnerships world-wide,
 * scripts/generate-feed.mjs with `world: true`). No timing: the test counts the work
 * (src/partnership-map/work.ts).
 * - A dense view does not draw thousands of arcs: at most MAX_DRAWN_ARCS, grouped by
 *   area without a selection, only the selected city's with one; the legend says which.
 * - The frames of a gesture draw nothing again: the drawing is moved as one transform,
 *   and drawn (once) at the new view when the wheel rests.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { MAX_DRAWN_ARCS } from '../../src/partnership-map/arc-drawing.js';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { filterMap, mapModelOf } from '../../src/partnership-map/model.js';
import { validateFeed } from '../../src/feed/validate.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { setClock } from '../../src/shared/clock.js';
import { ctrlWheel, resetPage, searchMap, shadow, texts, until } from '../support/widgets.js';

type GeneratedFeed = {
  cities: { id: string }[];
  partnerships: { id: string; cities: [string, string] }[];
};

const snapshot = () => ({ ...mapWork });

describe('<partnership-map> drawing a dense feed', function () {
  this.timeout(120_000);

  // One feed object for the file: the widgets keep their work per feed, as a page does.
  const document = generateFeed({ partnerships: 25_000, sessions: 0, world: true }) as GeneratedFeed;

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    window.document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  async function mounted(city?: string): Promise<{ element: PartnershipMap; root: ShadowRoot }> {
    const element = window.document.createElement('partnership-map');
    // One size in every engine (the height otherwise follows the viewport): the same views, levels and arcs. Narrower
    // than every engine's page (Chromium's and Firefox's test window is 800 px wide, WebKit's 1024): 960 px was cut to
    // the page's 784 in two engines and kept in WebKit, whose world view then had other clusters and arcs.
    element.style.width = '760px';
    element.style.setProperty('--partnership-map-height', '540px');
    if (city) element.city = city;
    element.feed = document as FeedDocument;
    window.document.body.append(element);
    // The land too: the geometry and its drawing code (which the arcs of a world map wait for) arrive apart and
    // draw again when they do; under load that came amid a zoom, and its drawing was counted as the zoom's.
    await until(() => element.shadowRoot?.querySelector('[part~="marker"]') && element.shadowRoot.querySelector('path.land'), 'no markers and land');
    await element.updateComplete;
    // A map this large in the window prepares its search in idle time and rehearses one, once per page
    // (src/partnership-map/prepare.ts): that work of markers and labels is not a drawing's, so it is over before any count.
    await until(() => mapWork.rehearsals > 0, 'no search rehearsed');
    return { element, root: shadow(element) };
  }

  /**
   * The size and view the map's drawing was last made at: its <svg>'s size and the transform that places the land.
   * In the messages of counts that depend on the view, so that a failure says which view it was.
   */
  function drawnAt(root: ShadowRoot): string {
    const svg = root.querySelector('svg:not(.labels)');
    return `${svg?.getAttribute('width')}×${svg?.getAttribute('height')} px, ${svg?.querySelector('g')?.getAttribute('transform')}`;
  }

  /**
   * Zoom in with the button, each time until this map is drawn at the new view: its land placed
   * otherwise than before the click, its layer at rest, and an arc drawing counted. (The drawing count
   * alone is the page's: it must not be taken for this map's before the zoom has even started.)
   */
  async function zoomIn(element: PartnershipMap, root: ShadowRoot, times: number): Promise<void> {
    for (let step = 0; step < times; step++) {
      const drawn = mapWork.arcDrawings;
      const at = drawnAt(root);
      root.querySelector<HTMLButtonElement>('[part~="map-tools"] button')!.click();
      await until(
        () => mapWork.arcDrawings > drawn && drawnAt(root) !== at && root.querySelector<HTMLElement>('.layer')?.style.transform === 'none',
        'not drawn after zooming in',
      );
      await element.updateComplete;
    }
  }

  it('draws every arc of a sparse view, and at most MAX_DRAWN_ARCS lines of a dense one, grouped by area, saying so in the legend', async () => {
    const { element, root } = await mounted();
    // The world: a few hundred arcs between large groups, each drawn.
    expect(root.querySelectorAll('path.arcs.grouped').length).to.equal(0);
    expect(texts(root, '[part~="arc-note"]')).to.deep.equal([]);
    // Closer in, more arcs start or end in sight: zoom in until they are too many to draw each.
    let before = snapshot();
    for (let step = 0; step < 6 && !root.querySelector('[part~="arc-note"]'); step++) {
      before = snapshot();
      await zoomIn(element, root, 1);
    }
    const work = snapshot();
    const drawings = work.arcDrawings - before.arcDrawings;
    expect(drawings, 'arc drawings').to.be.at.least(1);
    expect(work.arcsDrawn - before.arcsDrawn, 'arcs drawn').to.be.at.most(MAX_DRAWN_ARCS * drawings);
    // One path per line width, not one per arc.
    expect(root.querySelectorAll('path.arcs').length).to.be.within(1, 4);
    expect(root.querySelectorAll('path.arcs.grouped').length).to.equal(root.querySelectorAll('path.arcs').length);
    expect(texts(root, '[part~="arc-note"]')).to.deep.equal([
      'Too many partnerships to draw each: one line per pair of areas, thicker for more. Select a city to see its own.',
    ]);
  });

  it('shows only the selected city’s arcs in a dense view, and says so', async () => {
    // de-1 is one of the German "hub" towns, with dozens of partners world-wide.
    const partnerships = document.partnerships.filter(({ cities }) => cities.includes('de-1')).length;
    expect(partnerships).to.be.above(20);
    // The town's page opens on it and its partners: thousands of other arcs in sight.
    const selectedNote = 'Too many partnerships to draw all: only those of the selected city are shown.';
    const before = snapshot();
    const { element, root } = await mounted('de-1');
    // Settled on the town and its partners. A map measured at another size first (a page laid out in steps)
    // draws that view once, bounded like any, before it is fitted again (viewport.ts).
    await until(() => texts(root, '[part~="arc-note"]').join() === selectedNote, 'the map did not settle on the city’s arcs');
    const opened = snapshot();
    const openedAt = drawnAt(root);
    // The sizes the map is laid out at from here on, for the message below: this test failed now and then in CI with
    // the zoomed view at scale 0.40 against the opened 0.98, about the same centre: below the 0.74 that a map of
    // 770×538 px allows, so made at a smaller size and kept through a resize (before 6d2e4e5 clamped that).
    const sizes: string[] = [];
    const observer = new ResizeObserver((entries) => {
      for (const { contentRect } of entries) sizes.push(`${Math.round(contentRect.width)}×${Math.round(contentRect.height)}`);
    });
    observer.observe(root.querySelector('[part~="map"]')!);
    const drawings = opened.arcDrawings - before.arcDrawings;
    expect(drawings, 'arc drawings').to.be.at.least(1);
    expect(opened.arcsDrawn - before.arcsDrawn, 'arcs drawn: never thousands').to.be.within(1, drawings * MAX_DRAWN_ARCS);
    expect([...root.querySelectorAll('path.arcs')].map((path) => path.getAttribute('class'))).to.deep.equal(['arcs highlighted']);
    // Zoomed in, its arcs only: one drawing of at most as many arcs as it has partnerships.
    await zoomIn(element, root, 1);
    const work = snapshot();
    observer.disconnect();
    const views = `opened at ${openedAt}, zoomed in at ${drawnAt(root)}; map sizes since it opened: ${sizes.join(', ')}`;
    expect(work.arcDrawings - opened.arcDrawings, `arc drawings (${views})`).to.equal(1);
    expect(work.arcsDrawn - opened.arcsDrawn, `arcs drawn: those of the city (${views})`).to.be.within(1, partnerships);
    expect([...root.querySelectorAll('path.arcs')].map((path) => path.getAttribute('class'))).to.deep.equal(['arcs highlighted']);
    expect(texts(root, '[part~="arc-note"]')).to.deep.equal([selectedNote]);
  });

  it('draws nothing again on the frames of a wheel zoom, and once when the wheel rests', async () => {
    const { element, root } = await mounted();
    const map = root.querySelector<HTMLElement>('[part~="map"]')!;
    const layer = root.querySelector<HTMLElement>('.layer')!;
    const markers = [...root.querySelectorAll('[part~="marker"]')];
    const before = snapshot();
    // Five steps zoom in by less than 2× (zoom-pan.ts draws again beyond that).
    for (let step = 0; step < 5; step++) {
      ctrlWheel(map);
      await element.updateComplete;
      expect(layer.style.transform, `transform after step ${step + 1}`).to.match(/scale\(/);
    }
    const during = snapshot();
    for (const counter of ['arcDrawings', 'geometryDrawings', 'markerLevels', 'linkLevels', 'labelLayouts', 'markersRendered'] as const) {
      expect(during[counter] - before[counter], `${counter} during the gesture`).to.equal(0);
    }
    // The markers are the same elements, moved with the drawing.
    expect([...root.querySelectorAll('[part~="marker"]')]).to.deep.equal(markers);
    await until(() => layer.style.transform === 'none', 'the drawing is not redrawn once the wheel rests');
    await element.updateComplete;
    expect(mapWork.arcDrawings - during.arcDrawings, 'arc drawings once the wheel rests').to.equal(1);
    // The land is drawn once per geometry and moved by the view's transform: not again at the new view.
    expect(mapWork.geometryDrawings - during.geometryDrawings, 'land drawn again once the wheel rests').to.equal(0);
    expect(root.querySelector('svg g')!.getAttribute('transform'), 'the land placed by the new view').to.match(/scale\(/);
    // Drawn whole, the land reaches beyond the map: its <svg> cuts it at the map's edge.
    const svg = root.querySelector('svg')!;
    expect(getComputedStyle(svg).overflow).to.equal('hidden');
    expect(root.querySelector('path.land')!.getBoundingClientRect().width, 'the land drawn beyond the map').to.be.greaterThan(
      svg.getBoundingClientRect().width,
    );
  });

  it('renders no marker again on the frames of a drag, only the layer moves; and the markers in sight once it ends', async () => {
    const { element, root } = await mounted();
    const map = root.querySelector<HTMLElement>('[part~="map"]')!;
    const layer = root.querySelector<HTMLElement>('.layer')!;
    const box = map.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      const before = snapshot();
      for (let step = 1; step <= 10; step++) {
        await sendMouse({ type: 'move', position: [x + step * 6, y + step * 3] });
        await element.updateComplete;
        expect(layer.style.transform, `transform after move ${step}`).to.match(/translate\(/);
      }
      expect(mapWork.markersRendered - before.markersRendered, 'markers rendered during the drag').to.equal(0);
      await sendMouse({ type: 'up' });
      await until(() => layer.style.transform === 'none', 'the drawing is not redrawn once the drag ends');
      await element.updateComplete;
      const shown = root.querySelectorAll('[part~="marker"]').length;
      expect(shown, 'markers in sight').to.be.greaterThan(0);
      expect(mapWork.markersRendered - before.markersRendered, 'markers rendered once the drag ends').to.equal(shown);
    } finally {
      await resetMouse();
    }
  });

  it('draws no land again for a search that meets the same countries in another order', async () => {
    // Searching "k" keeps all 57 countries of the feed, met in another order than without a search (the test's premise).
    const read = validateFeed(document);
    if (!read.ok) throw new Error('the generated feed does not load');
    const model = mapModelOf(read.feed);
    const [all, found] = [filterMap(model, {}), filterMap(model, { search: 'k' })];
    expect(found.countries, 'the countries met searching "k"').to.not.deep.equal(all.countries);
    expect([...found.countries].sort()).to.deep.equal([...all.countries].sort());
    const { element, root } = await mounted();
    const highlight = root.querySelector('path.land-highlight')!;
    expect(highlight.getAttribute('d')).to.not.equal('');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root, { attributes: true, attributeFilter: ['d'], subtree: true, childList: true });
    const summary = texts(root, '[part~="summary"]');
    await searchMap(element, 'k');
    await until(() => texts(root, '[part~="summary"]').join() !== summary.join(), 'the search did not change the summary');
    await element.updateComplete;
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(root.querySelector('path.land-highlight'), 'the same path element').to.equal(highlight);
    const landChanges = changes.filter(({ target }) => target instanceof Element && /^land|borders/.test(target.getAttribute('class') ?? ''));
    expect(
      landChanges.map(({ target }) => (target as Element).getAttribute('class')),
      'land paths written',
    ).to.deep.equal([]);
  });
});
