/**
 * `staedtepartner-widgets/types/vue` in a .tsx of a Vue app with the global JSX (`vue/jsx`): each
 * tag takes the widget's props there, with its events' `detail` typed. The generated types put the
 * DefineComponent types (components, not props) into the global `JSX.IntrinsicElements`, so
 * `<conf-programme feed={feed}>` was refused ("provides no match for the signature
 * 'new (...args: any[])'") and `onDaySelect`'s event was an implicit any. After `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT, scratch, typeErrors } from './support.mjs';

describe('the Vue types in the global JSX', () => {
  it('give each tag its props and typed events', () => {
    const { dir, file } = scratch(after);
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules')).filter((name) => name === 'vue' || name === '@vue')) {
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
    }
    symlinkSync(ROOT, join(dir, 'node_modules/staedtepartner-widgets'), 'dir');
    const app = file(
      'app.tsx',
      `import type {} from 'vue/jsx';
import type {} from 'staedtepartner-widgets/types/vue';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';

export const programme = (feed: FeedDocument | null) => (
  <conf-programme feed={feed} view="grid" heading-level={3} class="programme" onDaySelect={(event) => event.detail.day.toUpperCase()} />
);
// @ts-expect-error the view is list or grid
export const wrongView = <conf-programme view="table" />;
// @ts-expect-error a day-select event's detail has no city
export const wrongDetail = <conf-programme onDaySelect={(event) => event.detail.city} />;
`,
    );
    const program = ts.createProgram([app], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      jsx: ts.JsxEmit.Preserve,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    assert.deepEqual(typeErrors(ts, program, dir), []);
  });
});
