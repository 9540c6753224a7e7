/**
 * A partnership's founding date as the map and the jubilee list write it. Apart from
 * ./format.ts so that only the widgets that show partnerships load it.
 */
import { toUtcNoon, type CalendarDate } from '../feed/dates.js';
import { currentLanguage } from './language.js';
import { dateFormat, formatCalendarDate } from './format.js';

/**
 * The year as a month-and-year date writes it, without the month: "1991" in en and de,
 * "1991 г." in ru (whose year-only format has no "г."), for a word that stands in for the month.
 */
function yearAfterMonth(year: number, language: string): string {
  const parts = dateFormat({ year: 'numeric', month: 'long', timeZone: 'UTC' }, language).formatToParts(toUtcNoon({ year, month: 1, precision: 'month' }));
  const month = parts.findIndex((part) => part.type === 'month');
  if (month < 0) return formatCalendarDate({ year, precision: 'year' }, language);
  // The month and the literal that joins it to the rest ("январь 1991 г." → "1991 г.").
  const joint = parts[month + 1]?.type === 'literal' ? month + 1 : parts[month - 1]?.type === 'literal' ? month - 1 : month;
  return parts
    .filter((_, index) => index !== month && index !== joint)
    .map((part) => part.value)
    .join('')
    .trim()
    .replace(' ', '\u00a0'); // "1991 г." on one line, as formatCalendarDate writes it
}

/**
 * A partnership's founding date at its own precision; with a qualifier such as
 * "summer" the qualifier stands for day and month, written as the month would be:
 * "summer 1991", "Sommer 1991", "лето 1991 г." (as "апрель 2011 г.").
 */
export function formatFounding(since: CalendarDate, qualifier: string, language: string = currentLanguage()): string {
  return qualifier ? `${qualifier} ${yearAfterMonth(since.year, language)}` : formatCalendarDate(since, language);
}
