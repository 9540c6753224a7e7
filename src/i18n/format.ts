/**
 * Dates, numbers and plural categories through Intl, in the widgets' language.
 * Formatters are cached per language and options: creating them is the slow part.
 */
import { toUtcNoon, type CalendarDate } from '../feed/dates.js';
import { remembered } from '../shared/remembered.js';
import { currentLanguage } from './language.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.DisplayNames | Intl.ListFormat | Intl.Collator;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(kind: string, language: string, options: object, make: () => T): T {
  return remembered(cache, `${kind}|${language}|${JSON.stringify(options)}`, make) as T;
}

/**
 * Dates in `language`; English as in Britain ("25–28 June 2019", 24-hour times), as the UI's
 * spelling is, not the US "June 25 – 28, 2019".
 */
export function dateFormat(options: Intl.DateTimeFormatOptions, language: string = currentLanguage()): Intl.DateTimeFormat {
  return cached('date', language, options, () => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, options));
}

export function numberFormat(options: Intl.NumberFormatOptions = {}, language: string = currentLanguage()): Intl.NumberFormat {
  return cached('number', language, options, () => new Intl.NumberFormat(language, options));
}

/** A collator for sorting names, shared like the formatters (one per widget and render would be built again and again). */
export function collator(language: string = currentLanguage(), options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached('collator', language, options, () => new Intl.Collator(language, options));
}

/** The reader's own IANA time zone, read from a shared formatter. */
export function readerTimeZone(): string {
  return cached('date', 'und', {}, () => new Intl.DateTimeFormat()).resolvedOptions().timeZone || 'UTC';
}

const PRECISION_OPTIONS: Record<CalendarDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { dateStyle: 'long', timeZone: 'UTC' },
};

/**
 * A partial date at its own precision: "1961", "April 2011", "26 September 2001"
 * (in ru the nominative "апрель 2011 г.", which suits a label–value layout).
 */
export function formatCalendarDate(date: CalendarDate, language: string = currentLanguage()): string {
  return unbroken(dateFormat(PRECISION_OPTIONS[date.precision], language).format(toUtcNoon(date)));
}

/**
 * A number kept with the word after it, and "г." with its year: "26.\u00a0Juni", "26\u00a0июня", "1991\u00a0г.",
 * "через 72\u00a0дня", "40\u00a0лет", "36\u00a0городов", "в 2021\u00a0году" never break apart.
 */
const unbroken = (text: string): string => text.replace(/(\d\.?) /g, '$1\u00a0');

/** "30 years", "30 Jahre", "21 год", "2 года", "5 лет": Intl picks the plural form. */
export function formatYears(count: number, language: string = currentLanguage()): string {
  return unbroken(numberFormat({ style: 'unit', unit: 'year', unitDisplay: 'long' }, language).format(count));
}

/** "today", "tomorrow", "in 12 days" (de "heute", "in 12 Tagen"; ru "сегодня", "через 12 дней"). */
export function formatDaysFromNow(days: number, language: string = currentLanguage()): string {
  return unbroken(cached('relative', language, {}, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' })).format(days, 'day'));
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the message for `count` by the language's plural category (ru needs
 * one / few / many: 1 партнёрство, 2 партнёрства, 5 партнёрств, 21 партнёрство).
 */
export function plural(count: number, forms: PluralForms, language: string = currentLanguage()): string {
  const category = cached('plural', language, {}, () => new Intl.PluralRules(language)).select(count);
  return unbroken(forms[category] ?? forms.other);
}

/** "Karlsruhe and Baden-Baden", "Moskau und Kaluga", "Москва и Калуга"; English as in Britain, "A, B and C" without the US comma. */
export function formatList(items: readonly string[], language: string = currentLanguage()): string {
  return cached('list', language, {}, () => new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' })).format(items);
}

/** The name of a country in the widgets' language, from its ISO 3166-1 code. */
export function countryName(code: string, language: string = currentLanguage()): string {
  try {
    return cached('region', language, {}, () => new Intl.DisplayNames([language], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}
