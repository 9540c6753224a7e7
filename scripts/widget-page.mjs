/**
 * What the browser tools that load the widgets into a page share (`npm run freeze`, `npm run fuzz`):
 * the widgets bundled in memory from the sources, and a page function that waits until they have settled.
 */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/**
 * The script-tag bundle's entry (src/cdn.ts) and its chunks, bundled in memory with esbuild, so a
 * tool always loads the code in the working tree and nothing is written to dist/. Files by their
 * path under `outdir` (the URL path the page asks for), as Buffers. `entries` adds more entry
 * points, by output name and path from the project's root.
 */
export async function bundleWidgets({ outdir, minify = true, entries = {} }) {
  const result = await build({
    entryPoints: {
      'staedtepartner-widgets': join(root, 'src/cdn.ts'),
      ...Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify,
    write: false,
    outdir,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [file.path, Buffer.from(file.contents)]));
}

/**
 * Runs in the page: waits until every widget in `#stage` is defined, has its feed (not
 * loading) and no update pending, then until after the next frame. Returns the time and
 * what the widgets show (each one's state: error, empty or content).
 */
export async function settleInPage({ since, limitMs }) {
  const afterNextFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(0);
      }),
    );
  const widgets = () => [...document.querySelectorAll('#stage *')].filter((element) => element.localName.includes('-'));
  const busy = (element) =>
    !customElements.get(element.localName) ||
    element.isUpdatePending ||
    !element.shadowRoot ||
    element.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-busy') !== 'false';
  for (;;) {
    const pending = widgets().filter(busy);
    if (pending.length === 0) break;
    if (performance.now() - since > limitMs) throw new Error(`not settled after ${limitMs} ms: ${pending.map((element) => element.localName).join(', ')}`);
    await Promise.race([Promise.all(pending.map((element) => element.updateComplete)), new Promise((done) => setTimeout(done, 20))]);
    await new Promise((done) => setTimeout(done, 0));
  }
  await afterNextFrame();
  const end = performance.now();
  const states = widgets().map((element) => {
    const root = element.shadowRoot;
    return root.querySelector('[part~="error"]') ? 'error' : root.querySelector('[part~="empty"]') ? 'empty' : 'content';
  });
  const shown = widgets().map((element, index) => {
    const root = element.shadowRoot;
    const count = (selector) => root.querySelectorAll(selector).length;
    return `<${element.localName}> ${states[index]}, ${count('*')} elements, ${count('[part~="entry"], [part~="session"], [part~="tab"], [part~="card"]')} entries/sessions/tabs/cards`;
  });
  return { settleMs: end - since, end, shown, states };
}
