/**
 * 1,000 connect/disconnect cycles of each widget leave no listeners, timers or
 * observers behind: the live counts after 1,000 cycles equal those after 10.
 */
import { expect } from '@open-wc/testing';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage } from '../support/widgets.js';

interface Live {
  listeners: number;
  timers: number;
  observers: number;
}

const live = { listeners: new Map<string, number>(), timers: new Set<number>(), observers: new Set<object>() };
type Schedule = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
type Cancel = (id?: number) => void;
const originals = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
  setTimeout: window.setTimeout as unknown as Schedule,
  clearTimeout: window.clearTimeout as Cancel,
  setInterval: window.setInterval as unknown as Schedule,
  clearInterval: window.clearInterval as Cancel,
};
const observerTypes = [MutationObserver, ResizeObserver, IntersectionObserver] as const;
const observerOriginals = observerTypes.map((type) => ({ type, observe: type.prototype.observe, disconnect: type.prototype.disconnect }));

/** Only listeners on long-lived targets can leak: the window and the document. */
function tracked(target: EventTarget): boolean {
  return target === window || target === document || target === document.documentElement;
}

function instrument(): void {
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (tracked(this)) live.listeners.set(type, (live.listeners.get(type) ?? 0) + 1);
    return (originals.add as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (tracked(this)) live.listeners.set(type, (live.listeners.get(type) ?? 0) - 1);
    return (originals.remove as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  const replace = (name: 'setTimeout' | 'setInterval' | 'clearTimeout' | 'clearInterval', fn: Schedule | Cancel) =>
    Object.assign(window, { [name]: fn });
  replace('setInterval', (handler, ms, ...args) => {
    const id = originals.setInterval.call(window, handler, ms, ...args);
    live.timers.add(id);
    return id;
  });
  replace('clearInterval', (id?: number) => {
    if (id !== undefined) live.timers.delete(id);
    originals.clearInterval.call(window, id);
  });
  replace('setTimeout', (handler, ms, ...args) => {
    // Long timeouts only: short ones (microtask-like scheduling) end by themselves.
    if ((ms ?? 0) < 1000) return originals.setTimeout.call(window, handler, ms, ...args);
    const id: number = originals.setTimeout.call(
      window,
      (...inner: unknown[]) => {
        live.timers.delete(id);
        handler(...inner);
      },
      ms,
      ...args,
    );
    live.timers.add(id);
    return id;
  });
  replace('clearTimeout', (id?: number) => {
    if (id !== undefined) live.timers.delete(id);
    originals.clearTimeout.call(window, id);
  });
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
  Object.assign(window, { setTimeout: originals.setTimeout, clearTimeout: originals.clearTimeout, setInterval: originals.setInterval, clearInterval: originals.clearInterval });
  for (const { type, observe, disconnect } of observerOriginals) Object.assign(type.prototype, { observe, disconnect });
}

function snapshot(): Live {
  return {
    listeners: [...live.listeners.values()].reduce((sum, n) => sum + n, 0),
    timers: live.timers.size,
    observers: live.observers.size,
  };
}

describe('no leaks over 1,000 connect/disconnect cycles', () => {
  before(defineAll);
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
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true });
    expect(snapshot()).to.deep.equal({ listeners: before.listeners + 1, timers: before.timers + 1, observers: before.observers + 1 });
    window.removeEventListener('resize', handler);
    window.clearInterval(id);
    observer.disconnect();
    expect(snapshot()).to.deep.equal(before);
  });
});
