/**
 * A partnership's founding date as the map and the jubilee list write it. Apart from
 * ./format.ts so that only the widgets that show partnerships load it.
 */
import { toUtcNoon, type CalendarDate } from '../feed/dates.js';
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
