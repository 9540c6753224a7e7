/**
 * The npm build on a server (Next, Nuxt, SvelteKit, Astro import it there), as README's "Server
 * rendering" says: every entry but `…/cdn` can be imported, and the widgets render in the browser.
 * Node loads Lit's server build, which gives Node a `customElements` of its own; Lit's server
 * renderer (@lit-labs/ssr, and @lit-labs/nextjs or @lit-labs/ssr-react that use it) renders every
 * element registered there, constructing it: a widget constructed in Node threw
 * ("MutationObserver is not defined", "ResizeObserver is not defined"), which failed the page's
 * server render. So on a server (Lit's server build, no DOM) the entries register nothing, and
 * such a renderer leaves the tags for the browser. `setLanguage()` called during a server render
 * resolves and changes nothing (it threw "MutationObserver is not defined").
 * Each case in a Node process of its own, as a server imports the package.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const TAGS = ['jubilee-list', 'conf-overview', 'conf-history', 'conf-programme', 'partnership-map'];

/** Runs `code` as an ES module in a fresh Node process in the repository; its stdout, or a failure with stderr. */
function node(code) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  // Its error (the minified line above it would fill the screen).
  assert.equal(status, 0, /^\w*Error\b.*$/m.exec(stderr)?.[0] ?? stderr);
  return stdout.trim();
}

/** What @lit-labs/ssr's global DOM shim (`@lit-labs/ssr/lib/install-global-dom-shim.js`) puts on a server's globals, in short. */
const GLOBAL_SHIM = `globalThis.window = globalThis; globalThis.document = { createTreeWalker: () => ({}), createElement: () => ({}), createTextNode: () => ({}) }; globalThis.MutationObserver = class { observe() {} };`;

describe('the npm build in Node', () => {
  for (const [entry, globals] of [
    ['all.js', ''],
    ['define/conf-programme.js', ''],
    ['define/partnership-map.js', ''],
    ['react.js', ''],
    ['all.js', GLOBAL_SHIM],
  ]) {
    it(`dist/${entry}${globals ? ' beside a global DOM shim' : ''}: imported, registers no widget that a server renderer would construct`, () => {
      const registered = node(`
        ${globals}
        await import('./dist/${entry}');
        // What @lit-labs/ssr does with an element it finds registered.
        const made = [];
        for (const tag of ${JSON.stringify(TAGS)}) {
          const Widget = customElements.get(tag);
          if (Widget) { new Widget(); made.push(tag); }
        }
        console.log(made.join());
      `);
      assert.equal(registered, '');
    });
  }

  it('setLanguage() resolves, and changes nothing there', () => {
    // A component's body, or a module that sets the language at its top, runs in the server render too.
    const language = node(`const { setLanguage, currentLanguage } = await import('./dist/i18n.js'); await setLanguage('de'); console.log(currentLanguage());`);
    assert.equal(language, 'en');
  });
});
