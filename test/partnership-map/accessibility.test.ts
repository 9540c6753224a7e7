/**
 * Issue 12, accessibility found by hand: focus after Enter on a group (with
 * reduced motion), on every keyboard path; the tooltip (WCAG 1.4.13); forced
 * colours (the legend, the groups, the pressed partner); group counts at 360 px; the status line; the settled signal.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/partnership-map/define.js';
import type { MarkerInfo } from '../../src/partnership-map/markers.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { city, SAMPLE_FEED_URL } from '../support/feeds.js';
import { expectHighlightReadable } from '../support/highlight.js';
import { rightToLeftFeed } from '../support/right-to-left-feed.js';
import { completes, deepActiveElement, laidOutInOrder, pageLanguage, resetPage, shadow, texts, until } from '../support/widgets.js';

async function map(
  options: { src?: string; feed?: Record<string, unknown>; attributes?: Record<string, string>; parent?: HTMLElement } = {},
): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  if (options.feed) element.feed = options.feed as FeedDocument;
  else element.src = options.src ?? SAMPLE_FEED_URL;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  (options.parent ?? document.body).append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
  await element.updateComplete;
  return element;
}

function markers(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')];
}

/** The cities a marker stands for (read from the element: a group's name lists only a few). */
function citiesOf(element: PartnershipMap, marker: Element): string[] {
  const shown = (element as unknown as { shownMarkers: Map<string, MarkerInfo> }).shownMarkers;
  return shown.get((marker as HTMLElement).dataset['key']!)?.cities.map((city) => city.id) ?? [];
}

/** The focus is on a live, visible control of the widget (not lost to the page). */
function expectLiveFocus(element: PartnershipMap, what: string): HTMLElement {
  const active = deepActiveElement() as HTMLElement | null;
  expect(active, `${what}: focus on nothing`).not.to.equal(null);
  expect(active!.getRootNode() === shadow(element), `${what}: focus left the widget (on <${active!.localName}>)`).to.equal(true);
  expect(active!.isConnected, what).to.equal(true);
  const box = active!.getBoundingClientRect();
  expect(box.width > 0 && box.height > 0, `${what}: the focused control is not visible`).to.equal(true);
  if (active!.matches('[part~="marker"]')) {
    const viewport = shadow(element).querySelector('[part~="map"]')!.getBoundingClientRect();
    expect(
      box.left >= viewport.left - 1 && box.right <= viewport.right + 1 && box.top >= viewport.top - 1 && box.bottom <= viewport.bottom + 1,
      `${what}: marker outside the map`,
    ).to.equal(true);
  }
  return active!;
}

/** A German city and 16 Russian ones a few kilometres apart: one group at first, several when zoomed in. */
function denseCluster(count = 16): Record<string, unknown> {
  const cities: Record<string, unknown>[] = [{ id: 'home', name: 'Home', country: 'DE', kind: 'city', lat: 51.45, lon: 7.01 }];
  const partnerships: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    cities.push({ id: `dense-${i}`, name: `Dense ${i}`, country: 'RU', kind: 'city', lat: 59.9 + (i % 4) * 0.04, lon: 30.3 + Math.floor(i / 4) * 0.07 });
    partnerships.push({ id: `p-${i}`, cities: ['home', `dense-${i}`], since: `${1990 + i}` });
  }
  return { version: 1, cities, partnerships };
}

/** `count` cities close together (a grid of 0.01°), each a partner of one: a group of them all on the world map. */
function crowd(count: number): Record<string, unknown> {
  const cities: Record<string, unknown>[] = [{ id: 'home', name: 'Home', country: 'DE', kind: 'city', lat: 51.45, lon: 7.01 }];
  const partnerships: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    cities.push({ id: `c-${i}`, name: `Crowd ${i}`, country: 'RU', kind: 'city', lat: 55 + (i % 100) * 0.01, lon: 37 + Math.floor(i / 100) * 0.01 });
    partnerships.push({ id: `p-${i}`, cities: ['home', `c-${i}`], since: '1990' });
  }
  return { version: 1, cities, partnerships };
}

/**
 * Reduced motion: emulated where the browser lets the runner do it (Chromium, by CDP); elsewhere
 * (Firefox and WebKit run by WebDriver here) `matchMedia` answers the query as a reader's setting would.
 */
let restoreMatchMedia: (() => void) | undefined;
/** Chromium (run by Puppeteer over CDP here) is the one engine whose media the runner can emulate; asking the others only fills the log with errors. */
const emulatesMedia = /Chrome\//.test(navigator.userAgent);
async function reduceMotion(): Promise<void> {
  if (emulatesMedia) {
    await emulateMedia({ reducedMotion: 'reduce' });
  } else {
    const original = window.matchMedia;
    window.matchMedia = (query: string) =>
      /prefers-reduced-motion:\s*reduce/.test(query)
        ? ({ ...original.call(window, 'all'), matches: true, media: query } as MediaQueryList)
        : original.call(window, query);
    restoreMatchMedia = () => (window.matchMedia = original);
  }
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.equal(true);
}

async function allowMotion(): Promise<void> {
  restoreMatchMedia?.();
  restoreMatchMedia = undefined;
  if (emulatesMedia) await emulateMedia({ reducedMotion: 'no-preference' });
}

describe('<partnership-map> accessibility', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await allowMotion();
    await resetPage();
  });

  describe('focus after Enter on a group, with reduced motion', () => {
    beforeEach(reduceMotion);

    const cases: [string, () => Promise<PartnershipMap>, string][] = [
      ['the sample feed, the St Petersburg group', () => map(), 'murino'],
      ['a generated dense group', () => map({ feed: denseCluster() }), 'dense-0'],
    ];
    for (const [name, create, member] of cases) {
      it(`${name}: lands on a marker of the group, every time`, async () => {
        const element = await create();
        for (let round = 0; round < 5; round++) {
          const group = markers(element).find((marker) => marker.matches('[part~="cluster"]') && citiesOf(element, marker).includes(member));
          if (!group) break;
          const members = citiesOf(element, group);
          group.focus();
          const scale = () => (element as unknown as { mapView: { scale: number } }).mapView.scale;
          const before = scale();
          await sendKeys({ press: 'Enter' });
          await until(() => scale() !== before, 'Enter did not zoom in');
          await element.updateComplete;
          const active = expectLiveFocus(element, `round ${round}`);
          expect(active.matches('[part~="marker"]'), `round ${round}: focus on a marker`).to.equal(true);
          const now = citiesOf(element, active);
          expect(now.length).to.be.greaterThan(0);
          expect(
            now.every((id) => members.includes(id)),
            `round ${round}: the focused marker is of the group`,
          ).to.equal(true);
          expect(active.getAttribute('tabindex')).to.equal('0');
        }
      });
    }

    it('every keyboard path keeps the focus on a live, visible control: 0 (reset), Enter on a city, Escape, table and back', async () => {
      const element = await map();
      const root = shadow(element);
      // Into the St Petersburg group, then reset with 0 on the marker in focus.
      const group = markers(element).find((marker) => marker.matches('[part~="cluster"]') && citiesOf(element, marker).includes('murino'))!;
      group.focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => !root.querySelector(`[part~="marker"][data-key="${CSS.escape(group.dataset['key']!)}"][part~="cluster"]`) || deepActiveElement() !== group,
        'no zoom',
      );
      await element.updateComplete;
      expectLiveFocus(element, 'Enter on a group');
      await sendKeys({ press: '0' });
      await element.updateComplete;
      expect(expectLiveFocus(element, '0 on a marker').matches('[part~="marker"]')).to.equal(true);
      // To a single city, Enter: the details' heading.
      for (let step = 0; step < 30 && (deepActiveElement() as HTMLElement).matches('[part~="cluster"]'); step++) {
        await sendKeys({ press: ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'][Math.floor(step / 6) % 4] });
      }
      expect((deepActiveElement() as HTMLElement).matches('[part~="cluster"]'), 'reached a city').to.equal(false);
      await sendKeys({ press: 'Enter' });
      await until(() => deepActiveElement()?.matches('[part~="panel-heading"]'), 'Enter on a city: focus not on the details');
      expectLiveFocus(element, 'Enter on a city');
      await sendKeys({ press: 'Escape' });
      await until(() => !root.querySelector('[part~="panel"]'), 'Escape did not close the details');
      await element.updateComplete;
      expect(expectLiveFocus(element, 'Escape').matches('[part~="marker"]')).to.equal(true);
      // The view switch, by keyboard.
      const [mapButton, tableButton] = root.querySelectorAll<HTMLButtonElement>('[part~="view-switch"] button');
      tableButton.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('[part~="table"]'), 'no table');
      expect(expectLiveFocus(element, 'table view')).to.equal(tableButton);
      mapButton.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('[part~="marker"]'), 'no map');
      await element.updateComplete;
      expect(expectLiveFocus(element, 'map view')).to.equal(mapButton);
      for (let i = 0; i < 10 && !deepActiveElement()?.matches('[part~="marker"]'); i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.matches('[part~="marker"]'), 'Tab reaches the markers after the table').to.equal(true);
      expectLiveFocus(element, 'back on the markers');
    });
  });

  describe('settled signal', () => {
    it('updateComplete resolves once the markers are placed, not when the map is merely on the page', async () => {
      const element = document.createElement('partnership-map');
      element.feed = denseCluster() as FeedDocument;
      document.body.append(element);
      await element.updateComplete;
      expect(shadow(element).querySelector('[part~="map"]'), 'the map').not.to.equal(null);
      expect(markers(element).length, 'markers placed').to.be.greaterThan(0);
    });

    it('a map without a size settles as it is: hidden, and in a box of zero width', async () => {
      for (const style of ['display: none', 'display: block; width: 0; overflow: hidden']) {
        const box = Object.assign(document.createElement('div'), { className: 'box' });
        box.setAttribute('style', style);
        document.body.append(box);
        const element = document.createElement('partnership-map');
        element.feed = denseCluster() as FeedDocument;
        box.append(element);
        // Would time out (fail) if it waited for a size that never comes.
        await element.updateComplete;
        expect(markers(element).length, style).to.equal(0);
        box.remove();
      }
    });

    it('a map not rendered settles as it is: in a closed <details>, hidden="until-found", content-visibility: hidden; shown, it places its markers', async () => {
      const shownAtOnce = document.createElement('partnership-map');
      shownAtOnce.feed = denseCluster() as FeedDocument;
      shownAtOnce.style.width = '600px';
      document.body.append(shownAtOnce);
      await shownAtOnce.updateComplete;
      const placed = (element: Element) => markers(element).map((marker) => marker.style.transform);
      expect(placed(shownAtOnce).length, 'markers of a map shown at once').to.be.greaterThan(0);
      const hiders: [string, () => HTMLElement, (box: HTMLElement) => void][] = [
        [
          'a closed <details>',
          () => Object.assign(document.createElement('details'), { innerHTML: '<summary>Map</summary>' }),
          (box) => ((box as HTMLDetailsElement).open = true),
        ],
        ['hidden="until-found"', () => Object.assign(document.createElement('div'), { hidden: 'until-found' }), (box) => (box.hidden = false)],
        [
          'content-visibility: hidden',
          () => Object.assign(document.createElement('div'), { style: 'content-visibility: hidden' }),
          (box) => (box.style.contentVisibility = ''),
        ],
      ];
      for (const [hider, make, show] of hiders) {
        const box = make();
        const element = document.createElement('partnership-map');
        element.feed = denseCluster() as FeedDocument;
        element.style.width = '600px';
        box.append(element);
        document.body.append(box);
        // The box keeps its size there, but no ResizeObserver reports it until it is shown.
        await completes(element, `updateComplete waited for a map in ${hider} to be shown`);
        show(box);
        await until(() => placed(element).length > 0, `no markers once ${hider} was shown`);
        await element.updateComplete;
        expect(placed(element), hider).to.deep.equal(placed(shownAtOnce));
        box.remove();
      }
      shownAtOnce.remove();
    });
  });

  describe('tooltip (WCAG 1.4.13)', () => {
    const tooltipOf = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="tooltip"]');
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

    it('Escape hides the tooltip of the marker in focus, and the focus stays on the marker', async () => {
      const element = await map();
      const marker = markers(element)[0];
      marker.focus();
      await element.updateComplete;
      expect(tooltipOf(element), 'tooltip on focus').not.to.equal(null);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(tooltipOf(element), 'after Escape').to.equal(null);
      expect(deepActiveElement()).to.equal(marker);
      // The next marker in focus shows its tooltip again.
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(deepActiveElement()).not.to.equal(marker);
      expect(tooltipOf(element), 'tooltip of the next marker').not.to.equal(null);
    });

    // A city named in Arabic; and a hostile name whose closer of its own would end the widget's isolation of it, then reverse the rest of the line.
    for (const [what, name] of [
      ['a city named in a right-to-left script', 'حلب'],
      ['a name that closes an isolation it did not open, then overrides', 'Haleb\u2069\u202Eabc'],
    ]) {
      it(`keeps its own words and numbers in order after ${what}`, async () => {
        // Two partner cities near Aleppo, the second (by id) so named: one marker for both, whose tooltip names them and counts.
        const element = await map({ feed: rightToLeftFeed(name) });
        const group = markers(element).find((marker) => citiesOf(element, marker).includes('haleb'));
        expect(group && citiesOf(element, group), 'one marker for both').to.have.members(['azaz', 'haleb']);
        group!.focus();
        await until(() => tooltipOf(element), 'no tooltip on focus');
        // plural() keeps the number with its word (a no-break space).
        const tail = ' · 2\u00a0partnerships';
        const text = [...tooltipOf(element)!.querySelectorAll('span')]
          .flatMap((span) => [...span.childNodes])
          .find((node): node is Text => node instanceof Text && node.data.endsWith(tail));
        expect(text?.data, 'the tooltip names the cities, then counts').to.match(/^Azaz and /);
        expect(laidOutInOrder(text!, tail), `"${text!.data}" laid out in order`).to.equal(true);
      });
    }

    it('covers as few neighbouring markers as any side would (none when a side is free), and stays inside the map in text of 16px and of 24px: every marker of the sample feed and of a dense group', async () => {
      // Its side is chosen before it is drawn, from its size estimated in the widget's text size: larger text, a larger tooltip.
      for (const [feed, fontSize] of [
        [undefined, '16px'],
        [denseCluster(), '16px'],
        [undefined, '24px'],
        [denseCluster(), '24px'],
      ] as const) {
        const parent = document.body.appendChild(document.createElement('div'));
        parent.style.fontSize = fontSize;
        const element = await map(feed ? { feed, parent } : { parent });
        const all = markers(element);
        const worse: string[] = [];
        for (const marker of all) {
          marker.focus();
          await element.updateComplete;
          // Measured after the focus, which may scroll the page to the marker.
          const frame = shadow(element).querySelector('[part~="map"]')!.getBoundingClientRect();
          const box = tooltipOf(element)!.getBoundingClientRect();
          const own = marker.getBoundingClientRect();
          const others = all.filter((other) => other !== marker).map((other) => other.getBoundingClientRect());
          const count = (rect: DOMRect) => others.filter((other) => overlaps(rect, other)).length;
          // The same tooltip on each side of the marker, 6 px from it, inside the map.
          const [cx, cy, gap] = [own.left + own.width / 2, own.top + own.height / 2, own.width / 2 + 6];
          const sides = [
            new DOMRect(cx - box.width / 2, own.top + own.height / 2 - gap - box.height, box.width, box.height),
            new DOMRect(cx - box.width / 2, cy + gap, box.width, box.height),
            new DOMRect(cx + gap, cy - box.height / 2, box.width, box.height),
            new DOMRect(cx - gap - box.width, cy - box.height / 2, box.width, box.height),
          ].filter((rect) => rect.left >= frame.left && rect.right <= frame.right && rect.top >= frame.top && rect.bottom <= frame.bottom);
          const best = Math.min(...sides.map(count));
          const name = marker.getAttribute('aria-label')!.slice(0, 40);
          // The side is chosen from an estimate of the text's width (no layout is read while rendering): held to the best side
          // at the size most pages have; at any size, to a side inside the map.
          if (fontSize === '16px' && count(box) > best) worse.push(`${name}: covers ${count(box)}, a side would cover ${best}`);
          const inside = box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
          if (sides.length && !inside) worse.push(`${name}: cut off by the map's edge, where ${sides.length} side(s) would fit`);
        }
        expect(worse, `${feed ? 'dense group' : 'sample feed'}, ${fontSize}`).to.deep.equal([]);
        parent.remove();
      }
    });

    it('is hoverable: every point between the marker and its tooltip is the marker or the tooltip, and the pointer can rest on it', async () => {
      const element = await map();
      const root = shadow(element);
      // The whole map in the viewport, where hit testing sees it: focusing a marker scrolls the page only
      // as far as the marker, and an earlier test may have left the page scrolled (a tooltip above the
      // viewport's edge hit nothing, once in Firefox).
      root.querySelector<HTMLElement>('[part~="map"]')!.scrollIntoView({ block: 'center' });
      for (const marker of markers(element).slice(0, 6)) {
        marker.focus();
        await element.updateComplete;
        const own = marker.getBoundingClientRect();
        const box = tooltipOf(element)!.getBoundingClientRect();
        const from = [own.left + own.width / 2, own.top + own.height / 2];
        const to = [box.left + box.width / 2, box.top + box.height / 2];
        for (let t = 0; t <= 1; t += 0.05) {
          const x = from[0] + (to[0] - from[0]) * t;
          const y = from[1] + (to[1] - from[1]) * t;
          const hit = root.elementFromPoint(x, y);
          expect(
            Boolean(hit && (marker.contains(hit) || hit.closest('[part~="tooltip"]'))),
            `${marker.getAttribute('aria-label')}: at ${Math.round(t * 100)}% of the way, ${hit?.localName}.${hit?.getAttribute('part')}`,
          ).to.equal(true);
        }
      }
    });

    it('stays while the pointer moves from the marker onto it, until the pointer leaves both (real pointer, Chromium)', async function () {
      const element = await map();
      (document.activeElement as HTMLElement | null)?.blur();
      const marker = markers(element).find((candidate) => !candidate.matches('[part~="cluster"]'))!;
      const own = marker.getBoundingClientRect();
      const centre: [number, number] = [Math.round(own.left + own.width / 2), Math.round(own.top + own.height / 2)];
      try {
        await sendMouse({ type: 'move', position: centre });
      } catch {
        // WebDriver here (Firefox, WebKit) moves no pointer; the path is checked by hit testing above.
        this.skip();
      }
      try {
        await until(() => tooltipOf(element), 'no tooltip on hover');
        const box = tooltipOf(element)!.getBoundingClientRect();
        const target = [box.left + box.width / 2, box.top + box.height / 2];
        for (let step = 1; step <= 8; step++) {
          const position: [number, number] = [
            Math.round(centre[0] + ((target[0] - centre[0]) * step) / 8),
            Math.round(centre[1] + ((target[1] - centre[1]) * step) / 8),
          ];
          await sendMouse({ type: 'move', position });
          await element.updateComplete;
          expect(tooltipOf(element), `step ${step} of the way onto the tooltip`).not.to.equal(null);
        }
        // Escape with the pointer on the tooltip and the focus elsewhere hides it; the pointer stays.
        await sendKeys({ press: 'Escape' });
        await element.updateComplete;
        expect(tooltipOf(element), 'Escape').to.equal(null);
        await sendMouse({ type: 'move', position: centre });
        await element.updateComplete;
        // Away from marker and tooltip (the top left corner of the page).
        await sendMouse({ type: 'move', position: [1, 1] });
        await element.updateComplete;
        expect(tooltipOf(element), 'after the pointer left').to.equal(null);
        await sendMouse({ type: 'move', position: centre });
        await until(() => tooltipOf(element), 'the tooltip comes back on hover');
      } finally {
        await resetMouse();
      }
    });
  });

  describe('group counts', () => {
    it('stay on one line inside their badge at 360 px, also with text at 200 %', async () => {
      const box = document.createElement('div');
      box.style.width = '360px';
      document.body.append(box);
      // Text at 200 % (WCAG 1.4.4), as phones at 360 px are often set.
      document.documentElement.style.fontSize = '200%';
      try {
        // Three-digit counts: a group of 120 cities, and a city with 120 partnerships (its own marker once zoomed in);
        // a group of 12,000, its count written as the language writes numbers, as its name has it.
        const many = crowd(12_000);
        for (const feed of [undefined, denseCluster(), denseCluster(120), many]) {
          const element = await map({ parent: box, ...(feed ? { feed } : {}) });
          const counts = [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"] .count')];
          expect(counts.length, 'markers with a count').to.be.greaterThan(0);
          if (feed === many) expect(texts(shadow(element), '[part~="marker"] .count')).to.include('12,000');
          for (const count of counts) {
            // The span is a grid item: one box as tall as its lines (line-height 1) and as wide as its longest line.
            const own = count.getBoundingClientRect();
            const lines = Math.round(own.height / parseFloat(getComputedStyle(count).fontSize));
            expect(lines, `"${count.textContent}" on one line`).to.equal(1);
            const badge = count.closest('[part~="marker"]')!.getBoundingClientRect();
            expect(
              own.left >= badge.left - 0.5 && own.right <= badge.right + 0.5,
              `"${count.textContent}" inside its badge: ${own.width} in ${badge.width}, font ${getComputedStyle(count).fontSize} ${getComputedStyle(count).fontFamily}`,
            ).to.equal(true);
          }
          element.remove();
        }
      } finally {
        box.remove();
        document.documentElement.style.fontSize = '';
      }
    });
  });

  it('names each marker with the number its badge shows, as the language writes it (WCAG 2.5.3): a group, a place of several cities, a city', async () => {
    const feed = crowd(1_200);
    // Three districts at one place, each a partner of Home, and Home's partnerships counted on its own marker.
    for (const [index, name] of ['Lichtenberg', 'Neukölln', 'Spandau'].entries()) {
      (feed.cities as Record<string, unknown>[]).push({
        id: `berlin-${index}`,
        name: `Berlin-${name}`,
        country: 'DE',
        kind: 'district',
        lat: 52.52,
        lon: 13.4,
      });
      (feed.partnerships as Record<string, unknown>[]).push({ id: `berlin-${index}--home`, cities: [`berlin-${index}`, 'home'], since: '1991' });
    }
    for (const language of ['en', 'de']) {
      await pageLanguage(language);
      const element = await map({ feed });
      const counted = markers(element).filter((marker) => marker.querySelector('.count'));
      const kinds = new Set(counted.map((marker) => marker.getAttribute('part')!.split(' ')[1] ?? 'city'));
      expect([...kinds].sort(), language).to.deep.equal(['city', 'cluster', 'place']);
      for (const marker of counted) {
        const count = marker.querySelector('.count')!.textContent!;
        expect(marker.getAttribute('aria-label'), `${language}: the badge's "${count}"`).to.include(count);
      }
      const place = counted.find((marker) => marker.matches('[part~="place"]'))!;
      expect(place.getAttribute('aria-label'), language).to.match(
        language === 'en' ? /^3\scities \(Berlin-Lichtenberg, Berlin-Neukölln,? and Berlin-Spandau\), Germany, 3\spartnerships$/ : /^3\sStädte \(/,
      );
      element.remove();
    }
  });

  describe('forced colours', () => {
    /** Runs `check` with forced colours emulated: only Chromium can here (CDP, test/support/forced-colors.mjs), Firefox and WebKit skip. */
    async function inForcedColours(context: Mocha.Context, check: () => Promise<void>): Promise<void> {
      if (!emulatesMedia) context.skip();
      await executeServerCommand('forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        await check();
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    }
    /** A border that is drawn: a style other than none and a width. */
    const drawn = (style: CSSStyleDeclaration) => style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
    const shape = (element: Element) => (element.matches('.other') ? getComputedStyle(element, '::before') : getComputedStyle(element));

    it('keeps the legend symbols and the double ring of groups (Chromium emulates forced colours)', async function () {
      await inForcedColours(this, async () => {
        const element = await map();
        const root = shadow(element);
        const swatches = [...root.querySelectorAll<HTMLElement>('[part~="legend"] .swatch')];
        expect(swatches.length).to.be.greaterThan(3);
        for (const swatch of swatches) {
          const style = shape(swatch);
          const visible = swatch.matches('.arc, .arc-highlight') ? parseFloat(style.borderTopWidth) > 0 : drawn(style);
          expect(visible, `legend symbol ${swatch.className}`).to.equal(true);
        }
        expect(getComputedStyle(root.querySelector('.swatch.cluster')!).borderTopStyle, 'legend: group').to.equal('double');
        const groups = [...root.querySelectorAll('[part~="marker"][part~="cluster"], [part~="marker"][part~="place"]')];
        expect(groups.length, 'groups on the map').to.be.greaterThan(0);
        for (const group of groups) expect(shape(group).borderTopStyle, `double ring of ${group.textContent!.trim().slice(0, 30)}`).to.equal('double');
        for (const marker of root.querySelectorAll('[part~="marker"]')) expect(drawn(shape(marker)), 'marker outline').to.equal(true);
      });
    });

    it('shows the keyboard focus on the selected place by more than a pixel of its ring (Chromium emulates forced colours)', async function () {
      await inForcedColours(this, async () => {
        const element = await map();
        const root = shadow(element);
        markers(element)
          .find((marker) => marker.getAttribute('aria-label')?.startsWith('Kursk,'))!
          .click();
        await until(() => root.querySelector('[part~="marker"][part~="selected"]'), 'no selected place');
        const selected = root.querySelector<HTMLElement>('[part~="marker"][part~="selected"]')!;
        // The ring's look without its offset: forced colours draw every outline in one system colour.
        const ring = () => {
          const style = getComputedStyle(selected);
          return [style.outlineStyle, style.outlineWidth, style.outlineColor].join(' ');
        };
        selected.blur();
        const unfocused = ring();
        await sendKeys({ press: 'Shift' });
        selected.focus();
        expect(selected.matches(':focus-visible'), 'keyboard focus').to.equal(true);
        expect(ring(), 'the selected place, focused and not').to.not.equal(unfocused);
      });
    });

    it('tells the pressed partner in the details from the others, its text readable (Chromium emulates forced colours)', async function () {
      await inForcedColours(this, async () => {
        const element = await map();
        const root = shadow(element);
        markers(element)
          .find((marker) => marker.getAttribute('aria-label')?.startsWith('Kursk,'))!
          .click();
        await until(() => root.querySelector('[part~="partner-name"]'), 'no partner in the details');
        const partner = root.querySelector<HTMLButtonElement>('[part~="partner-name"]')!;
        const look = () => {
          const style = getComputedStyle(partner);
          return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopWidth, style.fontWeight, style.textDecorationLine].join(' ');
        };
        partner.blur();
        const before = look();
        partner.click();
        await until(() => partner.getAttribute('aria-pressed') === 'true', 'the partner is not pressed');
        await element.updateComplete;
        partner.blur();
        expect(look(), 'pressed and not').to.not.equal(before);
        expectHighlightReadable(partner, 'the pressed partner');
      });
    });

    it('tells the pressed view (Map or Table) from the other by more than its weight, its text readable (Chromium emulates forced colours)', async function () {
      await inForcedColours(this, async () => {
        const element = await map();
        const [mapButton, tableButton] = shadow(element).querySelectorAll<HTMLButtonElement>('[part~="view-switch"] button');
        expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
        // Its accent underline (a shadow) is dropped, its border drawn as every button's: bold alone is too faint a mark.
        const look = (button: Element) => {
          const style = getComputedStyle(button);
          return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopWidth, style.textDecorationLine].join(' ');
        };
        expect(look(mapButton), 'pressed and not').to.not.equal(look(tableButton));
        expectHighlightReadable(mapButton, 'the pressed view');
      });
    });
  });

  describe('status line', () => {
    beforeEach(reduceMotion);

    for (const language of ['en', 'de', 'ru']) {
      it(`${language}: the summary and what an action did are separate sentences, and Reset view replaces the zoom's`, async () => {
        await pageLanguage(language);
        const element = await map();
        const root = shadow(element);
        const summary = texts(root, '[part~="summary"]')[0];
        const said = () => texts(root, '[part~="announcement"]')[0] ?? '';
        expect(said(), 'nothing said yet').to.equal('');
        markers(element)
          .find((marker) => marker.matches('[part~="cluster"]'))!
          .click();
        await until(() => said() !== '', 'nothing said after zooming into a group');
        const zoomed = said();
        // Its own live region: not run together with the summary ("… 36 Städte Die Karte zeigt …").
        expect(texts(root, '[part~="summary"]')[0], 'summary').to.equal(summary);
        expect(root.querySelector('[part~="announcement"]')!.getAttribute('role')).to.equal('status');
        expect(zoomed, 'a sentence').to.match(/[.!?…]$/);
        const reset = [...root.querySelectorAll<HTMLButtonElement>('[part~="map-tools"] button')].find(
          (button) => !button.querySelector('.visually-hidden') && !button.hasAttribute('aria-expanded'),
        )!;
        reset.click();
        await element.updateComplete;
        expect(said(), 'after Reset view').not.to.equal(zoomed);
        expect(said(), 'after Reset view, a sentence').to.match(/[.!?…]$/);
      });
    }
  });

  describe('details', () => {
    const expected: Record<string, string> = {
      en: 'Partners since 9 September 1991',
      de: 'Partner seit 9. September 1991',
      ru: 'Дата основания: 9 сентября 1991 г.',
    };
    for (const [language, text] of Object.entries(expected)) {
      it(`${language}: the founding date follows its label as the language writes it (ru with a colon)`, async () => {
        await pageLanguage(language);
        const element = await map({ attributes: { city: 'essen' } });
        await until(() => shadow(element).querySelector('[part~="partner-since"]'), 'no details');
        expect(texts(shadow(element), '[part~="partner-since"]')[0]).to.contain(text);
      });
    }

    // A toggle button named by the partner alone ("Aachen, toggle button, not pressed") did not say what pressing it does.
    const described: Record<string, string> = { en: 'Show on the map', de: 'Auf der Karte zeigen', ru: 'Показать на карте' };
    for (const [language, description] of Object.entries(described)) {
      it(`${language}: each partner's button is described by what pressing it does, its name still the partner's`, async () => {
        await pageLanguage(language);
        const element = await map({ attributes: { city: 'essen' } });
        await until(() => shadow(element).querySelector('[part~="partner-name"]'), 'no details');
        for (const button of shadow(element).querySelectorAll<HTMLButtonElement>('[part~="partner-name"]')) {
          expect(button.title, button.textContent!.trim()).to.equal(description);
          expect(button.textContent!.trim(), 'its name').to.not.contain(description);
        }
      });
    }

    // Two partners of one name were two buttons named "Paris": tabbing through them, a screen reader could not tell which is which.
    it("names a partner's button with its country where another partner in the list has its name, and only there", async () => {
      const feed = {
        version: 1,
        cities: [city('berlin', 'DE', 'Berlin'), city('paris-tx', 'US', 'Paris'), city('paris', 'FR', 'Paris'), city('rome', 'IT', 'Rome')],
        partnerships: ['paris-tx', 'paris', 'rome'].map((partner) => ({ id: `berlin--${partner}`, cities: ['berlin', partner], since: '1990' })),
      };
      const element = await map({ feed, attributes: { city: 'berlin' } });
      await until(() => shadow(element).querySelectorAll('[part~="partner-name"]').length === 3, 'no details');
      const names = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="partner-name"]')].map(
        (button) => button.getAttribute('aria-label') ?? button.textContent!.trim(),
      );
      expect(names.sort()).to.deep.equal(['Paris, France', 'Paris, United States', 'Rome']);
      await expect(element).to.be.accessible();
    });

    // The built bundle's templates are minified (vite.config.ts): a space that starts a template's
    // element is dropped there, not in the sources the other tests run ("9 September 1991· 35 years").
    it('in the built bundle, the years stand apart from the date: "9 September 1991 · 35 years"', async () => {
      const config = { widgets: [{ tag: 'partnership-map', attributes: { src: SAMPLE_FEED_URL, city: 'essen' } }] };
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.style.height = '600px';
      frame.src = `/test/fixtures/embed/page.html#${encodeURIComponent(JSON.stringify(config))}`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const root = () => frame.contentDocument!.querySelector('partnership-map')?.shadowRoot;
        await until(() => root()?.querySelector('[part~="partner-years"]'), 'no details in the built bundle');
        const since = root()!.querySelector<HTMLElement>('[part~="partner-since"]')!;
        const date = since.querySelector('time')!.textContent!.trim();
        const years = since.querySelector('[part~="partner-years"]')!.textContent!.replace('·', '').trim();
        expect(since.innerText.replace(/\s+/g, ' ')).to.contain(`${date.replace(/\s+/g, ' ')} · ${years.replace(/\s+/g, ' ')}`);
      } finally {
        frame.remove();
      }
    });
  });

  // Chromium leaves what content-visibility: auto has skipped (never on screen) out of the accessibility
  // tree: a map below the fold had no marker a screen reader could reach (docs/performance.md).
  // checkVisibility's contentVisibilityAuto tells what is skipped, in the engines that skip it.
  it('below the fold, its markers are not skipped, so screen readers find them', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    document.body.append(spacer);
    try {
      const element = await map();
      await until(() => markers(element).length > 0 && markers(element).every((marker) => marker.getClientRects().length > 0), 'no placed markers');
      expect(element.getBoundingClientRect().top, 'the map is below the window').to.be.greaterThan(innerHeight * 2);
      const skipped = markers(element).filter((marker) => !marker.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions));
      expect(
        skipped.map((marker) => marker.getAttribute('aria-label')),
        'markers skipped',
      ).to.deep.equal([]);
    } finally {
      spacer.remove();
    }
  });
});
