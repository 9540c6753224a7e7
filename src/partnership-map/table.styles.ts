import { css } from 'lit';

/**
 * The table view's styles: part of the table's chunk (table-chunk.ts), adopted
 * into the widget's shadow root as a constructed style sheet when the chunk
 * arrives, like the widget's own styles (no `<style>` element: strict CSP). The
 * tokens (`--_border`, `--_map-height` …) are the widget's.
 */
export const tableStyles = css`
  /* The table scrolls in its own frame (both ways: six columns do not fit a phone), and renders only the rows in view.
     At its top or end the page scrolls on (a finger on a phone, where the frame is most of the screen); sideways never the page's history. */
  [part~='table-frame'] {
    max-inline-size: 100%;
    max-block-size: var(--_map-height);
    overflow: auto;
    overscroll-behavior-x: contain;
  }
  [part~='table-frame']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Names wrap at spaces and hyphens only, never inside a word ("Deutschl/and"). */
    overflow-wrap: normal;
    word-break: normal;
    /* A host page without a doctype (quirks mode) gives tables the browser's own text size and colour: the widget's instead. */
    font: inherit;
    color: inherit;
    white-space: inherit;
    text-align: inherit;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface);
  }
  td.date {
    white-space: nowrap;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  caption {
    /* Above the table, also inside a container that sets caption-side (inherited) for its own tables. */
    caption-side: top;
    text-align: start;
    color: var(--_muted);
    padding-block-end: 0.35em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
  }
  /* A row's city names the row for screen readers ("Aachen, Country, Germany"): not bold. */
  tbody th {
    font-weight: inherit;
  }
  [part~='sort'] {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    min-block-size: 2em;
    min-inline-size: 2em;
    padding: 0.2em 0.25em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    font-weight: 700;
  }
  .sort-mark {
    color: var(--_muted);
    font-size: 0.8em;
  }
  /* Printed: the table, every row, in place of the map and its legend (without this chunk, the map is printed). */
  @media print {
    [part~='map'],
    [part~='legend'] {
      display: none;
    }
    [part~='table-frame'] {
      max-block-size: none;
      overflow: visible;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
