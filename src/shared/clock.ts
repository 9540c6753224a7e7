import type { Day } from '../feed/dates.js';

/**
 * "Now" for everything that depends on the date (default year, countdowns,
 * running conferences). Tests and stories set a fixed clock; pages never need to.
 */
let now: () => Date = () => new Date();

export function currentTime(): Date {
  return now();
}

/** Replaces the clock; `undefined` restores the real one. */
export function setClock(clock: (() => Date) | undefined): void {
  now = clock ?? (() => new Date());
}

/** Today's calendar date in the reader's own time zone. */
export function today(): Day {
  const date = now();
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
