import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultServer } from './test/support/fault-server.mjs';
import { embeddingServer } from './test/support/embedding-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { CHROMIUM_FLAGS, findChrome } from './scripts/chromium.mjs';

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
          ...CHROMIUM_FLAGS,
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
