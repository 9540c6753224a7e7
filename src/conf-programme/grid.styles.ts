/**
 * The grid view's styles, in its lazy chunk (a page with the list view never downloads
 * them). A string, not lit's `css`: the chunk imports nothing that reaches lit (grid.ts
 * says why). The local `css` tag only lets the build minify it as CSS.
 */
const css = (strings: TemplateStringsArray) => strings.join('');

/**
 * A time axis, then the lanes of each venue (a venue is as many lanes wide as
 * it has sessions at once); a row per 5 minutes, in the grid's own scroll
 * container, so a long day stays one screen high and axis and headers stick.
 * Only in a container wider than 44em: narrower, the same markup is a list.
 */
const GRID_CSS = css`
  .venue-head,
  .time-head,
  .corner,
  .line,
  .gap {
    display: none;
  }
  @container conf-programme (width > 44em) {
    .untimed > [part~='sessions'] {
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
      margin-block-end: 0.75em;
    }
    .grid {
      /* Set on the element by the template: all venues' lanes, and rows from the first start to the last end. */
      --_lanes: 1;
      --_rows: 1;
      --_slot: 0.6em;
      display: grid;
      grid-template-columns: 3.5em repeat(var(--_lanes), minmax(9.5em, 1fr));
      grid-template-rows: auto repeat(var(--_rows), var(--_slot));
      column-gap: 0.25em;
      max-block-size: 75vh;
      margin-block-start: 0.5em;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .grid-sessions {
      display: contents;
    }
    /* Each cell's place comes from the template as --_column and --_row. */
    .grid-sessions > .session,
    .venue-head,
    .time-head,
    .line,
    .gap {
      --_column: auto;
      --_row: auto;
      grid-column: var(--_column);
      grid-row: var(--_row);
    }
    .venue-head,
    .corner {
      display: block;
      position: sticky;
      inset-block-start: 0;
      z-index: 3;
      grid-row: 1;
      padding: 0.3em 0.4em;
      border-block-end: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_muted);
      font-weight: 700;
      line-height: 1.2;
    }
    .corner {
      inset-inline-start: 0;
      z-index: 4;
      grid-column: 1;
    }
    /* Its top edge is the time it names. */
    .time-head {
      display: block;
      position: sticky;
      inset-inline-start: 0;
      z-index: 2;
      --_column: 1;
      padding-inline: 0.3em;
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.8em;
      line-height: 1;
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .line {
      display: block;
      --_column: 2 / -1;
      border-block-start: 1px solid var(--_border);
    }
    .time-head.half {
      font-size: 0.7em;
    }
    .line.half {
      border-block-start-style: dotted;
    }
    /* Hours without a session, drawn a quarter hour high: a row of dots between the times either side. */
    .gap {
      display: block;
      --_column: 2 / -1;
      background: radial-gradient(circle, var(--_muted) 0.1em, transparent 0.12em) center / 0.75em 100% repeat-x;
    }
    /* A line is two rows less the card's borders, so --_fit lines (set by the template) fit in it whole;
       whole pixels, as WebKit lays lines out. Where --_line is used the text is the card's (the article has no size of its own). */
    .grid-sessions > .session {
      --_lines: 2;
      --_fit: 1;
      /* The card's text is --_card times the grid's, and the slot (0.6em) is the grid's: here it is 0.6em / --_card. */
      --_card: 0.85;
      --_line: round(down, var(--_slot) / var(--_card) * 2 - 2px, 1px);
      z-index: 1;
      overflow: hidden;
      padding: 0 0.35em;
      line-height: var(--_line);
      border-radius: calc(var(--_radius) / 2);
      font-size: calc(var(--_card) * 1em);
      /* content-visibility: auto (from .session): one out of view is not laid out, its place and size come from the grid. */
    }
    /* No end: the default length, its lower edge dashed. */
    .grid-sessions > .open-end {
      border-block-end: 2px dashed var(--_muted);
    }
    .grid-sessions .head {
      margin: 0;
    }
    .grid-sessions .meta {
      row-gap: 0;
      font-size: 1em;
    }
    .grid-sessions p {
      margin: 0;
    }
    .grid-sessions [part~='session-title'] {
      margin: 0;
      font-size: 1em;
      line-height: inherit;
    }
    /* Read by screen readers, not shown (as .visually-hidden, never display: none): the venue, which the column names
       (its header is hidden from screen readers), and until the card opens on hover or focus its coordinators, moderators
       and topics, so that Tab reaches their links, which opens the card. */
    .grid-sessions [part~='venue'],
    .grid-sessions > :not(:hover, :focus-within) :is([part~='coordinators'], [part~='moderators'], [part~='topics']) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Compact: time, kind, title (as many lines as its length leaves room for), speakers; the rest on hover or focus, over what follows.
       What does not fit is cut below its last whole line (still read by screen readers). */
    .grid-sessions > :not(:hover, :focus-within) > article {
      max-block-size: calc(var(--_fit) * var(--_line));
      overflow: hidden;
    }
    .grid-sessions > :not(:hover, :focus-within) [part~='session-title'] {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--_lines);
      overflow: hidden;
    }
    /* Still reached by Tab, which opens the card. */
    .grid-sessions > :not(:hover, :focus-within) :is([part~='description'], .actions) {
      opacity: 0;
    }
    .grid-sessions > .session:is(:hover, :focus-within) {
      z-index: 5;
      align-self: start;
      min-block-size: 100%;
      overflow: visible;
      /* Nor is its paint contained: focus rings at its edge stay whole. */
      content-visibility: visible;
      box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3);
    }
  }
  /* On paper never a scroll box, also with print media but no beforeprint (which lists the day instead). */
  @media print {
    .grid {
      max-block-size: none;
      overflow: visible;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** The grid's stylesheet, made once and adopted by every programme that shows a grid. */
export function gridSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(GRID_CSS);
  }
  return sheet;
}
