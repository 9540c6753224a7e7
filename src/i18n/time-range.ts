/**
 * Time ranges of one day, for the programme's hundreds of sessions: in its chunk, not in the
 * formatters every widget loads (./format.ts).
 */

/** The text before, between and after the two times of a range, by format; null where the range is left to formatRange. */
const shapes = new WeakMap<Intl.DateTimeFormat, string[] | null>();

/**
 * `format.formatRange(start, end)`: the same text in a tenth of the time for two instants of one day
 * in the format's zone and a format of the time of day on a 24-hour clock ("10:00–11:30",
 * "10:00–11:30 Uhr"). The two times are formatted on their own and joined as the format's range
 * joins them (read once per format from one range). A programme formats a range for each of
 * hundreds of sessions. Any other format (a date, or AM/PM, that a range writes once for both
 * times) is left to formatRange. test/i18n/format.test.ts holds it to formatRange's text in the
 * widgets' languages, where ranges read alike whether the hour or only the minutes differ.
 */
export function formatRangeWithinDay(format: Intl.DateTimeFormat, start: number, end: number): string {
  let shape = shapes.get(format);
  if (shape === undefined) {
    // 10:00 to 11:30 UTC: one day in every zone (UTC−12 to UTC+14).
    const [a, b] = [Date.UTC(2001, 0, 3, 10), Date.UTC(2001, 0, 3, 11, 30)];
    // Before, between and after the two times; not three parts where the range does not write each as the format does alone.
    const parts = format.formatRange(a, b).replace(format.format(a), '\0').replace(format.format(b), '\0').split('\0');
    shape = format.resolvedOptions().hour12 === false && parts.length === 3 ? parts : null;
    shapes.set(format, shape);
  }
  return shape ? shape[0] + format.format(start) + shape[1] + format.format(end) + shape[2] : format.formatRange(start, end);
}
