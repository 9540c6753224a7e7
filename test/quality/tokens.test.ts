/**
 * Theming drift: every custom property a widget's styles read is either
 * declared in those styles (private `--_*` tokens) or a public token
 * documented in custom-elements.json for that widget, and every documented
 * token is really read (also the private token that stands for it).
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import { withThemingControls } from '../../.storybook/theming.js';
import { pretalxSchedule, PRETALX_CASES } from '../../scripts/pretalx-schedule.mjs';
import { cleanUp, programme } from '../conf-programme/support.js';
import { shadow } from '../support/widgets.js';
import { defineAll, WIDGET_CASES } from '../support/widget-cases.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[];
}

function cssText(styles: readonly CSSResultOrNative[]): string {
  return styles.map((style) => ('cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'))).join('\n');
}

/** Problems in `css` against the documented public tokens. */
export function tokenProblems(css: string, documented: readonly string[]): string[] {
  const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]));
  const used = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]));
  const problems: string[] = [];
  for (const name of used) {
    if (name.startsWith('--_')) {
      if (!declared.has(name)) problems.push(`${name} is read but never declared`);
    } else if (!documented.includes(name)) {
      problems.push(`${name} is read but not documented (@cssproperty)`);
    }
  }
  for (const name of documented) if (!used.has(name)) problems.push(`${name} is documented but never read`);
  // A private token that stands for a public one and that no rule reads: the public one has no effect (--sp-space on the map).
  for (const [, name, token] of css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--[a-z][\w-]*)/g))
    if (!used.has(name) && documented.includes(token)) problems.push(`${token} is documented, but ${name}, which stands for it, is never read`);
  return problems;
}

describe('theming tokens', () => {
  let manifest: Manifest;
  before(async () => {
    await defineAll();
    const response = await fetch('/dist/custom-elements.json');
    if (!response.ok) throw new Error('dist/custom-elements.json is missing: run npm run build first (npm test does)');
    manifest = (await response.json()) as Manifest;
  });

  it('the check finds an undeclared, an undocumented and a stale token', () => {
    expect(
      tokenProblems(':host { --_a: var(--sp-x, red); --_c: var(--sp-y, 1em); color: var(--_a); background: var(--_b); border-color: var(--other); }', [
        '--sp-x',
        '--sp-y',
        '--stale',
      ]),
    ).to.deep.equal([
      '--_b is read but never declared',
      '--other is read but not documented (@cssproperty)',
      '--stale is documented but never read',
      '--sp-y is documented, but --_c, which stands for it, is never read',
    ]);
  });

  for (const widget of WIDGET_CASES) {
    it(`<${widget.tag}> reads only declared or documented tokens`, () => {
      const element = customElements.get(widget.tag) as unknown as typeof LitElement;
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === widget.tag);
      expect(declaration, `${widget.tag} in custom-elements.json`).to.not.equal(undefined);
      const documented = (declaration?.cssProperties ?? []).map((property) => property.name);
      expect(tokenProblems(cssText(element.elementStyles), documented)).to.deep.equal([]);
    });
  }

  // Storybook's theming controls (.storybook/theming.ts): a colour picker for each token whose default is a colour.
  it('each colour token has a colour control in Storybook', () => {
    const properties = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.cssProperties ?? []);
    const colours = properties.filter((property) => /^(light-dark\(|#|var\(--sp-color)/.test(property.default ?? ''));
    expect(colours.length).to.be.greaterThan(10);
    const argTypes = withThemingControls(Object.fromEntries(colours.map(({ name }) => [name, { table: { category: 'css custom properties' } }])));
    const pickers = colours.filter(({ name }) => (argTypes[name]!.control as { type?: string }).type !== 'color').map(({ name }) => name);
    expect(pickers, 'tokens with a text control').to.deep.equal([]);
  });

  // A token the widget sets on its own elements (a session's track colour) is no input: set on the
  // widget it reached only the sessions without a track colour. Storybook gives it no control.
  it('a token the widget sets on its own elements has no Storybook control', async () => {
    const element = await programme({ feed: pretalxSchedule(PRETALX_CASES.find((spec) => spec.sessions === 79)!) });
    try {
      const set = new Set(
        [...shadow(element).querySelectorAll<HTMLElement>('[style]')].flatMap((node) =>
          [...node.style].filter((name) => name.startsWith('--') && !name.startsWith('--_')),
        ),
      );
      expect([...set], 'public tokens set by <conf-programme>').to.include('--conf-programme-track-color');
      const argTypes = withThemingControls(Object.fromEntries([...set].map((name) => [name, { table: { category: 'css custom properties' } }])));
      const controlled = [...set].filter((name) => argTypes[name]!.control !== false);
      expect(controlled, 'tokens set by the widget with a control').to.deep.equal([]);
    } finally {
      await cleanUp(() => false);
    }
  });
});
