/**
 * README's WordPress filter (section "WordPress and TYPO3") lets the widgets' tags through kses for
 * authors without unfiltered_html: an attribute it does not list is removed from their posts. It
 * must list every attribute of every widget, as the built manifest (dist/custom-elements.json) has them.
 * Its TinyMCE filter keeps the widgets in the classic editor's Visual tab (TinyMCE 4 removes tags it
 * does not know, and elements it counts as empty: tried in WordPress 6.1's editor).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const manifest = JSON.parse(readFileSync(`${ROOT}dist/custom-elements.json`, 'utf8'));

const php = /```php\n([^]*?wp_kses_allowed_html[^]*?)```/.exec(readme)?.[1] ?? '';
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean)
  .sort();

describe("README's WordPress filter", () => {
  it('allows every attribute of every widget', () => {
    assert.ok(php, 'README has no PHP block with the wp_kses_allowed_html filter');
    const common =
      /array_fill_keys\(\[\.\.\.\$names, ([^\]]*)\]/
        .exec(php)?.[1]
        ?.match(/'([^']+)'/g)
        ?.map((name) => name.slice(1, -1)) ?? [];
    const allowed = new Map(
      [...php.matchAll(/'([a-z]+-[a-z-]+)' => \[([^\]]*)\]/g)].map(([, tag, names]) => [
        tag,
        new Set([...names.matchAll(/'([^']+)'/g)].map(([, name]) => name).concat(common)),
      ]),
    );
    const widgets = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.equal(widgets.length, 5);
    for (const widget of widgets) {
      const names = allowed.get(widget.tagName);
      assert.ok(names, `the filter does not name <${widget.tagName}>`);
      for (const attribute of widget.attributes ?? []) assert.ok(names.has(attribute.name), `<${widget.tagName} ${attribute.name}> is not allowed`);
    }
    assert.deepEqual([...allowed.keys()].sort(), widgets.map((widget) => widget.tagName).sort());
  });

  it("keeps every widget in the classic editor's Visual tab", () => {
    const filter = /add_filter\('tiny_mce_before_init', function \(\$init\) \{\n([^]*?)\n\s*\}\);/.exec(php)?.[1];
    assert.ok(filter, 'README has no tiny_mce_before_init filter');
    const named = [...(/\$tags = \[([^\]]*)\]/.exec(filter)?.[1].matchAll(/'([^']+)'/g) ?? [])].map(([, tag]) => tag).sort();
    assert.deepEqual(named, tags);
    for (const setting of ['custom_elements', 'extended_valid_elements', 'non_empty_elements'])
      assert.match(filter, new RegExp(`\\$init\\['${setting}'\\] = .*\\$tags`), setting);
    // non_empty_elements replaces TinyMCE's list: without img, br or iframe it would empty paragraphs with only those.
    const kept = /\$init\['non_empty_elements'\] = '([^']*)'/.exec(filter)?.[1].split(',');
    const defaults =
      'td th iframe video audio object script pre code area base basefont br col frame hr img input isindex link meta param embed source wbr track';
    for (const element of defaults.split(' ')) assert.ok(kept?.includes(element), `non_empty_elements drops ${element}`);
  });
});
