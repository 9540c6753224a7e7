/**
 * Work the programme's first render does not do (issue 14), counted, not timed: without a
 * search no text is folded, a count below 1,000 is written without Intl.NumberFormat, and the
 * day of a session's time in the conference's own clock is read without Intl's zone data.
 */
import { expect } from '@open-wc/testing';
import { filterSessions, type ProgrammeSession } from '../../src/conf-programme/programme.js';
import { sessionCount, sessionTime } from '../../src/conf-programme/texts.js';
import { parseCalendarDate } from '../../src/feed/dates.js';

/** Runs `run` counting calls of `target[key]` (a method, or a getter such as Intl.NumberFormat's `format`), and puts it back. */
function counting<T>(target: object, key: string, run: () => T): { value: T; calls: number } {
  const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
  let calls = 0;
  const wrapped: PropertyDescriptor = descriptor.get
    ? {
        ...descriptor,
        get(this: unknown) {
          calls++;
          return descriptor.get!.call(this);
        },
      }
    : {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          calls++;
          return (descriptor.value as (...args: unknown[]) => unknown).apply(this, args);
        },
      };
  Object.defineProperty(target, key, wrapped);
  try {
    return { value: run(), calls };
  } finally {
    Object.defineProperty(target, key, descriptor);
  }
}

describe('the programme’s first render', () => {
  it('folds no text and builds no search text when there is no search', () => {
    let built = 0;
    const sessions = Array.from({ length: 50 }, (_, index) => ({
      session: { id: `s${index}`, kind: index % 2 ? 'plenary' : 'culture', title: `Session ${index}` },
      day: '2031-06-26',
      timed: false,
      get searchText() {
        built++;
        return `session ${index}`;
      },
    })) as unknown as ProgrammeSession[];
    for (const filter of [{}, { query: '' }, { query: '   ' }, { kind: 'plenary' as const }]) {
      const { value, calls } = counting(String.prototype, 'normalize', () => filterSessions(sessions, filter));
      expect(calls, `normalize() calls with ${JSON.stringify(filter)}`).to.equal(0);
      expect(value).to.have.length(filter.kind ? 25 : 50);
    }
    expect(built, 'search texts built').to.equal(0);
    // A search still folds: "SESSION 1" finds the sessions whose text has a 1 (1, 10–19, 21, 31, 41).
    expect(filterSessions(sessions, { query: ' SESSION  1 ' }).map(({ session }) => session.id)).to.have.length(14);
    expect(built, 'search texts read by a search').to.be.greaterThan(0);
  });

  it('writes session counts below 1,000 as Intl does, without Intl.NumberFormat', () => {
    for (const language of ['en', 'de', 'ru']) {
      const { value, calls } = counting(Intl.NumberFormat.prototype, 'format', () => [0, 1, 2, 5, 21, 79, 999].map((count) => sessionCount(count, language)));
      expect(calls, `NumberFormat#format calls (${language})`).to.equal(0);
      for (const [index, count] of [0, 1, 2, 5, 21, 79, 999].entries()) expect(value[index]).to.contain(new Intl.NumberFormat(language).format(count));
    }
    // Larger counts are Intl's: "1,000", "1.000", "1 000".
    expect(sessionCount(1000, 'de')).to.contain('1.000');
  });

  it('reads the days of sessions’ times in the conference’s clock without Intl’s zone data', () => {
    // Fifty sessions of 45 minutes on 26 June, every quarter hour from 08:00, the last ones after midnight.
    const entries = Array.from({ length: 50 }, (_, index) => {
      const minutes = 8 * 60 + index * 22;
      const local = (at: number) => {
        const date = new Date(Date.UTC(2031, 5, 26, 0, at));
        return date.toISOString().slice(0, 16);
      };
      const [start, end] = [local(minutes), local(minutes + 45)];
      return {
        session: { id: `s${index}`, kind: 'culture', title: `Session ${index}`, start, end },
        day: '2031-06-26',
        timed: true,
        start: parseCalendarDate(start)!,
        end: parseCalendarDate(end)!,
        startsAt: Date.parse(`${start}:00+02:00`) + index,
        endsAt: Date.parse(`${end}:00+02:00`) + index,
      };
    }) as unknown as ProgrammeSession[];
    const { value, calls } = counting(Intl.DateTimeFormat.prototype, 'formatToParts', () => entries.map((entry) => sessionTime(entry, 'de')!.text));
    expect(calls, 'formatToParts calls for 50 sessions').to.equal(0);
    expect(value[0]).to.equal('08:00–08:45 Uhr');
    // 23:46 to 00:31, into the night after the session's day.
    expect(value[43]).to.match(/^23:46–00:31 /);
    // A session of the next morning: its day named, as Intl writes the range with it.
    const withDay = new Intl.DateTimeFormat('de', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    const range = withDay.formatRange(Date.UTC(2031, 5, 27, 1, 58), Date.UTC(2031, 5, 27, 2, 43));
    expect(value[49]).to.equal(range[0].toUpperCase() + range.slice(1));
  });
});
