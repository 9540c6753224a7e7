/**
 * The table view's code is a chunk loaded when first needed (table-chunk.ts):
 * the table view says it is loading until the chunk is in and its
 * updateComplete waits for the rows; a failed import is said in place of the
 * table (localised, details in the console) and tried again when the table is
 * asked for anew; a map page brings the chunk in idle time, so printing renders
 * every row; printing before it is in prints the map and a note, and the table
 * follows. The import is held back or made to fail through `tableChunk.load`.
 * Last, the built bundle (dist/cdn) under a strict CSP: the chunk loads and its
 * style sheet applies without a violation.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { tableChunk, type TableModule } from '../../src/partnership-map/table-chunk.js';
import { axeViolations } from '../support/axe.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { captureConsole, deepActiveElement, pageLanguage, resetPage, shadow, texts, until } from '../support/widgets.js';

const FEED = generateFeed({ partnerships: 1_000, sessions: 10 });
const ROWS = '[part~="table-frame"]:not(.print-only) [part~="row"]';
const PRINTED = '.print-only [part~="row"]';

const original = { ...tableChunk };
const realImport = original.load;
let imports = 0;

/** The page as if the chunk had never been imported; `load` stands for the import. */
function freshChunk(load: () => Promise<TableModule>): void {
  imports = 0;
  Object.assign(tableChunk, { module: undefined, loading: undefined, preloaded: undefined });
  tableChunk.load = () => {
    imports++;
    return load();
  };
}

/** An import held until `release()`. */
function heldImport(): { load: () => Promise<TableModule>; release: () => void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return { load: () => held.then(realImport), release };
}

function mapOf(view: 'map' | 'table'): PartnershipMap {
  const element = document.createElement('partnership-map');
  element.view = view;
  element.feed = FEED as FeedDocument;
  document.body.append(element);
  return element;
}

describe('<partnership-map> table chunk', function () {
  this.timeout(60_000);

  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    Object.assign(tableChunk, original);
    await resetPage();
  });

  it('the table view says it is loading until its chunk is in; updateComplete waits for the rows, styled', async () => {
    const { load, release } = heldImport();
    freshChunk(load);
    const element = mapOf('table');
    const root = shadow(element);
    await until(() => root.querySelector('[part~="status"]'), 'no loading state');
    const status = root.querySelector('[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(texts(root, '[part~="status"]')).to.deep.equal(['Loading…']);
    expect(root.querySelector('[part~="row"]')).to.equal(null);
    let settled = false;
    const complete = element.updateComplete.then(() => (settled = true));
    // Tasks pass, and the update is not complete while the chunk is held back.
    await new Promise((resolve) => setTimeout(resolve));
    expect(settled, 'updateComplete before the chunk is in').to.equal(false);
    release();
    await complete;
    expect(root.querySelectorAll(ROWS).length, 'rows once updateComplete resolved').to.be.above(0);
    expect(root.querySelector('[part~="status"]')).to.equal(null);
    expect(imports).to.equal(1);
    // The table's own styles came with it (a constructed style sheet): the frame scrolls.
    expect(getComputedStyle(root.querySelector('[part~="table-frame"]')!).overflowY).to.equal('auto');
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('a failed import is said in place of the table, in the page language, with the details in the console; tried again when the table is asked for anew', async () => {
    freshChunk(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await pageLanguage('de');
    let element!: PartnershipMap;
    const { logged } = await captureConsole(async () => {
      element = mapOf('table');
      await element.updateComplete;
    });
    const root = shadow(element);
    const error = root.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(texts(error, 'p')).to.deep.equal(['Die Tabelle konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.']);
    expect(texts(error, '[part~="retry"]')).to.deep.equal(['Erneut versuchen']);
    expect(logged.join('\n')).to.contain('could not load the table view').and.to.contain('Failed to fetch dynamically imported module');
    expect(imports).to.equal(1);
    expect(await axeViolations(element)).to.deep.equal([]);

    // Other updates do not import it again; the table chosen again does (the map's own import in idle time is left out here).
    tableChunk.preloaded = true;
    await captureConsole(async () => {
      element.country = 'DE';
      await element.updateComplete;
      expect(imports, 'imported again by an update').to.equal(1);
      element.view = 'map';
      await until(() => root.querySelector('[part~="marker"]'), 'no map');
      element.view = 'table';
      await element.updateComplete;
    });
    expect(imports, 'not tried again when the table was shown again').to.equal(2);
    expect(root.querySelector('[part~="error"]')).to.not.equal(null);

    // Try again, and the chunk comes: the rows, and the focus on the table.
    tableChunk.load = () => {
      imports++;
      return realImport();
    };
    root.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => root.querySelector(ROWS), 'no table after Try again');
    await until(() => deepActiveElement()?.matches('[part~="table-frame"]'), 'the focus is not on the table after Try again');
    expect(imports).to.equal(3);
    expect(root.querySelector('[part~="error"]')).to.equal(null);
  });

  it('a map page brings the chunk in once the map is shown, without the table view: printing then renders every row', async () => {
    freshChunk(realImport);
    const element = mapOf('map');
    const root = shadow(element);
    await until(() => root.querySelector('[part~="marker"]'), 'no map');
    await until(() => tableChunk.module, 'the table chunk was not brought in after the map was shown');
    expect(imports).to.equal(1);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.querySelectorAll(PRINTED).length, 'rows printed').to.equal(1_000);
    window.dispatchEvent(new Event('afterprint'));
    await until(() => !root.querySelector('.print-only'), 'the printed table stays after printing');
  });

  it('printing before the chunk is in prints the map with a note; the table follows while printing', async () => {
    const { load, release } = heldImport();
    freshChunk(load);
    const element = mapOf('map');
    const root = shadow(element);
    await until(() => root.querySelector('[part~="marker"]'), 'no map');
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.querySelector(PRINTED)).to.equal(null);
    expect(texts(root, 'p.print-only')).to.deep.equal(['The table of partnerships was not loaded yet when printing started. Print again to include it.']);
    // The map is printed instead: only the table's print styles, which come with it, hide the map.
    expect(root.querySelector('[part~="map"]')).to.not.equal(null);
    release();
    await element.updateComplete;
    expect(root.querySelectorAll(PRINTED).length, 'rows printed once the chunk is in').to.equal(1_000);
    expect(root.querySelector('p.print-only')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await until(() => !root.querySelector('.print-only'), 'the printed table stays after printing');
  });

  it('in the built bundle under a strict CSP: the table chunk loads and its styles apply, without a violation', async () => {
    const config = { widgets: [{ tag: 'partnership-map', attributes: { src: SAMPLE_FEED_URL, view: 'table' } }] };
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.src = `/test/fixtures/embed/page.html?csp#${encodeURIComponent(JSON.stringify(config))}`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const page = frame.contentWindow as Window & { __embed: { violations: string[]; errors: string[] } };
      const root = () => page.document.querySelector('partnership-map')?.shadowRoot;
      await until(() => root()?.querySelector(ROWS), 'no table in the built bundle');
      expect(page.getComputedStyle(root()!.querySelector('[part~="table-frame"]')!).overflowY).to.equal('auto');
      expect(page.__embed.violations).to.deep.equal([]);
      expect(page.__embed.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
