import { expect } from '@open-wc/testing';
import { zonedInstant, zonedParts, zoneOffset } from '../../src/feed/zoned-time.js';

/** `zonedInstant` as an ISO instant, for readable expectations. */
function iso(date: Parameters<typeof zonedInstant>[0], timeZone: string): string {
  return new Date(zonedInstant(date, timeZone)).toISOString();
}

const at = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('zonedInstant', () => {
  it('reads a wall clock in the zone', () => {
    expect(iso({ year: 2019, month: 6, day: 26, minutes: at(14, 30) }, 'Europe/Berlin')).to.equal('2019-06-26T12:30:00.000Z');
    expect(iso({ year: 2019, month: 1, day: 15, minutes: at(14, 30) }, 'Europe/Berlin')).to.equal('2019-01-15T13:30:00.000Z');
  });

  it('takes a date without a time as local midnight, and a missing month or day as the first', () => {
    expect(iso({ year: 2019, month: 6, day: 26 }, 'Europe/Berlin')).to.equal('2019-06-25T22:00:00.000Z');
    expect(iso({ year: 2019, month: 6, day: 26 }, 'UTC')).to.equal('2019-06-26T00:00:00.000Z');
    expect(iso({ year: 2019 }, 'UTC')).to.equal('2019-01-01T00:00:00.000Z');
    expect(iso({ year: 2019, month: 6 }, 'Europe/Moscow')).to.equal('2019-05-31T21:00:00.000Z');
  });

  it('in UTC is the wall clock itself', () => {
    expect(zonedInstant({ year: 2019, month: 3, day: 31, minutes: at(2, 30) }, 'UTC')).to.equal(Date.UTC(2019, 2, 31, 2, 30));
    expect(iso({ year: 2019, month: 10, day: 27, minutes: at(2, 30) }, 'UTC')).to.equal('2019-10-27T02:30:00.000Z');
  });

  it('takes years 0–99 as written and rolls days and minutes over', () => {
    expect(iso({ year: 50, month: 6, day: 26, minutes: at(10) }, 'UTC')).to.equal('0050-06-26T10:00:00.000Z');
    expect(iso({ year: 2019, month: 3, day: 0 }, 'UTC')).to.equal('2019-02-28T00:00:00.000Z');
    expect(iso({ year: 2019, month: 13, day: 1 }, 'UTC')).to.equal('2020-01-01T00:00:00.000Z');
    expect(iso({ year: 2019, month: 6, day: 26, minutes: at(24, 15) }, 'Europe/Berlin')).to.equal('2019-06-26T22:15:00.000Z');
  });

  describe('Europe/Berlin, clocks forward (2019-03-31, 02:00 CET → 03:00 CEST)', () => {
    it('keeps the times around the gap', () => {
      expect(iso({ year: 2019, month: 3, day: 31, minutes: at(1, 30) }, 'Europe/Berlin')).to.equal('2019-03-31T00:30:00.000Z');
      expect(iso({ year: 2019, month: 3, day: 31, minutes: at(3) }, 'Europe/Berlin')).to.equal('2019-03-31T01:00:00.000Z');
      expect(iso({ year: 2019, month: 3, day: 31, minutes: at(3, 30) }, 'Europe/Berlin')).to.equal('2019-03-31T01:30:00.000Z');
    });

    it('reads a skipped time with the offset from before the change (02:30 is 03:30 CEST)', () => {
      expect(iso({ year: 2019, month: 3, day: 31, minutes: at(2, 30) }, 'Europe/Berlin')).to.equal('2019-03-31T01:30:00.000Z');
      expect(iso({ year: 2019, month: 3, day: 31, minutes: at(2) }, 'Europe/Berlin')).to.equal('2019-03-31T01:00:00.000Z');
    });
  });

  describe('Europe/Berlin, clocks back (2019-10-27, 03:00 CEST → 02:00 CET)', () => {
    it('keeps the times around the overlap', () => {
      expect(iso({ year: 2019, month: 10, day: 27, minutes: at(1, 30) }, 'Europe/Berlin')).to.equal('2019-10-26T23:30:00.000Z');
      expect(iso({ year: 2019, month: 10, day: 27, minutes: at(3) }, 'Europe/Berlin')).to.equal('2019-10-27T02:00:00.000Z');
    });

    it('reads a time that happens twice as the later one (02:30 CET)', () => {
      expect(iso({ year: 2019, month: 10, day: 27, minutes: at(2, 30) }, 'Europe/Berlin')).to.equal('2019-10-27T01:30:00.000Z');
    });
  });

  describe('Europe/Moscow', () => {
    it('has kept UTC+3 all year since 2014', () => {
      expect(iso({ year: 2019, month: 1, day: 15, minutes: at(10) }, 'Europe/Moscow')).to.equal('2019-01-15T07:00:00.000Z');
      expect(iso({ year: 2019, month: 7, day: 15, minutes: at(10) }, 'Europe/Moscow')).to.equal('2019-07-15T07:00:00.000Z');
      expect(iso({ year: 2019, month: 3, day: 31, minutes: at(2, 30) }, 'Europe/Moscow')).to.equal('2019-03-30T23:30:00.000Z');
    });

    it('reads the time skipped on 2011-03-27 (02:00 +03 → 03:00 +04) with the offset from before', () => {
      expect(iso({ year: 2011, month: 3, day: 27, minutes: at(2, 30) }, 'Europe/Moscow')).to.equal('2011-03-26T23:30:00.000Z');
      expect(iso({ year: 2011, month: 3, day: 27, minutes: at(3, 30) }, 'Europe/Moscow')).to.equal('2011-03-26T23:30:00.000Z');
    });

    it('reads the time repeated on 2014-10-26 (02:00 +04 → 01:00 +03) as the later one', () => {
      expect(iso({ year: 2014, month: 10, day: 26, minutes: at(1, 30) }, 'Europe/Moscow')).to.equal('2014-10-25T22:30:00.000Z');
      expect(iso({ year: 2014, month: 10, day: 26, minutes: at(0, 30) }, 'Europe/Moscow')).to.equal('2014-10-25T20:30:00.000Z');
    });
  });

  it('answers the same when asked again (the cache)', () => {
    const date = { year: 2019, month: 10, day: 27, minutes: at(2, 30) };
    expect(zonedInstant(date, 'Europe/Berlin')).to.equal(zonedInstant({ ...date }, 'Europe/Berlin'));
    expect(zonedInstant(date, 'Europe/Moscow')).to.not.equal(zonedInstant(date, 'Europe/Berlin'));
  });
});

describe('zoneOffset and zonedParts', () => {
  it('read the offset and the local wall clock at an instant', () => {
    expect(zoneOffset(Date.UTC(2019, 5, 26, 12), 'Europe/Berlin')).to.equal(2 * 3_600_000);
    expect(zoneOffset(Date.UTC(2019, 0, 26, 12), 'Europe/Berlin')).to.equal(3_600_000);
    expect(zoneOffset(Date.UTC(2019, 0, 26, 12), 'UTC')).to.equal(0);
    expect(zonedParts(Date.UTC(2019, 5, 26, 22, 30, 15), 'Europe/Moscow')).to.deep.equal({ year: 2019, month: 6, day: 27, hour: 1, minute: 30, second: 15 });
    expect(zonedParts(Date.UTC(2019, 5, 26, 0, 0), 'UTC')).to.deep.equal({ year: 2019, month: 6, day: 26, hour: 0, minute: 0, second: 0 });
  });

  it('are the inverse of zonedInstant outside clock changes', () => {
    const date = { year: 2019, month: 6, day: 26, minutes: at(14, 30) };
    const parts = zonedParts(zonedInstant(date, 'Europe/Berlin'), 'Europe/Berlin');
    expect(parts).to.deep.equal({ year: 2019, month: 6, day: 26, hour: 14, minute: 30, second: 0 });
  });
});
