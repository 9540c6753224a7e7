import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const existsHere = (path: string) => existsSync(fileURLToPath(new URL(path, import.meta.url)));

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Stories load the demo feed from /feed.json; the rest of demo/ is under /demo/.
  // Storybook refuses to start when a static path is missing, hence the filter.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../demo/feed.json', to: '/feed.json' },
  ].filter(({ from }) => existsHere(from)),
  // Storybook's renderer imports lit/directive-helpers.js, which the dependency optimizer does not
  // find (it follows the stories' imports): served as it is, it brings a second lit-html beside
  // the pre-bundled one, and Lit warns "Multiple versions of Lit loaded" on every story
  // (storybookjs/storybook#31507). test/cli/storybook-lit.test.mjs holds this list to the renderer.
  viteFinal: (vite) => ({ ...vite, optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] } }),
};

export default config;
