/**
 * One Lit in `npm run storybook`. Vite's dependency optimizer pre-bundles what the stories, the
 * preview and the widgets import; a module of Lit that only Storybook's web-components renderer
 * imports (`lit/directive-helpers.js`) is served as it is, with a lit-html of its own beside the
 * pre-bundled one, and Lit's dev mode warns "Multiple versions of Lit loaded" on every story
 * (storybookjs/storybook#31507). .storybook/main.ts lists such modules in `optimizeDeps.include`;
 * this holds that list to the installed renderer, so an upgrade that imports another is noticed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { transform } from 'esbuild';
import { ROOT, scratch } from './support.mjs';

const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/** The bare specifiers of Lit's packages that the `.js` / `.ts` files under `directory` import. */
function litImports(directory) {
  const found = new Set();
  for (const name of readdirSync(directory, { recursive: true })) {
    if (!/\.(m?js|ts)$/.test(name) || String(name).includes('generated')) continue;
    const text = readFileSync(join(directory, name), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) if (LIT.test(match[1])) found.add(match[1]);
  }
  return found;
}

describe('Storybook loads one Lit', () => {
  const { dir, file } = scratch(after);

  it('pre-bundles each module of Lit that only the renderer imports', async () => {
    const { code } = await transform(readFileSync(join(ROOT, '.storybook/main.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
    file('main.mjs', code);
    const { default: config } = await import(pathToFileURL(join(dir, 'main.mjs')).href);
    const storybooks = { optimizeDeps: { include: ['already-there'] } };
    const vite = config.viteFinal ? await config.viteFinal(storybooks, { configType: 'DEVELOPMENT' }) : storybooks;
    const included = new Set(vite?.optimizeDeps?.include ?? []);
    assert.ok(included.has('already-there'), "Storybook's own optimizeDeps.include is kept");

    const ours = new Set(['src', 'stories', '.storybook'].flatMap((folder) => [...litImports(join(ROOT, folder))]));
    const renderer = litImports(join(ROOT, 'node_modules/@storybook/web-components/dist'));
    assert.ok(renderer.size > 0, "the renderer's imports of Lit are found");
    assert.deepEqual(
      [...renderer].filter((specifier) => !ours.has(specifier) && !included.has(specifier)),
      [],
      'imported by the renderer alone and not in optimizeDeps.include of .storybook/main.ts',
    );
  });
});
