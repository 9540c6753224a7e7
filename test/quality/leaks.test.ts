/**
 * 1,000 connect/disconnect cycles of each widget leave no listeners, timers or
 * observers behind: the live counts after 1,000 cycles equal those after 10.
 *
 * Timers run on a fake clock (@sinonjs/fake-timers), so none fires by itself
 * while the cycles run, however long they take: a timer is gone only when it
 * was cleared. Before each count the clock moves on 999 ms, so a short timeout
 * that ends by itself is not taken for a leak; intervals and longer timeouts
 * count until they are cleared.
 */
import { expect } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import { loadFeed } from '../../src/feed/loader.js';
import { installFakeTimers } from '../support/fake-timers.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage } from '../support/widgets.js';

interface Live {
  listeners: number;
  timers: number;
  observers: number;
}

const live = { listeners: new Map<string, number>(), observers: new Set<object>() };
const originals = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
};
/** How far the clock moves before a count: timeouts shorter than this end by themselves. */
const SHORT_TIMEOUT_MS = 999;
let clock: Clock | undefined;
const observerTypes = [MutationObserver, ResizeObserver, IntersectionObserver] as const;
const observerOriginals = observerTypes.map((type) => ({ type, observe: type.prototype.observe, disconnect: type.prototype.disconnect }));

/** Only listeners on long-lived targets can leak: the window and the document. */
function tracked(target: EventTarget): boolean {
  return target === window || target === document || target === document.documentElement;
}

async function instrument(): Promise<void> {
  clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (tracked(this)) live.listeners.set(type, (live.listeners.get(type) ?? 0) + 1);
    return (originals.add as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (tracked(this)) live.listeners.set(type, (live.listeners.get(type) ?? 0) - 1);
    return (originals.remove as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  for (const { type, observe, disconnect } of observerOriginals) {
    type.prototype.observe = function (this: object, ...args: unknown[]) {
      live.observers.add(this);
      return (observe as (...a: unknown[]) => void).apply(this, args);
    };
    type.prototype.disconnect = function (this: object) {
      live.observers.delete(this);
      return disconnect.apply(this as never);
    };
  }
}

function restore(): void {
  Object.assign(EventTarget.prototype, { addEventListener: originals.add, removeEventListener: originals.remove });
  clock?.uninstall();
  clock = undefined;
  for (const { type, observe, disconnect } of observerOriginals) Object.assign(type.prototype, { observe, disconnect });
}

function snapshot(): Live {
  clock!.tick(SHORT_TIMEOUT_MS);
  return {
    listeners: [...live.listeners.values()].reduce((sum, n) => sum + n, 0),
    timers: clock!.countTimers(),
    observers: live.observers.size,
  };
}

describe('no leaks over 1,000 connect/disconnect cycles', () => {
  before(async () => {
    await defineAll();
    // Loaded once before the counting starts, so the loader's request timeout is not
    // among the timers of the first count and gone by the last.
    const result = await loadFeed(SAMPLE_FEED_URL);
    expect(result.ok, 'the sample feed loads').to.equal(true);
  });
  beforeEach(instrument);
  afterEach(async () => {
    restore();
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    it(`<${widget.tag}>`, async function () {
      this.timeout(60_000);
      const container = document.createElement('div');
      document.body.append(container);
      const element = createWidget(widget, widget.full, container);
      const cycle = async () => {
        element.remove();
        container.append(element);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      };
      for (let i = 0; i < 10; i++) await cycle();
      const after10 = snapshot();
      for (let i = 0; i < 990; i++) await cycle();
      // Fresh elements too: each one connected and disconnected once.
      for (let i = 0; i < 200; i++) {
        const fresh = createWidget(widget, widget.full, container);
        await (fresh as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        fresh.remove();
      }
      element.remove();
      container.append(element);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(snapshot()).to.deep.equal(after10);
      container.remove();
    });
  }

  it('the counters see a leak', async () => {
    const before = snapshot();
    const handler = () => {};
    window.addEventListener('resize', handler);
    const id = window.setInterval(() => {}, 60_000);
    const timeout = window.setTimeout(() => {}, 5_000);
    window.setTimeout(() => {}, 10);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true });
    expect(snapshot()).to.deep.equal({ listeners: before.listeners + 1, timers: before.timers + 2, observers: before.observers + 1 });
    window.removeEventListener('resize', handler);
    window.clearInterval(id);
    window.clearTimeout(timeout);
    observer.disconnect();
    expect(snapshot()).to.deep.equal(before);
  });
});
