/**
 * The widgets under test and their example configurations, in one place: the
 * quality suites (accessibility, hostile input, network faults, embedding
 * hazards, leaks) loop over this list, so a new widget is covered by adding
 * one entry here (and its tag to src/registry.ts).
 */
import { WIDGET_MODULES, type WidgetTag } from '../../src/registry.js';
import { SAMPLE_FEED_URL } from './feeds.js';

export interface WidgetCase {
  tag: WidgetTag;
  /** Attributes that show the widget full of content with the sample feed. */
  full: Record<string, string>;
  /** Attributes that show its empty state with the sample feed. */
  empty: Record<string, string>;
  /**
   * A selector inside the shadow root that exists once content is shown. Then `updateComplete`
   * resolves once the content is complete (the map's markers are placed once it has a size).
   */
  content: string;
}

export const WIDGET_CASES: readonly WidgetCase[] = [
  {
    tag: 'jubilee-list',
    full: { src: SAMPLE_FEED_URL, year: '2021' },
    empty: { src: SAMPLE_FEED_URL, year: '2023' },
    content: '[part~="entry"]',
  },
  {
    tag: 'conf-overview',
    full: { src: SAMPLE_FEED_URL, conference: 'xvi-kaluga-2021' },
    empty: { src: SAMPLE_FEED_URL, conference: 'no-such-conference' },
    content: '[part~="card"]',
  },
  {
    tag: 'conf-history',
    full: { src: SAMPLE_FEED_URL },
    empty: { src: SAMPLE_FEED_URL, from: '1990', to: '1995' },
    content: '[part~="entry"]',
  },
  {
    tag: 'conf-programme',
    full: { src: SAMPLE_FEED_URL, conference: 'xvi-kaluga-2021' },
    // VIII (2005) has no published programme.
    empty: { src: SAMPLE_FEED_URL, conference: 'viii-yekaterinburg-2005' },
    content: '[part~="session"], [part~="side-event"]',
  },
  {
    tag: 'partnership-map',
    full: { src: SAMPLE_FEED_URL },
    // A country none of the sample partnerships touches.
    empty: { src: SAMPLE_FEED_URL, country: 'FR' },
    content: '[part~="map"]',
  },
];

/** A selector for any settled state: content, empty or error. */
export function settledSelector(widget: WidgetCase): string {
  return `${widget.content}, [part~="empty"], [part~="error"]`;
}

export async function defineAll(): Promise<void> {
  await Promise.all(Object.values(WIDGET_MODULES).map((load) => load()));
}

/** Creates the widget with `attributes`, appends it to `parent` and returns it. */
export function createWidget(widget: WidgetCase, attributes: Record<string, string>, parent: Element = document.body): HTMLElement {
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}
