/** Types of pretalx-schedule.mjs, for the TypeScript stories and tests that import it. */
export interface PretalxCase {
  sessions: number;
  days: number;
  rooms: number;
  ours: string[];
}

/** The cases of the bench beside pretalx: a 79-session camp like the real one of issue 13, and 1,000 sessions. */
export const PRETALX_CASES: readonly PretalxCase[];

/**
 * A deterministic schedule in pretalx's widget format, with `rooms`, seven coloured `tracks` and `speakers`;
 * with `prose`, titles, abstracts, descriptions and biographies of the length real schedules have.
 */
export function pretalxSchedule(options: { sessions: number; days: number; rooms: number; seed?: number; prose?: boolean }): Record<string, unknown>;

/** One day in three rooms with breaks as pretalx writes them (talks without `code`, one in each room): a lunch in all three, a coffee in one, a coffee in two beside a talk. */
export function pretalxDayWithBreaks(): { talks: Record<string, unknown>[] } & Record<string, unknown>;
