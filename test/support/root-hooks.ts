/**
 * Loaded on every test page before the test file (web-test-runner.config.mjs,
 * testRunnerHtml): a Lit dev-mode warning fails the test during which it was
 * logged.
 *
 * Lit's warnings name their code in a link (`https://lit.dev/msg/change-in-update`);
 * only the one-off "Lit is in dev mode" notice is expected. Lit logs each warning
 * once per page, so the record of issued warnings is cleared after every test:
 * a second test with the same fault fails as well.
 *
 * It also keeps failed assertions reportable: web-test-runner sends a failed
 * test's error, with chai's `actual` and `expected`, through structuredClone,
 * which throws on a DOM node or a function; the result never arrives and the
 * file hangs until testsFinishTimeout instead of failing
 * (modernweb-dev/web#2967). Such values are replaced by chai's description of them.
 */

// The chai instance @open-wc/testing exports, without that module's side effects.
import { Assertion, AssertionError, util } from '@esm-bundle/chai';

interface MochaTest {
  title: string;
  state?: string;
  err?: Error;
  fullTitle(): string;
}
interface MochaSuite {
  afterEach(title: string, fn: (this: { currentTest?: MochaTest }) => Promise<void> | void): void;
  afterAll(title: string, fn: () => Promise<void> | void): void;
}

const EXPECTED = new Set(['dev-mode']);
const logged: string[] = [];

/** The warning's code when the message is one of Lit's dev-mode warnings. */
export function litWarningCode(message: string): string | undefined {
  const code = /https:\/\/lit\.dev\/msg\/([\w-]+)/.exec(message)?.[1];
  return code && !EXPECTED.has(code) ? code : undefined;
}

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (litWarningCode(message)) logged.push(message);
  warn(...args);
};

/** Takes what was logged since the last call, and lets Lit warn again. */
function takeWarnings(): string[] {
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  return logged.splice(0);
}

function failure(warnings: string[]): Error {
  return new Error(`Lit dev-mode warning(s) logged:\n${warnings.join('\n')}`);
}

const root = (window as unknown as { mocha: { suite: MochaSuite } }).mocha.suite;

root.afterEach('Lit dev-mode warnings', async function () {
  // An update a test started may finish just after it: let queued tasks run.
  await new Promise((resolve) => setTimeout(resolve));
  const warnings = takeWarnings();
  const test = this.currentTest;
  if (warnings.length === 0 || !test) return;
  if (test.state === 'failed') return;
  // Marked failed, not thrown: a failing hook would skip the rest of the suite.
  test.state = 'failed';
  test.err = failure(warnings);
});

root.afterAll('Lit dev-mode warnings after the last test', () => {
  const warnings = takeWarnings();
  if (warnings.length > 0) throw failure(warnings);
});

/** `value` when structuredClone can send it, else chai's description of it (`<div id="x">`, `[Function spy]`). */
export function transportable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return util.inspect(value);
  }
}

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const fields = error as unknown as { actual?: unknown; expected?: unknown };
      if ('actual' in fields) fields.actual = transportable(fields.actual);
      if ('expected' in fields) fields.expected = transportable(fields.expected);
    }
    throw error;
  }
};
