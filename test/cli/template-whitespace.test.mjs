/**
 * The builds minify the markup inside html`…` and svg`…` (vite.config.ts, minifyTemplates()),
 * which collapses whitespace, and drops it at a template's edges and at the edges of an element's
 * text: `<span part="partner-years"> · ${years}</span>` became `<span part=partner-years>· …</span>`,
 * and every built map said "since 2004· 22 years" while the tests, which run the sources, read
 * "2004 · 22 years". Checked here for every template in src/, with the builds' own options: a
 * space beside text, or beside an expression inside inline content, that the minifier drops.
 * Spaces next to a block's edge (`<p>\n  ${x}`) or at a template's edge next to an expression
 * (formatting of a render's root) are not shown by a browser either and may go.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { parseLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/parse-literals.js';
import { templateMinifyOptions } from '../../scripts/template-minify.mjs';
import { ROOT } from './support.mjs';

const EXPRESSION = '\u0001';
/** Elements at whose edges a browser shows no space (blocks, and controls laid out as one box). */
const BOX =
  /^<\/?(p|div|li|ul|ol|dl|dt|dd|section|article|header|footer|nav|aside|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col|details|summary|button|select|option|optgroup|textarea|input|svg|g|figure|figcaption|form|fieldset|legend|br|slot)$/;

/** A template as a list of tags (`<span`, `</p`), expressions (`$`), text (`"words"`) and whitespace (`_`). */
function shape(template) {
  const text = template.parts.map((part) => part.text).join(EXPRESSION);
  const out = [];
  for (const [, tag, expression, words] of text.matchAll(/<(\/?[\w-]*)[^>]*>|(\u0001)|([^<\u0001]+)/g)) {
    if (expression) out.push('$');
    else if (words === undefined) out.push(`<${tag.toLowerCase()}`);
    else if (/^\s*$/.test(words)) out.push('_');
    else {
      if (/^\s/.test(words)) out.push('_');
      out.push(JSON.stringify(words.trim().replace(/\s+/g, ' ')));
      if (/\s$/.test(words)) out.push('_');
    }
  }
  return out;
}

/** The spaces of `before` that `after` lacks where a browser would show them, with what is around them. */
function lostSpaces(before, after) {
  const lost = [];
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === '_') {
      if (after[j] === '_') j++;
      else {
        const previous = before[i - 1] ?? 'start';
        const next = before[i + 1] ?? 'end';
        const beside = (token) => token.startsWith('"') || (token === '$' && previous !== 'start' && next !== 'end');
        const inBox = BOX.test(previous) || BOX.test(next);
        if ((beside(previous) || beside(next)) && !inBox) lost.push(before.slice(Math.max(0, i - 2), i + 3).join(' '));
      }
      continue;
    }
    if (after[j] === '_') j++;
    j++;
  }
  return lost;
}

const markup = (templates) => templates.filter((template) => /^(html|svg)$/.test(template.tag ?? ''));

describe('minified templates', () => {
  const files = execFileSync('git', ['ls-files', 'src/*.ts'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');

  it('keep every space a reader sees', async () => {
    const found = [];
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      if (!/(html|svg)`/.test(source)) continue;
      const result = await minifyHTMLLiterals(source, { fileName: file, ...templateMinifyOptions });
      if (!result) continue;
      const before = markup(parseLiterals(source, { fileName: file }));
      const after = markup(parseLiterals(result.code, { fileName: file }));
      assert.equal(after.length, before.length, `${file}: as many templates after minifying as before`);
      before.forEach((template, index) => {
        const [was, is] = [shape(template), shape(after[index])];
        // Apart from whitespace, the same tags, expressions and words in the same order.
        assert.deepEqual(
          is.filter((token) => token !== '_'),
          was.filter((token) => token !== '_'),
          `${file}: a template changed beyond its whitespace`,
        );
        checked++;
        for (const place of lostSpaces(was, is)) found.push(`${file}: ${place}`);
      });
    }
    assert.ok(checked > 100, `only ${checked} templates checked`);
    assert.deepEqual(found, [], 'spaces the minifier drops (write them as an expression, ${" · "})');
  });

  it('finds a space dropped at the edge of an inline element', () => {
    const template = (text) => ({ tag: 'html', parts: text.split('${}').map((part) => ({ text: part })) });
    assert.deepEqual(lostSpaces(shape(template('<span> · ${}</span>')), shape(template('<span>· ${}</span>'))), ['<span _ "·" _']);
    assert.deepEqual(lostSpaces(shape(template('<p>\n  ${}\n</p>')), shape(template('<p>${}</p>'))), []);
  });
});
