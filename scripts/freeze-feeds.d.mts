/** Types of freeze-feeds.mjs, for the tests that import it. */
export function dayAfter(start: string, offset: number): string;
export function manyConferences(count: number): Record<string, unknown> & { conferences: Record<string, unknown>[] };
export function venuesOnOneDay(count: number): Record<string, unknown>;
export function sessionPerDay(count: number): Record<string, unknown>;
export function coincidentCities(count: number): Record<string, unknown>;
