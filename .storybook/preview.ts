import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addons } from 'storybook/preview-api';
import { setLanguage } from '../src/i18n/index.js';
import { argTypesFromManifest, withAttributeNames } from './manifest-arg-types.js';
import { themingCss, withThemingControls } from './theming.js';

// The docs pages list each widget's attributes, properties, events, CSS parts and
// tokens from custom-elements.json (written by `npm run build`, which runs before
// `build-storybook` in CI; without a build the docs pages show the stories only).
const manifests = import.meta.glob<{ default: unknown }>('../dist/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark';

const DARK = '#1c1b22';

// On a Docs page the stories stand in Storybook's white boxes (.docs-story), whose background
// the widgets take for the page's: the boxes take the toolbar's scheme too.
const docsBoxes = document.createElement('style');
docsBoxes.textContent = `:root[data-story-theme='dark'] .docs-story > :first-child { background: ${DARK}; color-scheme: dark; }`;
document.head.append(docsBoxes);

function applyTheme(theme: Theme, direction: 'ltr' | 'rtl'): void {
  document.documentElement.style.colorScheme = theme;
  document.documentElement.dataset.storyTheme = theme;
  document.body.style.background = theme === 'dark' ? DARK : '';
  // The page's direction: the widgets stay left to right on a right-to-left page (README).
  document.documentElement.dir = direction;
}

/**
 * A story drawn in a frame of its own on a Docs page (OWN_FRAME in stories/support.ts) is a
 * Storybook preview of its own, which hears nothing from the toolbar or the Docs page's
 * controls: it follows the Docs page's preview around it here. Its own `globals` (a German
 * story's locale) still win over the toolbar's.
 */
type Globals = Record<string, unknown>;
interface Toolbar {
  globals: Globals;
  listeners: Set<(globals: Globals) => void>;
  args: Map<string, (args: Globals) => void>;
}
const TOOLBAR = Symbol.for('staedtepartner-widgets:storybook-toolbar');
// Storybook's channel; its events carry the id of the preview that sent them (`from`, `this` of
// a listener): a framed story's own events reach the Docs page's preview too, and are not its.
interface Channel {
  sender: string;
  on(event: string, listener: (this: { from?: string }, payload: never) => void): void;
  handleEvent(event: { type: string; args: unknown[]; from: string }): void;
}
const channel = addons.getChannel() as unknown as Channel;
const toolbar: Toolbar = { globals: {}, listeners: new Set(), args: new Map() };
(window as unknown as Record<symbol, Toolbar>)[TOOLBAR] = toolbar;
const followed = (globals: Globals) => {
  toolbar.globals = globals;
  for (const listener of toolbar.listeners) listener(globals);
};
channel.on('setGlobals', function (this: { from?: string }, { globals }: { globals: Globals }) {
  if (this.from === channel.sender) followed(globals);
});
channel.on('globalsUpdated', function (this: { from?: string }, { userGlobals, globals }: { userGlobals?: Globals; globals: Globals }) {
  if (this.from === channel.sender) followed(userGlobals ?? globals);
});
channel.on('storyArgsUpdated', function (this: { from?: string }, { storyId, args }: { storyId: string; args: Globals }) {
  if (this.from === channel.sender) toolbar.args.get(storyId)?.(args);
});

function outerToolbar(): Toolbar | undefined {
  try {
    return window.parent !== window ? (window.parent as unknown as Record<symbol, Toolbar | undefined>)[TOOLBAR] : undefined;
  } catch {
    return undefined; // a parent of another origin
  }
}
const outer = outerToolbar();
if (outer && new URLSearchParams(location.search).get('viewMode') === 'story') {
  const storyId = new URLSearchParams(location.search).get('id') ?? '';
  // As if Storybook's manager had sent it: handled here only, not posted to the Docs page.
  const receive = (type: string, payload: unknown) => channel.handleEvent({ type, args: [payload], from: 'docs-page' });
  const same = (a: Globals, b: Globals) => Object.keys(a).every((key) => a[key] === b[key]);
  const follow = (globals: Globals) => {
    if (!same(globals, toolbar.globals)) receive('updateGlobals', { globals });
  };
  let started = false;
  channel.on('storyRendered', () => {
    if (started) return;
    started = true;
    follow(outer.globals);
    outer.listeners.add(follow);
    // Controls on the Docs page change the outer preview's args of this story.
    outer.args.set(storyId, (args) => receive('updateStoryArgs', { storyId, updatedArgs: args }));
    window.addEventListener('pagehide', () => {
      outer.listeners.delete(follow);
      outer.args.delete(storyId);
    });
  });
}

/** The theming controls' values (theming.ts) as a style sheet for the story's widget. */
const theming: Decorator = (story, { args, id, component }) => {
  const scope = `[data-story-theming='${id}']`;
  const css = typeof component === 'string' ? themingCss(args, scope, component) : '';
  return html`<style .textContent=${css}></style>
    <div data-story-theming=${id} style="display: contents">${story()}</div>`;
};

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
    direction: {
      description: 'Direction of the page around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'ltr' },
  // Runs before every render, also after a toolbar change, so a story is drawn
  // only once its language has loaded.
  beforeEach: async ({ globals }) => {
    applyTheme(globals.theme === 'dark' ? 'dark' : 'light', globals.direction === 'rtl' ? 'rtl' : 'ltr');
    await setLanguage(typeof globals.locale === 'string' ? globals.locale : 'en');
  },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      // One row per attribute and its property, no "Set object" editors (manifest-arg-types.ts).
      extractArgTypes: (component: unknown) => argTypesFromManifest(manifest, component),
    },
  },
  decorators: [theming],
  argTypesEnhancers: [({ argTypes, component }) => withThemingControls(withAttributeNames(argTypes, manifest, component))],
};

export default preview;
