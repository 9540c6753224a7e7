import { css } from 'lit';

/**
 * A vertical timeline (line and dots on the inline start) that turns into
 * wrapping rows (line and dots on top) when the widget's own box is wide:
 * a container query on the frame, so a sidebar stays vertical on a wide screen.
 * The rows wrap instead of scrolling sideways. In a row, each entry is a
 * subgrid of the same eight rows (heading, badge, state, place, dates, motto,
 * participants, links), so places and dates stand on one line across the row
 * however many lines a badge or a long name takes above them.
 */
export const confHistoryStyles = css`
  :host {
    --_history-accent: var(--conf-history-accent, var(--_accent));
    --_history-line: var(--conf-history-line, var(--_border));
    --_history-gap: var(--conf-history-gap, var(--_space));
    --_history-dot: 0.875em;
    /* Room for the ring around the marked dot, inside the widget's box. */
    --_history-inset: 0.3125em;
    /* Middle of the first line of a heading (font-size 1.125em, line-height 1.5). */
    --_history-dot-middle: 0.84em;
  }
  [part~='summary'] {
    margin: 0 0 calc(var(--_history-gap) / 2);
    color: var(--_muted);
  }
  [part~='frame'] {
    container: conf-history / inline-size;
  }
  [part~='shown-range'] {
    margin: 0 0 calc(var(--_history-gap) / 2);
    color: var(--_muted);
  }
  [part~='show-previous'] {
    margin-block-end: var(--_history-gap);
  }
  [part~='timeline'] {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='entry'] {
    position: relative;
    min-inline-size: 0;
    padding-block: 0 var(--_history-gap);
    padding-inline: calc(var(--_history-inset) + var(--_history-dot) + 0.75em) 0;
  }
  /* The line, then the dot on it. */
  [part~='entry']::before,
  [part~='entry']::after {
    content: '';
    position: absolute;
  }
  [part~='entry']::before {
    inset-block: 0;
    inset-inline-start: calc(var(--_history-inset) + var(--_history-dot) / 2 - 1px);
    border-inline-start: 2px solid var(--_history-line);
  }
  [part~='entry']:first-child::before {
    inset-block-start: var(--_history-dot-middle);
  }
  [part~='entry']:last-child::before {
    inset-block-end: auto;
    block-size: var(--_history-dot-middle);
  }
  [part~='entry']:only-child::before {
    display: none;
  }
  [part~='entry']::after {
    inset-block-start: calc(var(--_history-dot-middle) - var(--_history-dot) / 2);
    inset-inline-start: var(--_history-inset);
    inline-size: var(--_history-dot);
    block-size: var(--_history-dot);
    border: 2px solid var(--_history-accent);
    border-radius: 50%;
    background: var(--_surface);
  }
  /* Forced colours drop the fill and the ring (a shadow): the transparent outline in the ring's place is drawn there in the system's text colour. */
  [part~='marked']::after {
    background: var(--_history-accent);
    box-shadow:
      0 0 0 3px var(--_surface),
      0 0 0 5px var(--_history-accent);
    outline: 2px solid transparent;
    outline-offset: 3px;
  }
  [part~='entry-heading'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4em;
    margin: 0;
    font-size: 1.125em;
    line-height: 1.5;
  }
  [part~='ordinal'],
  [part~='title'] {
    color: var(--_history-accent);
  }
  [part~='badge'] {
    display: inline-block;
    margin: 0.15em 0;
    padding: 0 0.5em;
    border: 1px solid var(--_history-accent);
    border-radius: var(--_radius);
    color: var(--_history-accent);
    font-size: 0.875em;
    font-weight: 700;
  }
  [part~='state'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='place'],
  [part~='dates'],
  [part~='participants'] {
    margin: 0;
  }
  [part~='dates'],
  [part~='participants'] {
    color: var(--_muted);
  }
  [part~='motto'] {
    margin: 0.25em 0 0;
    font-style: italic;
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }

  @container conf-history (min-width: 40em) {
    [part~='timeline'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    }
    [part~='entry'] {
      display: grid;
      grid-row: span 8;
      grid-template-rows: subgrid;
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
      align-content: start;
      padding-block: calc(var(--_history-inset) + var(--_history-dot) + 0.75em) var(--_history-gap);
      padding-inline: var(--_history-inset) var(--_history-gap);
    }
    [part~='entry-heading'] {
      grid-row: 1;
    }
    [part~='badge'] {
      grid-row: 2;
      justify-self: start;
    }
    [part~='state'] {
      grid-row: 3;
    }
    [part~='place'] {
      grid-row: 4;
    }
    [part~='dates'] {
      grid-row: 5;
    }
    [part~='motto'] {
      grid-row: 6;
    }
    [part~='participants'] {
      grid-row: 7;
    }
    [part~='links'] {
      grid-row: 8;
    }
    [part~='place'] .word {
      white-space: nowrap;
    }
    /* The line runs along the top of each row, through the dots. */
    [part~='entry']::before,
    [part~='entry']:first-child::before,
    [part~='entry']:last-child::before {
      inset-block: calc(var(--_history-inset) + var(--_history-dot) / 2 - 1px) auto;
      inset-inline: 0;
      block-size: auto;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_history-line);
    }
    [part~='entry']:only-child::before {
      display: block;
    }
    [part~='entry']::after {
      inset-block-start: var(--_history-inset);
    }
  }

  @media print {
    [part~='entry'] {
      break-inside: avoid;
    }
    /* Paper has no buttons: "Shown: 101–200 of 2,000" says what it holds. */
    button {
      display: none;
    }
    /* A link's words alone ("Report") do not say where it leads. */
    a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
