/**
 * Writes dist/feed.schema.json from the same valibot schemas the widgets
 * validate with (src/feed/schema.ts), so feed authors get validation in their
 * editor. Checks that cannot be expressed in JSON Schema (a date that exists in
 * the calendar, a known time zone, two different cities) are left to run time.
 */
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const temp = join(tmpdir(), `feed-schema-${process.pid}.mjs`);

await build({
  stdin: {
    contents: `
      export { FeedDocumentSchema } from './src/feed/schema.ts';
      export { toJsonSchema } from '@valibot/to-json-schema';
    `,
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: temp,
  logLevel: 'warning',
});

try {
  const { FeedDocumentSchema, toJsonSchema } = await import(pathToFileURL(temp).href);
  const schema = toJsonSchema(FeedDocumentSchema, { errorMode: 'ignore' });
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    $id: 'https://unpkg.com/staedtepartner-widgets/dist/feed.schema.json',
    title: 'staedtepartner-widgets feed, version 1',
    description: 'Conferences, partnerships, cities, organisations and people for the staedtepartner-widgets web components. See docs/feed.md.',
  };
  await mkdir(new URL('dist/', root), { recursive: true });
  await writeFile(new URL('dist/feed.schema.json', root), JSON.stringify(document, null, 2) + '\n');
  console.log('dist/feed.schema.json written');
} finally {
  await rm(temp, { force: true });
}
