/**
 * `npm run fuzz` (scripts/fuzz.mjs): the feeds it makes from a good one. The same seed makes the
 * same feeds, the good feed is never changed, and each change it reports is where it says, so a
 * failing feed's report leads to the part that broke a widget.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { prng } from '../../scripts/generate-feed.mjs';
import { mutateFeed } from '../../scripts/mutate-feed.mjs';
import { ROOT } from './support.mjs';

const sample = JSON.parse(readFileSync(join(ROOT, 'demo/feed.json'), 'utf8'));

/** The value at a path as the changes name it (`$.cities[2].name`), and its parent and key; undefined where the path does not fit the document. */
function at(document, path) {
  let parent;
  let key;
  let value = document;
  for (const [, name, index] of path.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    // `[n]` in a list only, `.name` in an object only, as a JSON path writes them.
    if (value === null || typeof value !== 'object' || Array.isArray(value) !== (index !== undefined)) return undefined;
    parent = value;
    key = name ?? Number(index);
    if (!Object.hasOwn(value, key)) return { parent, key, found: false };
    value = value[key];
  }
  return { parent, key, value, found: true };
}

describe('fuzz: feeds changed at random', () => {
  it('makes the same feeds from the same seed, others from another, and leaves the good feed as it is', () => {
    const before = JSON.stringify(sample);
    const run = (seed) => {
      const random = prng(seed);
      return Array.from({ length: 20 }, () => mutateFeed(sample, random, 6));
    };
    const first = run(7);
    assert.deepEqual(
      run(7).map(({ feed, changes }) => [JSON.stringify(feed), changes]),
      first.map(({ feed, changes }) => [JSON.stringify(feed), changes]),
    );
    assert.notDeepEqual(
      run(8).map(({ changes }) => changes),
      first.map(({ changes }) => changes),
    );
    assert.equal(JSON.stringify(sample), before);
    for (const { changes } of first) assert.ok(changes.length >= 1 && changes.length <= 6, changes.join(', '));
  });

  it('names each change by the path where it made it', () => {
    const random = prng(3);
    const kinds = new Set();
    for (let i = 0; i < 300; i++) {
      const { feed, changes } = mutateFeed(sample, random, 1);
      assert.equal(changes.length, 1);
      const [, kind, path, shown] = /^(set|delete|repeat|add) (\S+)(?: = (.*))?$/s.exec(changes[0]);
      kinds.add(kind);
      // As a page reads it: through JSON.
      const read = JSON.parse(JSON.stringify(feed));
      if (kind === 'add') {
        const added = path.slice(path.lastIndexOf('.') + 1);
        const target = at(read, path.slice(0, path.lastIndexOf('.')));
        assert.ok(target.found && Object.hasOwn(target.value, added), `${changes[0]}: no own key ${added}`);
        continue;
      }
      assert.ok(at(sample, path)?.found, `${changes[0]}: no such path in the good feed`);
      const changed = at(read, path);
      if (kind === 'delete') assert.equal(changed.found, false, changes[0]);
      else if (kind === 'set') assert.equal(String(JSON.stringify(changed.value)).slice(0, 60), shown, changes[0]);
      else {
        assert.ok(Array.isArray(changed.parent), changes[0]);
        assert.equal(changed.parent.length, at(sample, path).parent.length + 1, changes[0]);
        assert.deepEqual(changed.parent.at(-1), changed.value, changes[0]);
      }
    }
    assert.deepEqual([...kinds].sort(), ['add', 'delete', 'repeat', 'set']);
  });
});
