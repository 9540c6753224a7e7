/**
 * The script-tag build asks for what a page needs without avoidable round trips (issue 14), checked
 * on the built bundle (`npm run build` first):
 * - the chunk graph: the chunks the entry imports import nothing further (no entry → loader →
 *   dates chain), and every `import()` of a chunk asks for that chunk's own imports in the same
 *   expression, so a widget's chunk and the shared chunks under it are requested together;
 * - a widget's feed is requested as soon as the entry sees the widget's tag, not once the widget's
 *   code has arrived and run;
 * - the importer of a pretalx schedule is requested while the schedule still downloads.
 * The feeds are held by the test server (test/support/fault-server.mjs) until the test releases them.
 */
import { expect, waitUntil } from '@open-wc/testing';

// Absolute: WebKit resolves nothing relative to the address of a srcdoc frame.
const CDN = new URL('/dist/cdn/', location.href).href;
const BUNDLE = `${CDN}staedtepartner-widgets.js`;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

async function manifest(): Promise<Record<string, ManifestChunk>> {
  const answer = await fetch(`${CDN}.vite/manifest.json`);
  if (!answer.ok) throw new Error(`${CDN}.vite/manifest.json is missing: run npm run build first`);
  return (await answer.json()) as Record<string, ManifestChunk>;
}

/** Every chunk `key` needs before it runs: its static imports, transitively (manifest keys). */
function needs(chunks: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  for (const dependency of chunks[key]?.imports ?? []) {
    if (!into.has(dependency)) {
      into.add(dependency);
      needs(chunks, dependency, into);
    }
  }
  return into;
}

let holds = 0;
/** A feed URL the test server answers with `body` only once `release()` is called. */
function heldFeed(body: unknown, path = ''): { url: string; held: () => Promise<number>; release: () => Promise<unknown> } {
  const key = `request-chain-${Date.now()}-${++holds}${path}`;
  const route = (what: string) => new URL(`/__test__/${what}/${key}`, location.href).href;
  return {
    url: `${route('hold')}?body=${encodeURIComponent(JSON.stringify(body))}`,
    held: async () => ((await (await fetch(route('held'))).json()) as { held: number }).held,
    release: () => fetch(route('release')),
  };
}

/** A host page in an iframe with the built bundle; `before` goes ahead of the bundle's script tag. */
async function hostPage(body: string, before = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${before}
    <script type="module" src="${BUNDLE}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The scripts a frame has requested so far, by file name. */
function scriptsRequested(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\//, ''));
}

/** The file name of the chunks made from the sources `key` matches (the CDN build names its chunks by their hash alone). */
function chunkFiles(chunks: Record<string, ManifestChunk>, key: RegExp): Set<string> {
  const files = new Set(Object.entries(chunks).flatMap(([source, chunk]) => (key.test(source) ? [chunk.file.replace(/^.*\//, '')] : [])));
  if (files.size === 0) throw new Error(`no chunk of ${key} in the manifest`);
  return files;
}

describe('the script-tag build’s request chain', () => {
  /** The grid view's chunk and the pretalx importer's, by file name. */
  let gridChunk: Set<string>;
  let pretalxChunk: Set<string>;
  before(async () => {
    const chunks = await manifest();
    gridChunk = chunkFiles(chunks, /^src\/conf-programme\/grid\.ts$/);
    pretalxChunk = chunkFiles(chunks, /^src\/feed\/import\/pretalx\.ts$/);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('has no chain below the entry, and each import() asks for its chunk’s imports at once', async () => {
    const chunks = await manifest();
    const [entryKey, entry] = Object.entries(chunks).find(([, chunk]) => chunk.isEntry)!;
    for (const key of entry.imports ?? []) expect(chunks[key].imports ?? [], `${chunks[key].file}, imported by the entry, imports`).to.deep.equal([]);
    let checked = 0;
    for (const [key, chunk] of Object.entries(chunks)) {
      if (!chunk.dynamicImports?.length) continue;
      const code = await (await fetch(new URL(chunk.file, CDN))).text();
      const present = needs(chunks, key).add(key);
      for (const target of chunk.dynamicImports) {
        for (const dependency of needs(chunks, target)) {
          if (present.has(dependency)) continue;
          const name = chunks[dependency].file.replace(/^.*\//, '').replace(/[.$]/g, '\\$&');
          expect(code, `${chunk.file}: import() of ${chunks[target].file} also asks for ${chunks[dependency].file}`).to.match(
            new RegExp(String.raw`import\(["'\x60](\.{1,2}/)+(chunks/)?${name}["'\x60]\)`),
          );
          checked++;
        }
      }
    }
    // The widgets' chunks need shared chunks (conference texts, Lit's repeat, …); Lit and the base class come with the loader.
    expect(checked, `chunks asked for beside an import() (entry ${entryKey})`).to.be.at.least(5);
  });

  it('asks for a widget’s feed when the entry sees its tag, before any widget code runs', async () => {
    const feed = heldFeed({ version: 1 });
    try {
      // <conf-programme> is taken by a stand-in before the bundle runs: the widget's own code never runs on it.
      const standIn = `<script type="module">customElements.define('conf-programme', class extends HTMLElement {});</script>`;
      const frame = await hostPage(`<conf-programme src="${feed.url}"></conf-programme>`, standIn);
      await waitUntil(async () => (await feed.held()) === 1, 'the feed was not requested', { timeout: 10_000, interval: 50 });
      expect(frame.contentDocument!.querySelector('conf-programme')!.shadowRoot, 'the stand-in kept').to.equal(null);
    } finally {
      await feed.release();
    }
  });

  it('asks for the grid view’s chunk when the entry sees <conf-programme view="grid">, before the programme’s code runs', async () => {
    // Stand-ins take the tags before the bundle runs: the programme's own code (which asks for the grid when it first renders) never renders.
    const standIn = `<script type="module">customElements.define('conf-programme', class extends HTMLElement {});</script>`;
    const frame = await hostPage(`<conf-programme view="grid"></conf-programme>`, standIn);
    await waitUntil(() => scriptsRequested(frame).some((name) => gridChunk.has(name)), 'the grid chunk was not requested', {
      timeout: 10_000,
      interval: 20,
    });
    expect(frame.contentDocument!.querySelector('conf-programme')!.shadowRoot, 'the stand-in kept').to.equal(null);
  });

  it('asks for no grid chunk for a programme in the list view', async () => {
    const standIn = `<script type="module">customElements.define('conf-programme', class extends HTMLElement {});</script>`;
    // The entry looks for every tag in one pass: by the time the jubilee list it found with them is
    // shown, a grid chunk asked for in that pass would have been requested (and, served from here, loaded) long before.
    const feed = new URL('/demo/feed.json', location.href).href;
    const frame = await hostPage(
      `<conf-programme></conf-programme><conf-programme view="list"></conf-programme><jubilee-list src="${feed}" year="2021"></jubilee-list>`,
      standIn,
    );
    const list = frame.contentDocument!.querySelector('jubilee-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="entry"]'), 'the jubilee list was not shown', { timeout: 10_000 });
    expect(frame.contentDocument!.querySelectorAll('conf-programme')[1].shadowRoot, 'the stand-in kept').to.equal(null);
    expect(scriptsRequested(frame).filter((name) => gridChunk.has(name))).to.deep.equal([]);
  });

  it('asks for the feed after the page’s module scripts have run, so loaderSettings they set hold', async () => {
    // The page's own module imports the bundle and lowers the size limit below the feed's size.
    const limit = `<script type="module">import { loaderSettings } from '${BUNDLE}'; loaderSettings.maxBytes = 50;</script>`;
    const feed = new URL(`/demo/feed.json?settings=${Date.now()}`, location.href).href;
    const frame = await hostPage(`<jubilee-list src="${feed}" year="2021"></jubilee-list>`, limit);
    const widget = frame.contentDocument!.querySelector('jubilee-list')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('[part~="error"], [part~="summary"]'), 'the widget did not settle', { timeout: 10_000 });
    expect(widget.shadowRoot!.querySelector('[part~="error"]'), 'the feed refused as too large').to.not.equal(null);
  });

  it('asks for the pretalx importer while the schedule still downloads', async () => {
    const schedule = {
      title: 'Camp',
      timezone: 'Europe/Berlin',
      rooms: [{ id: 1, name: 'Hall' }],
      talks: [{ code: 'A1', title: 'Opening talk', start: '2031-06-26T10:00:00+02:00', duration: 30, room: 1 }],
    };
    const feed = heldFeed(schedule, '/schedule/widgets/schedule.json');
    let frame: HTMLIFrameElement;
    try {
      frame = await hostPage(`<conf-programme src="${feed.url}"></conf-programme>`);
      await waitUntil(() => scriptsRequested(frame).some((name) => pretalxChunk.has(name)), 'no pretalx importer requested', {
        timeout: 10_000,
        interval: 20,
      });
      // Held until released below, so the importer was asked for before the schedule's answer; the
      // request for the schedule itself may reach the server after the importer's (both start together).
      await waitUntil(async () => (await feed.held()) === 1, 'the schedule was never requested', { timeout: 10_000, interval: 20 });
    } finally {
      await feed.release();
    }
    const widget = frame.contentDocument!.querySelector('conf-programme')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('[part~="session-title"]')?.textContent?.includes('Opening talk'), 'the schedule was not shown', {
      timeout: 10_000,
    });
  });
});
