/**
 * The script-tag build asks for a page's strings (built bundle, `npm run build` first): on a page
 * with the programme, the map and one more widget, all the strings of the page's language in one
 * chunk (src/generated/locales/<locale>/all.ts) and no group's own, since one file compresses better
 * than four to six; on a page with fewer widgets, the shared group and the group of each widget
 * shown (src/cdn.ts, `stringsAtOnce`; scripts/size.mjs counts pages by the same rule).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_CASES } from '../support/widget-cases.js';

// Absolute: WebKit resolves nothing relative to the address of a srcdoc frame.
const CDN = new URL('/dist/cdn/', location.href).href;
const BUNDLE = `${CDN}staedtepartner-widgets.js`;

/** The translation chunks by file name: `ru/all`, `ru/shared`, `de/conf-programme` … */
async function translationChunks(): Promise<Map<string, string>> {
  const answer = await fetch(`${CDN}.vite/manifest.json`);
  if (!answer.ok) throw new Error(`${CDN}.vite/manifest.json is missing: run npm run build first`);
  const manifest = (await answer.json()) as Record<string, { file: string }>;
  const chunks = new Map<string, string>();
  for (const [source, { file }] of Object.entries(manifest)) {
    const match = /^src\/generated\/locales\/([\w-]+)\/([\w-]+)\.ts$/.exec(source);
    if (match) chunks.set(file.replace(/^.*\//, ''), `${match[1]}/${match[2]}`);
  }
  return chunks;
}

/** A Russian host page with the built bundle and `tags`, each with the sample feed; resolves once each shows its content in Russian. */
async function russianPage(tags: string[]): Promise<HTMLIFrameElement> {
  const widgets = tags.map((tag) => {
    const widget = WIDGET_CASES.find((candidate) => candidate.tag === tag)!;
    const attributes = Object.entries(widget.full).map(([name, value]) => `${name}="${name === 'src' ? new URL(value, location.href).href : value}"`);
    return `<${tag} ${attributes.join(' ')}></${tag}>`;
  });
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.srcdoc = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
    <script type="module" src="${BUNDLE}"></script></head><body>${widgets.join('')}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  for (const tag of tags) {
    const widget = WIDGET_CASES.find((candidate) => candidate.tag === tag)!;
    await waitUntil(
      () => {
        const root = frame.contentDocument?.querySelector(tag)?.shadowRoot;
        return root?.querySelector(widget.content) && /[А-Яа-яЁё]/.test(root.textContent ?? '');
      },
      `<${tag}> shows no Russian content`,
      { timeout: 15000 },
    );
  }
  return frame;
}

/** The translation chunks a frame has asked for, as `ru/all`, `ru/shared` …, sorted. */
function stringsRequested(frame: HTMLIFrameElement, chunks: Map<string, string>): string[] {
  const names = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\//, ''));
  return names.flatMap((name) => (chunks.has(name) ? [chunks.get(name)!] : [])).sort();
}

describe('the strings a page asks for (built bundle)', () => {
  let chunks: Map<string, string>;

  before(async () => {
    chunks = await translationChunks();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('are one chunk of every group on a page with the programme, the map and one more widget', async () => {
    const frame = await russianPage(['conf-programme', 'partnership-map', 'conf-overview']);
    expect(stringsRequested(frame, chunks)).to.deep.equal(['ru/all']);
  });

  it("are the shared group's and each widget's own on a page with fewer widgets", async () => {
    const frame = await russianPage(['conf-programme', 'conf-overview']);
    expect(stringsRequested(frame, chunks)).to.deep.equal(['ru/conf-overview', 'ru/conf-programme', 'ru/shared']);
  });
});
