/** Types of template-minify.mjs, for vite.config.ts. */
import type { Template } from '@lit-labs/rollup-plugin-minify-html-literals/lib/models.js';

export const templateMinifyOptions: {
  minifyOptions: { removeAttributeQuotes: boolean };
  shouldMinify: (template: Template) => boolean;
};
