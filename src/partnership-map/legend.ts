/**
 * The map's legend: what the marker colours, the group marker and the two kinds
 * of line mean. Country names come from Intl.DisplayNames in the active language.
 */
import { msg } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import { countryLabel } from './texts.js';

/**
 * The legend for the countries shown: a swatch for Germany and Russia when present, one for all others;
 * `arcNote` says how the lines are drawn when not every one is (arc-drawing.ts).
 */
export function renderLegend(countries: readonly string[], language: string, arcNote?: string): TemplateResult {
  const known = ['DE', 'RU'].filter((code) => countries.includes(code));
  const others = countries.some((code) => code !== 'DE' && code !== 'RU');
  return html`<ul part="legend" aria-label=${msg('Legend', { desc: 'Accessible name of the map legend' })}>
    ${known.map((code) => html`<li><span class="swatch ${code.toLowerCase()}" aria-hidden="true"></span>${countryLabel(code, language)}</li>`)}
    ${others ? html`<li><span class="swatch other" aria-hidden="true"></span>${msg('Other countries', { desc: 'Legend: markers of cities outside Germany and Russia' })}</li>` : nothing}
    <li>
      <span class="swatch cluster" aria-hidden="true"></span>${msg('Several cities (their number); select to zoom in', { desc: 'Legend: a cluster marker' })}
    </li>
    <li><span class="swatch arc" aria-hidden="true"></span>${msg('Partnership', { desc: 'Legend: an arc between two cities' })}</li>
    <li><span class="swatch arc-highlight" aria-hidden="true"></span>${msg('Partnerships of the selected city', { desc: 'Legend: a highlighted arc' })}</li>
    ${arcNote ? html`<li part="arc-note">${arcNote}</li>` : nothing}
  </ul>`;
}
