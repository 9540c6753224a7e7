/**
 * Every Storybook story as Storybook draws it (the file's `render` with the file's and the story's
 * args, their `beforeEach`, the story's language, and the theming decorator's style sheet from
 * .storybook/theming.ts): it settles (or stays loading, for Loading) without a console error or a
 * Lit dev-mode warning (root-hooks.ts fails the test for one), and each theming arg a story fills
 * in (`--token`, `part:name`) changes what the widget shows, as its control claims.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { themingCss } from '../../.storybook/theming.js';
import { setLanguage } from '../../src/i18n/index.js';
import * as confHistory from '../../stories/conf-history.stories.js';
import * as confOverview from '../../stories/conf-overview.stories.js';
import * as confProgramme from '../../stories/conf-programme.stories.js';
import * as jubileeList from '../../stories/jubilee-list.stories.js';
import * as partnershipMap from '../../stories/partnership-map.stories.js';
import { NEVER_ANSWERS } from '../../stories/support.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, resetPage, until } from '../support/widgets.js';

type Args = Record<string, unknown>;
type Cleanup = void | (() => void);
interface Story {
  args?: Args;
  globals?: { locale?: string };
  beforeEach?: () => Cleanup;
}
interface StoryModule {
  default: { component: string; args?: Args; render: (args: Args) => TemplateResult; beforeEach?: () => Cleanup };
  [story: string]: unknown;
}

const FILES = { confHistory, confOverview, confProgramme, jubileeList, partnershipMap } as unknown as Record<string, StoryModule>;

/** The sample feed at the address Storybook serves it (staticDirs in .storybook/main.ts). */
const served = (src: unknown) => (src === '/feed.json' ? SAMPLE_FEED_URL : src);

/** Computed properties a token or a part rule may change. */
const WATCHED = [
  'color',
  'background-color',
  'border-top-color',
  'border-left-color',
  'border-inline-start-width',
  'border-top-left-radius',
  'outline-color',
  'outline-style',
  'text-decoration-color',
  'fill',
  'stroke',
  'stroke-width',
  'row-gap',
  'column-gap',
  'padding-top',
  'padding-inline-start',
  'margin-top',
  'margin-bottom',
  'height',
  'font-family',
  'text-transform',
  'letter-spacing',
] as const;

function snapshot(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (parent: ParentNode) => {
    for (const node of parent.querySelectorAll('*')) {
      for (const pseudo of [undefined, '::before', '::after']) {
        const style = getComputedStyle(node, pseudo);
        found.push(WATCHED.map((property) => style.getPropertyValue(property)).join('|'));
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** The properties a part rule declares (`border-radius: 0; font-family: x` → border-radius, font-family), as longhands a computed style has. */
function declared(rule: string): string[] {
  const probe = document.createElement('div');
  probe.setAttribute('style', rule);
  return [...probe.style];
}

/** Properties that draw only in SVG: on an HTML element (the map's markers are `<div>`s) they are computed, and show nothing. */
const SVG_ONLY = /^(fill|stroke|marker|paint-order|vector-effect|shape-rendering)/;

/** Whether `property` can show on `node`: any property on an SVG element or an element holding SVG, else no SVG-only one. */
const shows = (node: Element, property: string) => !SVG_ONLY.test(property) || node instanceof SVGElement || node.querySelector('svg') !== null;

async function drawStory(module: StoryModule, story: Story, host: HTMLElement, style: HTMLStyleElement) {
  const { component, args: fileArgs, render: renderStory } = module.default;
  const args: Args = { ...fileArgs, ...story.args };
  args.src = served(args.src);
  const cleanups = [module.default.beforeEach?.(), story.beforeEach?.()];
  await setLanguage(story.globals?.locale ?? 'en');
  style.textContent = themingCss(args, '#story', component);
  render(renderStory(args), host);
  const widget = host.querySelector(component) as HTMLElement & { updateComplete: Promise<unknown> };
  return { args, widget, cleanup: () => cleanups.forEach((cleanup) => cleanup?.()) };
}

describe('Storybook stories as drawn', () => {
  let host: HTMLDivElement;
  let style: HTMLStyleElement;
  beforeEach(async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style></style>
        <div id="story" style="inline-size: 1000px"></div>
      </div>`,
    );
    style = wrapper.querySelector('style')!;
    host = wrapper.querySelector('#story')!;
  });
  afterEach(async () => {
    render(html``, host);
    await resetPage();
  });

  for (const [file, module] of Object.entries(FILES)) {
    const { component } = module.default;
    // The map's table view has no map.
    const content = `${WIDGET_CASES.find((widget) => widget.tag === component)!.content}, [part~="table"]`;
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;

      it(`${file}/${name}: settles without a console error`, async function () {
        this.timeout(60_000);
        const { logged } = await captureConsole(async () => {
          const { args, widget, cleanup } = await drawStory(module, story, host, style);
          try {
            if (args.src === NEVER_ANSWERS && args.feed === undefined) {
              await until(() => widget.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim(), 'the loading state is told');
              expect(widget.shadowRoot!.querySelector('[part~="empty"], [part~="error"]'), 'a Loading story stays loading').to.equal(null);
            } else {
              await until(() => widget.shadowRoot?.querySelector(`${content}, [part~="empty"], [part~="error"]`), `<${component}> settles`);
              await widget.updateComplete;
            }
          } finally {
            cleanup();
          }
        });
        // A feed's problems are warnings (console.warn); an error is a fault of the story or the widget.
        const errors = logged.filter((line) => !/^\[staedtepartner-widgets\]/.test(line) && /error/i.test(line));
        expect(errors).to.deep.equal([]);
      });

      const theming = Object.keys(story.args ?? {}).filter((key) => key.startsWith('--') || key.startsWith('part:'));
      if (theming.length === 0) continue;
      it(`${file}/${name}: each theming arg it fills in changes the widget (${theming.join(', ')})`, async function () {
        this.timeout(60_000);
        const { value: without } = await captureConsole(async () => {
          const { args, widget, cleanup } = await drawStory(module, story, host, style);
          try {
            await until(() => widget.shadowRoot?.querySelector(content), `<${component}> shows its content`);
            await widget.updateComplete;
            const noEffect: string[] = [];
            for (const key of theming) {
              const alone = Object.fromEntries(Object.entries(args).filter(([other]) => !theming.includes(other) || other === key));
              const none = Object.fromEntries(Object.entries(args).filter(([other]) => !theming.includes(other)));
              if (key.startsWith('part:')) {
                const part = key.slice(5);
                const nodes = [...widget.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
                if (nodes.length === 0) {
                  noEffect.push(`${key}: no element has the part`);
                  continue;
                }
                const properties = declared(String(args[key]));
                const drawnBy = (node: Element) => properties.filter((property) => shows(node, property));
                style.textContent = themingCss(none, '#story', component);
                const before = nodes.map((node) =>
                  drawnBy(node)
                    .map((property) => getComputedStyle(node).getPropertyValue(property))
                    .join('|'),
                );
                style.textContent = themingCss(alone, '#story', component);
                const after = nodes.map((node) =>
                  drawnBy(node)
                    .map((property) => getComputedStyle(node).getPropertyValue(property))
                    .join('|'),
                );
                if (before.every((values, index) => values === after[index])) noEffect.push(`${key}: ${String(args[key])}`);
              } else {
                style.textContent = themingCss(none, '#story', component);
                const before = snapshot(widget.shadowRoot!);
                style.textContent = themingCss(alone, '#story', component);
                const after = snapshot(widget.shadowRoot!);
                if (before.every((values, index) => values === after[index])) noEffect.push(`${key}: ${String(args[key])}`);
              }
            }
            return noEffect;
          } finally {
            cleanup();
          }
        });
        expect(without, 'theming args that change nothing').to.deep.equal([]);
      });
    }
  }
});
