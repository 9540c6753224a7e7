import { html, type TemplateResult } from 'lit';
import { parseCalendarDate } from '../feed/dates.js';
import { formatDateRangeParts } from './conference-text.js';

/**
 * A date range from the feed with each end in its own `<time datetime>`:
 * "<time datetime=2021-06-28>28.</time>–<time datetime=2021-06-30>30.</time> Juni 2021".
 * A single day, or a range the formatter writes as one text, is one `<time>`.
 * `start` and `end` are the feed's dates ("2021-06-28", "2021-06", "2005").
 */
export function dateRangeTemplate(start: string, end: string | undefined, language: string): TemplateResult[] {
  const startDate = parseCalendarDate(start);
  const endDate = end ? parseCalendarDate(end) : undefined;
  return formatDateRangeParts(startDate, endDate, language).map((part) =>
    part.source === 'shared' ? html`${part.text}` : html`<time datetime=${part.source === 'startRange' ? start : end!}>${part.text}</time>`,
  );
}
