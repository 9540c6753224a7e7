/** The Ruhr feed (ruhr-feed.ts) on a map, for the tests of a town's own page and of the labels. */
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { ruhrFeed } from './ruhr-feed.js';
import { shadow, until } from './widgets.js';

export { ESSEN_PARTNERS, ruhrFeed } from './ruhr-feed.js';

export async function ruhrMap(width: number, attributes: Record<string, string> = {}): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.style.display = 'block';
  element.style.width = `${width}px`;
  // The width the test names in every engine: the map is at most as wide as its container (`max-inline-size: 100%`),
  // and a test page is 800 px wide in Chromium and Firefox, 1024 px in WebKit, so 1280 px was 784 in two engines.
  element.style.maxInlineSize = 'none';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = ruhrFeed() as FeedDocument;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
  await element.updateComplete;
  const drawn = element.getBoundingClientRect().width;
  if (drawn !== width) throw new Error(`the map is ${drawn} px wide, not ${width}`);
  return element;
}

export function markers(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')];
}

/** The marker whose accessible name begins with the city's name ("Essen, Germany, …"): a marker of its own. */
export function ownMarker(element: Element, name: string): HTMLElement | undefined {
  return markers(element).find((marker) => marker.getAttribute('aria-label')!.startsWith(`${name}, `));
}
