import { css } from 'lit';

/**
 * Toolbar, day tabs and sessions. The panel is a size container: the grid
 * view (grid.styles.ts, adopted with its chunk) is a timetable on a wide
 * panel and the same markup as a list on a narrow one, whatever the window.
 * Print shows every day as a list with its descriptions and no controls, the zone of its times named.
 */
export const confProgrammeStyles = css`
  :host {
    --_programme-accent: var(--conf-programme-accent, var(--_accent));
    --_programme-gap: var(--conf-programme-gap, var(--_space));
  }
  [part~='title'] {
    margin: 0 0 calc(var(--_programme-gap) / 2);
    font-size: 1.3em;
    line-height: 1.25;
  }
  [part~='summary'] {
    margin: 0 0 calc(var(--_programme-gap) / 2);
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 0.75em;
  }
  /* The menu of months of a very long programme, above its day tabs. */
  label.month {
    justify-content: start;
    margin-block-start: 0.5em;
  }
  .toolbar label,
  label.month {
    display: grid;
    gap: 0.15em;
    min-inline-size: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .toolbar .search {
    flex: 1 1 14em;
  }
  /* Its edge is all that shows a field: the muted text colour's contrast (the border colour's is 1.6:1, WCAG 1.4.11 asks 3:1). */
  input,
  select {
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    /* The root's size, not the 0.9em of its label; never under 16px (phones zoom into a smaller field), which a theme's 62.5 % root would make 10px. */
    font-size: max(1rem, 16px);
  }
  .toolbar button,
  [part~='clear-filters'],
  [part~='show-previous'],
  [part~='show-more'],
  .actions button {
    padding: 0.35em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A session's buttons are smaller. Before the pressed toggle's rule, which a session's star follows too: after it, it
     left the pressed star unfilled, and in forced colours its text (HighlightText) on the page's surface, white on white. */
  .actions button {
    padding: 0.2em 0.6em;
  }
  button[aria-pressed='true'] {
    border-color: var(--_programme-accent);
    background: var(--_programme-accent);
    color: var(--_surface);
  }
  button:disabled,
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [part~='zone-note'],
  [part~='result-count'] {
    margin: 0.5em 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* One row that scrolls; tab-strip.ts fades the ends with more tabs beyond them. */
  [part~='tabs'] {
    position: relative;
    display: flex;
    gap: 0.25em;
    margin-block: 0.5em;
    overflow-x: auto;
    scrollbar-width: thin;
    border-block-end: 2px solid var(--_border);
  }
  [part~='tab'] {
    flex: none;
    padding: 0.4em 0.8em;
    border: 1px solid transparent;
    border-block-end: 0.2em solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
  }
  /* The ring inside the tab: the scrolling row would clip one outside it. */
  [part~='tab']:focus-visible {
    outline-offset: -3px;
  }
  /* Marked by its underline and colour, not bold: a bolder tab is wider and would shift the others. */
  [part~='tab'][aria-selected='true'] {
    border-block-end-color: var(--_programme-accent);
    color: var(--_programme-accent);
  }
  /* Forced colours draw every tab's transparent border and drop backgrounds: the chosen tab and a
     pressed toggle would look as the others. The system's highlight marks them, drawn as it is: Chromium
     would set the text on a plate of the page's colour, where the highlight's text colour may not show
     (white on white). So is the focus ring: in the highlight around a toggle, in its text colour inside a tab. */
  @media (forced-colors: active) {
    button[aria-pressed='true'],
    [part~='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      outline-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    [part~='tab'][aria-selected='true'] {
      outline-color: HighlightText;
    }
  }
  [part~='panel'] {
    container: conf-programme / inline-size;
  }
  [part~='day-heading'] {
    margin: var(--_programme-gap) 0 0.5em;
    font-size: 1.1em;
  }
  [part~='sessions'] {
    display: grid;
    gap: calc(var(--_programme-gap) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    min-inline-size: 0;
    padding: calc(var(--_programme-gap) * 0.75);
    border: 1px solid var(--_border);
    /* The stripe: the track's colour (set per session from the feed), else the kind's. */
    border-inline-start: 0.3em solid var(--conf-programme-track-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  /* A day of "All days" not drawn yet (day-drawing.ts): the space of its sessions before they are laid out, and of its "Shown" and "Show more" lines. */
  .pending {
    /* Set on the element: the sessions it stands for, and 1 when a "Show more" line follows them. */
    --_n: 0;
    --_more: 0;
    block-size: calc(
      var(--_n) * (9em + 2.25 * var(--_programme-gap) + 2px) - 0.75 * var(--_programme-gap) + var(--_more) * (3.5em + 1.5 * var(--_programme-gap))
    );
  }
  .kind-plenary {
    border-inline-start-color: var(--conf-programme-track-color, var(--_programme-accent));
  }
  /* A break (no buttons), shaded as pretalx shades it. */
  .kind-break {
    background: color-mix(in srgb, var(--_border) 30%, var(--_surface));
  }
  /* Forced colours drop the shadow and draw every card's border alike: the transparent outline, drawn there in the
     system's text colour, keeps the running session's thicker frame. */
  [part~='session-now'] {
    border-color: var(--_programme-accent);
    box-shadow: 0 0 0 2px var(--_programme-accent);
    outline: 2px solid transparent;
  }
  .session article:focus {
    outline: none;
  }
  .session article:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 4px;
  }
  /* The title comes first for screen readers (heading navigation lands on it, and the time, kind and badges follow it),
     the details line is shown above it. In a column of flex items, whose margins do not collapse: the title's bottom
     margin is the head's, outside it, where it collapses with the next block's as before. */
  .head {
    display: flex;
    flex-direction: column;
    margin-block-end: calc(0.25em * 1.05);
  }
  .head .meta {
    order: -1;
    margin-block-end: 0;
  }
  .head [part~='session-title'] {
    margin-block-end: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='session-time'] {
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part~='timing'] {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_programme-accent);
    color: var(--_surface);
  }
  [part~='session-title'] {
    margin: 0.25em 0;
    font-size: 1.05em;
    line-height: 1.3;
    /* A title in Arabic or Hebrew (dir="auto") from the right in every engine: Firefox and WebKit give
       the <li> around it the left of its list (text-align: match-parent), which it would inherit. */
    text-align: start;
  }
  .session p {
    margin: 0.25em 0;
  }
  [part~='topics'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0.25em 0;
    padding: 0;
    list-style: none;
  }
  /* A pill on one line; on several (a long topic in a narrow column) a box with round corners, not an oval that cuts its text. */
  [part~='topics'] li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
  [part~='description'] summary {
    cursor: pointer;
    color: var(--_programme-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
    font-size: 0.9em;
  }
  [part~='shown-range'] {
    margin: 0 0 calc(var(--_programme-gap) / 2);
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='show-previous'] {
    margin-block-end: var(--_programme-gap);
  }
  [part~='more'] {
    margin: var(--_programme-gap) 0 0;
  }
  [part~='no-results'] {
    padding: var(--_programme-gap);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  [part~='no-results'] p {
    margin: 0 0 0.5em;
  }

  /* The grid view's styles are in its lazy chunk (grid.styles.ts), the calendar menus' in theirs (menu.ts). */

  /* Below 30em (a phone) the search, filters and switches are behind one button (toolbar.ts); what holds the
     focus stays until the focus leaves it (a phone turned while the calendar menu is open or the search typed in). */
  .toolbar {
    container-type: inline-size;
  }
  .tools {
    display: none;
  }
  @container (max-width: 30em) {
    .toolbar > .tools {
      display: block;
    }
    .toolbar:not(.open) > :not(.tools, :focus-within) {
      display: none;
    }
  }
  /* On a phone a day's heading under its own tab repeats the tab: read, not shown. */
  @container conf-programme (max-width: 30em) {
    [part~='panel']:not([aria-labelledby='tab-all']) [part~='day-heading'] {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  @media print {
    .toolbar,
    [part~='tabs'],
    [part~='result-count'],
    [part~='shown-range'],
    [part~='show-previous'],
    [part~='more'],
    .actions,
    [part~='description'] summary {
      display: none;
    }
    .session {
      break-inside: avoid;
      content-visibility: visible;
    }
  }
`;
