import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered above and below those in view. */
export const ROW_MARGIN = 12;
/** The rows rendered move in steps of this many, so scrolling renders once per step, not once per pixel. */
export const ROW_STEP = 8;
/** Height of a row until one is measured, and of the view until the frame is laid out (px). */
const ROW_ESTIMATE = 36;
const VIEW_ESTIMATE = 600;

/** The rows to render, `first` to `last` (exclusive), and the height that stands for each row not rendered. */
export interface RowWindow {
  first: number;
  last: number;
  rowHeight: number;
}

/**
 * Which rows of a long table are in view: follows the scroll position of the
 * table's frame (a scroll container) and measures its height and the height
 * of the rendered rows (their mean, so rows whose names wrap count too) from a
 * ResizeObserver, outside the host's update. The host renders only those rows
 * and reserves the height of the others, so the scrollbar is right.
 */
export class TableWindow implements ReactiveController {
  private frame?: HTMLElement;
  private scrollTop = 0;
  /** Scrolled to the very end: the last rows are shown whatever heights the others are estimated at. */
  #atEnd = false;
  #viewHeight = VIEW_ESTIMATE;
  #rowHeight = ROW_ESTIMATE;
  /** Where the rows start in the frame's content (below the caption and the header). */
  #bodyTop = 0;
  #frameRequest = 0;
  private readonly observer = new ResizeObserver(() => this.#measure());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => HTMLElement | null | undefined,
    /** zoom-pan.ts's, passed in (see tableHelpers in table-chunk.ts). */
    private readonly screenScale: typeof import('./zoom-pan.js').screenScale,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.frame) this.observe(this.frame);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.#frameRequest);
  }

  /** Follows the frame when an update replaced or removed it: touches the observer only, no state. */
  hostUpdated(): void {
    const frame = this.target() ?? undefined;
    // At the end, stay there: rows of other heights than those measured before change the table's height.
    if (frame && frame === this.frame && this.#atEnd) frame.scrollTop = frame.scrollHeight;
    if (frame === this.frame) return;
    this.observer.disconnect();
    this.frame = frame;
    // Without a frame (the map view) nothing depends on it: a table shown again starts at its top.
    if (!frame) {
      this.scrollTop = 0;
      this.#atEnd = false;
    }
    if (frame && this.host.isConnected) this.observe(frame);
  }

  private observe(frame: HTMLElement): void {
    this.observer.observe(frame);
    const table = frame.querySelector('table');
    if (table) this.observer.observe(table);
  }

  /** The rows of a table of `count` rows to render now. */
  window(count: number): RowWindow {
    const inView = Math.ceil(this.#viewHeight / this.#rowHeight);
    // Scrolled to the end, or past it (the table became shorter): the last rows.
    const end = Math.max(0, count - inView - ROW_MARGIN);
    const first = this.#atEnd ? end : Math.min(this.#firstAt(this.scrollTop), end);
    const last = Math.min(count, first + inView + 2 * ROW_MARGIN + ROW_STEP);
    return { first, last, rowHeight: this.#rowHeight };
  }

  #firstAt(scrollTop: number): number {
    const inView = Math.floor(Math.max(0, scrollTop - this.#bodyTop) / this.#rowHeight);
    return Math.max(0, Math.floor(inView / ROW_STEP) * ROW_STEP - ROW_MARGIN);
  }

  /** The frame's scroll listener: renders again once other rows come into view. */
  readonly onScroll = (event: Event): void => {
    const frame = event.currentTarget as HTMLElement;
    const top = frame.scrollTop;
    const atEnd = top > 0 && top + frame.clientHeight >= frame.scrollHeight - 2;
    const before = this.#firstAt(this.scrollTop);
    this.scrollTop = top;
    if (this.#firstAt(top) !== before || atEnd !== this.#atEnd) {
      this.#atEnd = atEnd;
      this.host.requestUpdate();
    }
  };

  /**
   * Home and End on the focused frame go to the first and last row at once. The browsers' own
   * (smooth, in Firefox) scrolling ends where the end was when it started, and the rows rendered
   * on the way may have other heights than those estimated for them.
   */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const frame = event.currentTarget as HTMLElement;
    if (event.target !== frame || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (event.key === 'Home') {
      this.toTop();
    } else {
      this.#atEnd = true;
      frame.scrollTop = frame.scrollHeight;
    }
    this.host.requestUpdate();
  };

  /** Back to the first row (a new order or new rows). */
  toTop(): void {
    this.scrollTop = 0;
    this.#atEnd = false;
    if (this.frame) this.frame.scrollTop = 0;
  }

  /** From the ResizeObserver: the frame's height, where the rows start and how high they are. */
  #measure(): void {
    const frame = this.frame;
    const body = frame?.querySelector('tbody');
    if (!frame || !body) return;
    const rows = body.querySelectorAll<HTMLElement>(':scope > [part~=row]');
    // Distances on screen in the frame's own pixels, which it scrolls by.
    const { y: scale, box } = this.screenScale(frame);
    const viewHeight = frame.clientHeight || VIEW_ESTIMATE;
    const bodyTop = (body.getBoundingClientRect().top - box.top) * scale + frame.scrollTop;
    let rowHeight = this.#rowHeight;
    if (rows.length) {
      const height = (rows[rows.length - 1].getBoundingClientRect().bottom - rows[0].getBoundingClientRect().top) * scale;
      if (height > 0) rowHeight = height / rows.length;
    }
    const changed = Math.abs(viewHeight - this.#viewHeight) > 1 || Math.abs(bodyTop - this.#bodyTop) > 1 || Math.abs(rowHeight - this.#rowHeight) > 0.5;
    if (!changed) return;
    this.#viewHeight = viewHeight;
    this.#bodyTop = bodyTop;
    this.#rowHeight = rowHeight;
    // The update changes the size of the table observed: in the next frame, not within this
    // ResizeObserver delivery ("ResizeObserver loop completed with undelivered notifications").
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = requestAnimationFrame(() => this.host.requestUpdate());
  }
}
