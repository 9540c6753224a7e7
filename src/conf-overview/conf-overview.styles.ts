import { css } from 'lit';

export const confOverviewStyles = css`
  :host {
    --_overview-accent: var(--conf-overview-accent, var(--_accent));
    --_overview-gap: var(--conf-overview-gap, var(--_space));
  }
  [part~='card'] {
    display: grid;
    gap: calc(var(--_overview-gap) * 0.75);
    padding: var(--_overview-gap);
    border: 1px solid var(--_border);
    border-block-start: 0.3em solid var(--_overview-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='title'] {
    margin: 0;
    color: var(--_overview-accent);
    font-size: 1.4em;
    line-height: 1.25;
  }
  .compact [part~='title'] {
    font-size: 1.1em;
  }
  [part~='motto'] {
    margin: 0;
    font-size: 1.1em;
    font-style: italic;
  }
  [part~='conference-status'] {
    justify-self: start;
    margin: 0;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9em;
  }
  .status-running,
  .status-upcoming {
    color: var(--_overview-accent);
  }
  .status-past,
  .status-undated {
    color: var(--_muted);
  }
  [part~='facts'] {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  [part~='facts'] > div {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0 0.75em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  @container (max-width: 24em) {
    [part~='facts'] > div {
      grid-template-columns: 1fr;
    }
  }
  [part~='base'] {
    container-type: inline-size;
  }
  [part~='section-heading'] {
    margin: 0 0 0.35em;
    font-size: 1em;
    color: var(--_text);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.4em;
  }
  /* Logos only: a row. Names stand one per line (the ul's grid above). */
  .organisations.logos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
  }
  [part~='logo'] {
    max-block-size: 3em;
    max-inline-size: 10em;
    object-fit: contain;
  }
  .name {
    font-weight: 600;
  }
  /* Its e-mail address and phone number on lines of their own, 24px apart also in 12px text: a finger meant for one does not reach the other (WCAG 2.5.8). */
  [part~='contact'] {
    line-height: max(1.5em, 24px);
  }
  [part~='side-event'] p {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .when-where {
    margin: 0;
  }
  /* As calm as the programme's "Add to calendar" buttons. */
  [part~='calendar'] {
    justify-self: start;
    padding: 0.35em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='link'] {
    justify-self: start;
    padding: 0.4em 1em;
    border: 1px solid var(--_overview-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_overview-accent);
    font-weight: 600;
    text-decoration: none;
  }
  [part~='calendar'][aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  @media print {
    [part~='calendar'] {
      display: none;
    }
    /* On paper "Register" or an organiser's name alone does not say where it leads. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
