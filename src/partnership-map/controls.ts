/**
 * The map's controls above the map: the search field, the country and
 * founding-year filters, and the map / table switch. The element keeps the
 * filters and the view; this only draws them and reports changes.
 */
import { msg } from '../i18n/msg.js';
import { html, type TemplateResult } from 'lit';
import { collatorFor, yearBound, type MapFilters } from './model.js';
import { countryLabel } from './texts.js';

export interface ControlsOptions {
  /** The feed's countries (the filter lists them, and the one chosen even if the feed has none of it). */
  countries: readonly string[];
  filters: MapFilters;
  view: 'map' | 'table';
  language: string;
  /** One filter changed: merged into the filters the element holds then (several events may come before the next render). */
  onFilter: (change: Partial<MapFilters>) => void;
  onView: (view: 'map' | 'table') => void;
  /** Enter in the search field (not while an input method composes a word, nor the Enter that commits it: Safari sends that after compositionend, with keyCode 229). */
  onFind: () => void;
}

export function renderControls(options: ControlsOptions): TemplateResult {
  const { filters, view, language, onFilter, onView, onFind } = options;
  const countries = [...new Set([...options.countries, ...(filters.country ? [filters.country.toUpperCase()] : [])])]
    .map((code) => ({ code, name: countryLabel(code, language) }))
    .sort((a, b) => collatorFor(language).compare(a.name, b.name));
  const selectedCountry = filters.country?.toUpperCase() ?? '';
  const onSearch = (event: Event) => onFilter({ search: (event.target as HTMLInputElement).value });
  const onCountry = (event: Event) => onFilter({ country: (event.target as HTMLSelectElement).value || undefined });
  const onYears = (event: Event) => {
    const input = event.target as HTMLInputElement;
    onFilter({ [input.id === 'from' ? 'from' : 'to']: yearBound(input.value) });
  };
  return html`<div part="controls">
    <div part="filter">
      <label for="search">${msg('Find a city', { desc: 'Label of the search field; any spelling, Latin or Cyrillic' })}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        .value=${filters.search ?? ''}
        @input=${onSearch}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && !event.isComposing && event.keyCode !== 229 && onFind()}
      />
    </div>
    <div part="filter">
      <label for="country">${msg('Country', { desc: 'Label of the country filter' })}</label>
      <select id="country" @change=${onCountry}>
        <option value="" .selected=${selectedCountry === ''}>${msg('All countries', { desc: 'Country filter: no filter' })}</option>
        ${countries.map(({ code, name }) => html`<option value=${code} .selected=${code === selectedCountry}>${name}</option>`)}
      </select>
    </div>
    <fieldset part="filter years">
      <legend>${msg('Founded', { desc: 'Legend of the two year fields: partnerships founded from … to …' })}</legend>
      <div class="range">
        <label for="from">${msg('from', { desc: 'Before the first year of the founding-year filter ("from 1990")' })}</label>
        <input id="from" type="number" inputmode="numeric" min="1" max="9999" .value=${String(filters.from ?? '')} @input=${onYears} />
        <label for="to">${msg('to', { desc: 'Before the last year of the founding-year filter ("to 2000")' })}</label>
        <input id="to" type="number" inputmode="numeric" min="1" max="9999" .value=${String(filters.to ?? '')} @input=${onYears} />
      </div>
    </fieldset>
    <div part="view-switch" role="group" aria-label=${msg('View', { desc: 'Label of the map / table switch' })}>
      <button type="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => onView('map')}>
        ${msg('Map', { desc: 'Button: show the partnerships on the map' })}
      </button>
      <button type="button" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${() => onView('table')}>
        ${msg('Table', { desc: 'Button: show the partnerships as a table' })}
      </button>
    </div>
  </div>`;
}
