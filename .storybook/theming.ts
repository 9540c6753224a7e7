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

export function withThemingControls(argTypes: ArgTypes): ArgTypes {
  const controlled = { ...argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category === 'css custom properties') {
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
