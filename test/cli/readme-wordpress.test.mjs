/**
 * README's WordPress filter (section "WordPress and TYPO3") lets the widgets' tags through kses for
 * authors without unfiltered_html: an attribute it does not list is removed from their posts. It
 * must list every attribute of every widget, as the built manifest (dist/custom-elements.json) has them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const manifest = JSON.parse(readFileSync(`${ROOT}dist/custom-elements.json`, 'utf8'));

describe("README's WordPress filter", () => {
  it('allows every attribute of every widget', () => {
    const php = /```php\n([^]*?wp_kses_allowed_html[^]*?)```/.exec(readme)?.[1];
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
});
