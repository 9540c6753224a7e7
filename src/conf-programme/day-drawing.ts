import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../feed/next-task.js';
import { SESSION_BATCH } from './batches.js';

/**
 * "All days" drawn in two steps: the first update draws the first day (or the day of the session a
 * link names; and the days after it while the sessions drawn stay within SESSION_BATCH), the other
 * days follow together after the frame that painted it. 800 sessions (8 days of a 1,000-session
 * conference, 100 a day shown) took one task of 0.75–0.85 s under CPU 4× before the first title was
 * on screen. Steps of four times as many sessions each painted the last day later than two steps
 * (each step renders the days drawn before again; docs/performance.md). A day not drawn yet keeps its
 * heading and the space its sessions will take (`.pending` in conf-programme.styles.ts); the panel
 * is `aria-busy` until every day is drawn, and the host's `updateComplete` waits for that (settle).
 * The grid's first step also draws its cards without their folded description and buttons (hidden
 * until a card is hovered or focused; `light` in templates.ts): the panel is busy, and the next step
 * draws them whole. A day's tab is drawn in these two steps when it is the first one shown.
 *
 * Holds no reactive state: `limit` is read by render, and lifted only after a paint, with an update asked for.
 */
export const drawing = {
  /** Resolves after the frame that paints the update just rendered (a test replaces it to hold a step back). A hidden page draws no frames: then after a second. */
  painted: (): Promise<void> =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 1000);
    }).then(nextTask),
};

export class DayDrawing implements ReactiveController {
  /** Sessions drawn on "All days" (whole days; the day a link names comes first): one batch in the first step, then all. */
  limit = SESSION_BATCH;
  /** The day a link named: drawn in the first step. */
  first?: string;
  /** What is being drawn: the programme shown on "All days". */
  private of?: object;
  /** A day is still waiting (seen in the panel after the last update). */
  #busy = false;
  private step?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /**
   * In willUpdate: `of` is the programme shown on all days, else undefined; another one starts
   * again with its first day (or `day`, a link's). `all` (printing) draws every day, and they stay drawn.
   */
  follow(of: object | undefined, day?: string, all?: boolean): void {
    if (of !== this.of) {
      this.of = of;
      this.limit = SESSION_BATCH;
      this.first = undefined;
    }
    if (day) this.first = day;
    if (all) this.limit = Infinity;
  }

  /**
   * The days not drawn yet, of those with sessions shown (`[day key, sessions shown]` in order): after
   * the first (or the linked) day, the days that follow it while the sessions drawn stay within
   * `limit`, and none after the first that does not fit.
   */
  pending(days: readonly (readonly [string, number])[]): Set<string> {
    const waiting = new Set<string>();
    let drawn = days.find(([key]) => key === this.first)?.[1] ?? 0;
    for (const [key, count] of days) {
      if (key === this.first) continue;
      if (waiting.size === 0 && (drawn === 0 || drawn + count <= this.limit)) drawn += count;
      else waiting.add(key);
    }
    return waiting;
  }

  hostUpdated(): void {
    // Busy: a day still to be drawn, or the grid's cards not whole yet.
    this.#busy = !!this.host.renderRoot.querySelector('#panel[aria-busy=true]');
    if (!this.#busy || this.step) return;
    const of = this.of;
    this.step = drawing.painted().then(() => {
      this.step = undefined;
      if (of === this.of) this.limit = Infinity;
      this.host.requestUpdate();
    });
  }

  /** `updated()` resolves once the host's update is complete; this once every day is drawn too. */
  async settle(updated: () => Promise<boolean>): Promise<boolean> {
    let done = await updated();
    while (this.#busy) {
      await this.step;
      done = await updated();
    }
    return done;
  }
}
