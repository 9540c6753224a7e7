/**
 * The grid view of a day: a column per venue, rows by time. A chunk of its own, loaded when
 * a widget has `view="grid"`, so that a page with the list view does not download it.
 *
 * It imports no module that reaches lit: a lazy chunk that does splits lit out of the chunk
 * every widget shares, one more file and more bytes on every page. The element passes lit's
 * `html` and the session templates in (`GridKit`).
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { zonedInstant } from '../feed/zoned-time.js';
import { dateFormat, numberFormat } from '../i18n/format.js';
import { msg, str } from '../i18n/msg.js';
import type { styleProperties as litStyleProperties } from '../shared/style-properties.js';
import { DEFAULT_DURATION_MINUTES, dayKey, type Programme, type ProgrammeSession } from './programme.js';
import type { noVenueLabel, renderSession, renderSessionList, venueName, ViewContext } from './templates.js';

/** What the grid draws with, from the element's chunk. */
export interface GridKit {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
  readonly styleProperties: typeof litStyleProperties;
  readonly renderSession: typeof renderSession;
  readonly renderSessionList: typeof renderSessionList;
  readonly venueName: typeof venueName;
  readonly noVenueLabel: typeof noVenueLabel;
}

/** Where the sessions of one day sit in the grid view: a column per venue, a row per time boundary. */
export interface GridLayout {
  readonly venues: readonly string[];
  /** Minutes after midnight of every start and end, sorted. */
  readonly times: readonly number[];
  readonly cells: readonly { entry: ProgrammeSession; column: number; rowStart: number; rowEnd: number }[];
  /** Sessions without a time, shown above the grid. */
  readonly untimed: readonly ProgrammeSession[];
}

/**
 * The grid of one day. `venueOf` names a session's venue in the reader's
 * language; sessions without one share a column named `noVenue`; `rank`
 * orders the columns (lower first; ties keep their first appearance).
 */
export function gridLayout(
  sessions: readonly ProgrammeSession[],
  venueOf: (entry: ProgrammeSession) => string,
  noVenue: string,
  rank: (venue: string) => number = () => 0,
): GridLayout {
  const timed = sessions.filter((entry) => entry.timed && entry.start?.minutes !== undefined);
  const untimed = sessions.filter((entry) => !(entry.timed && entry.start?.minutes !== undefined));
  // Sets and maps, not includes/indexOf: a day may have thousands of venues and times.
  const seen = new Set<string>();
  const venues: string[] = [];
  const boundaries = new Set<number>();
  const span = (entry: ProgrammeSession) => {
    const from = entry.start!.minutes!;
    const sameDay = entry.end && dayKey(entry.end) === entry.day && entry.end.minutes !== undefined;
    const to = sameDay ? Math.max(entry.end!.minutes!, from + 5) : Math.min(from + DEFAULT_DURATION_MINUTES, 24 * 60);
    return [from, Math.max(to, from + 1)] as const;
  };
  for (const entry of timed) {
    const venue = venueOf(entry) || noVenue;
    if (!seen.has(venue)) {
      seen.add(venue);
      venues.push(venue);
    }
    const [from, to] = span(entry);
    boundaries.add(from).add(to);
  }
  // Columns in one order on every day: `rank` (the most used venue first), then first appearance.
  venues.sort((a, b) => rank(a) - rank(b));
  const times = [...boundaries].sort((a, b) => a - b);
  const column = new Map(venues.map((venue, index) => [venue, index]));
  const row = new Map(times.map((time, index) => [time, index]));
  const cells = timed.map((entry) => {
    const [from, to] = span(entry);
    return { entry, column: column.get(venueOf(entry) || noVenue)!, rowStart: row.get(from)!, rowEnd: row.get(to)! };
  });
  return { venues, times, cells, untimed };
}

/** A rank per venue for `gridLayout`: the venue with the most sessions of the whole programme first. */
export function venueRanks(sessions: readonly ProgrammeSession[], venueOf: (entry: ProgrammeSession) => string, noVenue: string): (venue: string) => number {
  const counts = new Map<string, number>();
  for (const entry of sessions) {
    const venue = venueOf(entry) || noVenue;
    counts.set(venue, (counts.get(venue) ?? 0) + 1);
  }
  const order = new Map([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([venue], index) => [venue, index]));
  return (venue) => order.get(venue) ?? order.size;
}

/**
 * The most venues a day's grid has columns for. A day with more parallel
 * places is listed instead (with a note): thousands of columns side by side
 * cannot be read, and laying them out blocks the page for many seconds.
 */
export const MAX_GRID_COLUMNS = 12;

/**
 * The most sessions a day's grid shows. A day with more (after search and
 * filters) is listed instead, with a note, and the list shows them a batch at
 * a time: a grid cannot be shown in part, and thousands of cells in a dozen
 * columns block the page for seconds.
 */
export const MAX_GRID_SESSIONS = 200;

/**
 * One day as a grid: a column per venue and rows by time, so parallel working
 * groups stand side by side. On a narrow container the stylesheet lays the
 * same markup out as a list. Headers are decoration: each session names its
 * time and venue itself. A day of more than MAX_GRID_COLUMNS venues or
 * MAX_GRID_SESSIONS sessions is listed by `list` (the element's, which shows
 * a batch at a time), with a note.
 */
export function renderSessionGrid(
  entries: readonly ProgrammeSession[],
  context: ViewContext,
  kit: GridKit,
  rank: ((venue: string) => number) | undefined,
  list: (entries: readonly ProgrammeSession[]) => TemplateResult,
): TemplateResult {
  const { html, nothing, styleProperties, renderSession, renderSessionList } = kit;
  const layout = gridLayout(entries, (entry) => kit.venueName(entry, context.language), kit.noVenueLabel(), rank);
  if (layout.venues.length > MAX_GRID_COLUMNS) {
    const count = numberFormat({}, context.language).format(layout.venues.length);
    return html`<p part="grid-note">
        ${msg(str`Too many places at the same time for the grid (${count}): the sessions of this day are listed.`, {
          desc: 'Note in the grid view on a day with more parallel venues than the grid has room for; the value is the number of venues',
        })}
      </p>
      ${list(entries)}`;
  }
  if (entries.length > MAX_GRID_SESSIONS) {
    const count = numberFormat({}, context.language).format(entries.length);
    return html`<p part="grid-note">
        ${msg(str`Too many sessions on this day for the grid (${count}): they are listed.`, {
          desc: 'Note in the grid view on a day with more sessions (after search and filters) than the grid shows; the value is the number of sessions',
        })}
      </p>
      ${list(entries)}`;
  }
  // A wall clock shown as itself: its instant in UTC, formatted in UTC.
  const timeLabel = (minutes: number) =>
    dateFormat({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }, context.language).format(zonedInstant({ year: 1970, minutes }, 'UTC'));
  return html`${layout.untimed.length === 0 ? nothing : renderSessionList(layout.untimed, context)}
  ${
    layout.cells.length === 0
      ? nothing
      : html`<div part="grid" class="grid" ${styleProperties({ '--_columns': String(layout.venues.length) })}>
          ${layout.venues.map((venue, column) => html`<div class="venue-head" aria-hidden="true" ${styleProperties({ '--_column': String(column + 2) })}>${venue}</div>`)}
          ${
            context.zone
              ? nothing
              : layout.times
                  .slice(0, -1)
                  .map(
                    (minutes, row) =>
                      html`<div class="time-head" aria-hidden="true" ${styleProperties({ '--_row': String(row + 2) })}>${timeLabel(minutes)}</div>`,
                  )
          }
          <ol part="sessions" role="list" class="grid-sessions">
            ${layout.cells.map((cell) =>
              renderSession(cell.entry, context, {
                '--_column': String(cell.column + 2),
                '--_row': `${cell.rowStart + 2} / ${Math.max(cell.rowEnd, cell.rowStart + 1) + 2}`,
              }),
            )}
          </ol>
        </div>`
  }`;
}

const ranks = new WeakMap<Programme, { language: string; rank: (venue: string) => number }>();

/** The grid's column order for `programme` (the venue with the most sessions first), worked out once per programme and language. */
export function venueRankOf(programme: Programme, language: string, kit: GridKit): (venue: string) => number {
  const known = ranks.get(programme);
  if (known?.language === language) return known.rank;
  const rank = venueRanks(programme.sessions, (entry) => kit.venueName(entry, language), kit.noVenueLabel());
  ranks.set(programme, { language, rank });
  return rank;
}
