/**
 * Conference texts shared by the conference widgets: the title with its
 * ordinal, the date range, the place, the status. Localised with msg() and Intl.
 */
import { msg, str } from '../i18n/msg.js';
import { html, type TemplateResult } from 'lit';
import type { CalendarDate } from '../feed/dates.js';
import { parseCalendarDate, toUtcNoon } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { Conference, LocalisedText } from '../feed/schema.js';
import { localise, textLanguage } from '../feed/text.js';
import { dateFormat, formatCalendarDate, formatDaysFromNow, formatList } from '../i18n/format.js';
import { romanNumeral, type ConferenceStatus } from './conference.js';

/**
 * "XV. Deutsch-Russische Städtepartnerkonferenz" / "XV Российско-германская …" / "XV German-Russian …";
 * the title alone for a conference without an ordinal (an imported schedule).
 */
export function conferenceTitle(conference: Conference, language: string): string {
  return titleWithOrdinal(conference.ordinal, conference.title, language);
}

/**
 * A title after its ordinal, written as the title's language writes it, also where the feed has the
 * title in another language only: "XV. Deutsch-…" with German's dot, "XV Российско-…" without it on a German page.
 */
export function titleWithOrdinal(ordinal: number | undefined, value: LocalisedText | undefined, language: string): string {
  const title = localise(value, language);
  return ordinal ? `${romanNumeral(ordinal)}${(textLanguage(value, language) ?? language).startsWith('de') ? '.' : ''} ${title}` : title;
}

/** The ordinal alone, as read before a title: "XV." in German, "XV" elsewhere. */
export function ordinalLabel(ordinal: number): string {
  const roman = romanNumeral(ordinal);
  return msg(str`${roman}`, { id: 'ordinal-label', desc: 'A Roman ordinal on its own (German adds a dot: "XV.")' });
}

/**
 * "28–30 June 2021", "28.–30. Juni 2021", "28–30 июня 2021 г."; a partial date
 * at its own precision ("2005").
 */
export function formatDateRange(start: CalendarDate | undefined, end: CalendarDate | undefined, language: string): string {
  return formatDateRangeParts(start, end, language)
    .map((part) => part.text)
    .join('');
}

/** A piece of a formatted date range: text of the first day, of the last day, or shared by both ("June 2021", "–"). */
export interface DateRangePart {
  text: string;
  source: 'startRange' | 'endRange' | 'shared';
}

/**
 * `formatDateRange` in pieces, so that each end can sit in its own
 * `<time datetime>`: "28" (start) "–" "30" (end) " June 2021" (shared).
 */
export function formatDateRangeParts(start: CalendarDate | undefined, end: CalendarDate | undefined, language: string): DateRangePart[] {
  if (!start) return [];
  if (!end || (end.year === start.year && end.month === start.month && end.day === start.day))
    return [{ text: formatCalendarDate(start, language), source: 'startRange' }];
  if (start.precision !== end.precision) {
    return [
      { text: formatCalendarDate(start, language), source: 'startRange' },
      { text: '\u00a0– ', source: 'shared' },
      { text: formatCalendarDate(end, language), source: 'endRange' },
    ];
  }
  const options: Intl.DateTimeFormatOptions =
    start.precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : start.precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const parts: DateRangePart[] = [];
  for (const { value, source } of dateFormat(options, language).formatRangeToParts(toUtcNoon(start), toUtcNoon(end))) {
    const last = parts.at(-1);
    if (last?.source === source) last.text += value;
    else parts.push({ text: value, source: source as DateRangePart['source'] });
  }
  // A range breaks before a year or after its dash, never at "30 / июня", "2032 / г." or "June / –":
  // "28\u00a0декабря 2031\u00a0г.\u00a0– 2\u00a0января 2032\u00a0г." (a space within a piece or at its edge).
  // A range of months keeps its dash with both ("июнь 2021\u00a0г.\u00a0–\u00a0июль 2021\u00a0г."), and breaks before a year.
  for (const part of parts) part.text = part.text.replace(/ (?!\d)/g, '\u00a0');
  return parts;
}

/**
 * A date range from the feed with each end in its own `<time datetime>`:
 * "<time datetime=2021-06-28>28.</time>–<time datetime=2021-06-30>30.</time> Juni 2021".
 * A single day, or a range the formatter writes as one text, is one `<time>`.
 * `start` and `end` are the feed's dates ("2021-06-28", "2021-06", "2005").
 */
export function dateRangeTemplate(start: string, end: string | undefined, language: string): TemplateResult[] {
  return formatDateRangeParts(parseCalendarDate(start), end ? parseCalendarDate(end) : undefined, language).map((part) =>
    part.source === 'shared' ? html`${part.text}` : html`<time datetime=${part.source === 'startRange' ? start : end!}>${part.text}</time>`,
  );
}

/** "Kaluga", "Karlsruhe und Baden-Baden", with the venue after it when given. */
export function hostPlace(conference: Conference, feed: Feed, language: string): string {
  const names = conference.hostCities.map((id) => localise(feed.cityById.get(id)?.name, language)).filter(Boolean);
  return formatList(names, language);
}

export function statusText(status: ConferenceStatus, language: string): string {
  switch (status.kind) {
    case 'upcoming': {
      if (status.days === undefined) return msg('Upcoming', { desc: 'Status of a conference whose exact date is not known yet' });
      const when = formatDaysFromNow(status.days, language);
      return msg(str`Begins ${when}`, { desc: 'Status; the value is "tomorrow" or "in 23 days" (Intl.RelativeTimeFormat)' });
    }
    case 'running': {
      const { day, of } = status;
      if (of < 2) return msg('Running now', { desc: 'Status of a one-day conference that is taking place today' });
      // Each number with the word before it, in a narrow column too ("из / 3", "of / 3" at 200 px).
      return msg(str`Running now (day ${day} of ${of})`, { desc: 'Status of a conference that is taking place today' }).replace(/ (?=\d)/g, '\u00a0');
    }
    case 'past':
      return msg('Took place', { desc: 'Status of a conference in the past' });
    case 'undated':
      return msg('Date to be announced', { desc: 'Status of a conference without a full date' });
  }
}
