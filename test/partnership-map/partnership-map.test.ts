import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { partnershipCount } from '../../src/partnership-map/texts.js';
import { minScale } from '../../src/partnership-map/view.js';
import { setClock } from '../../src/shared/clock.js';
import { SETTLE_MS } from '../../src/shared/settled-status-controller.js';
import { axeViolations } from '../support/axe.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { installFakeTimers, spokenWhile } from '../support/fake-timers.js';
import { deepActiveElement, pageLanguage, resetPage, searchMap, shadow, texts, until } from '../support/widgets.js';

/** Longer than a zoom's animation (250 ms of frames, ended by a 300 ms timer where frames do not come). */
const ZOOM_ANIMATION_MS = 400;

/** The widget with the sample feed, once its markers are placed; `width` lays it out at that width from the start. */
async function map(attributes: Record<string, string> = {}, width?: string): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  if (width) Object.assign(element.style, { display: 'block', width });
  element.src = SAMPLE_FEED_URL;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const ready = attributes['view'] === 'table' ? '[part~="row"], [part~="empty"]' : '[part~="marker"], [part~="empty"]';
  await until(() => element.shadowRoot?.querySelector(ready), 'no markers');
  await element.updateComplete;
  return element;
}

function viewportOf(element: Element): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="map"]')!;
}

/** Screen position (relative to the map) of the marker holding a city, from its accessible name. */
function markerNamed(element: Element, name: string): HTMLElement | undefined {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')].find((marker) => marker.getAttribute('aria-label')?.includes(name));
}

function inside(element: Element, marker: HTMLElement | undefined): boolean {
  if (!marker) return false;
  const box = viewportOf(element).getBoundingClientRect();
  const own = marker.getBoundingClientRect();
  return own.left >= box.left && own.right <= box.right && own.top >= box.top && own.bottom <= box.bottom;
}

const markerPositions = (element: Element) =>
  [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')].map((marker) => marker.style.transform).join('|');

describe('<partnership-map>', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map, button.before').forEach((element) => element.remove());
    await resetPage();
  });

  it('shows every partnership of the sample feed as an arc and every city on a marker', async () => {
    const element = await map();
    const root = shadow(element);
    expect(texts(root, '[part~="summary"]')[0]).to.equal('18 partnerships, 36 cities');
    const named = [...root.querySelectorAll('[part~="marker"]')].map((marker) => marker.getAttribute('aria-label')!);
    // Clusters name their cities' count; cities and places their partnerships.
    const cities = named.reduce((sum, name) => sum + (/^(\d+)\scities/.exec(name) ? Number(/^(\d+)/.exec(name)![1]) : name.split(' and ').length), 0);
    expect(cities).to.equal(36);
    expect(root.querySelector('path.arcs')?.getAttribute('d')).to.match(/^M/);
  });

  it('spaces its filters, legend and details by the shared --sp-space token, as the other widgets do', async () => {
    const element = await map({ city: 'essen' });
    const root = shadow(element);
    await until(() => root.querySelector('[part~="panel"]'), 'the details did not open');
    const spacing = () =>
      [
        getComputedStyle(root.querySelector('[part~="controls"]')!).columnGap,
        getComputedStyle(root.querySelector('[part~="legend"]')!).columnGap,
        getComputedStyle(root.querySelector('[part~="panel"]')!).paddingInlineStart,
      ].map((value) => Math.round(parseFloat(value) / parseFloat(getComputedStyle(element).fontSize)));
    expect(spacing(), 'by default 1em').to.deep.equal([1, 1, 1]);
    element.style.setProperty('--sp-space', '3em');
    expect(spacing(), 'with --sp-space: 3em').to.deep.equal([3, 3, 3]);
  });

  it('draws the land offline, from the geometry in the package', async () => {
    const element = await map();
    await until(() => shadow(element).querySelector('path.land')?.getAttribute('d'), 'no land');
    const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
    expect(requested.every((origin) => origin === location.origin)).to.equal(true);
  });

  it('city="essen" fits the map to Essen and Nizhny Novgorod, opens Essen and highlights the partnership', async () => {
    const element = await map({ city: 'essen' });
    const root = shadow(element);
    const essen = markerNamed(element, 'Essen');
    const nizhny = markerNamed(element, 'Nizhny Novgorod');
    expect(inside(element, essen), 'Essen on the map').to.equal(true);
    expect(inside(element, nizhny), 'Nizhny Novgorod on the map').to.equal(true);
    expect(markerNamed(element, 'Novosibirsky'), 'far away cities are outside the view').to.equal(undefined);
    expect(texts(root, '[part~="panel-heading"]')).to.deep.equal(['Essen']);
    expect(texts(root, '[part~="partner-name"]')).to.deep.equal(['Nizhny Novgorod']);
    expect(texts(root, '[part~="partner-since"]')[0]).to.contain('9 September 1991').and.contain('29 years');
    expect(nizhny?.getAttribute('part')).to.contain('partner');
    expect(root.querySelector('path.arcs.highlighted')?.getAttribute('d')).to.match(/^M/);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('fits the map again when its size changes before the reader moves it', async () => {
    // A map first laid out wider (a host page whose column narrows once its styles are in).
    const element = await map();
    const viewport = viewportOf(element);
    const narrower = `${viewport.offsetWidth - 300}px`;
    const positions = markerPositions(element);
    element.style.display = 'block';
    element.style.width = narrower;
    await until(() => markerPositions(element) !== positions, 'the markers did not follow the new size');
    await element.updateComplete;
    // The same view as a map laid out at that width from the start: every city in sight, not the wide map's zoom cut off.
    const fresh = await map({}, narrower);
    expect(markerPositions(element)).to.equal(markerPositions(fresh));
  });

  it('keeps the centre of the map where it was when the map is resized after the reader moved it', async () => {
    const element = await map();
    const viewport = viewportOf(element);
    viewport.focus();
    const unmoved = markerPositions(element);
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => markerPositions(element) !== unmoved, 'the arrow key did not move the map');
    await element.updateComplete;
    const fromCentre = () => {
      const box = viewport.getBoundingClientRect();
      return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')].map((marker) => {
        const own = marker.getBoundingClientRect();
        return [Math.round(own.left + own.width / 2 - (box.left + box.width / 2)), Math.round(own.top + own.height / 2 - (box.top + box.height / 2))];
      });
    };
    const before = fromCentre();
    const positions = markerPositions(element);
    element.style.display = 'block';
    element.style.width = `${viewport.clientWidth - 100}px`;
    await until(() => markerPositions(element) !== positions, 'the markers did not follow the new size');
    const after = fromCentre();
    // The markers well inside the narrower map stay at the same offset from its centre (±1 px of rounding).
    const middle = before.filter(([x]) => Math.abs(x) < viewport.clientWidth / 2 - 20);
    expect(middle.length).to.be.greaterThan(0);
    for (const [x, y] of middle) {
      expect(
        after.some(([ax, ay]) => Math.abs(ax - x) <= 1 && Math.abs(ay - y) <= 1),
        `marker at ${x},${y} from the centre`,
      ).to.equal(true);
    }
  });

  it('keeps the view within the zoom a larger map allows when it grows after the reader zoomed out (a phone turned)', async () => {
    // A phone held upright, zoomed out as far as its narrow map goes: the whole frame across its width.
    const element = await map({}, '340px');
    const root = shadow(element);
    const viewport = viewportOf(element);
    const drawn = () => {
      const svg = root.querySelector('svg:not(.labels)');
      return {
        width: Number(svg?.getAttribute('width')),
        scale: Number(/scale\(([^)]+)\)/.exec(svg?.querySelector('g')?.getAttribute('transform') ?? '')?.[1]),
      };
    };
    // The land drawn: its transform is the view (the geometry's code arrives apart from the widget's).
    await until(() => root.querySelector('path.land') && Number.isFinite(drawn().scale), 'no land drawn');
    const zoomOut = root.querySelectorAll<HTMLButtonElement>('[part~="map-tools"] button')[1];
    const narrowest = minScale({ width: viewport.clientWidth, height: viewport.clientHeight });
    for (let step = 0; step < 8 && drawn().scale > narrowest + 0.001; step++) {
      const before = drawn().scale;
      zoomOut.click();
      await until(
        () => drawn().scale < before && root.querySelector<HTMLElement>('.layer')?.style.transform === 'none',
        'zooming out did not draw the map smaller',
      );
      await element.updateComplete;
    }
    const narrow = drawn();
    expect(narrow.scale, 'the narrow map zoomed out to its smallest scale').to.be.closeTo(narrowest, 0.001);
    // Turned: the map is wider and taller, and its smallest scale larger than the view the reader left.
    element.style.width = '700px';
    await until(() => drawn().width === viewport.clientWidth && viewport.clientWidth > 600, 'the map was not drawn at its new size');
    await element.updateComplete;
    const smallest = minScale({ width: viewport.clientWidth, height: viewport.clientHeight });
    expect(smallest, 'the larger map’s smallest scale').to.be.above(narrow.scale * 1.5);
    // Not the narrow map's view, with sea around a small frame and a "Zoom out" that zooms in.
    expect(drawn().scale, `scale at ${viewport.clientWidth}×${viewport.clientHeight} px`).to.be.at.least(smallest - 0.001);
  });

  it('ends a zoom under way where it is when the map changes size: it does not arrive at the old size’s view', async () => {
    // A phone turned while "Zoom out" still moves towards the narrow map's smallest scale.
    const element = await map({}, '340px');
    const root = shadow(element);
    const viewport = viewportOf(element);
    const drawnScale = () => Number(/scale\(([^)]+)\)/.exec(root.querySelector('svg:not(.labels) g')?.getAttribute('transform') ?? '')?.[1]);
    await until(() => root.querySelector('path.land') && Number.isFinite(drawnScale()), 'no land drawn');
    const [zoomIn, zoomOut] = root.querySelectorAll<HTMLButtonElement>('[part~="map-tools"] button');
    const narrowest = minScale({ width: viewport.clientWidth, height: viewport.clientHeight });
    // Zoomed out as far as it goes, then in once: one more "Zoom out" aims at the narrowest view.
    for (let step = 0; step < 8 && drawnScale() > narrowest + 0.001; step++) {
      const before = drawnScale();
      zoomOut.click();
      await until(
        () => drawnScale() < before && root.querySelector<HTMLElement>('.layer')?.style.transform === 'none',
        'zooming out did not draw the map smaller',
      );
    }
    zoomIn.click();
    await until(() => drawnScale() > narrowest * 1.5 && root.querySelector<HTMLElement>('.layer')?.style.transform === 'none', 'zooming in did not draw');
    await element.updateComplete;
    const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      zoomOut.click();
      clock.tick(100);
      // Turned, a 100 ms into the zoom's 250: the map's new size is taken in the frame after the observer reports it.
      const reported = new Promise<void>((resolve) => {
        const observer = new ResizeObserver(() => {
          if (viewport.clientWidth < 600) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(viewport);
      });
      element.style.width = '700px';
      await reported;
      clock.tick(ZOOM_ANIMATION_MS);
    } finally {
      clock.uninstall();
    }
    await element.updateComplete;
    await until(() => root.querySelector<HTMLElement>('.layer')?.style.transform === 'none', 'the map was not drawn at its view');
    const smallest = minScale({ width: viewport.clientWidth, height: viewport.clientHeight });
    expect(smallest, 'the larger map’s smallest scale').to.be.above(narrowest * 1.5);
    expect(drawnScale(), `scale at ${viewport.clientWidth}×${viewport.clientHeight} px`).to.be.at.least(smallest - 0.001);
  });

  it('operates by keyboard: Tab in, arrows pan, + zooms, Tab to a marker, Enter opens, Escape closes', async () => {
    const element = await map();
    const before = Object.assign(document.createElement('button'), { className: 'before', textContent: 'before' });
    element.before(before);
    before.focus();
    const viewport = viewportOf(element);
    for (let i = 0; i < 20 && deepActiveElement() !== viewport; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'Tab reaches the map').to.equal(viewport);

    let positions = markerPositions(element);
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(markerPositions(element), 'ArrowLeft pans').not.to.equal(positions);

    // A zoom animates over frames and a timer: run them to the end on a fake clock (a second key
    // pressed while the first zoom still moves would start from where that one began).
    const zoomKey = async (key: string) => {
      const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
      try {
        await sendKeys({ press: key });
        clock.runToFrame();
        clock.tick(ZOOM_ANIMATION_MS);
      } finally {
        clock.uninstall();
      }
      await element.updateComplete;
    };
    positions = markerPositions(element);
    await zoomKey('+');
    expect(markerPositions(element), '+ zooms in').not.to.equal(positions);
    positions = markerPositions(element);
    await zoomKey('-');
    expect(markerPositions(element), '- zooms out').not.to.equal(positions);

    await sendKeys({ press: 'Tab' });
    const marker = deepActiveElement() as HTMLElement;
    expect(marker.getAttribute('part')).to.contain('marker');
    expect(marker.getAttribute('tabindex')).to.equal('0');
    // Only one marker is a tab stop (roving focus).
    expect(shadow(element).querySelectorAll('[part~="marker"][tabindex="0"]').length).to.equal(1);

    // Walk with the arrow keys to a single city (Enter on a cluster would zoom in instead).
    let current = marker;
    const directions = ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown'];
    for (let step = 0; step < 24 && current.getAttribute('part')?.includes('cluster'); step++) {
      await sendKeys({ press: directions[step % directions.length] });
      current = deepActiveElement() as HTMLElement;
    }
    expect(current.getAttribute('part')).not.to.contain('cluster');
    const name = current.getAttribute('aria-label')!.split(',')[0];
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(element).querySelector('[part~="panel"]'), 'Enter did not open the panel');
    expect(deepActiveElement()?.getAttribute('part')).to.equal('panel-heading');
    expect(texts(shadow(element), '[part~="panel-heading"]')[0]).to.equal(name);
    await sendKeys({ press: 'Escape' });
    await until(() => !shadow(element).querySelector('[part~="panel"]'), 'Escape did not close the panel');
    await until(() => deepActiveElement()?.getAttribute('part')?.includes('marker'), 'focus did not return to the marker');
  });

  it('keeps a move made just after a zoom arrived: the zoom does not take the view back later', async () => {
    // A zoom animates over frames, with a timer as a backstop where frames do not come (a hidden tab).
    const element = await map();
    const viewport = viewportOf(element);
    viewport.focus();
    const zoomIn = shadow(element).querySelector<HTMLButtonElement>('[part~="map-tools"] button')!;
    const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    let panned: string;
    try {
      const before = markerPositions(element);
      zoomIn.click();
      // The frames of the zoom's 250 ms, short of its 300 ms backstop: the zoom has arrived.
      clock.tick(270);
      await element.updateComplete;
      const zoomed = markerPositions(element);
      expect(zoomed, 'zoomed in').not.to.equal(before);
      // The reader moves the map at once.
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      panned = markerPositions(element);
      expect(panned, 'ArrowLeft pans').not.to.equal(zoomed);
      clock.tick(ZOOM_ANIMATION_MS);
    } finally {
      clock.uninstall();
    }
    await element.updateComplete;
    expect(markerPositions(element), 'the map stays where the reader moved it').to.equal(panned);
  });

  it('arrow keys on a marker move to the nearest marker in that direction', async () => {
    const element = await map();
    const markers = [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')];
    const westmost = markers.reduce((a, b) => (a.getBoundingClientRect().left <= b.getBoundingClientRect().left ? a : b));
    westmost.focus();
    await sendKeys({ press: 'ArrowRight' });
    const next = deepActiveElement() as HTMLElement;
    expect(next).not.to.equal(westmost);
    expect(next.getBoundingClientRect().left).to.be.greaterThan(westmost.getBoundingClientRect().left);
  });

  it('activating a cluster zooms in until it splits', async () => {
    const element = await map();
    const cluster = shadow(element).querySelector<HTMLElement>('[part~="marker"][part~="cluster"]')!;
    const members = Number(/^(\d+)/.exec(cluster.getAttribute('aria-label')!)![1]);
    const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      cluster.click();
      clock.tick(ZOOM_ANIMATION_MS);
    } finally {
      clock.uninstall();
    }
    await element.updateComplete;
    const same = shadow(element).querySelector<HTMLElement>(`[part~="marker"][data-key="${cluster.dataset['key']}"]`);
    const now = same?.getAttribute('part')?.includes('cluster') ? Number(/^(\d+)/.exec(same.getAttribute('aria-label')!)![1]) : 1;
    expect(now).to.be.lessThan(members);
  });

  it('fires city-select and partnership-select, bubbling out of the shadow root', async () => {
    const element = await map({ city: 'essen' });
    const events: CustomEvent[] = [];
    document.body.addEventListener('city-select', (event) => events.push(event as CustomEvent), { once: true });
    document.body.addEventListener('partnership-select', (event) => events.push(event as CustomEvent), { once: true });
    markerNamed(element, 'Nizhny Novgorod')!.click();
    await until(() => events.length === 1, 'no city-select');
    expect(events[0].composed).to.equal(true);
    expect(events[0].detail.city.id).to.equal('nizhny-novgorod');
    expect(events[0].detail.partnerships.map((p: { id: string }) => p.id)).to.deep.equal(['essen--nizhny-novgorod']);
    await element.updateComplete;
    shadow(element).querySelector<HTMLButtonElement>('[part~="partner-name"]')!.click();
    await until(() => events.length === 2, 'no partnership-select');
    expect(events[1].type).to.equal('partnership-select');
    expect(events[1].detail.partnership.id).to.equal('essen--nizhny-novgorod');
    expect(events[1].detail.cities.map((c: { id: string }) => c.id)).to.deep.equal(['essen', 'nizhny-novgorod']);
  });

  it('a cancelled city-select keeps the details closed', async () => {
    const element = await map();
    element.addEventListener('city-select', (event) => event.preventDefault());
    const city = shadow(element).querySelector<HTMLElement>('[part~="marker"]:not([part~="cluster"])')!;
    city.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="panel"]')).to.equal(null);
  });

  it('filters as you type in any spelling, and the table shows the same partnerships, sortable', async () => {
    const element = await map();
    const root = shadow(element);
    const search = root.querySelector<HTMLInputElement>('[part~="search"]')!;
    for (const query of ['Nischni', 'Нижний', 'nizhny']) {
      search.value = query;
      search.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(texts(root, '[part~="summary"]')[0], query).to.equal('1 partnership, 2 cities');
    }
    const select = root.querySelector<HTMLSelectElement>('#country')!;
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const from = root.querySelector<HTMLInputElement>('#from')!;
    from.value = '2001';
    from.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(texts(root, '[part~="summary"]')[0]).to.equal('4 partnerships, 8 cities');
    const onMap = new Set<string>();
    await until(() => root.querySelector('[part~="marker"]'), 'no markers');
    element.view = 'table';
    await element.updateComplete;
    const rows = [...root.querySelectorAll('[part~="row"]')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()));
    expect(rows.length).to.equal(4);
    for (const row of rows) onMap.add(row[0]).add(row[2]);
    expect([...onMap].sort()).to.deep.equal([
      'Aachen',
      'Berlin-Lichtenberg',
      'Düren District',
      'Kaliningrad',
      'Kostroma',
      'Murino',
      'Mytishchi',
      'Zarrentin am Schaalsee',
    ]);
    expect(rows.map((row) => row[0])).to.deep.equal(['Aachen', 'Berlin-Lichtenberg', 'Düren District', 'Zarrentin am Schaalsee']);
    const since = root.querySelectorAll<HTMLElement>('th')[4];
    expect(root.querySelectorAll('th')[0].getAttribute('aria-sort')).to.equal('ascending');
    since.querySelector('button')!.click();
    await element.updateComplete;
    expect(since.getAttribute('aria-sort')).to.equal('ascending');
    expect(root.querySelectorAll('th')[0].hasAttribute('aria-sort')).to.equal(false);
    since.querySelector('button')!.click();
    await element.updateComplete;
    expect(since.getAttribute('aria-sort')).to.equal('descending');
    expect(texts(root, '[part~="row"] th:first-child')).to.deep.equal(['Düren District', 'Zarrentin am Schaalsee', 'Aachen', 'Berlin-Lichtenberg']);
    expect(await axeViolations(element)).to.deep.equal([]);
    select.value = 'FR';
  });

  it('names markers with Russian plural forms', async () => {
    await pageLanguage('ru');
    expect([1, 2, 5, 21, 22, 25, 11].map((n) => partnershipCount(n, 'ru'))).to.deep.equal([
      '1\u00a0партнёрство',
      '2\u00a0партнёрства',
      '5\u00a0партнёрств',
      '21\u00a0партнёрство',
      '22\u00a0партнёрства',
      '25\u00a0партнёрств',
      '11\u00a0партнёрств',
    ]);
    const element = await map({ city: 'essen' });
    expect(markerNamed(element, 'Нижний Новгород')?.getAttribute('aria-label')).to.contain('Нижний Новгород, Россия, 1\u00a0партнёрство');
    expect(texts(shadow(element), '[part~="summary"]')[0]).to.equal('18 партнёрств, 36 городов');
  });

  it('shows its empty state when no partnership matches, and keeps the filters', async () => {
    const element = await map({ country: 'FR' });
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['No partnership matches these filters.']);
    expect(shadow(element).querySelector<HTMLSelectElement>('#country')!.value).to.equal('FR');
  });

  it('says the count once a search has stood still, not at every keystroke, from a status that keeps its place', async () => {
    const element = await map();
    const root = shadow(element);
    const summary = root.querySelector<HTMLElement>('[part~="summary"]')!;
    const first = summary.textContent!;
    expect(first).to.match(/^\d+\spartnerships, \d+\scities$/);
    // Shown at once, spoken from a status of its own; the summary (where a retry's focus goes, read by its text) is none.
    expect(summary.hasAttribute('role') || summary.querySelector('[role]'), 'the summary is not a live region').to.not.be.ok;
    const status = summary.nextElementSibling!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent, 'the first count is not spoken').to.equal('');
    const spoken = await spokenWhile(element, status, async (wait, spoken) => {
      const shown: string[] = [];
      for (const text of ['N', 'Ni', 'Niz', 'Nizh']) {
        await searchMap(element, text);
        shown.push(summary.textContent!.replace(/\s+/g, ' '));
      }
      expect(new Set([first, ...shown]).size, `the counts shown: ${shown.join(' / ')}`).to.be.above(2);
      await wait(SETTLE_MS - 1);
      expect(spoken, 'nothing spoken while typing').to.deep.equal([]);
      await wait(1);
      expect(spoken, 'the count spoken once').to.deep.equal([shown.at(-1)]);

      // Nothing matches: said in the same status (one added already filled is not always read), shown in the empty box.
      await searchMap(element, 'Qqzx');
      await wait(SETTLE_MS);
    });
    expect(spoken.at(-1)).to.equal('No partnership matches these filters.');
    expect(root.querySelector('[part~="summary"] + [role="status"]')).to.equal(status);
    expect(texts(root, '[part~="empty"]')).to.deep.equal(['No partnership matches these filters.']);
    expect(root.querySelector('[part~="empty"]')!.hasAttribute('role'), 'the box is not a second status').to.equal(false);
    // Shown once: the summary then only for screen readers.
    expect(summary.getBoundingClientRect().height).to.be.at.most(1);
  });
});
