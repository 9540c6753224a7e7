/**
 * The table view's code is a chunk of its own: table.ts and what only it
 * imports (the rows and their orders, the row window, the table's styles),
 * which a page that shows only the map would otherwise download before its
 * first markers. The page imports it once, when first needed:
 * - the table view is shown: the widget says it is loading until the chunk is
 *   in, and its `updateComplete` waits for it and the rows;
 * - the map is shown: in idle time once it has a size, so that the chunk is in
 *   before anyone prints (`beforeprint` renders every row at once);
 * - printing starts before that: that printout has the map and a note instead
 *   of the table; the table follows for the next one.
 * A failed import is said in place of the table (details in the console) and
 * tried again the next time the table is asked for: the view chosen again,
 * Try again, or printing.
 */
import type { ReactiveControllerHost } from 'lit';
import { foundingOrder } from '../i18n/founding.js';
import { yearsLasted } from './model.js';
import { nameRanksOf } from './name-ranks.js';
import type { RowTexts } from './table.js';
import type { RowHelpers } from './table-rows.js';
import type { TableWindow } from './table-window.js';
import { cityShown, countryLabel, sinceText, yearsText } from './texts.js';
import { mapWork } from './work.js';
import { screenScale } from './zoom-pan.js';

export type TableModule = typeof import('./table.js');

/**
 * What the table's code uses of the widget's own modules, handed to it rather than imported: a
 * static import from the chunk into them made Rolldown split two small shared chunks off the
 * page's (work.ts off the widget's, i18n/language.ts off the feed loader's), 0.45 kB more on
 * the map page. So are work.ts's counters: imported by the chunk, work.ts was a file of its own
 * on the map's page (0.16 kB gzip more). The chunk imports only Lit and style-properties.
 */
export const tableHelpers: RowHelpers & RowTexts = { nameRanksOf, yearsLasted, foundingOrder, cityShown, countryLabel, sinceText, yearsText, mapWork };

/**
 * The page's one copy of the chunk. `load` is the import itself: a test replaces it, and clears
 * `module`, `loading` and `preloaded`, to hold the chunk back or make it fail.
 */
export const tableChunk: {
  load: () => Promise<TableModule>;
  module?: TableModule;
  loading?: Promise<TableModule>;
  /** The idle import for a map shown was asked for. */
  preloaded?: boolean;
} = { load: () => import('./table.js') };

function loadChunk(): Promise<TableModule> {
  return (tableChunk.loading ??= tableChunk.load().then(
    (module) => (tableChunk.module = module),
    (error: unknown) => {
      // Tried again by the next one who asks (the browser may still answer from its module map).
      tableChunk.loading = undefined;
      throw error;
    },
  ));
}

const failed = (error: unknown) => console.error('[staedtepartner-widgets] <partnership-map> could not load the table view', error);

/** Imports the chunk in idle time (a task where there is no requestIdleCallback), once per page: a map is shown. */
export function preloadTable(): void {
  if (tableChunk.preloaded || tableChunk.module) return;
  tableChunk.preloaded = true;
  const load = () => void loadChunk().catch(failed);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load);
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * One widget's use of the chunk: the table's code once it is in, with the widget's row window (a
 * controller of the widget, added then) and the table's styles adopted into its shadow root.
 */
export class TableView {
  /** The chunk and this widget's row window, once the table was needed and the chunk is in. */
  shown?: { module: TableModule; window: TableWindow };
  /** The last import failed: said in place of the table until the table is asked for again. */
  failed = false;
  /** The import this widget waits for: its updateComplete waits for it too (settle). */
  private waiting?: Promise<void>;

  constructor(
    private readonly host: Host,
    /** The table's frame on screen, which the row window follows. */
    private readonly frame: () => HTMLElement | null | undefined,
  ) {}

  /**
   * The table is rendered in this update (from willUpdate): the chunk's code at once when the page
   * has it, so a print renders every row in `beforeprint`; else it is imported, and after a failure
   * only when the table is asked for again (`again`).
   */
  need(again: boolean): void {
    if (this.shown || this.waiting || (this.failed && !again)) return;
    if (tableChunk.module) return this.#attach(tableChunk.module);
    if (this.failed) {
      this.failed = false;
      this.host.requestUpdate();
    }
    this.waiting = loadChunk()
      .then(
        (module) => this.#attach(module),
        (error: unknown) => {
          this.failed = true;
          failed(error);
        },
      )
      .finally(() => {
        this.waiting = undefined;
        this.host.requestUpdate();
      });
  }

  #attach(module: TableModule): void {
    this.shown = { module, window: new module.TableWindow(this.host, this.frame, screenScale) };
    module.adoptTableStyles(this.host.renderRoot as ShadowRoot);
  }

  /** `updated()` resolves once the host's update is complete; this also waits for the chunk the table waits for, and the update that shows it. */
  async settle(updated: () => Promise<boolean>): Promise<boolean> {
    let done = await updated();
    while (this.waiting) {
      await this.waiting;
      done = await updated();
    }
    return done;
  }
}
