import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultServer } from './test/support/fault-server.mjs';
import { embeddingServer } from './test/support/embedding-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { browserLaunchers } from './scripts/browsers.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {
    config: { timeout: 10000 },
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
  ],
  middleware: [embeddingServer, faultServer],
  reporters: [defaultReporter(), summaryReporter()],
};
