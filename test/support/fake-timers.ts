/**
 * @sinonjs/fake-timers in the browser. The package is CommonJS only, which the
 * test runner serves as is (and a browser cannot run), so the fault server
 * bundles it into an ES module once (test/support/fault-server.mjs).
 *
 * Remember while a clock is installed: `waitUntil` from @open-wc/testing polls
 * with setTimeout, so fake only what the code under test uses, and wait with
 * promises (or after `uninstall()`). Mocha keeps its own timer references.
 */
import type { Clock, Config } from '@sinonjs/fake-timers';
import type { ReactiveElement } from 'lit';
import { setClock } from '../../src/shared/clock.js';

type FakeTimers = typeof import('@sinonjs/fake-timers');

const MODULE_URL = '/__test__/module/fake-timers.js';

/** Installs a fake clock on `window` (see the package's Config); call `uninstall()` when done. */
export async function installFakeTimers(options: Config): Promise<Clock> {
  const loaded = (await import(/* @vite-ignore */ MODULE_URL)) as { default: FakeTimers };
  return loaded.default.install(options);
}

/**
 * Fake `setInterval`, `clearInterval` and `Date` from `time`, read through the clock module
 * (src/shared/clock.ts): for the widgets that follow the clock (ClockController). A `time` without
 * an offset is the reader's own local time.
 */
export async function installWallClock(time: string): Promise<Clock> {
  const clock = await installFakeTimers({ now: new Date(time).getTime(), toFake: ['setInterval', 'clearInterval', 'Date'] });
  setClock(undefined);
  return clock;
}

/**
 * One wall clock at a time for the tests of a `describe` (call it there, before the hooks that
 * should run after the clock is gone): `at(time)` installs one (installWallClock), uninstalling the
 * one before; `clock` is the one installed; it is uninstalled after each test.
 */
export function wallClockPerTest(): { at: (time: string) => Promise<Clock>; readonly clock: Clock } {
  let installed: Clock | undefined;
  afterEach(() => {
    installed?.uninstall();
    installed = undefined;
  });
  return {
    async at(time: string) {
      installed?.uninstall();
      return (installed = await installWallClock(time));
    },
    get clock() {
      if (!installed) throw new Error('no wall clock installed: call at() first');
      return installed;
    },
  };
}

/**
 * Moves `clock` on by `ms`, `step` at a time (a minute, the ClockController's tick, unless given),
 * waiting after each step for the update `element` asked for, if any, as on a page.
 */
export async function passTime(clock: Clock, element: ReactiveElement, ms: number, step = 60_000): Promise<void> {
  for (let left = ms; left > 0; left -= step) {
    clock.tick(Math.min(left, step));
    await element.updateComplete;
  }
}

/**
 * Counts `element`'s renders and the changes to its shadow root from now on, to check that clock
 * ticks which change nothing shown do not update it. `stop()` ends the watch.
 */
export function watchUpdates(element: ReactiveElement): { renders: () => number; mutations: () => number; stop: () => void } {
  let renders = 0;
  const host = element as unknown as { render: () => unknown };
  const render = host.render.bind(element);
  Object.assign(element, { render: () => (renders++, render()) });
  const observer = new MutationObserver(() => undefined);
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  return { renders: () => renders, mutations: () => observer.takeRecords().length, stop: () => observer.disconnect() };
}

/**
 * What the live region `status` of `element` says while `steps` run with a fake `setTimeout` (the
 * SettledStatusController's pause): each text it takes, in turn, in `spoken`. `steps` types and
 * checks; `wait(ms)` moves the clock on by `ms` and waits for the update that asks for, if any.
 */
export async function spokenWhile(
  element: ReactiveElement,
  status: Element,
  steps: (wait: (ms: number) => Promise<void>, spoken: readonly string[]) => Promise<void>,
): Promise<string[]> {
  const spoken: string[] = [];
  // Spaces as texts() has them: a count's no-break space is a space to the ear.
  const observer = new MutationObserver(() => spoken.push((status.textContent ?? '').replace(/\s+/g, ' ').trim()));
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await steps(async (ms) => {
      clock.tick(ms);
      await element.updateComplete;
      // The observer's records, delivered in a microtask after the update's changes.
      await Promise.resolve();
    }, spoken);
  } finally {
    clock.uninstall();
    observer.disconnect();
  }
  return spoken;
}
