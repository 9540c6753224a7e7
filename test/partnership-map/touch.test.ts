/**
 * The map on a phone: fingers on the screen, through the browser's own gesture handling (Chromium,
 * test/support/touch.mjs). A reader scrolling the page with one finger must not be caught by a map
 * that fills the screen's width, as a reader scrolling with the wheel is not: the page scrolls, the map
 * stays. Sideways drags and pinches move the map at once; once the map has the focus (tapped) every
 * drag does. Other engines skip.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { sampleFeed } from '../support/feeds.js';
import { resetPage, shadow, until } from '../support/widgets.js';

type Point = [number, number];

describe('<partnership-map> by touch', function () {
  this.timeout(120_000);

  let element: PartnershipMap;
  let spacer: HTMLElement;

  afterEach(async () => {
    element?.remove();
    spacer?.remove();
    scrollTo(0, 0);
    await resetPage();
  });

  /** Fingers down, moved in ten steps by `by`, and up. */
  async function swipe(points: Point[], by: (point: Point, step: number) => Point): Promise<void> {
    await executeServerCommand('touch', { type: 'touchStart', points });
    for (let step = 1; step <= 10; step++) await executeServerCommand('touch', { type: 'touchMove', points: points.map((point) => by(point, step / 10)) });
    await executeServerCommand('touch', { type: 'touchEnd', points: [] });
  }

  async function phoneMap(context: Mocha.Context): Promise<{ root: ShadowRoot; map: HTMLElement; land: () => string | null | undefined; middle: Point }> {
    element = document.createElement('partnership-map');
    element.style.width = '360px';
    element.style.setProperty('--partnership-map-height', '300px');
    element.feed = (await sampleFeed()) as FeedDocument;
    spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    document.body.append(element, spacer);
    const root = shadow(element);
    await until(() => root.querySelector('[part~="marker"]') && root.querySelector('path.land'), 'not drawn');
    await element.updateComplete;
    const map = root.querySelector<HTMLElement>('[part~="map"]')!;
    // The map at the top of the window, the page below it to scroll to.
    scrollTo(0, scrollY + map.getBoundingClientRect().top - 10);
    const box = map.getBoundingClientRect();
    try {
      await executeServerCommand('touch', { type: 'none' });
    } catch (error) {
      context.skip();
      throw error;
    }
    return {
      root,
      map,
      land: () => root.querySelector('svg:not(.labels) g')?.getAttribute('transform'),
      middle: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    };
  }

  it('a one-finger swipe up over the map scrolls the page, and the map stays where it was', async function () {
    const { root, land, middle } = await phoneMap(this);
    const before = land();
    const top = scrollY;
    await swipe([middle], ([x, y], part) => [x, y - 120 * part]);
    await until(() => scrollY > top + 40, `the page did not scroll (scrollY ${scrollY})`);
    const layer = root.querySelector<HTMLElement>('.layer')!;
    await until(() => layer.style.transform === 'none', 'the map did not come to rest');
    await element.updateComplete;
    expect(land(), 'the map did not move').to.equal(before);
  });

  it('a one-finger swipe sideways, or up once the map has the focus, moves the map and not the page', async function () {
    const { map, land, middle } = await phoneMap(this);
    let top = scrollY;
    let before = land();
    await swipe([middle], ([x, y], part) => [x - 120 * part, y]);
    await until(() => land() !== before, 'the map did not move sideways');
    expect(scrollY, 'the page did not scroll sideways').to.equal(top);
    map.focus({ preventScroll: true });
    top = scrollY;
    before = land();
    await swipe([middle], ([x, y], part) => [x, y + 80 * part]);
    await until(() => land() !== before, 'the focused map did not move down');
    expect(scrollY, 'the page did not scroll').to.equal(top);
  });

  it('two fingers spread apart zoom the map in, also without the focus', async function () {
    const { land, middle } = await phoneMap(this);
    const scale = () => Number(/scale\(([\d.e-]+)/.exec(land() ?? '')?.[1]);
    const before = scale();
    const [x, y] = middle;
    await swipe(
      [
        [x, y - 30],
        [x, y + 30],
      ],
      ([px, py], part) => [px, py + Math.sign(py - y) * 60 * part],
    );
    await until(() => scale() > before * 1.5, `not zoomed in (${land()})`);
  });

  it('a one-finger swipe up over the table scrolls the table, and the page once the table is at its end', async function () {
    element = document.createElement('partnership-map');
    element.style.width = '360px';
    element.style.setProperty('--partnership-map-height', '300px');
    element.view = 'table';
    element.feed = (await sampleFeed()) as FeedDocument;
    spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    document.body.append(element, spacer);
    await until(() => shadow(element).querySelector('[part~="row"]'), 'no rows');
    const frame = shadow(element).querySelector<HTMLElement>('[part~="table-frame"]')!;
    try {
      await executeServerCommand('touch', { type: 'none' });
    } catch {
      this.skip();
    }
    scrollTo(0, scrollY + frame.getBoundingClientRect().top - 10);
    const box = frame.getBoundingClientRect();
    const middle: Point = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    let top = scrollY;
    await swipe([middle], ([x, y], part) => [x, y - 100 * part]);
    // How far is the browser's (touch slop, and moves it merges on a loaded machine: 50 of the 100 px once): that it scrolls is ours.
    await until(() => frame.scrollTop > 0, `the table did not scroll (scrollTop ${frame.scrollTop})`);
    expect(scrollY, 'the page stays while the table scrolls').to.equal(top);
    // Swiped up until the table is at its end: the swipe after that moves the page.
    top = scrollY;
    for (let swipes = 0; scrollY === top; swipes++) {
      expect(swipes, 'swipes').to.be.below(20);
      const scrolled = frame.scrollTop;
      await swipe([middle], ([x, y], part) => [x, y - 100 * part]);
      await until(
        () => frame.scrollTop !== scrolled || scrollY !== top,
        `neither the table (at ${frame.scrollTop} of ${frame.scrollHeight - frame.clientHeight}) nor the page scrolled`,
      );
    }
    expect(frame.scrollTop + frame.clientHeight, 'the page scrolled once the table was at its end').to.be.at.least(frame.scrollHeight - 1);
  });
});
