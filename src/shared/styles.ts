import { css } from 'lit';

/**
 * Shared design tokens and the states every widget shows. Each token falls back
 * to a light and a dark default (`light-dark()`), chosen by the background the
 * page shows behind the widget (ColorSchemeController sets a state on the host,
 * the `color-scheme` inside it follows). Widgets inherit the page's font.
 *
 * The public tokens are documented on `StaedtepartnerElement` (and so in
 * custom-elements.json for every widget).
 */
export const baseStyles = css`
  :host {
    --_text: var(--sp-color-text, light-dark(#1d2330, #e9ecf2));
    --_muted: var(--sp-color-muted, light-dark(#4f5868, #b3bac6));
    --_accent: var(--sp-color-accent, light-dark(#0b5394, #8cc4ff));
    --_surface: var(--sp-color-surface, light-dark(#ffffff, #1b2029));
    --_border: var(--sp-color-border, light-dark(#c9ced8, #434b59));
    --_danger: var(--sp-color-danger, light-dark(#a4262c, #ff9a9f));
    --_radius: var(--sp-radius, 0.375em);
    --_space: var(--sp-space, 1em);
    --_focus-ring: var(--sp-focus-ring, 3px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    font: inherit;
    /* Not invisible inside a parent with font-size: 0 (the inline-block grid of older themes). */
    font-size: max(1em, 12px);
    /* Lines across, in a parent written top to bottom too (writing-mode: vertical-rl). */
    writing-mode: horizontal-tb;
    max-inline-size: 100%;
    /* As wide as its place where CSS sizes a box by its content, too: a float, an inline-block, a flex
       row or column, a grid that keeps its items at their own width. Sized by their content, the map
       and the overview have no width at all. */
    inline-size: -webkit-fill-available;
    inline-size: -moz-available;
    inline-size: stretch;
  }
  /* The widget's own text, set inside it: a page's rules for the widget's element reach the host
     but not its shadow tree, whether '* { color: … !important }' or a CSS reset's '* { all: unset }'. */
  [part~='base'] {
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
    /* Inherited properties a host page may set for its own text. */
    white-space: normal;
    word-break: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    /* Its quotation marks (German sites' „…“ on the root) and pointer: each language's own, and what is under the pointer. */
    quotes: auto;
    cursor: auto;
    /* And the effects of its quotations and headlines: italic, small capitals, shadowed,
       outlined or gradient text (-webkit-text-fill-color: transparent), a justified last line. */
    font-style: normal;
    font-variant: normal;
    text-shadow: none;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke-width: 0;
    text-align-last: auto;
    /* The widgets speak German, Russian or English, on a right-to-left page too
       (a name in Arabic or Hebrew is isolated where it is shown: isolated() in text.ts). */
    direction: ltr;
  }
  /* The scheme of the background behind the widget (ColorSchemeController), whatever
     color-scheme it inherits: never light text on a light page or dark text on a dark one. */
  :host(:state(dark)) [part~='base'] {
    color-scheme: dark;
  }
  :host(:state(light)) [part~='base'] {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /* A width the widget would like where it is sized by its content (a cell of a table without a width
     beside a cell of text, a grid's auto column): about 40em, or as narrow as its place. The map and
     the overview, size containers, have no content width and would be 0px wide there. Two zero-width
     spaces 40em apart, in a line of no height: the line may break between them. (Two spaces: the
     escape takes the first.) Breakable even where the page's text does not wrap (white-space: nowrap). */
  :host::before {
    content: '\\200b  \\200b';
    white-space: normal;
    display: block;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    word-spacing: 40em;
  }
  /* Not inherited from the host, where a page's '* { box-sizing: content-box }' would reach. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='status'],
  [part~='error'],
  [part~='empty'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='status'] {
    display: flex;
    align-items: center;
    gap: 0.75em;
    color: var(--_muted);
  }
  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: sp-spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes sp-spin {
    to {
      transform: rotate(1turn);
    }
  }
  /* Still: the words say it is loading (WCAG 2.3.3). */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  [part~='error'] {
    border-color: var(--_danger);
  }
  [part~='error-title'] {
    margin: 0 0 0.25em;
    color: var(--_danger);
    font-weight: 700;
  }
  [part~='error-message'] {
    margin: 0 0 0.75em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part~='retry'] {
    padding: 0.35em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }
  /* Loading again after Try again: the button stays (it keeps the focus) but does nothing. */
  [part~='status'] [part~='retry'] {
    margin-inline-start: auto;
  }
  [part~='retry'][aria-disabled='true'] {
    cursor: progress;
    border-style: dashed;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* A text's paragraphs (paragraphs() in feed/text.ts): a single line break within one starts a
     new line, as pretalx shows its abstracts and as the calendar file keeps them. Each line takes
     its direction from its first letter, a line in Arabic or Hebrew read from the right: a text of
     several lines is not isolated as a line is (isolated() in text.ts). */
  .lines {
    white-space: pre-line;
    unicode-bidi: plaintext;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    [part~='retry'] {
      display: none;
    }
    /* Paper is white: dark text, never the dark scheme's boxes (a dark site's print styles make its page light). */
    [part~='base'] {
      color-scheme: light !important;
    }
  }
`;
