/**
 * A static site with the built script-tag folder (dist/cdn/) copied into a subfolder,
 * /__site/assets/vendor/staedtepartner-widgets/, and pages in other folders
 * (test/fixtures/cdn-site/, served by test/support/embedding-server.mjs): a German page two
 * folders down that addresses the script relative to itself, and a Russian page with
 * `<base href="/__site/">`. Every chunk the entry loads (each widget, its translations, the map's
 * geometry) must come from beside the entry, whatever the page's folder or base URL.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/widgets.js';

const SITE = '/__site/';
const VENDOR = `${SITE}assets/vendor/staedtepartner-widgets/`;

interface SitePage {
  window: Window & { __site?: { errors: string[] } };
  document: Document;
}

/** The chunk of each source module of the build (dist/cdn/.vite/manifest.json). */
let manifest: Record<string, { file: string }>;

/** The address of the chunk built from `source`, in the vendor folder. */
function chunk(source: string): string {
  const entry = manifest[source];
  if (!entry) throw new Error(`the build has no chunk for ${source}`);
  return VENDOR + entry.file;
}

/** The site's page at `path` (under /__site/) in an iframe, once it has loaded. */
async function sitePage(path: string): Promise<SitePage> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = SITE + path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { window: frame.contentWindow as SitePage['window'], document: frame.contentDocument! };
}

/** Waits until `tag` shows `content`, failing early with what the page reported. */
async function shows(page: SitePage, tag: string, content: string): Promise<ShadowRoot> {
  const element = page.document.querySelector(tag);
  await until(() => element?.shadowRoot?.querySelector(content) || page.window.__site?.errors.length, `<${tag}> did not show ${content}`);
  expect(page.window.__site?.errors, 'errors on the page').to.deep.equal([]);
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return element!.shadowRoot!;
}

/** The paths of the scripts the page loaded, its own record.js aside. */
function scripts(page: SitePage): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') && path !== `${SITE}record.js`);
}

const GEOMETRY = ['src/partnership-map/atlas.topo.ts', 'src/partnership-map/world.topo.ts'];

/** The page's scripts once the map has loaded its geometry, each checked to come from the vendor folder. */
async function scriptsOnceTheMapIsIn(page: SitePage): Promise<string[]> {
  const geometry = GEOMETRY.map(chunk);
  await until(() => scripts(page).some((path) => geometry.includes(path)), 'the map did not load its geometry');
  const loaded = scripts(page);
  expect(
    loaded.filter((path) => !path.startsWith(VENDOR)),
    'scripts from outside the vendor folder',
  ).to.deep.equal([]);
  return loaded;
}

describe('a static site with the script-tag build in a subfolder', () => {
  before(async () => {
    const response = await fetch(`${VENDOR}.vite/manifest.json`);
    if (!response.ok) throw new Error('dist/cdn/ is missing: run npm run build before the browser tests (npm test does)');
    manifest = (await response.json()) as typeof manifest;
  });

  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('a German page two folders down: widgets, German translations and map geometry from beside the entry', async () => {
    const page = await sitePage('verein/staedte/partnerschaften.html');
    expect(page.document.documentElement.lang).to.equal('de');
    await shows(page, 'jubilee-list', '[part~="entry"]');
    await shows(page, 'partnership-map', '[part~="map"]');
    const loaded = await scriptsOnceTheMapIsIn(page);
    expect(loaded).to.include.members([
      `${VENDOR}staedtepartner-widgets.js`,
      chunk('src/jubilee-list/define.ts'),
      chunk('src/partnership-map/define.ts'),
      chunk('src/generated/locales/de/shared.ts'),
      chunk('src/generated/locales/de/jubilee-list.ts'),
      chunk('src/generated/locales/de/partnership-map.ts'),
    ]);
    expect(loaded, 'no Russian translations on a German page').not.to.include(chunk('src/generated/locales/ru/shared.ts'));
  });

  it('a Russian page with <base href>: widgets, Russian translations and map geometry from beside the entry', async () => {
    const page = await sitePage('ru/partnery.html');
    expect(page.document.baseURI, 'the page has its <base href>').to.equal(`${location.origin}${SITE}`);
    const programme = await shows(page, 'conf-programme', '[part~="session"]');
    await shows(page, 'partnership-map', '[part~="map"]');
    const loaded = await scriptsOnceTheMapIsIn(page);
    expect(loaded).to.include.members([
      `${VENDOR}staedtepartner-widgets.js`,
      chunk('src/conf-programme/define.ts'),
      chunk('src/partnership-map/define.ts'),
      chunk('src/generated/locales/ru/shared.ts'),
      chunk('src/generated/locales/ru/conf-programme.ts'),
      chunk('src/generated/locales/ru/partnership-map.ts'),
    ]);
    expect(loaded, 'no German translations on a Russian page').not.to.include(chunk('src/generated/locales/de/shared.ts'));
    expect(programme.querySelector('[part~="title"]')?.textContent, 'the programme speaks Russian').to.match(/Программа/);
  });
});
