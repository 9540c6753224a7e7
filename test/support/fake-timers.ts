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

type FakeTimers = typeof import('@sinonjs/fake-timers');

const MODULE_URL = '/__test__/module/fake-timers.js';

/** Installs a fake clock on `window` (see the package's Config); call `uninstall()` when done. */
export async function installFakeTimers(options: Config): Promise<Clock> {
  const loaded = (await import(/* @vite-ignore */ MODULE_URL)) as { default: FakeTimers };
  return loaded.default.install(options);
}
