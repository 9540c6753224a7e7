/**
 * The React components (`staedtepartner-widgets/react`, `…/react/<tag>.js`) are client components:
 * each file starts with the directive `"use client"`, so that a server component of Next's App
 * Router may import them (without it, the build failed with "useRef is not a function"). The other
 * entries run anywhere and carry no such directive.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const directive = (file) => /^\s*["']use client["'];?/.test(readFileSync(`${ROOT}dist/${file}`, 'utf8'));

describe('"use client" in the npm build', () => {
  it('starts every React entry', () => {
    const react = [
      'react.js',
      ...readdirSync(`${ROOT}dist/react`)
        .filter((name) => name.endsWith('.js'))
        .map((name) => `react/${name}`),
    ];
    assert.equal(react.length, 6);
    for (const file of react) assert.ok(directive(file), `dist/${file} does not start with "use client"`);
  });

  it('is in no other entry', () => {
    for (const file of ['index.js', 'all.js', 'feed.js', 'i18n.js', 'define/conf-programme.js', 'components/conf-programme.js']) {
      assert.ok(!directive(file), `dist/${file} starts with "use client"`);
    }
  });
});
