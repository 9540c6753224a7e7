/**
 * custom-elements.json against the widgets themselves, and the Storybook Docs table made from it:
 *
 * - every attribute a widget observes is documented once, and nothing else is documented as an
 *   attribute;
 * - every CSS part a widget renders (full, empty and error states) is documented (@csspart);
 * - every documented default of a CSS custom property is the fallback its styles use;
 * - the Docs table (.storybook/manifest-arg-types.ts) has one row per attribute and its
 *   property, named by the attribute, no row for anything the manifest does not list, and no
 *   control of its own ("Set object").
 *
 * scripts/check-manifest.mjs (npm test, after the build) checks the manifest on its own: no
 * private member, events typed as src/events.ts declares them.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import { argTypesFromManifest, withAttributeNames } from '../../.storybook/manifest-arg-types.js';
import { pretalxDayWithBreaks } from '../../scripts/pretalx-schedule.mjs';
import { setClock } from '../../src/shared/clock.js';
import { createWidget, defineAll, settledSelector, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { captureConsole, settled, until } from '../support/widgets.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string; static?: boolean; attribute?: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  cssStates?: { name: string }[];
}

let manifest: { modules: { declarations?: Declaration[] }[] };

function declarationOf(tag: string): Declaration {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json`);
  return declaration;
}

/** The part names rendered in the widget's shadow root. */
function renderedParts(element: Element): Set<string> {
  const parts = new Set<string>();
  for (const node of element.shadowRoot!.querySelectorAll('[part]')) for (const name of node.part) parts.add(name);
  return parts;
}

function cssText(styles: readonly CSSResultOrNative[]): string {
  return styles.map((style) => ('cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'))).join('\n');
}

/**
 * The fallback of each `var(--name, fallback)` in `css`, with the private tokens written as the
 * public ones they read (`var(--_accent)` is `var(--sp-color-accent)`), as the JSDoc names them;
 * `undefined` for a property read with different fallbacks, which has no one default.
 */
export function fallbacks(css: string): Map<string, string | undefined> {
  const publicOf = new Map([...css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--[a-z][\w-]*)/g)].map((match) => [match[1]!, match[2]!]));
  const found = new Map<string, string | undefined>();
  for (const match of css.matchAll(/var\(\s*(--[a-z][\w-]*)\s*,/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < css.length && depth > 0; end += 1) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
    const fallback = css.slice(match.index + match[0].length, end - 1).trim();
    const written = fallback.replace(/var\((--_[\w-]+)\)/g, (whole, token: string) => (publicOf.has(token) ? `var(${publicOf.get(token)})` : whole));
    found.set(match[1]!, found.has(match[1]!) && found.get(match[1]!) !== written ? undefined : written);
  }
  return found;
}

async function partsIn(widget: WidgetCase, attributes: Record<string, string>): Promise<Set<string>> {
  const { value } = await captureConsole(async () => {
    const element = createWidget(widget, attributes);
    try {
      await settled(element, settledSelector(widget));
      return renderedParts(element);
    } finally {
      element.remove();
    }
  });
  return value;
}

describe('custom-elements.json and the Storybook Docs table', () => {
  before(async () => {
    await defineAll();
    const response = await fetch('/dist/custom-elements.json');
    if (!response.ok) throw new Error('dist/custom-elements.json is missing: run npm run build first (npm test does)');
    manifest = await response.json();
  });

  it('reads the fallbacks of custom properties as the JSDoc writes them', () => {
    const css =
      ':host { --_accent: var(--sp-color-accent, light-dark(#000, #fff)); --_gap: var(--x-gap, var(--_accent)); border: var(--sp-ring, 3px solid var(--_accent)); color: var(--x-set, red); fill: var(--x-set, blue); }';
    expect(Object.fromEntries(fallbacks(css))).to.deep.equal({
      '--sp-color-accent': 'light-dark(#000, #fff)',
      '--x-gap': 'var(--sp-color-accent)',
      '--sp-ring': '3px solid var(--sp-color-accent)',
      '--x-set': undefined,
    });
  });

  for (const widget of WIDGET_CASES) {
    describe(`<${widget.tag}>`, () => {
      it('documents each attribute it observes, once', () => {
        // `defer-hydration` is observed too (8ee1051): not the widget's own attribute but the one web components agree on
        // for server rendering, which @lit/react writes and removes (README, server rendering); documented as the
        // widget's, the framework typings would get a property without a name.
        const observed = (customElements.get(widget.tag) as unknown as { observedAttributes: string[] }).observedAttributes.filter(
          (name) => name !== 'defer-hydration',
        );
        const documented = (declarationOf(widget.tag).attributes ?? []).map((attribute) => attribute.name);
        expect([...documented].sort()).to.deep.equal([...observed].sort());
      });

      it('documents the defaults of its CSS custom properties as its styles have them', () => {
        const used = fallbacks(cssText((customElements.get(widget.tag) as unknown as typeof LitElement).elementStyles));
        const documented = (declarationOf(widget.tag).cssProperties ?? []).filter((property) => property.default !== undefined);
        expect(documented.length, 'documented defaults').to.be.greaterThan(0);
        expect(Object.fromEntries(documented.map((property) => [property.name, property.default]))).to.deep.equal(
          Object.fromEntries(documented.map((property) => [property.name, used.get(property.name)])),
        );
      });

      // The Docs table's Default column and editors' CSS completion show it: a designer changing the
      // map's sea needs to know the colour it replaces.
      it('documents a default for each CSS custom property whose styles have one', () => {
        const used = fallbacks(cssText((customElements.get(widget.tag) as unknown as typeof LitElement).elementStyles));
        const undocumented = (declarationOf(widget.tag).cssProperties ?? []).filter(
          (property) => property.default === undefined && used.get(property.name) !== undefined,
        );
        expect(undocumented.map((property) => `${property.name}=${used.get(property.name)}`)).to.deep.equal([]);
      });

      it('documents every CSS part it renders', async () => {
        const rendered = new Set([
          ...(await partsIn(widget, widget.full)),
          ...(await partsIn(widget, widget.empty)),
          ...(await partsIn(widget, { src: '/__no-such-feed__.json' })),
        ]);
        const documented = new Set((declarationOf(widget.tag).cssParts ?? []).map((part) => part.name));
        expect([...rendered].filter((name) => !documented.has(name))).to.deep.equal([]);
      });

      it('documents its custom states, the colour scheme it took (:state(dark), :state(light))', async () => {
        const element = createWidget(widget, widget.full);
        try {
          await settled(element, settledSelector(widget));
          if (CSS.supports('selector(:state(dark))')) {
            await until(() => element.matches(':state(dark), :state(light)'), 'the widget takes a scheme');
          }
        } finally {
          element.remove();
        }
        const documented = (declarationOf(widget.tag).cssStates ?? []).map((state) => state.name);
        expect(documented).to.include.members(['dark', 'light']);
        const rows = Object.values(argTypesFromManifest(manifest, widget.tag)).filter((row) => row.table?.category === 'css states');
        expect(rows.map((row) => row.name)).to.deep.equal(documented);
      });

      if (widget.tag === 'conf-programme') {
        // Parts a session has only in some states, which the sample feed's full state does not show:
        // the Docs table and the editors name them, and Storybook gives each a ::part() control.
        it('documents the parts of a session that runs, is next, or is a break', async () => {
          setClock(() => new Date('2030-06-26T10:45:00+02:00')); // lunch, a break, runs; two talks are next
          const element = document.createElement('conf-programme') as HTMLElement & { feed: unknown };
          element.feed = pretalxDayWithBreaks();
          document.body.append(element);
          try {
            await until(() => element.shadowRoot?.querySelector('[part~="session-next"]'), 'the next sessions are marked');
            const rendered = renderedParts(element);
            expect(
              ['session-now', 'session-next', 'session-break'].filter((name) => rendered.has(name)),
              'rendered',
            ).to.have.length(3);
            const documented = new Set((declarationOf(widget.tag).cssParts ?? []).map((part) => part.name));
            expect([...rendered].filter((name) => !documented.has(name))).to.deep.equal([]);
          } finally {
            element.remove();
            setClock(undefined);
          }
        });
      }

      it('has one Docs row per attribute and its property, named by the attribute, without controls', () => {
        const declaration = declarationOf(widget.tag);
        const argTypes = withAttributeNames(argTypesFromManifest(manifest, widget.tag), manifest, widget.tag);
        const rows = Object.values(argTypes);
        const names = rows.map((row) => row.name);
        for (const attribute of declaration.attributes ?? []) {
          expect(
            names.filter((name) => name === attribute.name || name === attribute.fieldName),
            attribute.name,
          ).to.deep.equal([attribute.name]);
        }
        // Rows: attributes, properties without one, events, CSS custom properties and parts.
        const listed = new Set([
          ...(declaration.attributes ?? []).map((attribute) => attribute.name),
          ...(declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static).map((member) => member.name),
          ...(declaration.events ?? []).map((event) => event.name),
          ...(declaration.cssProperties ?? []).map((property) => property.name),
          ...(declaration.cssParts ?? []).map((part) => part.name),
          ...(declaration.cssStates ?? []).map((state) => state.name),
        ]);
        expect(names.filter((name) => !listed.has(name!))).to.deep.equal([]);
        expect(rows.filter((row) => row.control !== false).map((row) => row.name)).to.deep.equal([]);
        const events = rows.filter((row) => row.table?.category === 'events');
        expect(events.map((row) => row.table?.type?.summary)).to.deep.equal((declaration.events ?? []).map((event) => event.type?.text));
        expect(events.every((row) => row.table?.type?.summary?.startsWith('CustomEvent<'))).to.equal(true);
      });
    });
  }
});
