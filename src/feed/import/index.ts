/**
 * Imports schedules organisers already have — frab / C3VOC `schedule.json`,
 * the C3VOC schedule2 layout and pretalx's widget JSON — as a feed document
 * (version 1) with one conference. Pure functions, no DOM. Every format here, for
 * the command line and the npm API; the loader loads only the format's own
 * module (pretalx.ts, frab.ts, schedule2.ts), so no importer is part of a widget's first download.
 */
import type { ImportedSchedule } from './build.js';
import { detectFormat } from './detect.js';
import { importFormat as importFrab } from './frab.js';
import { importFormat as importPretalx } from './pretalx.js';
import { importFormat as importSchedule2 } from './schedule2.js';

export type { ImportedSchedule } from './build.js';
export { detectFormat, type ScheduleDocument, type ScheduleFormat } from './detect.js';
export { KIND_RULES, kindFor } from './kinds.js';

const IMPORTERS = { frab: importFrab, pretalx: importPretalx, schedule2: importSchedule2 };

/**
 * Reads a frab, C3VOC schedule2 or pretalx schedule into a feed document with
 * exactly one conference that holds every event as a session. `undefined`
 * when `document` is none of these formats.
 */
export function importSchedule(document: unknown): ImportedSchedule | undefined {
  const format = detectFormat(document);
  const result = format && IMPORTERS[format](document);
  return typeof result === 'object' ? result : undefined;
}
