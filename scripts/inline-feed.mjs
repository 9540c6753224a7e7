#!/usr/bin/env node
/**
 * Prints a feed file as JSON that is safe inside `<script type="application/json">`
 * (`inlineFeedJson` from src/feed/inline.ts: `<`, `>`, `&`, U+2028 and U+2029 written
 * as `\uXXXX`), for pasting into a page that names it with `src="#id"`.
 *
 *   node scripts/inline-feed.mjs feed.json                  the escaped JSON, on one line
 *   node scripts/inline-feed.mjs feed.json --indent 2       indented
 *   node scripts/inline-feed.mjs feed.json --id my-feed     the whole <script type="application/json" id="my-feed"> element
 *   node scripts/inline-feed.mjs - < feed.json              reads standard input
 *
 * A repository tool until the package has a command line of its own (issue 15). It
 * reads the helper from the TypeScript source (esbuild), so no build is needed.
 * Exit code 1 for a file that cannot be read or is not JSON; 2 for wrong arguments.
 */
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const USAGE = 'usage: node scripts/inline-feed.mjs <feed.json | -> [--indent N] [--id ID]';

function fail(message, code) {
  process.stderr.write(`inline-feed: ${message}\n`);
  process.exit(code);
}

function options(argv) {
  const result = { file: undefined, indent: undefined, id: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--indent') result.indent = Number(argv[++i]);
    else if (arg === '--id') result.id = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (result.file === undefined) result.file = arg;
    else fail(`unexpected argument ${arg}\n${USAGE}`, 2);
  }
  if (result.file === undefined) fail(USAGE, 2);
  if (result.indent !== undefined && !(Number.isInteger(result.indent) && result.indent >= 0 && result.indent <= 10)) fail('--indent takes 0 to 10', 2);
  // The id goes into an attribute: letters, digits, - and _ only, so it needs no escaping.
  if (result.id !== undefined && !/^[A-Za-z][\w-]*$/.test(result.id)) fail('--id takes a letter followed by letters, digits, - or _', 2);
  return result;
}

async function helper() {
  const source = readFileSync(new URL('../src/feed/inline.ts', import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { file, indent, id } = options(process.argv.slice(2));
const name = file === '-' ? 'standard input' : file;
let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${name}: ${error.message}`, 1);
}
let feed;
try {
  feed = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (error) {
  fail(`${name} is not JSON: ${error.message}`, 1);
}
const { inlineFeedJson } = await helper();
const json = inlineFeedJson(feed, indent);
process.stdout.write(id === undefined ? `${json}\n` : `<script type="application/json" id="${id}">\n${json}\n</script>\n`);
