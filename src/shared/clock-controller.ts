import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClockOptions {
  /** Whether the host shows something that changes with the time, now (asked on connection and after each update). */
  needed(): boolean;
  /** Milliseconds between updates; a minute unless given. */
  interval?: number;
}

/**
 * Updates its host every minute while the host needs it, in the shape of Web
 * Awesome's autoplay controller: it starts when the host is connected (and
 * says it needs the clock), stops when the host is disconnected or no longer
 * needs it, and each tick only asks the host for an update, in which the host
 * reads the time from `currentTime()` (src/shared/clock.ts) as always. Nothing
 * is written to the host's state, so no update schedules another.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ClockOptions,
  ) {
    host.addController(this);
  }

  /** Whether the clock is running. */
  get ticking(): boolean {
    return this.timer !== undefined;
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
  }

  private readonly tick = (): void => {
    this.host.requestUpdate();
  };
}
