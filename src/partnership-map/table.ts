/**
 * The table view: the same filtered partnerships as the map, one row each,
 * sortable by every column. The accessible alternative to the map, and what
 * is printed. On screen a long table shows TABLE_PAGE rows at a time (sorted
 * over all of them) and a button for the next, so 10,000 partnerships do not
 * make 10,000 rows at once; print shows every row.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SortDirection, TableColumn, TableRow } from './model.js';
import { TABLE_COLUMNS } from './model.js';
import { cityName, countryLabel, showMoreLabel, shownOf, sinceText, yearsText } from './texts.js';

/** Rows on screen at first, and added by "Show more". */
export const TABLE_PAGE = 200;

export interface TableOptions {
  rows: readonly TableRow[];
  sort: { column: TableColumn; direction: SortDirection };
  language: string;
  /** Caption: what the table shows. */
  caption: string;
  onSort?: (column: TableColumn) => void;
  /** For print only: no sort buttons, not in the tab order, every row. */
  print?: boolean;
  /** On screen: how many rows are shown, and showing more. */
  shown?: number;
  onMore?: () => void;
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

export function renderTable(options: TableOptions): TemplateResult {
  const { sort, language } = options;
  const limited = !options.print && options.shown !== undefined && options.shown < options.rows.length;
  const rows = limited ? options.rows.slice(0, options.shown) : options.rows;
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
  return html`<div part="table-frame" class=${options.print ? 'print-only' : ''}>
    <table part="table">
      <caption>
        ${options.caption}
      </caption>
      <thead>
        <tr>
          ${TABLE_COLUMNS.map(header)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr part="row">
              <td>${cityName(row.city, language)}</td>
              <td>${countryLabel(row.city.country, language)}</td>
              <td>${cityName(row.partner, language)}</td>
              <td>${countryLabel(row.partner.country, language)}</td>
              <td>
                ${row.entry.since ? html`<time datetime=${row.entry.partnership.since!}>${sinceText(row.entry, language)}</time>` : sinceText(row.entry, language)}
              </td>
              <td>${yearsText(row.years, language)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      limited
        ? html`<p part="more">
            <span>${shownOf(rows.length, options.rows.length, language)}</span>
            ${options.onMore ? html`<button type="button" part="show-more" @click=${options.onMore}>${showMoreLabel()}</button>` : nothing}
          </p>`
        : nothing
    }
  </div>`;
}
