import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultServer } from './test/support/fault-server.mjs';
import { embeddingServer } from './test/support/embedding-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors.mjs';
import { touchPlugin } from './test/support/touch.mjs';
import { timeZonePlugin } from './test/support/time-zone.mjs';
import { reactEsmPlugin } from './test/support/react-esm.mjs';
import { browserLaunchers } from './scripts/browsers.mjs';

// web-test-runner stops on an uncaught exception in this process and reports it with console.error,
// which its terminal buffers behind the progress bar and loses when the process exits: a broken
// run then ended with no word of why (scripts/test-browser.mjs saw exit code 1 and no summary).
// Written straight to stderr as well.
process.on('uncaughtException', (error) => {
  writeSync(2, `\n[web-test-runner] uncaught exception, the runner stops: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
});

// Files named on the command line run alone: without this the stress group
// would run beside them, as groups always do.
const args = process.argv.slice(2);
const filesGiven = args.some((arg, i) => arg === '--files' || (args[i - 1] !== '--config' && /\.test\.[jt]s$|\*/.test(arg)));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // test/stress/ is its own group (below); `--group default` runs the rest alone.
  files: ['test/**/*.test.ts', '!test/stress/**'],
  groups: filesGiven ? [] : [{ name: 'stress', files: 'test/stress/**/*.test.ts' }],
  nodeResolve: true,
  concurrency: 2,
  // Two engines at once: WebKit (one file at a time, the longest alone) and Firefox first,
  // then Chromium as Firefox finishes (the order of scripts/browsers.mjs browserLaunchers).
  // On 2 cores all three at once spent a quarter more CPU than the engines alone (1,938
  // core-seconds against 529 + 457 + 593) and took 1,005–1,027 s; two at a time 1,733
  // core-seconds and 935 s, 969 s in a fresh-clone .ci/run (2026-12-04; that run 1,133 s in all,
  // against 1,190 s with three at once, of the 1,200 s the guide allows). A second Chromium for the
  // stress and programme files, started as WebKit finished so that Chromium would not run alone at the
  // end (as it did from 868 s to 1,097 s), took 1,193 s against 1,103 s (2026-12-07, one quiet run each):
  // Chromium alone keeps both cores busy, and two engines beside each other take longer each.
  // That held while WebKit's compositing on the CPU kept the machine busy. Since WebKit no longer composites
  // (scripts/browsers.mjs) it ends first: in a quiet fresh-clone run WebKit ran 0–365 s, Firefox 0–315 s and
  // Chromium 318–548 s, alone for its last 183 s with 30–55 % of the CPU idle, so Chromium now runs two
  // pages at a time (2026-12-07). Measured again the same day: each engine alone took WebKit 403 s, Firefox 379 s
  // and Chromium 250 s (two pages) for the whole suite, 1,032 s one after the other, against 711–963 s two at a
  // time, with the CPU idle 0–4 % of each 10 s from the first file to the last: two at a time gains less than a
  // fifth, because each engine alone keeps more than one core busy, and only less work makes the run shorter.
  concurrentBrowsers: 2,
  // Per test file. The stress files hold the biggest generated documents.
  testsFinishTimeout: 600_000,
  // A backstop for a test page to start (the default is 30 s): the run's first page in each engine waits
  // while the browsers start and the dev server transforms the modules for the first time. On a
  // busy two-core machine that passed 30 s twice in a row (2026-12-03), failing the first file's tests;
  // in one of those runs 35 of Firefox's later keyboard and focus tests failed after it as well.
  browserStartTimeout: 120_000,
  testFramework: {
    // A backstop, not a measure of speed: tests wait for conditions, and a busy
    // two-core machine running two engines can be slow.
    config: { timeout: 60_000 },
  },
  // Root hooks come before the test file: a Lit dev-mode warning fails its test.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/support/root-hooks.ts"></script></body></html>`,
  // Tests assert console warnings themselves, so every browser log stays visible.
  browserLogs: true,
  filterBrowserLogs: () => true,
  // Chromium, Firefox ESR and WebKit (scripts/browsers.mjs); ENGINES=webkit picks one.
  browsers: await browserLaunchers(),
  plugins: [
    // Without the tsconfig, esbuild defines class fields (ES2022) instead of assigning them in the
    // constructor, and they would hide Lit's property accessors; and it leaves the legacy decorators
    // of test/i18n/host-app.ts (an app's own element) untransformed.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // executeServerCommand('forced-colors', { active }) for the map's forced-colours test (Chromium).
    forcedColorsPlugin(),
    // executeServerCommand('touch', { type, points }) for the map's touch tests (Chromium).
    touchPlugin(),
    // executeServerCommand('time-zone', { zone }) puts the reader in another time zone (Chromium, Firefox).
    timeZonePlugin(),
    // `react` and `react-dom` (CommonJS) as ES modules for test/react/.
    reactEsmPlugin(),
  ],
  middleware: [embeddingServer, faultServer],
  reporters: [defaultReporter(), summaryReporter()],
};
