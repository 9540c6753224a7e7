import { css } from 'lit';

/**
 * Map colours follow the page's colour scheme like the shared tokens. Marker
 * shapes carry the country too (circle, square, diamond), so colour is never
 * the only sign; the count on a marker is text with its own contrast.
 */
export const partnershipMapStyles = css`
  :host {
    --_map-de: var(--partnership-map-color-de, light-dark(#9a3412, #fdba74));
    --_map-ru: var(--partnership-map-color-ru, light-dark(#1d4ed8, #93c5fd));
    --_map-other: var(--partnership-map-color-other, light-dark(#4b5563, #d1d5db));
    --_map-on-marker: var(--partnership-map-on-marker, light-dark(#ffffff, #111827));
    --_map-sea: var(--partnership-map-sea, light-dark(#dbe7f3, #16202c));
    --_map-land: var(--partnership-map-land, light-dark(#f4f1ea, #2b313b));
    --_map-land-highlight: var(--partnership-map-land-highlight, light-dark(#e9e0cc, #39404c));
    --_map-border: light-dark(#a59e90, #5b6472);
    --_map-arc: var(--partnership-map-arc, light-dark(#6b7280, #9ca3af));
    --_map-arc-highlight: var(--partnership-map-arc-highlight, var(--_accent));
    --_map-height: var(--partnership-map-height, min(34em, 70vh));
  }
  /* The map's height follows the widget's width on narrow boxes (a phone, a sidebar). */
  [part~='base'] {
    container-type: inline-size;
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em var(--_space);
    margin: 0 0 0.5em;
  }
  [part~='filter'] {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part~='filter'] label,
  [part~='filter'] legend {
    color: var(--_muted);
    font-size: 0.875em;
    padding: 0;
  }
  [part~='years'] .range {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  /* Too narrow for "from [year] to [year]" in one row (a phone with its text at 200%): one under the other;
     narrower still, the fields narrower than their 5.5em (minmax: else they stick out and the page's box scrolls). */
  @container (width < 16em) {
    [part~='years'] .range {
      display: grid;
      grid: none / auto minmax(0, 1fr);
    }
  }
  /* Its edge is all that shows a field: the muted text colour's contrast (the border colour's is 1.6:1, WCAG 1.4.11 asks 3:1).
     Paint containment: WebKit counts a select's longest option, wider than a narrow select, in the page box's scroll width. */
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.25em 0.4em;
    max-inline-size: 100%;
    contain: paint;
  }
  input[type='search'] {
    inline-size: 12em;
  }
  input[type='number'] {
    inline-size: 5.5em;
  }
  /* Each row wraps: a button that does not fit beside the others moves below them whole. */
  [part~='view-switch'],
  [part~='map-tools'],
  [part~='map-tools'] > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  [part~='view-switch'] button,
  [part~='map-tools'] button,
  [part~='close'],
  [part~='partner-name'] {
    min-block-size: 2em;
    min-inline-size: 2em;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='view-switch'] button[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  [part~='summary'] {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  [part~='map-tools'] {
    justify-content: space-between;
    margin-block-end: 0.35em;
  }
  [part~='help'] {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='help'] p {
    margin: 0;
  }
  [part~='map'] {
    position: relative;
    block-size: min(var(--_map-height), max(15em, 85cqi));
    overflow: clip;
    /* No content-visibility: auto here: Chromium leaves what it skips out of the accessibility tree, so a
       map below the fold had no marker a screen reader could reach (docs/performance.md). */
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_map-sea);
    /* One finger up or down scrolls the page, as the wheel does, until the map has the focus (tapped). */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  [part~='map']:focus-within {
    touch-action: none;
  }
  [part~='map'].dragging {
    cursor: grabbing;
  }
  [part~='map']:focus-visible {
    outline-offset: -3px;
  }
  svg {
    position: absolute;
    inset: 0;
    display: block;
    /* The land is drawn whole and placed by a transform: the map's edge cuts it. */
    overflow: hidden;
    pointer-events: none;
    /* Not the paint a page sets on a container for its own icons (inherited): each shape sets its own. */
    fill: #000;
    fill-opacity: 1;
    stroke: none;
    stroke-width: 1;
    stroke-opacity: 1;
    stroke-dasharray: none;
    stroke-linecap: butt;
    stroke-linejoin: miter;
    paint-order: normal;
    text-anchor: start;
    shape-rendering: auto;
  }
  .land {
    fill: var(--_map-land);
  }
  /* Drawn in base units and scaled by the view: lines keep their width in pixels. */
  .borders,
  .beyond {
    vector-effect: non-scaling-stroke;
  }
  .land-highlight {
    fill: var(--_map-land-highlight);
  }
  .borders {
    fill: none;
    stroke: var(--_map-border);
    stroke-width: 0.75;
    stroke-linejoin: round;
  }
  /* Around the globe's outline on a map of the world: the plain surface, the outline drawn as a border. */
  .beyond {
    fill: var(--_surface);
    fill-rule: evenodd;
    stroke: var(--_map-border);
    stroke-width: 0.75;
  }
  .arcs {
    fill: none;
    stroke: var(--_map-arc);
    stroke-width: 1.25;
    stroke-opacity: 0.55;
  }
  .arcs.dimmed {
    stroke-opacity: 0.2;
  }
  .arcs.highlighted {
    stroke: var(--_map-arc-highlight);
    stroke-width: 3;
    stroke-opacity: 1;
    stroke-dasharray: 8 3;
  }
  /* Dense maps (arc-drawing.ts): one line per pair of groups, wider for more partnerships. */
  .arcs.grouped {
    stroke-opacity: 0.45;
    stroke-linecap: round;
  }
  .arcs.w2 {
    stroke-width: 2;
  }
  .arcs.w3 {
    stroke-width: 3.5;
  }
  .arcs.w4 {
    stroke-width: 6;
  }
  /* Land, arcs, labels and markers, moved as one during a gesture (zoom-pan.ts, layer.ts). */
  .layer {
    position: absolute;
    inset: 0;
    transform-origin: 0 0;
  }
  .layer.moving {
    will-change: transform;
  }
  /* Names on the map (labels.ts measures them at this size and weight): never in the pointer's way. */
  .labels text {
    font-size: 12px;
    font-weight: 600;
    dominant-baseline: central;
    fill: var(--_text);
    stroke: var(--_map-land);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .labels .country {
    font-weight: 400;
    fill: var(--_muted);
  }
  @media (forced-colors: active) {
    .labels text {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
  [part~='marker'] {
    /* The diameter and the characters of the count, set per marker. */
    --_d: 24px;
    --_n: 1;
    --_marker: var(--_map-other);
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: var(--_d);
    block-size: var(--_d);
    margin: calc(var(--_d) / -2) 0 0 calc(var(--_d) / -2);
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_marker);
    color: var(--_map-on-marker);
    border: 2px solid var(--_surface);
    /* The count fits its badge (three digits at most in the smallest that shows one), also with text at 200 %;
       a longer one (--_n characters: "12,000") smaller. */
    font-size: min(0.75em, calc(var(--_d) * 0.43), calc(var(--_d) * 1.3 / var(--_n)));
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.35);
  }
  [part~='marker'].de {
    --_marker: var(--_map-de);
  }
  [part~='marker'].ru {
    --_marker: var(--_map-ru);
    border-radius: 3px;
  }
  [part~='marker'].other {
    border-radius: 0;
    background: transparent;
    border: 0;
    box-shadow: none;
  }
  [part~='marker'].other::before {
    content: '';
    position: absolute;
    inset: 14%;
    transform: rotate(45deg);
    background: var(--_marker);
    border: 2px solid var(--_surface);
  }
  [part~='marker'] .count {
    white-space: nowrap;
  }
  [part~='marker'].other .count {
    position: relative;
  }
  [part~='marker'].mixed {
    --_marker: var(--_map-other);
  }
  /* A group: a second ring, drawn outside the shape. */
  [part~='marker'][part~='cluster'],
  [part~='marker'][part~='place'] {
    box-shadow:
      0 0 0 2px var(--_marker),
      0 1px 3px rgb(0 0 0 / 0.4);
  }
  [part~='marker'][part~='cluster'].other::before,
  [part~='marker'][part~='place'].other::before {
    box-shadow: 0 0 0 2px var(--_marker);
  }
  [part~='marker'][part~='selected'] {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  [part~='marker'][part~='partner'] {
    outline: 2px dashed var(--_text);
    outline-offset: 2px;
  }
  [part~='marker']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 3px;
  }
  [part~='tooltip'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 2;
    /* Its text is --_tip times the widget's; its box is sized in the widget's (18em at most, as tooltip.ts estimates it). */
    --_tip: 0.875;
    max-inline-size: min(18em / var(--_tip), 80%);
    padding: calc(0.35em / var(--_tip)) calc(0.6em / var(--_tip));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    font-size: calc(var(--_tip) * 1em);
    line-height: 1.35;
    cursor: default;
  }
  /* Hoverable (WCAG 1.4.13): an invisible edge reaches over the gap to the marker, so the pointer can move onto the tooltip. */
  [part~='tooltip']::before {
    content: '';
    position: absolute;
    inset: -10px;
  }
  [part~='tooltip'] strong {
    display: block;
  }
  [part~='tooltip'] span {
    color: var(--_muted);
  }
  .hint {
    position: absolute;
    inset: auto 0.5em 0.5em;
    margin: 0;
    padding: 0.35em 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    pointer-events: none;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    margin: 0.4em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    position: relative;
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 50%;
    background: var(--_marker, var(--_map-other));
  }
  .swatch.de {
    --_marker: var(--_map-de);
  }
  .swatch.ru {
    --_marker: var(--_map-ru);
    border-radius: 2px;
  }
  .swatch.other {
    background: none;
  }
  .swatch.other::before {
    content: '';
    position: absolute;
    inset: 14%;
    transform: rotate(45deg);
    background: var(--_map-other);
  }
  .swatch.cluster {
    background: var(--_map-other);
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_map-other);
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline: 0.15em;
  }
  .swatch.arc,
  .swatch.arc-highlight {
    border-radius: 0;
    inline-size: 1.5em;
    block-size: 0;
    background: none;
    border-block-start: 2px solid var(--_map-arc);
  }
  .swatch.arc-highlight {
    border-block-start: 3px dashed var(--_map-arc-highlight);
  }
  /*
   * Forced colours (e.g. Windows contrast themes) drop backgrounds and shadows: the legend's
   * symbols and a group's second ring would vanish. Shapes are drawn as borders in system colours
   * instead; a group's two rings become a double border.
   */
  @media (forced-colors: active) {
    .arcs {
      stroke: CanvasText;
    }
    .arcs.highlighted {
      stroke: Highlight;
    }
    [part~='marker'][part~='cluster'],
    [part~='marker'][part~='place'],
    [part~='marker'][part~='cluster'].other::before,
    [part~='marker'][part~='place'].other::before {
      border: 4px double CanvasText;
    }
    [part~='marker'][part~='cluster'].other,
    [part~='marker'][part~='place'].other {
      border: 0;
    }
    /* Every outline is drawn in one system colour here: the selected place's ring is double, so that the focus ring
       (solid, as on every control) shows when Tab reaches it. */
    [part~='marker'][part~='selected']:not(:focus-visible) {
      outline: 5px double Highlight;
    }
    /* A pressed partner or view (Map, Table): its border would be drawn as the others', the view's underline not at all.
       The highlight, and the focus ring around it, drawn as they are (Chromium would set the text on a plate of the
       page's colour: white on white). As specific as the view's pressed rule above, which it follows. */
    [part] button[aria-pressed='true'] {
      forced-color-adjust: none;
      outline-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .swatch {
      border: 2px solid CanvasText;
    }
    .swatch.other {
      border: 0;
    }
    .swatch.other::before {
      border: 2px solid CanvasText;
    }
    .swatch.cluster {
      inline-size: 1em;
      block-size: 1em;
      margin-inline: 0;
      border: 4px double CanvasText;
    }
    .swatch.arc,
    .swatch.arc-highlight {
      border: 0;
      border-block-start: 2px solid CanvasText;
    }
    .swatch.arc-highlight {
      border-block-start: 3px dashed Highlight;
    }
  }
  [part~='panel'] {
    margin-block-start: 0.75em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='panel-header'] {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  [part~='panel-heading'] {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  [part~='panel-summary'] {
    margin: 0.25em 0 0.5em;
    color: var(--_muted);
  }
  [part~='partners'] {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='partner'] {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_border);
  }
  [part~='partner'][part~='selected'] {
    border-inline-start-color: var(--_accent);
  }
  [part~='partner-name'] {
    font-weight: 700;
    color: var(--_accent);
    text-align: start;
  }
  [part~='partner-name'][aria-pressed='true'] {
    border-color: var(--_accent);
  }
  [part~='partner-country'] {
    margin-inline-start: 0.5em;
    color: var(--_muted);
  }
  [part~='partner-since'],
  [part~='partner-dates'],
  [part~='notes'] {
    margin: 0.25em 0 0;
  }
  /* A partnership's other dates (the only description list): "Reaffirmed: March 1989", a line each. */
  dt,
  dd {
    display: inline;
    margin: 0;
  }
  dt::after {
    content: ': ';
  }
  [part~='notes'] {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .print-only {
    display: none;
  }
  /* The map and its legend give way to the table in print: see table.styles.ts, adopted with the table's chunk. */
  @media print {
    [part~='controls'],
    [part~='map-tools'],
    [part~='help'],
    [part~='close'] {
      display: none;
    }
    .print-only {
      display: block;
    }
  }
`;
