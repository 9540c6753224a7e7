/**
 * The table view: the same filtered partnerships as the map, one row each,
 * sortable by every column. The accessible alternative to the map, and what
 * is printed. On screen the table sits in a frame of its own that scrolls (a
 * focusable, named region) and renders only the rows in view and a margin
 * (see ./table-window.ts); the height of the others is reserved, so the
 * scrollbar is right, and every row says its place (`aria-rowindex` of
 * `aria-rowcount`). Printing renders every row.
 *
 * This module is the table's chunk: `<partnership-map>` imports it when the
 * table is first needed (table-chunk.ts), with the rows and their orders
 * (table-rows.ts), the row window (table-window.ts) and the table's styles.
 */
import { msg, str } from '../i18n/msg.js';
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../shared/style-properties.js';
import { TABLE_COLUMNS, type SortDirection, type TableColumn, type TableData, type TableRow } from './table-rows.js';
import type { TableWindow } from './table-window.js';
import { tableStyles } from './table.styles.js';
import type { cityShown, countryLabel, sinceText, yearsText } from './texts.js';
import type { mapWork } from './work.js';

export { tableDataOf } from './table-rows.js';
export { TableWindow } from './table-window.js';

/**
 * Adds the table's styles to a widget's shadow root, after the widget's own: a constructed style
 * sheet where the browser adopts them (every browser we support), else as Lit falls back for its own.
 */
export function adoptTableStyles(root: ShadowRoot): void {
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, tableStyles.styleSheet!];
  else adoptStyles(root, [tableStyles]);
}

/** How a row's cells are written: the widget's own texts (texts.ts), passed in (tableHelpers in table-chunk.ts), and where rendered rows are counted. */
export interface RowTexts {
  cityShown: typeof cityShown;
  countryLabel: typeof countryLabel;
  sinceText: typeof sinceText;
  yearsText: typeof yearsText;
  mapWork: typeof mapWork;
}

export interface TableOptions {
  table: TableData;
  texts: RowTexts;
  sort: { column: TableColumn; direction: SortDirection };
  language: string;
  onSort?: (column: TableColumn) => void;
  /** The copy printed under the map: no sort buttons, not in the tab order, every row. */
  print?: boolean;
  /** On screen: renders the rows in view; without it every row (printing). */
  window?: TableWindow;
}

function columnLabel(column: TableColumn): string {
  switch (column) {
    case 'city':
      return msg('City', { desc: 'Table column: the first city of a partnership' });
    case 'country':
      return msg('Country', { id: 'partnership-map-column-country', desc: 'Table column: the country of the first city' });
    case 'partner':
      return msg('Partner city', { desc: 'Table column: the other city of a partnership' });
    case 'partnerCountry':
      return msg('Partner country', { desc: 'Table column: the country of the partner city' });
    case 'since':
      return msg('Since', { desc: 'Table column: the founding date of a partnership' });
    case 'years':
      return msg('Years', { desc: 'Table column: how many years a partnership has lasted' });
  }
}

function renderRow(row: TableRow, index: number, language: string, { cityShown, countryLabel, sinceText, yearsText, mapWork }: RowTexts): TemplateResult {
  mapWork.rowsRendered++;
  return html`<tr part="row" aria-rowindex=${index + 2}>
    <th scope="row" class="name">${cityShown(row.city, language)}</th>
    <td class="name">${countryLabel(row.city.country, language)}</td>
    <td class="name">${cityShown(row.partner, language)}</td>
    <td class="name">${countryLabel(row.partner.country, language)}</td>
    <td class="date">
      ${row.entry.since ? html`<time datetime=${row.entry.partnership.since!}>${sinceText(row.entry, language)}</time>` : sinceText(row.entry, language)}
    </td>
    <td class="date">${yearsText(row.years, language)}</td>
  </tr>`;
}

/** A row that stands for `count` rows not rendered. */
function spacer(count: number, height: number): TemplateResult | typeof nothing {
  return count > 0
    ? html`<tr class="spacer" aria-hidden="true">
        <td colspan=${TABLE_COLUMNS.length} ${styleProperties({ height: `${count * height}px` })}></td>
      </tr>`
    : nothing;
}

/** What a sort says to screen readers, which hear no change of `aria-sort` ("Sorted by Country, ascending."). */
export function sortedText(column: TableColumn, direction: SortDirection): string {
  const label = columnLabel(column);
  return direction === 'ascending'
    ? msg(str`Sorted by ${label}, ascending.`, { desc: 'Announced after a table column header was activated; the value is the column' })
    : msg(str`Sorted by ${label}, descending.`, { desc: 'Announced after a table column header was activated again; the value is the column' });
}

export function renderTable(options: TableOptions): TemplateResult {
  const { sort, language, table } = options;
  // What the table shows, and the name of the scrolling frame.
  const caption = msg('Town partnerships', { desc: 'Caption of the table of partnerships' });
  const order = table.order(sort.column, sort.direction);
  const count = order.length;
  const window = options.window?.window(count);
  const first = window ? window.first : 0;
  const last = window ? window.last : count;
  const indices = Array.from(order.subarray(first, last));
  const header = (column: TableColumn) => {
    const sorted = sort.column === column;
    const label = columnLabel(column);
    return html`<th scope="col" aria-sort=${sorted ? sort.direction : nothing}>
      ${
        options.print || !options.onSort
          ? label
          : html`<button type="button" part="sort" @click=${() => options.onSort!(column)}>
              ${label}<span class="sort-mark" aria-hidden="true">${sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
            </button>`
      }
    </th>`;
  };
  return html`<div
    part="table-frame"
    class=${options.print ? 'print-only' : ''}
    role=${options.print ? nothing : 'region'}
    aria-label=${options.print ? nothing : caption}
    tabindex=${options.print ? nothing : '0'}
    @scroll=${options.window?.onScroll}
    @keydown=${options.window?.onKeyDown}
  >
    <table part="table" aria-rowcount=${count + 1}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr aria-rowindex="1">
          ${TABLE_COLUMNS.map(header)}
        </tr>
      </thead>
      <tbody>
        ${window ? spacer(first, window.rowHeight) : nothing}
        ${repeat(
          indices,
          (index) => index,
          (index, i) => renderRow(table.rows[index], first + i, language, options.texts),
        )}
        ${window ? spacer(count - last, window.rowHeight) : nothing}
      </tbody>
    </table>
  </div>`;
}
