/**
 * A map on a page that scales it: an ancestor with `transform: scale()` or `zoom` (a "larger page"
 * button of an accessibility toolbar, a page builder's preview). The pointer moves on screen, the map
 * is drawn and scrolled in its own pixels: a drag moves the drawing with the pointer, a wheel zooms
 * about the point under it, and the table view shows the rows its frame is scrolled to.
 *
 * WebKit's `zoom` is its own, older one: its boxes (getBoundingClientRect) are not zoomed, so the map
 * cannot tell it is zoomed, nor can this test measure what the reader sees. Those cases skip there.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { resetPage, shadow, until } from '../support/widgets.js';

const SCALES: [string, (wrapper: HTMLElement) => void][] = [
  ['transform: scale(1.5)', (wrapper) => Object.assign(wrapper.style, { transform: 'scale(1.5)', transformOrigin: '0 0' })],
  ['zoom: 1.5', (wrapper) => wrapper.style.setProperty('zoom', '1.5')],
];

/** The layer's transform during a motion (layer.ts): `translate(x, y) scale(k)`, in the map's pixels. */
function motionOf(layer: HTMLElement): { x: number; y: number; k: number } {
  const [x, y, k] = (layer.style.transform.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  return { x: x!, y: y!, k: k! };
}

describe('<partnership-map> on a page that scales it', function () {
  this.timeout(120_000);

  const feed = generateFeed({ partnerships: 2_000, sessions: 0, world: true }) as unknown as FeedDocument;
  let wrapper: HTMLElement;

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    wrapper?.remove();
    await resetMouse();
    await resetPage();
  });

  async function scaledMap(scale: (wrapper: HTMLElement) => void, view?: 'table'): Promise<{ element: PartnershipMap; root: ShadowRoot; shown: number }> {
    wrapper = document.createElement('div');
    scale(wrapper);
    const element = document.createElement('partnership-map');
    element.style.width = '420px';
    element.style.setProperty('--partnership-map-height', '240px');
    if (view) element.view = view;
    element.feed = feed;
    wrapper.append(element);
    document.body.prepend(wrapper);
    const root = shadow(element);
    await until(() => (view ? root.querySelector('[part~="row"]') : root.querySelector('[part~="marker"]') && root.querySelector('path.land')), 'not drawn');
    await element.updateComplete;
    return { element, root, shown: element.getBoundingClientRect().width / element.offsetWidth };
  }

  /** Whether the map's box is shown 1.5 times as large as it is laid out; a `zoom` that WebKit's boxes do not show skips. */
  function measurable(context: Mocha.Context, name: string, shown: number): void {
    if (name.startsWith('zoom') && Math.abs(shown - 1) < 0.01) context.skip();
    expect(shown, 'the map is shown larger than it is laid out').to.be.closeTo(1.5, 0.01);
  }

  for (const [name, scale] of SCALES) {
    it(`${name}: a drag moves the drawing as far as the pointer moves`, async function () {
      const { element, root, shown } = await scaledMap(scale);
      measurable(this, name, shown);
      const map = root.querySelector<HTMLElement>('[part~="map"]')!;
      const layer = root.querySelector<HTMLElement>('.layer')!;
      // Zoomed in twice first: the world, whole in view, pans sideways only a little way.
      const land = () => root.querySelector('svg:not(.labels) g')?.getAttribute('transform');
      for (let step = 0; step < 2; step++) {
        const at = land();
        root.querySelector<HTMLButtonElement>('[part~="map-tools"] button')!.click();
        await until(() => land() !== at && layer.style.transform === 'none', 'not drawn after zooming in');
        await element.updateComplete;
      }
      const box = map.getBoundingClientRect();
      const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      const before = layer.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 6; step++) await sendMouse({ type: 'move', position: [x + step * 10, y + step * 5] });
      await element.updateComplete;
      await until(() => layer.style.transform.startsWith('translate('), 'the layer did not move');
      const moved = layer.getBoundingClientRect();
      expect(moved.left - before.left, `moved sideways with the pointer's 60px (${layer.style.transform})`).to.be.closeTo(60, 1.5);
      expect(moved.top - before.top, `moved down with the pointer's 30px (${layer.style.transform})`).to.be.closeTo(30, 1.5);
      await sendMouse({ type: 'up' });
    });

    it(`${name}: a wheel zooms about the point under the pointer`, async function () {
      const { root, shown } = await scaledMap(scale);
      measurable(this, name, shown);
      const map = root.querySelector<HTMLElement>('[part~="map"]')!;
      const layer = root.querySelector<HTMLElement>('.layer')!;
      const box = map.getBoundingClientRect();
      // A quarter of the way in, where the map's own pixels and the screen's differ by a quarter of the map.
      const at = { clientX: box.left + box.width / 4, clientY: box.top + box.height / 4 };
      map.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, bubbles: true, cancelable: true, ...at }));
      await until(() => layer.style.transform.startsWith('translate('), 'the layer did not zoom');
      const { x, y, k } = motionOf(layer);
      expect(k, 'zoomed in').to.be.above(1.1);
      // The point under the pointer, in the map's pixels, stays where it was.
      const [px, py] = [map.offsetWidth / 4, map.offsetHeight / 4];
      expect(x + k * px, `the point under the pointer, across (${layer.style.transform})`).to.be.closeTo(px, 1);
      expect(y + k * py, `the point under the pointer, down (${layer.style.transform})`).to.be.closeTo(py, 1);
    });

    it(`${name}: the table view shows the rows its frame is scrolled to`, async function () {
      const { element, root, shown } = await scaledMap(scale, 'table');
      measurable(this, name, shown);
      const frame = root.querySelector<HTMLElement>('[part~="table-frame"]')!;
      frame.scrollTop = frame.scrollHeight / 2;
      const covered = () => {
        const rows = root.querySelectorAll<HTMLElement>('[part~="row"]');
        const view = frame.getBoundingClientRect();
        const head = root.querySelector('thead')!.getBoundingClientRect();
        return (
          rows.length > 0 &&
          rows[0].getBoundingClientRect().top <= Math.max(head.bottom, view.top) + 1 &&
          rows[rows.length - 1].getBoundingClientRect().bottom >= view.bottom - 1
        );
      };
      await until(covered, 'the rendered rows do not cover the frame scrolled halfway');
      await element.updateComplete;
      expect(covered(), 'covered once the table settled').to.equal(true);
    });
  }
});
