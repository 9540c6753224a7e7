/**
 * Helpers for the hostile-feed suites (test/hostile): the script payloads, a
 * watch on everything a hostile feed could do to the host page, mounting a
 * widget on a feed, and checks of the markup a widget rendered.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FeedFailure, FeedWarning } from '../../src/feed/model.js';
import { settledSelector, type WidgetCase } from './widget-cases.js';
import { deepElements, unsafeMarkup } from './unsafe-markup.js';
import { CONDITION_TIMEOUT_MS, isLitWarning, nextTask, shadow } from './widgets.js';

export { deepElements, unsafeMarkup };

declare global {
  interface Window {
    /** Set by every payload in the hostile fixtures, should one ever run. */
    __hostilePayloadRan?: unknown;
  }
}

/** The payloads of the fixtures; each one sets `window.__hostilePayloadRan` if it runs. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__hostilePayloadRan=1">',
  script: '<script>window.__hostilePayloadRan=1</script>',
  svg: '"><svg onload="window.__hostilePayloadRan=1">',
  javascript: 'javascript:window.__hostilePayloadRan=1',
} as const;

export const FIXTURE_DIR = '/test/fixtures/hostile/';

let runs = 0;

/**
 * The fixture's URL with a query no widget has used yet: the loader shares one
 * result per URL and reports a feed's problems once, so every test needs its own.
 */
export function freshFixtureUrl(file: string): string {
  runs += 1;
  return `${FIXTURE_DIR}${file}?run=${runs}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What a widget may change on the page: nothing outside its stage. */
export interface PageSnapshot {
  body: string;
  bodyAttributes: string;
  rootAttributes: string;
  headChildren: number;
  title: string;
  prototypes: string;
}

function attributes(element: Element, ignore: readonly string[] = []): string {
  return element
    .getAttributeNames()
    .filter((name) => !ignore.includes(name))
    .map((name) => `${name}=${element.getAttribute(name)}`)
    .join(' ');
}

/** The host page around `stage`, which holds the widget under test. */
export function snapshotPage(stage: Element): PageSnapshot {
  return {
    body: [...document.body.childNodes]
      .map((node) => (node === stage ? '<!-- stage -->' : node instanceof Element ? node.outerHTML : (node.textContent ?? '')))
      .join(''),
    bodyAttributes: attributes(document.body),
    // The tests themselves switch the page language.
    rootAttributes: attributes(document.documentElement, ['lang', 'data-staedtepartner-lang']),
    headChildren: document.head.childElementCount,
    title: document.title,
    prototypes: [Object.prototype, Array.prototype, String.prototype, Function.prototype]
      .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
      .join('|'),
  };
}

/**
 * A host page of our own around the stage: a heading, a link and a form
 * field, so that a widget writing outside its shadow root changes something.
 */
export function buildHostPage(): { stage: HTMLElement; remove: () => void } {
  const host = document.createElement('main');
  host.id = 'host-page';
  host.innerHTML = '<h1>Host page</h1><p>Text of the host page. <a href="https://example.org/">A link</a></p><input name="q" value="kept">';
  const stage = document.createElement('section');
  stage.id = 'hostile-stage';
  document.body.append(host, stage);
  document.title = 'Host page';
  return {
    stage,
    remove: () => {
      host.remove();
      stage.remove();
    },
  };
}

/** Uncaught errors and unhandled rejections while the watch is on. */
export function watchUncaught(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`uncaught error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export interface Logs {
  warnings: string[];
  errors: string[];
}

/**
 * console.warn and console.error while `run` runs, kept apart and out of the
 * test log (a hostile feed's warnings can be megabytes long).
 */
export async function captureLogs<T>(run: () => Promise<T>): Promise<{ value: T } & Logs> {
  const logs: Logs = { warnings: [], errors: [] };
  const { warn, error } = console;
  // Lit's dev-mode warnings go on to the root hook (root-hooks.ts), which fails the test for them.
  console.warn = (...args: unknown[]) => (isLitWarning(args) ? warn(...args) : logs.warnings.push(args.map(String).join(' ')));
  console.error = (...args: unknown[]) => logs.errors.push(args.map(String).join(' '));
  try {
    return { value: await run(), ...logs };
  } finally {
    Object.assign(console, { warn, error });
  }
}

/**
 * Resolves once an image request for `src` has ended (loaded or failed). An
 * image the page asked for before, such as a payload's `<img src=x>`, has
 * had its turn at the server by then too.
 */
function imageRoundTrip(src: string): Promise<void> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = image.onerror = () => resolve();
    image.src = src;
  });
}

/**
 * Lets what a hostile feed could have set going happen before the checks:
 * pending rejections and queued tasks (`tasks` turns of the event loop, 20 by
 * default), and the image requests of the payloads (`<img src=x onerror>`),
 * after which their error handlers have run. It waits for these to happen,
 * not for a length of time, so a busy machine only makes it take longer.
 */
export async function quietPeriod(tasks = 20): Promise<void> {
  for (let turn = 0; turn < tasks; turn++) await nextTask();
  await imageRoundTrip(new URL('x', document.baseURI).href);
  // A request of its own after that one, to the test server's empty answer: a missing file here was a line of
  // every CI log's 404 list per call (hundreds per run).
  await imageRoundTrip(new URL(`/__test__/status/204?quiet=${Math.random().toString(36).slice(2)}`, location.href).href);
  for (let turn = 0; turn < tasks; turn++) await nextTask();
}

export type FeedSource = { src: string } | { feed: unknown };

export interface MountedWidget {
  element: HTMLElement;
  readonly root: ShadowRoot;
  /** `detail.warnings` of the last `feed-ready` event. */
  warnings?: readonly FeedWarning[];
  /** `detail.failure` of the last `feed-error` event. */
  failure?: FeedFailure;
  /** How many feed-ready / feed-error events arrived. */
  events: number;
}

/**
 * Puts the widget with its `full` attributes into `stage`, reading `source`
 * instead of the sample feed, and waits until it shows content, the empty
 * state or an error (for up to `timeout` ms: a bound for a test that fails
 * anyway, not a speed requirement).
 */
export async function mountWidget(widget: WidgetCase, source: FeedSource, stage: Element, timeout = CONDITION_TIMEOUT_MS): Promise<MountedWidget> {
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(widget.full)) if (name !== 'src') element.setAttribute(name, value);
  const mounted: MountedWidget = {
    element,
    events: 0,
    get root() {
      return shadow(element);
    },
  };
  element.addEventListener('feed-ready', (event) => {
    mounted.events += 1;
    mounted.warnings = (event as CustomEvent<{ warnings: readonly FeedWarning[] }>).detail.warnings;
  });
  element.addEventListener('feed-error', (event) => {
    mounted.events += 1;
    mounted.failure = (event as CustomEvent<{ failure: FeedFailure }>).detail.failure;
  });
  if ('feed' in source) (element as HTMLElement & { feed?: unknown }).feed = source.feed;
  else element.setAttribute('src', source.src);
  stage.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(settledSelector(widget)), `<${widget.tag}> did not settle`, { timeout, interval: 20 });
  // Settled means the whole feed is read: a large feed object shows <jubilee-list>'s first entries
  // before the rest is validated, and only then come its feed-ready and every warning.
  await waitUntil(() => mounted.events > 0, `<${widget.tag}> sent neither feed-ready nor feed-error`, { timeout, interval: 20 });
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return mounted;
}

/**
 * The text a reader gets under `root` (nested shadow roots included, styles left out), unnormalised:
 * the text nodes, and each `aria-label` (the map's markers are named so), on a line of its own.
 */
export function deepText(root: ShadowRoot | Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.hasAttribute('aria-label')) text += `\n${node.getAttribute('aria-label')}\n`;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/**
 * The checks every hostile test ends with: nothing uncaught, no payload ran,
 * the page around the stage unchanged, nothing unsafe rendered, no light DOM.
 */
export function expectHarmless(mounted: MountedWidget, uncaught: readonly string[], before: PageSnapshot, stage: Element): void {
  expect(uncaught, 'uncaught errors or unhandled rejections').to.deep.equal([]);
  expect(window.__hostilePayloadRan, 'a payload from the feed ran').to.equal(undefined);
  expect(snapshotPage(stage), 'the host page changed').to.deep.equal(before);
  expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype was polluted').to.equal(undefined);
  expect(unsafeMarkup(mounted.root), 'unsafe markup in the shadow root').to.deep.equal([]);
  expect(mounted.element.innerHTML, 'the widget wrote into its light DOM').to.equal('');
  expect(document.querySelectorAll('[onerror], [onload], [onclick]').length, 'event-handler attributes in the document').to.equal(0);
}

/** The paths of warnings, for messages that show what did arrive. */
export function warningPaths(warnings: readonly FeedWarning[] | undefined): string[] {
  return (warnings ?? []).map((warning) => warning.path);
}

/** What `mountWatched` saw: the widget, what it logged, and what escaped uncaught. */
export interface WatchedMount extends Logs {
  mounted: MountedWidget;
  /** Uncaught errors and unhandled rejections while it was mounted. */
  uncaught: string[];
}

/**
 * Mounts `widget` on `source` in `stage` with the console captured and uncaught errors
 * watched. `then` (a retry, say) runs once the widget settled, before a quiet period of
 * `quiet` tasks.
 */
export async function mountWatched(
  widget: WidgetCase,
  source: FeedSource,
  stage: Element,
  { timeout = CONDITION_TIMEOUT_MS, quiet = 20, then }: { timeout?: number; quiet?: number; then?: (mounted: MountedWidget) => Promise<void> } = {},
): Promise<WatchedMount> {
  const watch = watchUncaught();
  try {
    const {
      value: mounted,
      warnings,
      errors,
    } = await captureLogs(async () => {
      const result = await mountWidget(widget, source, stage, timeout);
      await then?.(result);
      await quietPeriod(quiet);
      return result;
    });
    return { mounted, warnings, errors, uncaught: watch.problems };
  } finally {
    watch.stop();
  }
}
