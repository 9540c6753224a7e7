import { expect, waitUntil } from '@open-wc/testing';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';

/** The widget's shadow root, which every test reads. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/**
 * How long a condition wait may take before the test fails. Long on purpose: a
 * wait returns as soon as its condition holds, so this only bounds a test that
 * fails anyway, and a busy machine must not turn a slow pass into a failure.
 * (Speed is measured by scripts/bench.mjs, not by the tests.)
 */
/**
 * The rightmost edge of what can be seen in `root`: each element's box, cut by every ancestor
 * (up to the shadow root) that cuts its overflow (hidden or clip, not one that scrolls). The map draws its land whole and moves its
 * layer by transforms; the boxes of those reach far beyond the map, which cuts them.
 * `scrollers` names rows meant to scroll sideways by themselves ({@link SCROLLING_ROWS}): one
 * counts as cutting only when it really is a scroll container (overflow-x auto or scroll), so a
 * row that lost its scrolling still fails.
 */
/** Rows of the widgets that scroll sideways on their own: the programme's day tabs (issue 13). */
export const SCROLLING_ROWS = '[role="tablist"]';

export function rightmostEdge(root: ShadowRoot | Document, scrollers?: string): number {
  let right = -Infinity;
  for (const node of root.querySelectorAll('*')) {
    let edge = node.getBoundingClientRect().right;
    for (let up = node.parentElement; up && edge > -Infinity; up = up.parentElement) {
      const style = getComputedStyle(up);
      // Only what cuts without a scroll bar: content reached by scrolling sideways still counts,
      // except inside `scrollers`, rows meant to scroll by themselves (the page does not).
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (style.overflowX === 'hidden' || style.overflowX === 'clip' || (scrollers && scrolls && up.matches(scrollers)))
        edge = Math.min(edge, up.getBoundingClientRect().right);
    }
    right = Math.max(right, edge);
  }
  return right;
}

/** One step of Ctrl + wheel (a zoom on the map) at the middle of `target`; negative `deltaY` zooms in. */
export function ctrlWheel(target: HTMLElement, deltaY = -60): void {
  const box = target.getBoundingClientRect();
  target.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
    }),
  );
}

/** The element that has the focus, looked up through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const CONDITION_TIMEOUT_MS = 20_000;

/** Waits until `predicate` holds, polling every 20 ms for up to CONDITION_TIMEOUT_MS. */
export function until(predicate: () => unknown, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: CONDITION_TIMEOUT_MS, interval: 20 });
}

/** Waits until the widget left the loading state (ready, empty or error). */
export async function settled(element: Element, what = '[part~="summary"], [part~="empty"], [part~="error"]'): Promise<void> {
  await until(() => element.shadowRoot?.querySelector(what), `<${element.localName}> did not settle on ${what}`);
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/**
 * Waits until the widget's `updateComplete` resolves, for up to CONDITION_TIMEOUT_MS: a widget that
 * would wait for something that never comes (a size no ResizeObserver reports) fails the test with
 * `message` instead of holding it until the test's own timeout.
 */
export async function completes(element: Element & { updateComplete: Promise<unknown> }, message: string): Promise<void> {
  let done = false;
  void element.updateComplete.then(() => (done = true));
  await until(() => done, message);
}

/** How many lines a range of text is laid out on: the distinct tops of its boxes (a box of no width, such as a line break's, is not a line). */
export function linesOf(range: Range): number {
  return new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top))).size;
}

/**
 * Whether the characters of `tail`, the last occurrence of it in the text node `node`, are laid out
 * left to right, one after the other: the order in which a left-to-right reader reads them.
 */
export function laidOutInOrder(node: Text, tail: string): boolean {
  const start = node.data.lastIndexOf(tail);
  if (start < 0) throw new Error(`${JSON.stringify(tail)} is not in ${JSON.stringify(node.data)}`);
  const range = document.createRange();
  // One edge per character (the string's iterator gives characters); a range counts UTF-16 units,
  // of which a character beyond the first plane has two.
  const edges: number[] = [];
  let at = start;
  for (const character of tail) {
    range.setStart(node, at);
    range.setEnd(node, (at += character.length));
    edges.push(range.getBoundingClientRect().left);
  }
  return edges.every((left, at) => at === 0 || left > edges[at - 1]);
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Types `text` into a map's search field as one change (its value, then an input event) and waits for the update. */
export async function searchMap(element: HTMLElement & { updateComplete: Promise<unknown> }, text: string): Promise<void> {
  const field = shadow(element).querySelector<HTMLInputElement>('[part~="search"]')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/**
 * Places a widget below the bottom of the window. A map of many cities in the window prepares its
 * search in idle time once its markers are placed (src/partnership-map/prepare.ts), and rehearses
 * one search: a test that counts the work of a map's opening or its gestures would count that too.
 */
export function belowTheFold(element: HTMLElement): void {
  element.style.marginTop = '200vh';
}

/** Resolves once the page was idle `times` times (requestIdleCallback; a task in WebKit, which has none), for work that must not have been done by then. */
export async function idleTimes(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await new Promise<void>((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done()) : setTimeout(done)));
  }
}

/** Puts the page back into English, the real clock, and no language override. */
export async function resetPage(): Promise<void> {
  setClock(undefined);
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('data-staedtepartner-lang');
  await setLanguage(null);
}

/** Sets `<html lang>` and waits for the widgets to render in that language. */
export async function pageLanguage(language: string): Promise<void> {
  document.documentElement.lang = language;
  await setLanguage(null);
}

/** Whether a console.warn call is one of Lit's dev-mode warnings (they link to lit.dev/msg/<code>). */
export function isLitWarning(args: readonly unknown[]): boolean {
  return args.some((arg) => typeof arg === 'string' && arg.includes('https://lit.dev/msg/'));
}

/** Collects console warnings and errors while `run` runs, keeping them out of the log. */
export async function captureConsole<T>(run: () => Promise<T>): Promise<{ value: T; logged: string[] }> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  // Lit's dev-mode warnings go on to the root hook (root-hooks.ts), which fails the test for them.
  console.warn = (...args: unknown[]) => (isLitWarning(args) ? warn(...args) : logged.push(args.map(String).join(' ')));
  try {
    return { value: await run(), logged };
  } finally {
    Object.assign(console, { error, warn });
  }
}

/**
 * A feed answer the test lets go of explicitly (fault-server /__test__/hold):
 * the request stays unanswered until `release()`, so the loading state can be
 * looked at for as long as needed, on a machine of any speed.
 */
export interface HeldAnswer {
  /** The URL to load; answers `body` once released. */
  url: string;
  /** Resolves once the server holds the request (it really is in flight). */
  reached(): Promise<void>;
  /** Lets the answer go (also any later request to `url`). Safe to call twice. */
  release(): Promise<void>;
}

export function heldAnswer(body = '{"version":1}'): HeldAnswer {
  const key = `hold-${Math.random().toString(36).slice(2)}`;
  return {
    url: `/__test__/hold/${key}?body=${encodeURIComponent(body)}`,
    reached: () =>
      until(
        async () => ((await (await fetch(`/__test__/held/${key}`)).json()) as { held: number }).held > 0,
        `the request for ${key} never reached the server`,
      ),
    release: async () => {
      await fetch(`/__test__/release/${key}`);
    },
  };
}

/**
 * The loading state of a widget whose feed answer is held: busy, announced in
 * `status` as loading, accessible; once the answer is released, settled and no
 * longer busy. `create` puts the widget on the page with the given `src`.
 */
export async function expectBusyWhileLoading(create: (src: string) => Promise<Element>, status: string): Promise<void> {
  const held = heldAnswer();
  try {
    const element = await create(held.url);
    await held.reached();
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const root = shadow(element);
    expect(root.querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector(status)?.textContent).to.contain('Loading');
    await expect(element).to.be.accessible();
    await held.release();
    await settled(element);
    expect(root.querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal('false');
  } finally {
    await held.release();
  }
}

/** One turn of the event loop, by message (runs while setTimeout is faked; not throttled in a background page). */
export { nextTask } from '../../src/feed/next-task.js';
