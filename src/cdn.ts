/**
 * The script-tag entry (`dist/cdn/staedtepartner-widgets.js`): self-contained,
 * no bundler needed. It watches the page for the widgets' tags and loads each
 * widget's code only when its tag appears, from chunks beside this file (ES
 * module imports resolve relative to this file's URL, so any folder or CDN
 * works). A page without a map never downloads map code.
 */
import { setLanguage, currentLanguage, loadEveryGroup } from './i18n/language.js';
import { loaderSettings, forgetFeed, prefetchFeed } from './feed/loader.js';
import { WIDGET_MODULES } from './registry.js';
import { refused } from './lit-policy.js';
import type { ConfHistory } from './conf-history/conf-history.js';
import type { ConfOverview } from './conf-overview/conf-overview.js';
import type { ConfProgramme } from './conf-programme/conf-programme.js';
import type { JubileeList } from './jubilee-list/jubilee-list.js';
import type { PartnershipMap } from './partnership-map/partnership-map.js';

const widgets: Record<string, () => Promise<unknown>> = WIDGET_MODULES;

const requested = new Set<string>();

/**
 * Loads a widget's code once, also when its tag is defined already: by another script (a library
 * with a tag of the same name, another copy of the widgets from a CMS plugin). The widget's module
 * then keeps that definition and says so in the console (StaedtepartnerElement.define); before, the
 * page kept it without a word.
 */
function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  widgets[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`[staedtepartner-widgets] could not load <${tag}>`, error);
  });
}

/**
 * Resolves once the page's deferred and module scripts have run (DOMContentLoaded): what they set
 * in `loaderSettings` then holds for the feeds asked for before the widgets' code is in.
 */
const pageScriptsRan = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading' && performance.timing.domContentLoadedEventStart > 0) resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

/**
 * Chunks a widget asks for in its first render, by what its attributes say: asked for when its tag
 * is seen, with the widget's own chunk, instead of one round trip after that chunk has run (the
 * widget's own `import()` then finds them in the module map).
 */
const firstRenderChunks: Record<string, (element: Element) => Promise<unknown> | undefined> = {
  // The grid view shows "Loading…" until its chunk is in.
  'conf-programme': (element) => (element.getAttribute('view') === 'grid' ? import('./conf-programme/grid.js') : undefined),
};

/** Asks for a widget's feed as soon as its tag is seen, while its code still downloads; the widget shares the request. */
function prefetch(element: Element): void {
  const src = element.getAttribute('src');
  if (src) void pageScriptsRan.then(() => prefetchFeed(src));
  firstRenderChunks[element.localName]?.(element)?.catch(() => {
    // The widget asks again, and shows the failure if it fails again.
  });
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(widgets)) {
    if (!requested.has(tag) && root.querySelector(tag)) load(tag);
    root.querySelectorAll(tag).forEach(prefetch);
  }
}

/**
 * A page that shows the programme, the map and at least one more widget gets all its strings of a
 * language in one chunk (src/generated/locales/<locale>/all.ts) instead of one per widget and the
 * shared one: one file compresses better than four to six (Russian, gzip: 3.75 kB against 4.12 to
 * 5.10 kB). Fewer or other widgets need less than all of them. scripts/size.mjs counts by this rule.
 */
function stringsAtOnce(): void {
  if (requested.has('conf-programme') && requested.has('partnership-map') && requested.size > 2) {
    loadEveryGroup({ de: () => import('./generated/locales/de/all.js'), ru: () => import('./generated/locales/ru/all.js') });
  }
}

function start(): void {
  discover(document);
  stringsAtOnce();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.localName in widgets) {
          load(element.localName);
          prefetch(element);
        }
        if (element.firstElementChild) discover(element);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// A page that refuses Lit's Trusted Types policy gets no widget, and keeps their fallback content (src/lit-policy.ts).
if (!refused) start();

/**
 * Loads a widget's code now, e.g. before creating it inside another component's shadow root; resolves (to undefined) once its tag is defined.
 * On a page that refused the policy it resolves at once and defines nothing: the element keeps its fallback content.
 */
export function loadWidget(tag: string): Promise<unknown> {
  return tag in widgets ? (refused ? Promise.resolve() : widgets[tag]()) : Promise.reject(new Error(`unknown widget <${tag}>`));
}

export { setLanguage, currentLanguage, loaderSettings, forgetFeed };
// Types only: the widgets' events, typed in the DOM's event maps for a TypeScript page that uses this file.
export type * from './events.js';

// Types only: the tags this file registers (as it loads them), so that a page script's
// `document.querySelector('conf-programme')` is a ConfProgramme, as with the npm entries.
declare global {
  interface HTMLElementTagNameMap {
    'jubilee-list': JubileeList;
    'conf-overview': ConfOverview;
    'conf-history': ConfHistory;
    'conf-programme': ConfProgramme;
    'partnership-map': PartnershipMap;
  }
}
