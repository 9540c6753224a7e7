/**
 * Imports schedules organisers already have — frab / C3VOC `schedule.json`,
 * the C3VOC schedule2 layout and pretalx's widget JSON — as a feed document
 * (version 1) with one conference. Pure functions, no DOM. The loader imports
 * this module dynamically, so it is not part of a widget's first download.
 */
import type { FeedWarning } from '../model.js';
import type { FeedDocument } from '../schema.js';
import { buildDocument } from './build.js';
import { detectFormat, schedule2Layout, type ScheduleFormat } from './detect.js';
import { frabEvents, readConference, schedule2Events } from './frab.js';
import { pretalxConference, pretalxEvents } from './pretalx.js';
import { field, Warnings } from './util.js';

export { detectFormat, type ScheduleDocument, type ScheduleFormat } from './detect.js';
export { KIND_RULES, kindFor } from './kinds.js';

/** What `importSchedule` gives for a recognised schedule. */
export interface ImportedSchedule {
  /** Our feed document; still to be checked with `validateFeed`. */
  document: FeedDocument;
  /** What was guessed or left out, each with its JSON path in the imported file. */
  warnings: FeedWarning[];
  format: ScheduleFormat;
}

/**
 * Reads a frab, C3VOC schedule2 or pretalx schedule into a feed document with
 * exactly one conference that holds every event as a session. `undefined`
 * when `document` is none of these formats.
 */
export function importSchedule(document: unknown): ImportedSchedule | undefined {
  const format = detectFormat(document);
  if (!format) return undefined;
  const warnings = new Warnings();
  let result: FeedDocument;
  if (format === 'pretalx') {
    result = buildDocument(pretalxConference(document, warnings), pretalxEvents(document, warnings), warnings);
  } else if (format === 'frab') {
    const conference = field(field(document, 'schedule'), 'conference');
    const path = '$.schedule.conference';
    result = buildDocument(readConference(conference, path, 'frab-', warnings), frabEvents(conference, path, warnings), warnings);
  } else {
    const layout = schedule2Layout(document)!;
    const events = schedule2Events(layout.events, layout.eventsPath, layout.conference, layout.conferencePath, warnings);
    result = buildDocument(readConference(layout.conference, layout.conferencePath, 'schedule2-', warnings), events, warnings);
  }
  return { document: result, warnings: warnings.list, format };
}
