/**
 * The grid view of a day: a timetable. A chunk of its own, loaded when a widget has
 * `view="grid"`, so that a page with the list view does not download it (nor its styles).
 *
 * It imports no module that reaches lit: a lazy chunk that does splits lit out of the chunk
 * every widget shares, one more file and more bytes on every page. The element passes lit's
 * `html` and the session templates in (`GridKit`), and adopts `gridSheet()`.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { zonedInstant } from '../feed/zoned-time.js';
import { dateFormat, numberFormat } from '../i18n/format.js';
import { msg, str } from '../i18n/msg.js';
import { localise } from '../feed/text.js';
import type { styleProperties as litStyleProperties } from '../shared/style-properties.js';
import type { CalendarDate } from '../feed/dates.js';
import { DEFAULT_DURATION_MINUTES } from '../feed/constants.js';
import type { Programme, ProgrammeSession } from './programme.js';
import type { renderSession, renderSessionList, ViewContext } from './templates.js';

export { gridSheet } from './grid.styles.js';

/** What the grid draws with, from the element's chunk. */
export interface GridKit {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
  readonly styleProperties: typeof litStyleProperties;
  readonly renderSession: typeof renderSession;
  readonly renderSessionList: typeof renderSessionList;
}

function venueName(entry: ProgrammeSession, language: string): string {
  return localise(entry.session.venue, language);
}

/** The column of sessions without a venue. */
function noVenueLabel(): string {
  return msg('Other places', { desc: 'Grid column of sessions without a venue' });
}

/**
 * A break without a venue (the importers make one of the same break in every room): drawn across the columns, and
 * no say in where the column of sessions without a venue goes.
 */
const isAcross = (entry: ProgrammeSession, venue: string) => !venue && entry.session.kind === 'break';

/** Minutes a grid row stands for (as in pretalx's grid). */
export const SLOT_MINUTES = 5;

/**
 * A session's place: its venue's `column`, its `lane` within the venue (and `lanes` wide), rows from `rowStart` up to
 * `rowEnd` (exclusive, 0 = the day's `start`). A break across the columns: column 0, lane 0, as many lanes wide as all.
 */
export interface GridCell {
  readonly entry: ProgrammeSession;
  readonly column: number;
  readonly lane: number;
  readonly lanes: number;
  readonly rowStart: number;
  readonly rowEnd: number;
  /** It has no end (or none on its day that can be read): it spans DEFAULT_DURATION_MINUTES and is marked so. */
  readonly openEnd: boolean;
}

/** Where the sessions of one day sit in the grid view: a column per venue (as many lanes wide as it has sessions at once), a row per 5 minutes. */
export interface GridLayout {
  readonly venues: readonly string[];
  /** Lanes of each venue: the most of its sessions that overlap. */
  readonly lanes: readonly number[];
  /** Minutes after midnight of the first row (the first start, down to the quarter hour) and of the end of the last (the last end, up to the quarter hour). */
  readonly start: number;
  readonly end: number;
  /** By start, then venue: the order a reader and the keyboard meet them. */
  readonly cells: readonly GridCell[];
  /** Sessions without a time, shown above the grid. */
  readonly untimed: readonly ProgrammeSession[];
  /** Stretches of more than MIN_GAP_MINUTES without a session (rows `from` up to `to`, from half hour to half hour): drawn GAP_ROWS high, marked. */
  readonly gaps: readonly { readonly from: number; readonly to: number }[];
}

/** An empty stretch longer than this (two hours) is drawn as a short marked gap. */
export const MIN_GAP_MINUTES = 120;
/** Rows a collapsed gap takes (a quarter hour's height). */
export const GAP_ROWS = 3;

const DAY_END = 24 * 60;

/** Minutes of `date` (a local time) after the midnight that begins the programme day `day` (`YYYY-MM-DD`): past 24 hours after midnight. */
const minutesOn = (date: CalendarDate, day: string) => date.minutes! + (zonedInstant({ ...date, minutes: 0 }, 'UTC') - Date.parse(day)) / 60_000;

/**
 * The grid of one day. `venueOf` names a session's venue in the reader's
 * language; sessions without one share a column named `noVenue` (a break
 * without one spans every column where no other session overlaps it); `rank`
 * orders the columns (lower first; ties keep their first appearance).
 * `dayChange` (the programme's) is where the day ends, in minutes after the
 * next midnight: a session after midnight sits below 23:59, and one that runs
 * past midnight is drawn up to its end, no further than that.
 */
export function gridLayout(
  sessions: readonly ProgrammeSession[],
  venueOf: (entry: ProgrammeSession) => string,
  noVenue: string,
  rank: (venue: string) => number = () => 0,
  dayChange = 0,
): GridLayout {
  const dayEnd = DAY_END + dayChange;
  const isTimed = (entry: ProgrammeSession) => entry.timed && entry.start?.minutes !== undefined;
  const untimed = sessions.filter((entry) => !isTimed(entry));
  // Sets and maps, not includes/indexOf: a day may have thousands of venues.
  type Placed = { entry: ProgrammeSession; from: number; to: number; openEnd: boolean; lane: number };
  const byVenue = new Map<string, Placed[]>();
  const place = (venue: string, item: Placed) => {
    const list = byVenue.get(venue) ?? [];
    byVenue.set(venue, list);
    list.push(item);
  };
  const timed: Placed[] = [];
  let start = dayEnd;
  let end = 0;
  for (const entry of sessions) {
    if (!isTimed(entry)) continue;
    const from = minutesOn(entry.start!, entry.day);
    const ends = entry.end?.minutes !== undefined;
    // An end after the day's end (midnight without a `dayChange`) runs to it; no end spans the default length.
    const to = Math.min(ends ? minutesOn(entry.end!, entry.day) : from + DEFAULT_DURATION_MINUTES, dayEnd);
    timed.push({ entry, from, to: Math.max(to, from + SLOT_MINUTES), openEnd: !ends, lane: 0 });
    start = Math.min(start, from);
    end = Math.max(end, to, from + SLOT_MINUTES);
  }
  // A break without a venue (the importers make one of the same break in every room) runs across all columns where
  // it overlaps no other session of the day; otherwise, and on a day with no venue's column, it is among those without a venue.
  const breaks: Placed[] = [];
  for (const item of timed) {
    const venue = venueOf(item.entry);
    if (isAcross(item.entry, venue)) breaks.push(item);
    else place(venue || noVenue, item);
  }
  const alone = new Set<Placed>();
  if (breaks.length > 0 && byVenue.size > 0) {
    // By start (a day may have thousands of sessions): one overlaps another when one before it ends after its start, or the next starts before its end.
    const byStart = [...timed].sort((a, b) => a.from - b.from);
    let latestEnd = -Infinity;
    byStart.forEach((item, index) => {
      if (latestEnd <= item.from && (byStart[index + 1]?.from ?? Infinity) >= item.to) alone.add(item);
      latestEnd = Math.max(latestEnd, item.to);
    });
  }
  const across: Placed[] = [];
  for (const item of breaks) {
    if (alone.has(item)) across.push(item);
    else place(noVenue, item);
  }
  start -= start % 15;
  end = Math.min(dayEnd, Math.ceil(end / 15) * 15);
  // Columns in one order on every day: `rank` (the venue's first appearance in the feed).
  const venues = [...byVenue.keys()].sort((a, b) => rank(a) - rank(b));
  const lanes: number[] = [];
  const cells: (GridCell & { from: number })[] = [];
  const row = (minutes: number) => Math.floor((minutes - start) / SLOT_MINUTES);
  // A session's rows: its start and end to the nearest row, so that one ending at 12:07 and the next starting then
  // (lightning talks) meet at the same row rather than share one; lanes are given by these rows too.
  const top = (item: Placed) => Math.round((item.from - start) / SLOT_MINUTES);
  const bottom = (item: Placed) => Math.max(top(item) + 1, Math.round((item.to - start) / SLOT_MINUTES));
  const cell = (item: Placed, column: number, lanes: number): GridCell & { from: number } => ({
    entry: item.entry,
    column,
    lane: item.lane,
    lanes,
    rowStart: top(item),
    rowEnd: bottom(item),
    openEnd: item.openEnd,
    from: item.from,
  });
  venues.forEach((venue, column) => {
    // Overlapping sessions of one venue side by side: each in the first lane free at its start.
    const list = byVenue.get(venue)!.sort((a, b) => a.from - b.from || b.to - a.to);
    const laneEnds: number[] = [];
    for (const session of list) {
      let lane = laneEnds.findIndex((laneEnd) => laneEnd <= top(session));
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = bottom(session);
      session.lane = lane;
    }
    lanes.push(laneEnds.length);
    for (const session of list) {
      // As wide as the lanes to its right that nothing overlapping it uses.
      let width = 1;
      while (
        session.lane + width < laneEnds.length &&
        !list.some((other) => other.lane === session.lane + width && top(other) < bottom(session) && top(session) < bottom(other))
      )
        width++;
      cells.push(cell(session, column, width));
    }
  });
  // From the first lane of the first column, as wide as all lanes.
  const allLanes = lanes.reduce((sum, count) => sum + count, 0);
  for (const item of across) cells.push(cell(item, 0, allLanes));
  cells.sort((a, b) => a.from - b.from || a.column - b.column || a.lane - b.lane);
  // Empty stretches between the busy times of all venues, from the half hour after one end to the half hour before the next start.
  const gaps: { from: number; to: number }[] = [];
  let busyUntil: number | undefined;
  for (const cell of cells) {
    const from = busyUntil === undefined ? undefined : Math.ceil(busyUntil / 30) * 30;
    const next = Math.floor(cell.from / 30) * 30;
    if (from !== undefined && next - from > MIN_GAP_MINUTES) gaps.push({ from: row(from), to: row(next) });
    busyUntil = Math.max(busyUntil ?? 0, start + cell.rowEnd * SLOT_MINUTES);
  }
  return { venues, lanes, start, end, cells, untimed, gaps };
}

/**
 * A rank per venue for `gridLayout`: the organiser's order, as the feed has no list of venues the
 * order in which they first appear in the feed's `sessions` (`position` of a session there),
 * which importers keep from the schedule's rooms. Breaks without a venue have no say in it.
 */
export function venueRanks(
  sessions: readonly ProgrammeSession[],
  venueOf: (entry: ProgrammeSession) => string,
  noVenue: string,
  position: (entry: ProgrammeSession) => number,
): (venue: string) => number {
  const first = new Map<string, number>();
  for (const entry of sessions) {
    const venue = venueOf(entry);
    if (isAcross(entry, venue)) continue;
    const column = venue || noVenue;
    first.set(column, Math.min(first.get(column) ?? Infinity, position(entry)));
  }
  return (venue) => first.get(venue) ?? Infinity;
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
 * One day as a timetable in its own scroll container: the time axis (a label
 * every half hour) and the venue headers stay in view while it scrolls, and
 * each session spans its rows, so parallel working groups stand side by side.
 * On a narrow container the stylesheet lays the same markup out as a list.
 * Axis and headers are decoration: each session is named by its time, title
 * and venue, and the cells come in time order, then venue. A day of more than
 * MAX_GRID_COLUMNS venues or MAX_GRID_SESSIONS sessions is listed by `list`
 * (the element's, which shows a batch at a time), with a note. With the programme's
 * `dayChange` the time axis runs on past midnight ("23:45", "00:00", "00:15"); `timeZone`
 * (the programme's) places it in the reader's zone when the cards show that.
 */
export function renderSessionGrid(
  entries: readonly ProgrammeSession[],
  context: ViewContext,
  kit: GridKit,
  rank: ((venue: string) => number) | undefined,
  list: (entries: readonly ProgrammeSession[]) => TemplateResult,
  dayChange?: number,
  timeZone = 'UTC',
): TemplateResult {
  const { html, nothing, styleProperties, renderSession, renderSessionList } = kit;
  const layout = gridLayout(entries, (entry) => venueName(entry, context.language), noVenueLabel(), rank, dayChange);
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
  // Written as the cards write times (texts.ts sessionTime): a wall clock as itself (its instant in UTC, formatted in UTC),
  // or in the reader's zone the instant of that wall clock on the day in the programme's `timeZone` (not counted from a
  // session's start: a night past midnight may see the clocks change).
  const format = dateFormat({ hour: '2-digit', minute: '2-digit', timeZone: context.zone ?? 'UTC' }, context.language);
  const day = Date.parse(layout.cells[0]?.entry.day ?? '') / 86_400_000;
  const instantOf = (minutes: number) =>
    context.zone ? zonedInstant({ year: 1970, day: day + 1, minutes }, timeZone) : zonedInstant({ year: 1970, minutes }, 'UTC');
  // Rows on screen: a gap's rows are GAP_ROWS.
  const shownRow = (row: number) => layout.gaps.reduce((shown, gap) => (gap.to <= row ? shown - (gap.to - gap.from - GAP_ROWS) : shown), row) + 2;
  const rowOf = (minutes: number) => shownRow((minutes - layout.start) / SLOT_MINUTES);
  const inGap = (minutes: number) =>
    layout.gaps.some((gap) => gap.from < (minutes - layout.start) / SLOT_MINUTES && (minutes - layout.start) / SLOT_MINUTES < gap.to);
  const marks: number[] = [];
  for (let minutes = Math.ceil(layout.start / 30) * 30; minutes < layout.end; minutes += 30) if (!inGap(minutes)) marks.push(minutes);
  const firstLane: number[] = [];
  layout.lanes.reduce((column, lanes, index) => ((firstLane[index] = column), column + lanes), 2);
  return html`${layout.untimed.length === 0 ? nothing : html`<div class="untimed">${renderSessionList(layout.untimed, context)}</div>`}
  ${
    layout.cells.length === 0
      ? nothing
      : html`<div
          part="grid"
          class="grid"
          ${styleProperties({
            '--_lanes': String(layout.lanes.reduce((sum, lanes) => sum + lanes, 0)),
            '--_rows': String(rowOf(layout.end) - 2),
          })}
        >
          <div class="corner" aria-hidden="true"></div>
          ${layout.venues.map(
            (venue, column) =>
              html`<div class="venue-head" aria-hidden="true" ${styleProperties({ '--_column': `${firstLane[column]} / span ${layout.lanes[column]}` })}>
                ${venue}
              </div>`,
          )}
          ${layout.gaps.map(
            (gap) => html`<div class="gap" aria-hidden="true" ${styleProperties({ '--_row': `${shownRow(gap.from)} / span ${GAP_ROWS}` })}></div>`,
          )}
          ${marks.map(
            (minutes, index) =>
              html`<div
                  class="time-head${minutes % 60 ? ' half' : ''}"
                  aria-hidden="true"
                  ${styleProperties({ '--_row': `${rowOf(minutes)} / ${rowOf(Math.min(marks[index + 1] ?? layout.end, layout.end))}` })}
                >
                  ${format.format(instantOf(minutes))}
                </div>
                <div class="line${minutes % 60 ? ' half' : ''}" ${styleProperties({ '--_row': String(rowOf(minutes)) })}></div>`,
          )}
          <ol part="sessions" role="list" class="grid-sessions">
            ${layout.cells.map((cell) =>
              renderSession(
                cell.entry,
                context,
                {
                  '--_column': `${firstLane[cell.column] + cell.lane} / span ${cell.lanes}`,
                  '--_row': `${shownRow(cell.rowStart)} / ${shownRow(cell.rowEnd)}`,
                  // Lines that fit, two rows (10 minutes) a line: all of the compact card, and its title's beside the time.
                  '--_fit': String((cell.rowEnd - cell.rowStart) >> 1),
                  '--_lines': String(Math.max(1, (cell.rowEnd - cell.rowStart - 2) >> 1)),
                },
                cell.openEnd,
              ),
            )}
          </ol>
        </div>`
  }`;
}

const ranks = new WeakMap<Programme, { language: string; rank: (venue: string) => number }>();

/** The grid's column order for `programme` (the venues in the order they first appear in the feed), worked out once per programme and language. */
export function venueRankOf(programme: Programme, language: string): (venue: string) => number {
  const known = ranks.get(programme);
  if (known?.language === language) return known.rank;
  const positions = new Map((programme.conference.sessions ?? []).map((session, index) => [session, index]));
  const rank = venueRanks(
    programme.sessions,
    (entry) => venueName(entry, language),
    noVenueLabel(),
    (entry) => positions.get(entry.session) ?? Infinity,
  );
  ranks.set(programme, { language, rank });
  return rank;
}
