import { css } from 'lit';

export const jubileeListStyles = css`
  :host {
    --_jubilee-accent: var(--jubilee-list-accent, var(--_accent));
    --_jubilee-gap: var(--jubilee-list-gap, var(--_space));
  }
  [part~='summary'] {
    margin: 0 0 var(--_jubilee-gap);
    color: var(--_muted);
  }
  [part~='group'] + [part~='group'] {
    margin-block-start: calc(var(--_jubilee-gap) * 1.5);
  }
  [part~='group-heading'] {
    margin: 0 0 calc(var(--_jubilee-gap) / 2);
    color: var(--_jubilee-accent);
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part~='list'] {
    display: grid;
    gap: calc(var(--_jubilee-gap) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='entry'] {
    padding: calc(var(--_jubilee-gap) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_jubilee-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    content-visibility: auto;
    contain-intrinsic-block-size: auto 4.5em;
  }
  [part~='cities'] {
    margin: 0;
    font-weight: 700;
  }
  [part~='details'] {
    margin: 0.25em 0 0;
  }
  /* One line of text: a date beside its label where it fits there, else below it whole; the countdown, whole too. */
  dt,
  dd {
    display: inline;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ': ';
  }
  dd > * {
    display: inline-block;
  }
  /* WebKit keeps the inherited overflow-wrap: anywhere from breaking a word split between text nodes
     ("(" and the message) when it sizes this inline-block: "(anniversary" widened a 200 px list by
     88 px at 200 % text. word-break: break-word breaks it there too. */
  [part~='countdown'] {
    word-break: break-word;
    font-weight: 600;
  }
  [part~='notes'] {
    margin: 0.35em 0 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  [part~='more'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_jubilee-gap) / 2);
    margin: var(--_jubilee-gap) 0 0;
    color: var(--_muted);
  }
  /* Colours of its own, as the retry button's: the muted text inherited onto WebKit's grey button was 3.9:1. */
  [part~='show-more'] {
    padding: 0.35em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }
  @media print {
    [part~='entry'] {
      break-inside: avoid;
      content-visibility: visible;
    }
    [part~='more'] {
      display: none;
    }
  }
`;
