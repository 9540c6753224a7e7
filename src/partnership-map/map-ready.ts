/**
 * When the map is settled: `updateComplete` of `<partnership-map>` resolves
 * only once its markers are placed. They wait for the map's size, which a
 * ResizeObserver reports after layout, outside Lit's update cycle; so an
 * update can complete with the map on the page and no marker yet. This
 * controller lets `getUpdateComplete()` wait for that report and the update
 * that follows it, and never hangs: a map without a size (hidden, or in a box
 * of zero width or height), one not rendered (in a closed `<details>`) or off
 * the page has nothing to place and is settled as it is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../feed/next-task.js';

export interface MapReadyAccess {
  /** The map element (it comes and goes with the view). */
  target(): Element | null | undefined;
  /** Whether the map is shown and still waits for its size to place its markers. */
  waiting(): boolean;
}

/** Updates waited for at most: a size report brings one; a second covers a fit that follows it. */
const ROUNDS = 3;

export class MapReady implements ReactiveController {
  private observed?: Element;
  #reported = false;
  #waiters: (() => void)[] = [];
  private readonly observer = new ResizeObserver(() => {
    this.#reported = true;
    this.#wake();
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly access: MapReadyAccess,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.observed) this.observer.observe(this.observed);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.#wake();
  }

  /** Follows the map element when an update replaced or removed it. */
  hostUpdated(): void {
    const target = this.access.target() ?? undefined;
    if (target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    this.#reported = false;
    if (target && this.host.isConnected) this.observer.observe(target);
    // A waiting settle() looks again (the map may have gone: the table view).
    this.#wake();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** `updated()` resolves once the host's update is complete; this resolves once the markers are placed too, or cannot be. */
  async settle(updated: () => Promise<boolean>): Promise<boolean> {
    let done = await updated();
    for (let round = 0; round < ROUNDS && this.access.waiting(); round++) {
      const target = this.observed;
      // Off the page, no box to place markers in, or not rendered (in a closed <details>, hidden="until-found",
      // content-visibility: hidden: the box keeps its size, but no size is reported). Asked of the host:
      // WebKit finds an element in a shadow tree visible there.
      if (!target || !this.host.isConnected || target.clientWidth === 0 || target.clientHeight === 0 || this.host.checkVisibility?.() === false) break;
      if (!this.#reported) await new Promise<void>((resolve) => this.#waiters.push(resolve));
      // The map's size controller reads the same report in the same step of rendering and takes the
      // size in the next animation frame (src/shared/size-controller.ts); a task after that frame
      // it has asked for the update that places the markers.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await nextTask();
      done = await updated();
    }
    return done;
  }
}
