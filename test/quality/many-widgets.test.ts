/**
 * Issue 11, freeze budget: 50 widgets on one page. No timing: the test checks
 * that what the widgets share is done once, so each widget beyond the first
 * adds only its own DOM: the feed fetched and validated once (one feed object
 * for all), an inline feed read once, no Intl formatter built for a widget
 * beyond the first of its kind, and fifty maps clustered, named and drawn once.
 */
import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/feed/model.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { captureLogs } from '../support/hostile.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { createWidget, defineAll, settledSelector, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { resetPage, until } from '../support/widgets.js';

const WIDGETS = 50;

/** Intl constructors, counted while the page runs; the widgets reach them through the global `Intl`. */
const INTL = ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter'] as const;
const constructed = new Map<string, number>();
const originals = new Map<string, unknown>();

function countIntl(): void {
  for (const name of INTL) {
    const original = Intl[name] as unknown as new (...args: unknown[]) => object;
    originals.set(name, original);
    (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        constructed.set(name, (constructed.get(name) ?? 0) + 1);
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  }
}

function restoreIntl(): void {
  for (const [name, original] of originals) (Intl as unknown as Record<string, unknown>)[name] = original;
  originals.clear();
}

const snapshot = <T extends object>(counts: T): T => ({ ...counts });
const intlCounts = () => Object.fromEntries(INTL.map((name) => [name, constructed.get(name) ?? 0]));

/** A stage of fixed width, so that a scrollbar appearing on the page does not resize the widgets already there. */
function stage(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'many-widgets';
  element.style.inlineSize = '640px';
  document.body.append(element);
  return element;
}

function feedOf(element: Element): Feed | undefined {
  const state = (element as unknown as { feedState: { status: string; feed?: Feed } }).feedState;
  return state.status === 'ready' ? state.feed : undefined;
}

async function allSettled(elements: readonly Element[], cases: readonly WidgetCase[]): Promise<void> {
  await until(() => elements.every((element, i) => element.shadowRoot?.querySelector(settledSelector(cases[i % cases.length]))), 'not every widget settled');
  await Promise.all(elements.map((element) => (element as Element & { updateComplete: Promise<unknown> }).updateComplete));
}

/** Every map has drawn its markers and its land. */
async function mapsDrawn(maps: readonly Element[]): Promise<void> {
  await until(
    () => maps.every((map) => map.shadowRoot?.querySelector('[part~="marker"]') && map.shadowRoot.querySelector('path.land')?.getAttribute('d')),
    'not every map drew its markers and land',
  );
  await Promise.all(maps.map((map) => (map as Element & { updateComplete: Promise<unknown> }).updateComplete));
}

describe('50 widgets on one page', () => {
  before(defineAll);
  afterEach(async () => {
    restoreIntl();
    document.querySelectorAll('.many-widgets').forEach((element) => element.remove());
    await resetPage();
  });

  it('50 widgets of every kind on one src: the feed is fetched and validated once, and the widgets after the first of each kind build no Intl formatter', async () => {
    const src = `${SAMPLE_FEED_URL}?many-widgets=${Date.now()}`;
    const host = stage();
    countIntl();
    const first = WIDGET_CASES.map((widget) => createWidget(widget, { ...widget.full, src }, host));
    await allSettled(first, WIDGET_CASES);
    await mapsDrawn(first.filter((element) => element.localName === 'partnership-map'));
    const before = intlCounts();
    const rest = Array.from({ length: WIDGETS - first.length }, (_, i) => {
      const widget = WIDGET_CASES[i % WIDGET_CASES.length];
      return createWidget(widget, { ...widget.full, src }, host);
    });
    await allSettled(rest, WIDGET_CASES);
    await mapsDrawn(rest.filter((element) => element.localName === 'partnership-map'));
    expect(intlCounts(), 'Intl formatters built by the widgets after the first of each kind').to.deep.equal(before);
    const all = [...first, ...rest];
    expect(all.length).to.equal(WIDGETS);
    expect(new Set(all.map(feedOf)).size, 'feed objects: one validation for all').to.equal(1);
    expect(feedOf(all[0])).to.not.equal(undefined);
    const fetched = performance.getEntriesByName(new URL(src, location.href).href);
    expect(fetched.length, 'requests for the feed').to.equal(1);
  });

  it('50 maps on one src: clustered, named and drawn once, as one map is', async () => {
    const map = WIDGET_CASES.find((widget) => widget.tag === 'partnership-map')!;
    const src = `${SAMPLE_FEED_URL}?many-maps=${Date.now()}`;
    const host = stage();
    const start = snapshot(mapWork);
    const first = createWidget(map, { src }, host);
    await allSettled([first], [map]);
    await mapsDrawn([first]);
    const before = snapshot(mapWork);
    const rest = Array.from({ length: WIDGETS - 1 }, () => createWidget(map, { src }, host));
    await allSettled(rest, [map]);
    await mapsDrawn(rest);
    const after = snapshot(mapWork);
    // What each map draws in its own shadow root (its markers, the path data of its arcs, its
    // labels, laid out for its own size) is its own; the rest (filtering, clustering, naming,
    // land) is shared and must not grow at all.
    const OWN: (keyof typeof mapWork)[] = ['markersRendered', 'arcDrawings', 'arcsDrawn', 'labelLayouts'];
    const shared = (counts: typeof mapWork) => Object.fromEntries(Object.entries(counts).filter(([key]) => !OWN.includes(key as keyof typeof mapWork)));
    expect(shared(after), 'shared work done for the 49 maps after the first').to.deep.equal(shared(before));
    for (const key of OWN) {
      const firstMap = before[key] - start[key];
      expect(firstMap, `${key} of the first map`).to.be.greaterThan(0);
      expect(after[key] - before[key], `${key} of the 49 maps after the first: at most what the first did, each`).to.be.at.most((WIDGETS - 1) * firstMap);
    }
    // Each still has its own markers.
    const markers = (element: Element) => element.shadowRoot!.querySelectorAll('[part~="marker"]').length;
    expect(rest.map(markers)).to.deep.equal(rest.map(() => markers(first)));
  });

  it('50 widgets on one inline feed: it is read and validated once, and its problem is logged once', async () => {
    const feed = await (await fetch(SAMPLE_FEED_URL)).json();
    // One partnership with an unknown city: dropped with a warning.
    feed.partnerships.push({ id: 'nowhere--essen', cities: ['nowhere', 'essen'], since: '2001' });
    const host = stage();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'many-widgets-feed';
    script.textContent = JSON.stringify(feed);
    host.append(script);
    const { value: all, warnings } = await captureLogs(async () => {
      const widgets = Array.from({ length: WIDGETS }, (_, i) => {
        const widget = WIDGET_CASES[i % WIDGET_CASES.length];
        return createWidget(widget, { ...widget.full, src: '#many-widgets-feed' }, host);
      });
      await allSettled(widgets, WIDGET_CASES);
      return widgets;
    });
    expect(new Set(all.map(feedOf)).size, 'feed objects: one validation for all').to.equal(1);
    expect(feedOf(all[0])).to.not.equal(undefined);
    const reports = warnings.filter((warning) => warning.includes('#many-widgets-feed'));
    expect(reports.length, reports.join('\n')).to.equal(1);
    expect(reports[0]).to.contain('nowhere');
  });
});
