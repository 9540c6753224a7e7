/**
 * A session at a local time the clocks skip (02:30–03:30 in Europe/Berlin on 28 March 2027, when
 * 02:00 becomes 03:00): its start is read with the offset from before the change, as RFC 5545
 * (3.3.5) reads a nonexistent DTSTART, which lands at 03:30 CEST, and its end moves with it, so the
 * event keeps the session's length instead of lasting no time at all.
 */
import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { toICalendar } from '../../src/shared/calendar.js';

/** DTSTART and DTEND of a one-session file in Europe/Berlin. */
function times(start: string, end: string): string[] {
  const text = toICalendar('Programme', [
    { uid: 's@test', summary: 'Session', start: parseCalendarDate(start)!, end: parseCalendarDate(end), timeZone: 'Europe/Berlin' },
  ]);
  return text.split('\r\n').filter((line) => /^DT(START|END)[:;]/.test(line));
}

describe('calendar files: a session in the hour the clocks skip', () => {
  it('02:30–03:30 on the night the clocks go forward lasts an hour, from 03:30 CEST', () => {
    expect(times('2027-03-28T02:30', '2027-03-28T03:30')).to.deep.equal(['DTSTART:20270328T013000Z', 'DTEND:20270328T023000Z']);
  });

  it('02:15–02:45, both skipped, lasts half an hour', () => {
    expect(times('2027-03-28T02:15', '2027-03-28T02:45')).to.deep.equal(['DTSTART:20270328T011500Z', 'DTEND:20270328T014500Z']);
  });

  it('a session that only ends in the skipped hour, and one on another night, are as before', () => {
    expect(times('2027-03-28T01:30', '2027-03-28T02:30')).to.deep.equal(['DTSTART:20270328T003000Z', 'DTEND:20270328T013000Z']);
    expect(times('2027-03-28T03:30', '2027-03-28T04:30')).to.deep.equal(['DTSTART:20270328T013000Z', 'DTEND:20270328T023000Z']);
    expect(times('2027-10-31T02:30', '2027-10-31T03:30')).to.deep.equal(['DTSTART:20271031T013000Z', 'DTEND:20271031T023000Z']);
  });
});

/**
 * A session that ends as it starts (an imported schedule's duration "00:00", or a night walk whose hour
 * the clocks take back): RFC 5545 3.8.2.2 wants DTEND later than DTSTART, so the event has no DTEND,
 * which (3.6.1) ends it at its start.
 */
describe('calendar files: a session that ends as it starts', () => {
  it('has DTSTART and no DTEND', () => {
    expect(times('2027-06-01T10:00', '2027-06-01T10:00')).to.deep.equal(['DTSTART:20270601T080000Z']);
  });

  it('a session of a minute keeps its DTEND', () => {
    expect(times('2027-06-01T10:00', '2027-06-01T10:01')).to.deep.equal(['DTSTART:20270601T080000Z', 'DTEND:20270601T080100Z']);
  });
});
