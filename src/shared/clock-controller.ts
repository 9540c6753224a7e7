import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentTime } from './clock.js';

export interface ClockOptions {
  /** Whether the host shows something that changes with the time, now (asked on connection and after each update). */
  needed(): boolean;
  /** Milliseconds between updates; a minute unless given. */
  interval?: number;
  /**
   * Only the reader's day matters (the local date, as `today()` in src/shared/clock.ts): a tick
   * asks for an update only when the day is not the one of the tick before, so a host shown all
   * day is updated once a day, within a minute of midnight (also after the computer slept
   * through it), and the minute ticks between cost a Date each. The first tick after the clock
   * starts always asks, as the update that started it may have come just before midnight.
   */
  daily?: boolean;
  /**
   * What the host shows of the time, as a string, for a host whose day is not the reader's (a
   * conference's day in its own time zone, from its day change): as `daily`, a tick asks for an
   * update only when it differs from the tick before (and always on the first tick after a start).
   */
  shown?: () => string;
}

/**
 * Updates its host every minute (with `daily`, once the day has changed) while
 * the host needs it, in the shape of Web Awesome's autoplay controller: it
 * starts when the host is connected (and says it needs the clock), stops when
 * the host is disconnected or no longer needs it, and each tick only asks the
 * host for an update, in which the host reads the time from `currentTime()`
 * (src/shared/clock.ts) as always. Nothing is written to the host's state, so
 * no update schedules another.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  /** With `daily` or `shown`: what was shown at the last tick (the day "Tue Dec 01 2026"), none before the first. */
  private day?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ClockOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page (or there for the first time): what the time shows may have moved on.
    this.host.requestUpdate();
    this.follow();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** After each update the host may need the clock, or no longer: starts or stops it, and writes no state. */
  hostUpdated(): void {
    this.follow();
  }

  private follow(): void {
    if (this.host.isConnected && this.options.needed()) this.start();
    else this.stop();
  }

  private start(): void {
    this.timer ??= setInterval(this.tick, this.options.interval ?? 60_000);
  }

  private stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.day = undefined;
  }

  private readonly tick = (): void => {
    const { daily, shown } = this.options;
    if (daily || shown) {
      const day = shown ? shown() : currentTime().toDateString();
      if (day === this.day) return;
      this.day = day;
    }
    this.host.requestUpdate();
  };
}
