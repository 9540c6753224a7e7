/**
 * A partnership's founding date and other dates as the map and the jubilee list write them.
 * Apart from ./format.ts so that only the widgets that show partnerships load it.
 */
import { html, type TemplateResult } from 'lit';
import { parseCalendarDate, toUtcNoon, type CalendarDate } from '../feed/dates.js';
import type { LocalisedText, PartnershipDate } from '../feed/schema.js';
import { allVersions, localise } from '../feed/text.js';
import { currentLanguage } from './language.js';
import { dateFormat, formatCalendarDate } from './format.js';

/**
 * The year as a month-and-year date writes it, without the month: "1991" in en and de,
 * "1991\u00a0г." in ru (whose year-only format has no "г."), for a word that stands in for the month;
 * formatCalendarDate's text, so with its no-break space.
 */
function yearAfterMonth(year: number, language: string): string {
  const january = { year, month: 1, precision: 'month' } as const;
  return formatCalendarDate(january, language)
    .replace(dateFormat({ month: 'long', timeZone: 'UTC' }, language).format(toUtcNoon(january)), '')
    .trim();
}

/**
 * A partnership's founding date at its own precision; with a qualifier such as
 * "summer" the qualifier stands for day and month, written as the month would be:
 * "summer 1991", "Sommer 1991", "лето 1991 г." (as "апрель 2011 г.").
 */
export function formatFounding(since: CalendarDate, qualifier: string, language: string = currentLanguage()): string {
  return qualifier ? `${qualifier} ${yearAfterMonth(since.year, language)}` : formatCalendarDate(since, language);
}

/**
 * The first month of a season named by a founding date's qualifier, in any of its languages
 * (en, de, ru); undefined for any other qualifier. Winter is taken as the start of its year.
 */
const SEASON_STARTS: Record<string, number> = {
  spring: 3,
  frühling: 3,
  frühjahr: 3,
  весна: 3,
  summer: 6,
  sommer: 6,
  лето: 6,
  autumn: 9,
  fall: 9,
  herbst: 9,
  осень: 9,
  winter: 1,
  зима: 1,
};

export function seasonStart(qualifier: LocalisedText | undefined): number | undefined {
  for (const text of allVersions(qualifier)) {
    const month = SEASON_STARTS[text.trim().toLowerCase()];
    if (month !== undefined) return month;
  }
  return undefined;
}

/**
 * A founding date as the jubilee list orders it and the map's table sorts it (compareCalendarDates):
 * at its own precision from its earliest moment ("1991" before "16 January 1991"), a season of a
 * year ("summer 1991") from its first month, so after "16 January 1991" and before "September 1991".
 */
export function foundingOrder(since: CalendarDate, qualifier: LocalisedText | undefined): CalendarDate {
  const month = since.precision === 'year' && qualifier ? seasonStart(qualifier) : undefined;
  return month === undefined ? since : { year: since.year, month, precision: 'month' };
}

/**
 * A partnership's other dates (feed field `dates`), each a `<div>` of a description list, its
 * label the feed's or the widget's for its kind ("Signed", "Reaffirmed", "Also"): "Reaffirmed:
 * March 1989" (the colon from the widget's CSS). The map's details and the jubilee list show them
 * under the founding date. Each widget words the kinds with messages of its own (`kindLabel`):
 * translations are loaded per widget, and a message both used would load on every page.
 */
export function otherDates(
  dates: readonly PartnershipDate[] | undefined,
  language: string,
  kindLabel: (kind: PartnershipDate['kind']) => string,
): TemplateResult[] {
  const shown: TemplateResult[] = [];
  for (const date of dates ?? []) {
    const parsed = parseCalendarDate(date.date);
    if (!parsed) continue;
    const label = localise(date.label, language) || kindLabel(date.kind);
    shown.push(
      html`<div>
        <dt>${label}</dt>
        <dd><time datetime=${date.date}>${formatCalendarDate(parsed, language)}</time></dd>
      </div>`,
    );
  }
  return shown;
}
