/**
 * A designer's theme as it reaches each widget (README, Theming): in the light and the dark scheme,
 * a colour token set on the widget replaces its default colour everywhere the widget draws that
 * colour (no part keeps the built-in accent when a designer sets `--sp-color-accent`), in the full
 * state and in the error state.
 */
import { expect } from '@open-wc/testing';
import { resolved } from '../support/contrast.js';
import { defineAll, createWidget, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { captureConsole, resetPage, until } from '../support/widgets.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[];
}

const COLOUR_PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'text-decoration-color',
  'fill',
  'stroke',
  'column-rule-color',
] as const;

/** Every element of the widget's shadow tree (also nested shadow roots), with its ::before and ::after. */
function drawn(root: ShadowRoot): { node: Element; pseudo?: string }[] {
  const found: { node: Element; pseudo?: string }[] = [];
  const walk = (parent: ParentNode) => {
    for (const node of parent.querySelectorAll('*')) {
      found.push({ node });
      for (const pseudo of ['::before', '::after']) if (getComputedStyle(node, pseudo).content !== 'none') found.push({ node, pseudo });
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(root);
  return found;
}

function describeNode({ node, pseudo }: { node: Element; pseudo?: string }): string {
  const part = node.getAttribute('part');
  return `${node.localName}${part ? `[part="${part}"]` : node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}${pseudo ?? ''}`;
}

/** `element.property` for each drawn element whose computed colour is `colour` (an rgb() string). */
function paintedWith(root: ShadowRoot, colour: string): Map<string, { node: Element; pseudo?: string; property: string }> {
  const found = new Map<string, { node: Element; pseudo?: string; property: string }>();
  drawn(root).forEach((entry, index) => {
    const style = getComputedStyle(entry.node, entry.pseudo);
    for (const property of COLOUR_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value === colour) {
        found.set(`${index} ${describeNode(entry)} ${property}`, { ...entry, property });
      }
    }
  });
  return found;
}

const SCHEMES = {
  light: () => {},
  dark: () => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = '#1c1b22';
  },
} as const;

/** A designer's colour, unlike any of the widgets' own. */
const DESIGNER = 'rgb(1, 130, 3)';

let manifest: Manifest;

/** The widget's colour tokens with their defaults, a token that defaults to another (`var(--sp-color-accent)`) with that one's. */
function colourTokens(tag: string): { name: string; default: string }[] {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag)!;
  const properties = declaration.cssProperties ?? [];
  const defaultOf = (value: string | undefined): string | undefined => {
    const other = /^var\((--[\w-]+)\)$/.exec(value ?? '')?.[1];
    return other ? defaultOf(properties.find((property) => property.name === other)?.default) : value;
  };
  return properties
    .map((property) => ({ name: property.name, default: defaultOf(property.default) ?? '' }))
    .filter((property) => /^light-dark\(/.test(property.default));
}

/** The full state, and the error state (the only one in the danger colour). */
const STATES = { full: (widget: WidgetCase) => [widget.full, widget.content], error: () => [{ src: '/__no-such-feed__.json' }, '[part~="error"]'] } as const;

async function shown(widget: WidgetCase, state: keyof typeof STATES): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const [attributes, content] = STATES[state](widget) as [Record<string, string>, string];
  // The error state's report of the missing feed stays out of the log.
  const { value: element } = await captureConsole(async () => {
    const created = createWidget(widget, attributes) as HTMLElement & { updateComplete: Promise<unknown> };
    await until(() => created.shadowRoot?.querySelector(content), `<${widget.tag}> shows no ${state} state`);
    await created.updateComplete;
    return created;
  });
  return element;
}

describe('a designer’s theme reaches every part', () => {
  before(async () => {
    await defineAll();
    const response = await fetch('/dist/custom-elements.json');
    if (!response.ok) throw new Error('dist/custom-elements.json is missing: run npm run build first (npm test does)');
    manifest = (await response.json()) as Manifest;
  });

  afterEach(async () => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  for (const [scheme, apply] of Object.entries(SCHEMES) as ['light' | 'dark', () => void][]) {
    for (const widget of WIDGET_CASES)
      for (const state of Object.keys(STATES) as (keyof typeof STATES)[]) {
        it(`<${widget.tag}>, ${state} state, ${scheme} scheme: each colour token replaces its default wherever it is drawn`, async () => {
          apply();
          const element = await shown(widget, state);
          if (CSS.supports('selector(:state(dark))')) await until(() => element.matches(`:state(${scheme})`), `the widget takes the ${scheme} scheme`);
          const tokens = colourTokens(widget.tag);
          expect(tokens.map((token) => token.name)).to.include('--sp-color-accent');
          // Where two tokens have one default (the map's white count and the light surface), a colour is reached when one of them changes it.
          const painted = new Map<string, string[]>();
          const reached = new Set<string>();
          for (const token of tokens) {
            const before = paintedWith(element.shadowRoot!, resolved(token.default, scheme));
            element.style.setProperty(token.name, DESIGNER);
            for (const [key, { node, pseudo, property }] of before) {
              painted.set(key, [...(painted.get(key) ?? []), token.name]);
              if (getComputedStyle(node, pseudo).getPropertyValue(property) !== resolved(token.default, scheme)) reached.add(key);
            }
            element.style.removeProperty(token.name);
          }
          const kept = [...painted].filter(([key]) => !reached.has(key)).map(([key, names]) => `${names.join(' or ')}: ${key.replace(/^\d+ /, '')}`);
          expect([...new Set(kept)]).to.deep.equal([]);
        });
      }
  }
});
