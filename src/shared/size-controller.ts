import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  width: number;
  height: number;
}

export interface SizeOptions {
  /** The element to measure, looked up after each update (it may come and go with the view). */
  target(): Element | null | undefined;
  /**
   * Its new size (client width and height, never zero), after `size` changed.
   * Called in the animation frame after the ResizeObserver's report, outside the
   * host's update: the place to set state that follows from it.
   */
  resized(size: Size, old: Size | undefined): void;
}

/**
 * The size of an element in the host's shadow root, from a ResizeObserver:
 * taken in the animation frame after the observer's report, outside Lit's
 * update cycle, so state set there schedules one ordinary update instead of
 * one after the update that rendered the element. The element is observed
 * while the host is connected; a host updated while off the page observes
 * nothing, or it would never be let go.
 */
export class SizeController implements ReactiveController {
  private observed?: Element;
  private last?: Size;
  private frame = 0;
  private readonly observer = new ResizeObserver((entries) => this.#measure(entries.findLast((entry) => entry.target === this.observed)));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SizeOptions,
  ) {
    host.addController(this);
  }

  /** The element's size, once laid out; a change updates the host. */
  get size(): Size | undefined {
    return this.last;
  }

  hostConnected(): void {
    if (this.observed) this.observer.observe(this.observed);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Follows the element when an update replaced or removed it: touches the observer only, no state. */
  hostUpdated(): void {
    const target = this.options.target() ?? undefined;
    if (target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    // Observing reports the size once it is laid out.
    if (target && this.host.isConnected) this.observer.observe(target);
  }

  /**
   * The size the observer reports (the content box, rounded as clientWidth is):
   * reading clientWidth instead would force a layout in each callback when many
   * widgets report in one frame, each after the previous one's update changed the page.
   * Taken in the next animation frame, not within the observer's delivery: the update it
   * asks for can change the size of an element observed there (the page's scrollbar that
   * appears once a map with its details panel is drawn), and Firefox then reports
   * "ResizeObserver loop completed with undelivered notifications" as an error on the host page.
   */
  #measure(entry: ResizeObserverEntry | undefined): void {
    const target = this.observed;
    if (!target || !entry) return;
    const size = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
    if (size.width === 0 || size.height === 0) return;
    // A report that a newer one replaces before its frame is not taken.
    cancelAnimationFrame(this.frame);
    const old = this.last;
    if (old && old.width === size.width && old.height === size.height) return;
    this.frame = requestAnimationFrame(() => {
      this.last = size;
      this.host.requestUpdate();
      this.options.resized(size, old);
    });
  }
}
