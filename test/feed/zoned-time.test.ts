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

  describe('every zone, east or west of Greenwich, reads a change alike', () => {
    /** The offset of `zone` at `instant` in milliseconds, from Intl's own name of it ("GMT-07:00", "GMT+05:45", "GMT"): not from the code under test. */
    const offsetAt = (instant: number, zone: string) => {
      const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')!.value;
      const [, sign, hours, minutes] = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name) ?? [];
      return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
    };
    /**
     * What the documentation promises, worked out from the offsets a day before and a day after:
     * a wall clock the zone has once, at its instant; one it has twice, the later; one it skips,
     * with the offset from before the change.
     */
    const expected = (wall: number, zone: string) => {
      const [before, after] = [offsetAt(wall - 86_400_000, zone), offsetAt(wall + 86_400_000, zone)];
      const instants = [wall - before, wall - after].filter((instant, index) => offsetAt(instant, zone) === [before, after][index]);
      return instants.length ? Math.max(...instants) : wall - before;
    };

    for (const [zone, days] of [
      ['Europe/Berlin', ['2026-03-29', '2026-10-25']],
      ['America/Los_Angeles', ['2026-03-08', '2026-11-01']],
      ['America/New_York', ['2026-03-08', '2026-11-01']],
      ['America/St_Johns', ['2026-03-08', '2026-11-01']],
      ['Australia/Sydney', ['2026-04-05', '2026-10-04']],
      ['Europe/Moscow', ['2011-03-27', '2014-10-26']],
    ] as const) {
      it(`${zone} on ${days.join(' and ')}, every quarter hour`, () => {
        for (const day of days) {
          const [year, month, date] = day.split('-').map(Number);
          for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
            const wall = Date.UTC(year, month - 1, date, 0, minutes);
            expect(
              zonedInstant({ year, month, day: date, minutes }, zone),
              `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
            ).to.equal(expected(wall, zone));
          }
        }
      });
    }

    it('America/Los_Angeles: 01:30 on the night the clocks go back is the later, 01:30 PST; 02:30 on the night they go forward, 03:30 PDT', () => {
      // -08:00 and -07:00 from Intl, as above.
      const [pst, pdt] = [offsetAt(Date.UTC(2026, 0, 15), 'America/Los_Angeles'), offsetAt(Date.UTC(2026, 6, 15), 'America/Los_Angeles')];
      expect(zonedInstant({ year: 2026, month: 11, day: 1, minutes: at(1, 30) }, 'America/Los_Angeles')).to.equal(Date.UTC(2026, 10, 1, 1, 30) - pst);
      expect(zonedInstant({ year: 2026, month: 3, day: 8, minutes: at(2, 30) }, 'America/Los_Angeles')).to.equal(Date.UTC(2026, 2, 8, 3, 30) - pdt);
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
