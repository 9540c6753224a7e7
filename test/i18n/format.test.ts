import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { dateFormat, formatCalendarDate, formatDaysFromNow, formatYears, plural } from '../../src/i18n/format.js';
import { formatRangeWithinDay } from '../../src/i18n/time-range.js';

const date = (text: string) => {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe('Intl formatting', () => {
  it('counts years with Russian plural forms', () => {
    // The number and its word joined by a no-break space ("· 29 / лет" never breaks apart).
    expect([1, 2, 5, 21, 30, 60].map((n) => formatYears(n, 'ru'))).to.deep.equal([
      '1\u00a0год',
      '2\u00a0года',
      '5\u00a0лет',
      '21\u00a0год',
      '30\u00a0лет',
      '60\u00a0лет',
    ]);
    expect(formatYears(30, 'de')).to.equal('30\u00a0Jahre');
    expect(formatYears(1, 'en')).to.equal('1\u00a0year');
  });

  it('picks messages by plural category', () => {
    const forms = { one: 'партнёрство', few: 'партнёрства', many: 'партнёрств', other: 'партнёрства' };
    expect([1, 2, 5, 21, 11, 22].map((n) => `${n} ${plural(n, forms, 'ru')}`)).to.deep.equal([
      '1 партнёрство',
      '2 партнёрства',
      '5 партнёрств',
      '21 партнёрство',
      '11 партнёрств',
      '22 партнёрства',
    ]);
    expect(plural(1, { one: 'Partnerschaft', other: 'Partnerschaften' }, 'de')).to.equal('Partnerschaft');
    expect(plural(3, { one: 'Partnerschaft', other: 'Partnerschaften' }, 'de')).to.equal('Partnerschaften');
  });

  // English as in Britain: day before month ("26 September 2001"), like the UI's spelling; a no-break space keeps
  // the day with its month and "г." with its year (docs/translations.md).
  it('formats a partial date at its own precision', () => {
    expect(formatCalendarDate(date('1961'), 'de')).to.equal('1961');
    expect(formatCalendarDate(date('2011-04'), 'de')).to.equal('April 2011');
    expect(formatCalendarDate(date('2001-09-26'), 'de')).to.equal('26.\u00a0September 2001');
    expect(formatCalendarDate(date('2011-04'), 'ru')).to.equal('апрель 2011\u00a0г.');
    expect(formatCalendarDate(date('2001-09-26'), 'ru')).to.equal('26\u00a0сентября 2001\u00a0г.');
    expect(formatCalendarDate(date('2001-09-26'), 'en')).to.equal('26\u00a0September 2001');
  });

  it('never shifts a date across midnight, whatever the reader’s zone', () => {
    expect(formatCalendarDate(date('2001-01-01'), 'en')).to.equal('1\u00a0January 2001');
    expect(formatCalendarDate(date('2001-12-31'), 'en')).to.equal('31\u00a0December 2001');
  });

  it('says "today" and "in N days"', () => {
    expect(formatDaysFromNow(0, 'en')).to.equal('today');
    expect(formatDaysFromNow(12, 'de')).to.equal('in 12\u00a0Tagen');
    expect(formatDaysFromNow(5, 'ru')).to.equal('через 5\u00a0дней');
  });

  describe('formatRangeWithinDay', () => {
    const zones = ['UTC', 'Europe/Berlin', 'Europe/Moscow', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Etc/GMT+12'];
    /** Ranges of 10 minutes to 5 hours within one day in `timeZone`, over a year (DST changes included), from a fixed seed. */
    const ranges = (timeZone: string) => {
      const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
      let seed = timeZone.length;
      const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
      const found: (readonly [number, number])[] = [];
      while (found.length < 60) {
        const start = Date.UTC(2026, 0, 1) + Math.floor(next() * 365) * 86_400_000 + Math.floor(next() * 24 * 12) * 300_000;
        const end = start + (2 + Math.floor(next() * 58)) * 300_000;
        if (day.format(start) === day.format(end)) found.push([start, end]);
      }
      return found;
    };

    it('writes what Intl’s formatRange writes', () => {
      let compared = 0;
      for (const language of ['en', 'de', 'ru']) {
        for (const timeZone of zones) {
          for (const options of [
            { hour: '2-digit', minute: '2-digit', timeZone },
            { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone },
          ] as const) {
            const format = dateFormat(options, language);
            for (const [start, end] of ranges(timeZone)) {
              expect(formatRangeWithinDay(format, start, end), `${language} ${timeZone} ${new Date(start).toISOString()}`).to.equal(
                format.formatRange(start, end),
              );
              compared++;
            }
          }
        }
      }
      expect(compared).to.equal(3 * zones.length * 2 * 60);
    });

    it('asks Intl’s formatRange once per format of the time of day, and leaves a range with AM/PM to it', () => {
      const calls = { format: 0, formatRange: 0 };
      const prototype = Intl.DateTimeFormat.prototype;
      const { formatRange } = prototype;
      const format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
      const { format: single } = format;
      Object.defineProperty(format, 'format', { value: (instant: number) => (calls.format++, single(instant)) });
      prototype.formatRange = function (this: Intl.DateTimeFormat, start, end) {
        calls.formatRange++;
        return formatRange.call(this, start, end);
      };
      try {
        const start = Date.UTC(2026, 5, 22, 8);
        // Twenty sessions in two slots: 10:00–11:00 and 11:00–12:30.
        const texts = new Set<string>();
        for (let i = 0; i < 10; i++) texts.add(formatRangeWithinDay(format, start, start + 3_600_000));
        for (let i = 0; i < 10; i++) texts.add(formatRangeWithinDay(format, start + 3_600_000, start + 9_000_000));
        expect([...texts]).to.deep.equal(['10:00–11:00', '11:00–12:30']);
        // One range shows the format's shape; then each session's two times are formatted alone.
        expect(calls.formatRange, 'formatRange calls for twenty times of day').to.equal(1);
        expect(calls.format, 'times formatted').to.equal(2 + 20 * 2);
        // "10:00 – 11:00 AM" writes AM once, "11:00 AM – 12:30 PM" twice.
        const twelveHours = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin' });
        for (const [from, to] of [
          [start, start + 3_600_000],
          [start + 3_600_000, start + 9_000_000],
        ]) {
          expect(formatRangeWithinDay(twelveHours, from, to)).to.equal(formatRange.call(twelveHours, from, to));
        }
        expect(calls.formatRange, 'formatRange calls with AM/PM').to.equal(1 + 1 + 2);
      } finally {
        prototype.formatRange = formatRange;
      }
    });
  });
});
