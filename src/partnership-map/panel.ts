/**
 * The detail panel of a selected city (or of several cities at one place):
 * each partner with its country, the founding date at its precision, how many
 * years the partnership has lasted, its other dates and its notes. A place with more cities
 * than fit in one panel lists them instead, a page at a time, each a button
 * that opens that city: the work and the page stay small however many cities
 * share one point, and every one of them can be reached.
 */
import { msg } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Day } from '../feed/dates.js';
import type { City } from '../feed/schema.js';
import { formatList } from '../i18n/format.js';
import { otherDates } from '../i18n/founding.js';
import { localise, paragraphs, textLanguage } from '../feed/text.js';
import { partnerOf, yearsLasted, type MapPartnership } from './model.js';
import {
  cityCount,
  cityName,
  cityShown,
  countryLabel,
  dateKind,
  partnershipCount,
  PLACE_NAMES_MAX,
  showMoreLabel,
  shownOf,
  sinceText,
  undatedText,
  yearsText,
} from './texts.js';

/** More cities at one place than this: the panel lists them to choose from instead of showing every one's partnerships. */
export const PLACE_DETAILS_MAX = PLACE_NAMES_MAX;
/** Cities listed at a time, and added by "Show more". */
export const PLACE_PAGE = 50;

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
  /** For a place with more than PLACE_DETAILS_MAX cities: how many are listed, opening one, listing more. */
  placeList: { shown: number; onChoose: (city: City) => void; onMore: () => void };
}

/** One partner; `shared` when another partner in the list has its name (Paris in France and in Texas): its button is named with the country seen beside it. */
function renderEntry(entry: MapPartnership, partner: City, name: string, shared: boolean, options: PanelOptions): TemplateResult {
  const { language } = options;
  const country = countryLabel(partner.country, language);
  const years = yearsLasted(entry.since, options.today, Boolean(entry.partnership.sinceQualifier));
  const notes = paragraphs(localise(entry.partnership.notes, language));
  const notesLanguage = textLanguage(entry.partnership.notes, language) ?? nothing;
  const selected = options.selectedPartnership === entry.partnership.id;
  const dates = otherDates(entry.partnership.dates, language, dateKind);
  // " · " as an expression: the build's template minifier (vite.config.ts) drops a space that starts an element's text.
  return html`<li part=${selected ? 'partner selected' : 'partner'}>
    <button
      type="button"
      part="partner-name"
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${shared ? `${name}, ${country}` : nothing}
      title=${msg('Show on the map', { desc: 'Tooltip and screen-reader description of a partner city in the details: pressing it shows the partnership on the map' })}
      @click=${() => options.onSelectPartnership(entry)}
    >
      ${cityShown(partner, language, name)}
    </button>
    <span part="partner-country">${country}</span>
    <p part="partner-since">
      ${
        entry.since
          ? html`${msg('Partners since', {
                id: 'partnership-map-partners-since',
                desc: 'In the details of a city, before the founding date of a partnership (a nominative date follows, e.g. "Partners since 9 September 1991"); add a colon where the language needs one after such a label (ru: "Дата основания: 9 сентября 1991 г.")',
              })}
              <time datetime=${entry.partnership.since!}>${sinceText(entry, language)}</time
              >${years === undefined ? nothing : html`<span part="partner-years">${` · ${yearsText(years, language)}`}</span>`}`
          : undatedText()
      }
    </p>
    ${dates.length ? html`<dl part="partner-dates">${dates}</dl>` : nothing}
    ${notes.map((text) => html`<p part="notes" class="lines" lang=${notesLanguage}>${text}</p>`)}
  </li>`;
}

function renderPlaceList(options: PanelOptions): TemplateResult {
  const { cities, language, placeList } = options;
  const shown = Math.min(cities.length, placeList.shown);
  const partnerships = new Set<MapPartnership>();
  for (const city of cities) for (const entry of options.partnerships.get(city.id) ?? []) partnerships.add(entry);
  return html`<p part="panel-summary">${partnershipCount(partnerships.size, language)}</p>
    <p part="place-hint">
      ${msg('These cities share one place on the map. Choose one to see its partnerships, or find it with the search field.', {
        desc: 'Above the list of the many cities at one place on the map',
      })}
    </p>
    <ul part="place-cities" role="list">
      ${cities.slice(0, shown).map((city) => {
        const count = options.partnerships.get(city.id)?.length ?? 0;
        return html`<li>
          <button type="button" part="place-city" data-city=${city.id} @click=${() => placeList.onChoose(city)}>${cityShown(city, language)}</button>
          <span part="partner-country">${countryLabel(city.country, language)}, ${partnershipCount(count, language)}</span>
        </li>`;
      })}
    </ul>
    ${
      shown < cities.length
        ? html`<p part="more">
            <span>${shownOf(shown, cities.length, language)}</span>
            <button type="button" part="show-more" @click=${placeList.onMore}>${showMoreLabel()}</button>
          </p>`
        : nothing
    }`;
}

export function renderPanel(options: PanelOptions): TemplateResult {
  const { cities, language } = options;
  const listed = cities.length > PLACE_DETAILS_MAX;
  const title = listed
    ? cityCount(cities.length, language)
    : cities.length == 1
      ? cityShown(cities[0]!, language)
      : formatList(
          cities.map((city) => cityName(city, language)),
          language,
        );
  return html`<section
    part="panel"
    aria-labelledby="panel-heading"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Handled: not also the Escape of a modal dialog around the map (it would close too).
        event.preventDefault();
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
    ${
      listed
        ? renderPlaceList(options)
        : cities.map((city) => {
            const entries = options.partnerships.get(city.id) ?? [];
            const partners = entries.map((entry) => partnerOf(entry, city.id));
            const names = partners.map((partner) => cityName(partner, language));
            const seen = new Set<string>();
            const shared = new Set<string>();
            for (const name of names) (seen.has(name) ? shared : seen).add(name);
            return html`<div part="panel-city">
              <p part="panel-summary">
                ${cities.length > 1 ? `${cityName(city, language)}: ` : ''}${countryLabel(city.country, language)},
                ${partnershipCount(entries.length, language)}
              </p>
              <ul part="partners" role="list">
                ${entries.map((entry, i) => renderEntry(entry, partners[i], names[i], shared.has(names[i]), options))}
              </ul>
            </div>`;
          })
    }
  </section>`;
}
