import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultServer } from './test/support/fault-server.mjs';
import { embeddingServer } from './test/support/embedding-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Chromium or Chrome to test in: $CHROME_PATH when set, else the usual Linux paths. */
function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CHROME_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  fail('No Chrome or Chromium found (looked at ' + CHROME_CANDIDATES.join(', ') + ').');
}

/** @param {string} problem */
function fail(problem) {
  console.error(
    `\n${problem}\n` +
      'The browser tests need a locally installed Chromium; none is downloaded.\n' +
      '  Install one:  apt-get install -y chromium   (Debian/Ubuntu, as root or with sudo)\n' +
      '  or point to one:  CHROME_PATH=/path/to/chrome npm run test:browser\n',
  );
  process.exit(1);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {
    config: { timeout: 10000 },
  },
  // Tests assert console warnings themselves, so every browser log stays visible.
  browserLogs: true,
  filterBrowserLogs: () => true,
  browsers: [
    chromeLauncher({
      concurrency: 2,
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          // The CI machine runs as root, where Chromium refuses to start sandboxed.
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Test files run in parallel tabs; a background tab must keep its timers
          // and animation frames, or waits on them stall.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  plugins: [
    // Without the tsconfig, esbuild ignores experimentalDecorators and leaves
    // Lit's legacy decorators in the output untransformed.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [embeddingServer, faultServer],
  reporters: [defaultReporter(), summaryReporter()],
};
