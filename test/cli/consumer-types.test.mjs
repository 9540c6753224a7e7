/**
 * The package's types in an app compiled with `exactOptionalPropertyTypes` (as `@tsconfig/strictest`
 * sets it), with `strict` and the package's .d.ts files checked (no `skipLibCheck`). An optional
 * property (`feed`, `src`, a filter such as `country`) takes `undefined`: assigning it clears the
 * property, and a React component passes on a value that may be missing
 * (`<PartnershipMap country={country}>`). Declared as `country?: string` alone, both were refused
 * ("Consider adding 'undefined' to the types of the target's properties"). The app imports the
 * package by its name, through package.json `exports` (after `npm run build`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT, scratch, typeErrors } from './support.mjs';

describe('the types in an app with exactOptionalPropertyTypes', () => {
  it('take undefined for every optional property, on the element and on its React component', () => {
    const { dir, file } = scratch(after);
    mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules/staedtepartner-widgets'), 'dir');
    symlinkSync(join(ROOT, 'node_modules/react'), join(dir, 'node_modules/react'), 'dir');
    symlinkSync(join(ROOT, 'node_modules/@types/react'), join(dir, 'node_modules/@types/react'), 'dir');
    const app = file(
      'app.tsx',
      `import 'staedtepartner-widgets/all.js';
import { ConfHistory, ConfOverview, ConfProgramme, JubileeList, PartnershipMap } from 'staedtepartner-widgets/react';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';

export function widgets(feed?: FeedDocument, text?: string, year?: number) {
  for (const tag of ['jubilee-list', 'conf-overview', 'conf-history', 'conf-programme', 'partnership-map'] as const) {
    const element = document.createElement(tag);
    element.feed = feed;
    element.src = text;
  }
  const list = document.createElement('jubilee-list');
  list.year = year;
  list.city = text;
  list.country = text;
  const map = document.createElement('partnership-map');
  map.country = text;
  map.from = year;
  map.to = year;
  map.city = text;
  const history = document.createElement('conf-history');
  history.from = year;
  history.to = year;
  history.country = text;
  document.createElement('conf-overview').conference = text;
  document.createElement('conf-programme').conference = text;
  return (
    <>
      <JubileeList feed={feed} src={text} year={year} city={text} country={text} />
      <PartnershipMap feed={feed} country={text} from={year} to={year} city={text} />
      <ConfHistory feed={feed} from={year} to={year} country={text} />
      <ConfOverview feed={feed} conference={text} />
      <ConfProgramme feed={feed} conference={text} />
    </>
  );
}
`,
    );
    const program = ts.createProgram([app], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      noEmit: true,
      types: [],
    });
    assert.deepEqual(typeErrors(ts, program, dir), []);
  });
});
