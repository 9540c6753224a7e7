import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { Conference } from '../../src/feed/schema.js';
import { conferenceStatus, currentConference, dayInZone, romanNumeral } from '../../src/shared/conference.js';
import { formatDateRange, statusText } from '../../src/shared/conference-text.js';
import { setLanguage } from '../../src/i18n/language.js';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { sampleFeed } from '../support/feeds.js';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const conference = (start: string, end?: string) => ({ start, end }) as Pick<Conference, 'start' | 'end'>;

describe('conference logic', () => {
  it('writes Roman ordinals', () => {
    expect([1, 4, 8, 9, 14, 15, 16, 40, 1999].map(romanNumeral)).to.deep.equal(['I', 'IV', 'VIII', 'IX', 'XIV', 'XV', 'XVI', 'XL', 'MCMXCIX']);
    expect(romanNumeral(0)).to.equal('0');
  });

  it('tells upcoming, running and past by the day', () => {
    const kaluga = conference('2021-06-28', '2021-06-30');
    expect(conferenceStatus(kaluga, day(2021, 6, 5))).to.deep.equal({ kind: 'upcoming', days: 23 });
    expect(conferenceStatus(kaluga, day(2021, 6, 28))).to.deep.equal({ kind: 'running', day: 1, of: 3 });
    expect(conferenceStatus(kaluga, day(2021, 6, 29))).to.deep.equal({ kind: 'running', day: 2, of: 3 });
    expect(conferenceStatus(kaluga, day(2021, 6, 30))).to.deep.equal({ kind: 'running', day: 3, of: 3 });
    expect(conferenceStatus(kaluga, day(2021, 7, 1))).to.deep.equal({ kind: 'past' });
  });

  it('does not call a conference known only by its year "soon", which may be years away', async () => {
    const status = conferenceStatus(conference('2029'), day(2026, 12, 6));
    expect(status).to.deep.equal({ kind: 'upcoming' });
    try {
      // "Demnächst" and «Скоро» said "soon".
      await setLanguage('de');
      expect(statusText(status, 'de')).to.equal('Steht bevor');
      await setLanguage('ru');
      expect(statusText(status, 'ru')).to.equal('Предстоит');
    } finally {
      await setLanguage('en');
    }
  });

  it('compares partial dates as far as they are known', () => {
    expect(conferenceStatus(conference('2005'), day(2021, 1, 1))).to.deep.equal({ kind: 'past' });
    expect(conferenceStatus(conference('2027'), day(2026, 11, 21))).to.deep.equal({ kind: 'upcoming' });
    expect(conferenceStatus(conference('2026'), day(2026, 11, 21))).to.deep.equal({ kind: 'undated' });
    expect(conferenceStatus(conference('2026-10'), day(2026, 11, 21))).to.deep.equal({ kind: 'past' });
  });

  it('reads the day in the conference’s time zone', () => {
    const instant = new Date('2021-06-27T22:30:00Z');
    expect(dayInZone(instant, 'Europe/Moscow')).to.deep.equal(day(2021, 6, 28));
    expect(dayInZone(instant, 'Europe/Berlin')).to.deep.equal(day(2021, 6, 28));
    expect(dayInZone(instant, 'America/New_York')).to.deep.equal(day(2021, 6, 27));
    // Asked again: the zone's formatter is reused, the answer follows the instant.
    expect(dayInZone(new Date('2021-06-28T21:30:00Z'), 'Europe/Moscow')).to.deep.equal(day(2021, 6, 29));
    expect(dayInZone(new Date('2021-06-27T20:59:59Z'), 'Europe/Moscow')).to.deep.equal(day(2021, 6, 27));
  });

  it('reads the day in the reader’s own zone when the conference names none', () => {
    const instant = new Date('2021-06-27T22:30:00Z');
    expect(dayInZone(instant)).to.deep.equal(day(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()));
  });

  it('reads the day before until a dayChange, across a month and a year', () => {
    // 03:59 in Berlin on 1 January 2031 is still 31 December 2030 with a day change at 04:00.
    expect(dayInZone(new Date('2031-01-01T03:59:00+01:00'), 'Europe/Berlin', 240)).to.deep.equal(day(2030, 12, 31));
    expect(dayInZone(new Date('2031-01-01T04:00:00+01:00'), 'Europe/Berlin', 240)).to.deep.equal(day(2031, 1, 1));
    expect(dayInZone(new Date('2030-07-01T00:30:00+02:00'), 'Europe/Berlin', 240)).to.deep.equal(day(2030, 6, 30));
    expect(dayInZone(new Date('2030-07-01T00:30:00+02:00'), 'Europe/Berlin')).to.deep.equal(day(2030, 7, 1));
  });

  it('changes the day once at a day change the clocks pass twice, at its later pass', () => {
    // Berlin goes back from 03:00 CEST to 02:00 CET on 27 October 2030: 02:30 is 00:30Z and 01:30Z.
    const days = [0, 29, 30, 59, 60, 89, 90].map((minutes) => dayInZone(new Date(Date.UTC(2030, 9, 27, 0, minutes)), 'Europe/Berlin', 150).day);
    expect(days).to.deep.equal([26, 26, 26, 26, 26, 26, 27]);
    // Midnight stays the calendar's, and a day change in the reader's own zone is read the same way.
    expect(dayInZone(new Date('2030-10-27T00:30:00+02:00'), 'Europe/Berlin')).to.deep.equal(day(2030, 10, 27));
    const reader = new Date(2030, 5, 1, 3, 59);
    expect(dayInZone(reader, undefined, 240)).to.deep.equal(day(2030, 5, 31));
    expect(dayInZone(new Date(2030, 5, 1, 4), undefined, 240)).to.deep.equal(day(2030, 6, 1));
  });

  it('picks the running, else the next, else the latest conference', async () => {
    const result = validateFeed(await sampleFeed());
    if (!result.ok) throw new Error('sample feed invalid');
    const { conferences } = result.feed;
    expect(currentConference(conferences, new Date('2026-11-21T12:00:00Z'))?.id).to.equal('xvi-kaluga-2021');
    expect(currentConference(conferences, new Date('2021-06-29T12:00:00Z'))?.id).to.equal('xvi-kaluga-2021');
    expect(currentConference(conferences, new Date('2019-01-10T12:00:00Z'))?.ordinal).to.equal(15);
    expect(currentConference(conferences, new Date('2017-06-29T12:00:00Z'))?.ordinal).to.equal(14);
    expect(currentConference([], new Date())).to.equal(undefined);
  });

  it('formats date ranges per language', () => {
    const start = parseCalendarDate('2021-06-28');
    const end = parseCalendarDate('2021-06-30');
    // English dates as in Britain; WebKit's ICU writes the range without spaces around the dash.
    expect(formatDateRange(start, end, 'en')).to.match(/^28\s?–\s?30\u00a0June 2021$/);
    expect(formatDateRange(start, end, 'de')).to.equal('28.–30.\u00a0Juni 2021');
    expect(formatDateRange(start, end, 'ru')).to.match(/^28–30\u00a0июня 2021/);
    expect(formatDateRange(parseCalendarDate('2005'), undefined, 'de')).to.equal('2005');
  });
});
