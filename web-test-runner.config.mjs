import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultServer } from './test/support/fault-server.mjs';
import { embeddingServer } from './test/support/embedding-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors.mjs';
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
  // All three engines at once (the default is two): WebKit runs one file at a
  // time, so it must not wait for the others to finish.
  concurrentBrowsers: 3,
  // Per test file. The stress files hold the biggest generated documents.
  testsFinishTimeout: 600_000,
  // A backstop for a test page to start (the default is 30 s): the run's first page in each engine waits
  // while the three browsers start and the dev server transforms the modules for the first time. On a
  // busy two-core machine that passed 30 s twice in a row (2026-12-03), failing the first file's tests;
  // in one of those runs 35 of Firefox's later keyboard and focus tests failed after it as well.
  browserStartTimeout: 120_000,
  testFramework: {
    // A backstop, not a measure of speed: tests wait for conditions, and a busy
    // two-core machine running three engines can be slow.
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
    // Without the tsconfig, esbuild ignores experimentalDecorators and leaves
    // Lit's legacy decorators in the output untransformed.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // executeServerCommand('forced-colors', { active }) for the map's forced-colours test (Chromium).
    forcedColorsPlugin(),
    // `react` and `react-dom` (CommonJS) as ES modules for test/react/.
    reactEsmPlugin(),
  ],
  middleware: [embeddingServer, faultServer],
  reporters: [defaultReporter(), summaryReporter()],
};
