/**
 * Dates, numbers and plural categories through Intl, in the widgets' language.
 * Formatters are cached per language and options: creating them is the slow part.
 */
import { toUtcNoon, type CalendarDate } from '../feed/dates.js';
import { currentLanguage } from './language.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.DisplayNames | Intl.ListFormat | Intl.Collator;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(kind: string, language: string, options: object, make: () => T): T {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Dates in `language`; English as in Britain ("25–28 June 2019", 24-hour times), as the UI's
 * spelling is, not the US "June 25 – 28, 2019".
 */
export function dateFormat(options: Intl.DateTimeFormatOptions, language: string = currentLanguage()): Intl.DateTimeFormat {
  return cached('date', language, options, () => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, options));
}

/** How a format writes a range of two times of one day: the literals around and between them; the times formatted so far. */
interface RangeShape {
  before: string;
  between: string;
  after: string;
  times: Map<number, string>;
}

const rangeShapes = new WeakMap<Intl.DateTimeFormat, RangeShape | null>();

/** The literals of `format`'s range from `start` to `end`, where the parts are start, end and literals around and between them only. */
function literalsOf(format: Intl.DateTimeFormat, start: number, end: number): [string, string, string] | undefined {
  const text = ['', '', '', '', ''];
  // Where each part belongs: 0 before the start, 1 the start, 2 between, 3 the end, 4 after.
  let at = 0;
  for (const part of format.formatRangeToParts(start, end)) {
    const to = part.source === 'startRange' ? 1 : part.source === 'endRange' ? 3 : at + (at % 2);
    if (to < at || (to % 2 === 0 && part.type !== 'literal')) return undefined;
    text[(at = to)] += part.value;
  }
  return at >= 3 && text[1] === format.format(start) && text[3] === format.format(end) ? [text[0], text[2], text[4]] : undefined;
}

/**
 * The shape of `format`'s ranges within one day, or null: for a format of the time of day alone,
 * on a 24-hour clock, whose ranges read the same whether the hour or only the minutes differ.
 */
function rangeShape(format: Intl.DateTimeFormat): RangeShape | null {
  let shape = rangeShapes.get(format);
  if (shape === undefined) {
    const options = format.resolvedOptions();
    const timeOnly = options.hour12 === false && !['weekday', 'era', 'year', 'month', 'day', 'dayPeriod'].some((field) => field in options);
    // 10:00 to 11:30, and 10:00 to 10:30, UTC: one day in every zone (UTC−12 to UTC+14).
    const start = Date.UTC(2001, 0, 3, 10);
    const [hours, minutes] = timeOnly ? [literalsOf(format, start, start + 5_400_000), literalsOf(format, start, start + 1_800_000)] : [];
    shape = hours && minutes && hours.join('\0') === minutes.join('\0') ? { before: hours[0], between: hours[1], after: hours[2], times: new Map() } : null;
    rangeShapes.set(format, shape);
  }
  return shape;
}

/**
 * `format.formatRange(start, end)` for two instants of one day in the format's zone: the same text
 * in a tenth of the time for a format of the time of day ("10:00–11:30", "10:00–11:30 Uhr"), whose
 * range puts only literals around and between the two times. Each time is formatted on its own,
 * once per instant, and the two are joined as the range's own literals are. A programme formats a
 * range for each of hundreds of sessions. Any other format is left to formatRange.
 */
export function formatRangeWithinDay(format: Intl.DateTimeFormat, start: number, end: number): string {
  const shape = rangeShape(format);
  if (!shape) return format.formatRange(start, end);
  const time = (instant: number) => {
    let text = shape.times.get(instant);
    if (text === undefined) {
      if (shape.times.size >= 5_000) shape.times.clear();
      shape.times.set(instant, (text = format.format(instant)));
    }
    return text;
  };
  return shape.before + time(start) + shape.between + time(end) + shape.after;
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
  return dateFormat(PRECISION_OPTIONS[date.precision], language).format(toUtcNoon(date));
}

/** "30 years", "30 Jahre", "21 год", "2 года", "5 лет": Intl picks the plural form. */
export function formatYears(count: number, language: string = currentLanguage()): string {
  return numberFormat({ style: 'unit', unit: 'year', unitDisplay: 'long' }, language).format(count);
}

/** "today", "tomorrow", "in 12 days" (de "heute", "in 12 Tagen"; ru "сегодня", "через 12 дней"). */
export function formatDaysFromNow(days: number, language: string = currentLanguage()): string {
  return cached('relative', language, {}, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' })).format(days, 'day');
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the message for `count` by the language's plural category (ru needs
 * one / few / many: 1 партнёрство, 2 партнёрства, 5 партнёрств, 21 партнёрство).
 */
export function plural(count: number, forms: PluralForms, language: string = currentLanguage()): string {
  const category = cached('plural', language, {}, () => new Intl.PluralRules(language)).select(count);
  return forms[category] ?? forms.other;
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
