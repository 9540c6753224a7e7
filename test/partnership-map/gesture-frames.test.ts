/**
 * Issue 12, the frames of a gesture: after its first frame (which takes the anchor, hides
 * the tooltip and marks the layer as moving), a zoom or drag does not render the map at all;
 * only the layer's transform is set (layer.ts LayerMotion). The layer that moves holds one
 * element, so that a frame restyles two elements, not every marker in sight (the shared
 * styles' `box-sizing: inherit`, until ced3938, made each child of a restyled element restyle too). No
 * timing: the test counts the map's renders and the frames shown by moving the layer alone
 * (frameWork in src/partnership-map/work.ts).
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { frameWork, mapWork } from '../../src/partnership-map/work.js';
import { setClock } from '../../src/shared/clock.js';
import { ctrlWheel, deepActiveElement, resetPage, shadow, until } from '../support/widgets.js';

describe('<partnership-map> frames of a gesture', function () {
  this.timeout(120_000);

  const document = generateFeed({ partnerships: 2_000, sessions: 0, world: true });

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    window.document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  /**
   * The renders of one map. frameWork counts those of every map on the page, and a map of an
   * earlier test, taken off the page, still renders when its geometry arrives late (Lit updates
   * an element that is not connected): the test counts this map's own, through its render().
   */
  function rendersOf(element: PartnershipMap): () => number {
    let renders = 0;
    const host = element as unknown as { render(): unknown };
    const render = host.render.bind(host);
    host.render = () => {
      renders++;
      return render();
    };
    return () => renders;
  }

  async function mounted(): Promise<{ element: PartnershipMap; root: ShadowRoot; map: HTMLElement; layer: HTMLElement; renders: () => number }> {
    const element = window.document.createElement('partnership-map');
    // Narrower than every engine's test page (800 px in Chromium and Firefox, 1024 in WebKit): one size in all three.
    element.style.width = '760px';
    element.style.setProperty('--partnership-map-height', '540px');
    element.feed = document as FeedDocument;
    window.document.body.append(element);
    // The land drawn too: its geometry, loaded apart, would otherwise render the map when it arrives, perhaps amid a gesture.
    await until(() => element.shadowRoot?.querySelector('[part~="marker"]') && element.shadowRoot.querySelector('path.land'), 'no markers and land');
    await element.updateComplete;
    const root = shadow(element);
    const renders = rendersOf(element);
    return { element, root, map: root.querySelector<HTMLElement>('[part~="map"]')!, layer: root.querySelector<HTMLElement>('.layer')!, renders };
  }

  const wheel = (map: HTMLElement) => ctrlWheel(map);

  it('moves one element: the layer holds the land, labels and markers in a single child', async () => {
    const { root, layer } = await mounted();
    expect(layer.children.length, 'children of the layer').to.equal(1);
    const drawing = layer.firstElementChild!;
    expect(drawing.querySelectorAll('[part~="marker"]').length, 'markers inside it').to.equal(root.querySelectorAll('[part~="marker"]').length);
    expect(drawing.querySelector('svg:not(.labels)'), 'land and arcs inside it').not.to.equal(null);
  });

  it('renders once when a wheel zoom starts, not on its next frames (the layer alone moves), and again when the wheel rests', async () => {
    const { element, root, map, layer, renders } = await mounted();
    const markers = [...root.querySelectorAll('[part~="marker"]')];
    const before = { ...frameWork };
    const rendered = renders();
    const drawn = { ...mapWork };
    const transforms: string[] = [];
    // Five steps zoom in by less than 2× (zoom-pan.ts takes a new anchor beyond that).
    for (let step = 0; step < 5; step++) {
      wheel(map);
      await element.updateComplete;
      transforms.push(layer.style.transform);
    }
    expect(renders() - rendered, 'renders during five wheel steps').to.equal(1);
    expect(frameWork.layerMoves - before.layerMoves, 'frames shown by moving the layer').to.equal(4);
    expect(new Set(transforms).size, 'a new transform each step').to.equal(5);
    for (const transform of transforms) expect(transform).to.match(/scale\(/);
    expect(mapWork.markersRendered - drawn.markersRendered, 'markers rendered').to.equal(0);
    expect([...root.querySelectorAll('[part~="marker"]')], 'the same marker elements').to.deep.equal(markers);
    await until(() => layer.style.transform === 'none', 'not drawn at the view once the wheel rests');
    await element.updateComplete;
    // Drawn at the view (the geometry may follow: zoomed in on Europe, its detailed land is loaded and drawn).
    expect(renders() - rendered, 'renders once the wheel rests').to.be.greaterThan(1);
    expect(frameWork.mapRenders - before.mapRenders, 'renders counted').to.be.at.least(renders() - rendered);
  });

  it('hides the tooltip when a motion starts, and keeps the focus on its marker through the frames', async () => {
    const { element, root, map } = await mounted();
    const marker = root.querySelector<HTMLElement>('[part~="marker"][tabindex="0"]')!;
    marker.focus();
    await element.updateComplete;
    expect(root.querySelector('[part~="tooltip"]'), 'tooltip of the marker in focus').not.to.equal(null);
    for (let step = 0; step < 3; step++) {
      wheel(map);
      await element.updateComplete;
      expect(root.querySelector('[part~="tooltip"]'), `tooltip at step ${step + 1}`).to.equal(null);
      expect(deepActiveElement(), `focus at step ${step + 1}`).to.equal(marker);
    }
    await until(() => root.querySelector<HTMLElement>('.layer')!.style.transform === 'none', 'not drawn at the view once the wheel rests');
    await element.updateComplete;
    expect(deepActiveElement()?.getAttribute('part'), 'focus once the wheel rests').to.match(/marker/);
  });

  it('renders once when a drag starts, not on its next moves, and once when it ends', async () => {
    const { element, map, layer, renders } = await mounted();
    const box = map.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await element.updateComplete;
      const before = { ...frameWork };
      const rendered = renders();
      for (let step = 1; step <= 10; step++) {
        await sendMouse({ type: 'move', position: [x + step * 6, y + step * 3] });
        await element.updateComplete;
        expect(layer.style.transform, `transform after move ${step}`).to.match(/translate\(/);
      }
      expect(renders() - rendered, 'renders during ten moves').to.equal(1);
      expect(frameWork.layerMoves - before.layerMoves, 'moves shown by moving the layer').to.equal(9);
      expect(map.classList.contains('dragging'), 'the drag cursor').to.equal(true);
      await sendMouse({ type: 'up' });
      await until(() => layer.style.transform === 'none', 'not drawn at the view once the drag ends');
      await element.updateComplete;
      expect(renders() - rendered, 'renders once the drag ended').to.be.at.least(2);
      expect(map.classList.contains('dragging'), 'the drag cursor after it').to.equal(false);
    } finally {
      await resetMouse();
    }
  });
});
