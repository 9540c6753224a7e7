/**
 * Small whole numbers as Intl writes them, without building an `Intl.NumberFormat`: the first
 * one of a page costs about 10 ms (its locale data), which the jubilee list's first entries
 * waited for to write "30 years" above them. Below 1,000, de, ru and en write an integer as
 * plain digits, and their word for years follows the plural rules below; anything else goes to
 * Intl (../i18n/format.ts). test/i18n/counts.test.ts compares every integer 0–999 with
 * Intl in each language.
 */
import { formatYears, numberFormat } from './format.js';

/** The years word by plural form: en and de tell one from other; ru also few (2–4, 22–24 …) and many (0, 5–20, 25 …). */
const YEARS: Record<string, readonly [one: string, few: string, many: string]> = {
  en: ['year', 'years', 'years'],
  de: ['Jahr', 'Jahre', 'Jahre'],
  ru: ['год', 'года', 'лет'],
};

function small(count: number, language: string): boolean {
  return Number.isInteger(count) && count >= 0 && count < 1000 && Object.hasOwn(YEARS, language);
}

/** "30", "1.951" (de), "1 951" (ru): as `numberFormat({}, language).format(count)`. */
export function formatCount(count: number, language: string): string {
  return small(count, language) ? String(count) : numberFormat({}, language).format(count);
}

/** "30 years", "30 Jahre", "21 год", "2 года", "5 лет": as `formatYears(count, language)`. */
export function formatYearsCount(count: number, language: string): string {
  if (!small(count, language)) return formatYears(count, language);
  const [one, few, many] = YEARS[language];
  const last = count % 10;
  const lastTwo = count % 100;
  // en and de: one for 1 only; ru: one for 1, 21, 31 … (not 11), few for 2–4, 22–24 … (not 12–14).
  const word =
    language !== 'ru' ? (count === 1 ? one : few) : last === 1 && lastTwo !== 11 ? one : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
  return `${count}\u00a0${word}`;
}
