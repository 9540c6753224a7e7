/**
 * The detail panel of a selected city (or of several cities at one place):
 * each partner with its country, the founding date at its precision, how many
 * years the partnership has lasted, and its notes.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Day } from '../feed/dates.js';
import type { City } from '../feed/schema.js';
import { formatList } from '../i18n/format.js';
import { localise, paragraphs } from '../feed/text.js';
import { partnerOf, yearsLasted, type MapPartnership } from './model.js';
import { cityName, countryLabel, partnershipCount, sinceText, yearsText } from './texts.js';

export interface PanelOptions {
  cities: readonly City[];
  /** Each city's partnerships (filtered), in the order of `cities`. */
  partnerships: ReadonlyMap<string, readonly MapPartnership[]>;
  selectedPartnership?: string;
  language: string;
  today: Day;
  heading: StaticValue;
  onClose: () => void;
  onSelectPartnership: (entry: MapPartnership) => void;
}

function renderEntry(entry: MapPartnership, city: City, options: PanelOptions): TemplateResult {
  const { language } = options;
  const partner = partnerOf(entry, city.id);
  const years = yearsLasted(entry.since, options.today, Boolean(entry.partnership.sinceQualifier));
  const notes = paragraphs(localise(entry.partnership.notes, language));
  const selected = options.selectedPartnership === entry.partnership.id;
  return html`<li part=${selected ? 'partner selected' : 'partner'}>
    <button type="button" part="partner-name" aria-pressed=${selected ? 'true' : 'false'} @click=${() => options.onSelectPartnership(entry)}>
      ${cityName(partner, language)}
    </button>
    <span part="partner-country">${countryLabel(partner.country, language)}</span>
    <p part="partner-since">
      ${msg('Partners since', { desc: 'Label before the founding date (a nominative date follows)' })}
      <time datetime=${entry.partnership.since}>${sinceText(entry, language)}</time
      >${years === undefined ? nothing : html`<span part="partner-years"> · ${yearsText(years, language)}</span>`}
    </p>
    ${notes.map((text) => html`<p part="notes">${text}</p>`)}
  </li>`;
}

export function renderPanel(options: PanelOptions): TemplateResult {
  const { cities, language } = options;
  const title = formatList(
    cities.map((city) => cityName(city, language)),
    language,
  );
  return html`<section
    part="panel"
    aria-labelledby="panel-heading"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        options.onClose();
      }
    }}
  >
    <div part="panel-header">
      ${staticHtml`<${options.heading} part="panel-heading" id="panel-heading" tabindex="-1">${title}</${options.heading}>`}
      <button type="button" part="close" @click=${options.onClose}>
        <span aria-hidden="true">×</span
        ><span class="visually-hidden">${msg('Close the details', { desc: 'Button that closes the detail panel of a city' })}</span>
      </button>
    </div>
    ${cities.map((city) => {
      const entries = options.partnerships.get(city.id) ?? [];
      return html`<div part="panel-city">
        <p part="panel-summary">
          ${cities.length > 1 ? `${cityName(city, language)}: ` : ''}${countryLabel(city.country, language)}, ${partnershipCount(entries.length, language)}
        </p>
        <ul part="partners" role="list">
          ${entries.map((entry) => renderEntry(entry, city, options))}
        </ul>
      </div>`;
    })}
  </section>`;
}
