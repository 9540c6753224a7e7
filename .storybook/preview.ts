import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setLanguage } from '../src/i18n/index.js';
import { argTypesFromManifest, withAttributeNames } from './manifest-arg-types.js';

// The docs pages list each widget's attributes, properties, events, CSS parts and
// tokens from custom-elements.json (written by `npm run build`, which runs before
// `build-storybook` in CI; without a build the docs pages show the stories only).
const manifests = import.meta.glob<{ default: unknown }>('../dist/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark';

function applyTheme(theme: Theme): void {
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = theme === 'dark' ? '#1c1b22' : '';
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ru', title: 'Русский' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page around the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // Runs before every render, also after a toolbar change, so a story is drawn
  // only once its language has loaded.
  beforeEach: async ({ globals }) => {
    applyTheme(globals.theme === 'dark' ? 'dark' : 'light');
    await setLanguage(typeof globals.locale === 'string' ? globals.locale : 'en');
  },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      // One row per attribute and its property, no "Set object" editors (manifest-arg-types.ts).
      extractArgTypes: (component: unknown) => argTypesFromManifest(manifest, component),
    },
  },
  argTypesEnhancers: [({ argTypes, component }) => withAttributeNames(argTypes, manifest, component)],
};

export default preview;
