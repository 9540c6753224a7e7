/**
 * How the builds minify the markup inside html`…` and svg`…` (vite.config.ts, minifyTemplates()),
 * shared with test/cli/template-whitespace.test.mjs, which checks that no space a reader sees is lost.
 */
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

export const templateMinifyOptions = {
  minifyOptions: { removeAttributeQuotes: true },
  /** Templates with an expression in a tag name (lit/static-html headings, `<${tag}>`) are left as written: the HTML parser cannot read them. */
  shouldMinify: (template) => defaultShouldMinify(template) && !template.parts.some((part) => /<\/?$/.test(part.text)),
};
