import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * Theming controls: each CSS custom property and each CSS part of a widget's Docs table
 * (manifest-arg-types.ts) gets a control in every story, so a designer can try a token or a
 * `::part()` rule on any state. A custom property's control takes a value (`#8a1538`,
 * `light-dark(#8a1538, #f2a7bd)`, `0.5rem`), a part's the declarations of its rule
 * (`outline: 2px dashed red; border-radius: 0`). The decorator in preview.ts sets them on the
 * story's widget as a host page's style sheet would.
 */

/** Custom properties that take a colour (the rest, sizes and the focus outline, take text); test/quality/tokens.test.ts checks them. */
const COLOUR = /color|accent|line$|sea|land|arc|marker/;

/**
 * Custom properties a widget sets itself, on its own elements: `--conf-programme-track-color` on
 * each session of a track with a colour. A page reads them in its `::part()` rules; set on the
 * widget, such a value reaches only the elements the widget leaves without one (the sessions
 * without a track colour), so a control for it looked like a track-colour control and was not.
 * They get no control; the Docs table says why. test/quality/tokens.test.ts finds them in the DOM.
 */
export const SET_BY_WIDGET: ReadonlySet<string> = new Set(['--conf-programme-track-color']);

export function withThemingControls(argTypes: ArgTypes): ArgTypes {
  const controlled = { ...argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category === 'css custom properties' && SET_BY_WIDGET.has(key)) {
      const note = 'No control: the widget sets it on its own elements, over a value set on the widget. Read it in a `part:…` rule.';
      controlled[key] = { ...argType, control: false, description: argType.description ? `${argType.description}\n\n${note}` : note };
    } else if (category === 'css custom properties') {
      controlled[key] = { ...argType, control: COLOUR.test(key) ? { type: 'color' } : { type: 'text' } };
    } else if (category === 'css shadow parts') {
      controlled[key] = { ...argType, control: { type: 'text' } };
    }
  }
  return controlled;
}

/**
 * The style sheet the theming args make for the widgets under `scope` (a selector): the custom
 * properties on each widget element, and a `::part()` rule per part arg. Empty without any.
 */
export function themingCss(args: Record<string, unknown>, scope: string, tagName: string): string {
  const filled = Object.entries(args).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  const properties = filled.filter(([key]) => key.startsWith('--')).map(([key, value]) => `${key}: ${value};`);
  const parts = filled.filter(([key]) => key.startsWith('part:')).map(([key, value]) => `${scope} ${tagName}::part(${key.slice(5)}) { ${value} }`);
  return [...(properties.length ? [`${scope} ${tagName} { ${properties.join(' ')} }`] : []), ...parts].join('\n');
}
