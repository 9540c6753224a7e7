import { msg, str } from '../i18n/msg.js';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { numberFormat } from '../i18n/format.js';
import { filterSessions, type Programme, type ProgrammeDay, type ProgrammeFilter, type ProgrammeSession } from './programme.js';
import { renderSessionList, type ViewContext } from './templates.js';

/**
 * Sessions of a day shown at a time: the first ones in time order, with
 * "Show more sessions" below and, from a link or "Jump to now" into a later
 * part, "Show earlier sessions" above. A day may have thousands of sessions,
 * and laying out 5,000 blocked the page for 5–8 s. Printing shows them all.
 */
export const SESSION_BATCH = 100;

/** The sessions of a day on screen: positions `from` (inclusive) to `to` (exclusive) in its (searched and filtered) list. */
interface ShownRange {
  readonly from: number;
  readonly to: number;
}

export interface BatchOptions {
  /** While printing every session is shown. */
  printing(): boolean;
  /** What the search and filters leave. */
  filter(): ProgrammeFilter;
  /** Moves the focus to the element with this id once the update is rendered. */
  focus(id: string): void;
}

/** The part of each day's sessions on screen, and the buttons that show the batches before and after it. */
export class SessionBatches {
  /** The part of each day shown, by day key, when it is not the first SESSION_BATCH sessions. */
  #ranges: ReadonlyMap<string, ShownRange> = new Map();
  /** The programme `ranges` belong to. */
  private of?: Programme;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BatchOptions,
  ) {}

  /** The first sessions of each day again (the search or filters changed). */
  reset(): void {
    this.#ranges = new Map();
    this.host.requestUpdate();
  }

  /** In willUpdate: another feed or conference shows the first sessions of each day again. */
  follow(programme: Programme | undefined): void {
    if (programme && programme !== this.of) {
      this.of = programme;
      this.#ranges = new Map();
    }
  }

  /** Makes `entry` one of the sessions shown on its day (with `filter`): the batch it is in, if it is not shown yet. */
  reveal(programme: Programme, entry: ProgrammeSession, filter: ProgrammeFilter): void {
    const day = programme.dayByKey.get(entry.day);
    if (!day) return;
    const index = filterSessions(day.sessions, filter).indexOf(entry);
    if (index < 0) return;
    const range = this.#ranges.get(day.key) ?? { from: 0, to: SESSION_BATCH };
    if (index >= range.from && index < range.to) return;
    const from = index - (index % SESSION_BATCH);
    this.#show(day.key, { from, to: from + SESSION_BATCH });
  }

  /** A day's sessions, a batch at a time, with the buttons for the batches before and after it. */
  render(day: ProgrammeDay, sessions: readonly ProgrammeSession[], context: ViewContext): TemplateResult {
    const total = sessions.length;
    const { from, to } = this.#rangeOf(day.key, total);
    const number = (value: number) => numberFormat({}, context.language).format(value);
    return html`${
      from > 0 || to < total
        ? html`<p part="shown-range">
            ${msg(str`Shown: ${number(from + 1)}–${number(to)} of ${number(total)}`, {
              id: 'programme-shown-range',
              desc: 'Above the sessions of a day with very many, shown a part at a time: which of them are shown, by position, e.g. "Shown: 1–100 of 5,000"',
            })}
          </p>`
        : nothing
    }
    ${
      from > 0
        ? html`<button part="show-previous" type="button" data-day=${day.key} aria-describedby="day-${day.key}" @click=${this.#showPrevious}>
            ${msg('Show earlier sessions', { desc: 'Button above the sessions of a day shown a part at a time: shows the sessions before those shown' })}
          </button>`
        : nothing
    }
    ${renderSessionList(from === 0 && to === total ? sessions : sessions.slice(from, to), context)}
    ${
      to < total
        ? html`<p part="more">
            <button part="show-more" type="button" data-day=${day.key} aria-describedby="day-${day.key}" @click=${this.#showMore}>
              ${msg('Show more sessions', { desc: 'Button below the sessions of a day shown a part at a time: shows the next ones' })}
            </button>
          </p>`
        : nothing
    }`;
  }

  /** How many of a day's `count` (searched and filtered) sessions are on screen. */
  shownCount(day: string, count: number): number {
    const { from, to } = this.#rangeOf(day, count);
    return to - from;
  }

  #show(day: string, range: ShownRange): void {
    this.#ranges = new Map(this.#ranges).set(day, range);
    this.host.requestUpdate();
  }

  /** The part of a day's (searched and filtered) sessions on screen: all of them while printing. */
  #rangeOf(day: string, count: number): ShownRange {
    if (this.options.printing()) return { from: 0, to: count };
    const range = this.#ranges.get(day) ?? { from: 0, to: SESSION_BATCH };
    return { from: Math.min(range.from, count), to: Math.min(range.to, count) };
  }

  /** The (searched and filtered) sessions of the day whose button was pressed, and the part of them shown. */
  #batchOf(event: Event): { day: string; sessions: ProgrammeSession[]; range: ShownRange } | undefined {
    const day = (event.currentTarget as HTMLElement).dataset.day;
    const programmeDay = day === undefined ? undefined : this.of?.dayByKey.get(day);
    if (!programmeDay) return undefined;
    const sessions = filterSessions(programmeDay.sessions, this.options.filter());
    return { day: programmeDay.key, sessions, range: this.#rangeOf(programmeDay.key, sessions.length) };
  }

  /** The day's batch before those shown; the focus goes to its first session. */
  readonly #showPrevious = (event: Event): void => {
    const batch = this.#batchOf(event);
    if (!batch) return;
    const from = Math.max(0, batch.range.from - SESSION_BATCH);
    this.#show(batch.day, { from, to: batch.range.to });
    this.options.focus(`session-${batch.sessions[from].session.id}`);
  };

  /** The day's next batch; the focus goes to the first session it adds. */
  readonly #showMore = (event: Event): void => {
    const batch = this.#batchOf(event);
    if (!batch || batch.range.to >= batch.sessions.length) return;
    this.#show(batch.day, { from: batch.range.from, to: batch.range.to + SESSION_BATCH });
    this.options.focus(`session-${batch.sessions[batch.range.to].session.id}`);
  };
}
