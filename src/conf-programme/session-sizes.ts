import type { ReactiveController, ReactiveElement } from 'lit';

/** Sessions given their one layout per frame: about 80 ms of style and layout under CPU 4×. */
export const SESSIONS_PER_FRAME = 40;

/**
 * Keeps the space of the sessions off screen, so that the page does not grow under the reader.
 * A session off screen skips its layout (`content-visibility: auto`, conf-programme.styles.ts) and
 * stands in with a placeholder height until it has been laid out once; from then on the browser
 * keeps its own height (`contain-intrinsic-size: auto`). Laid out only as the reader scrolls to
 * them, sessions taller than the placeholder pushed what follows the widget down, again and again.
 * So each session new in the panel is laid out once, in the frames after the update that added it
 * (SESSIONS_PER_FRAME a frame, from the top), and skips its layout again two frames later, its
 * height remembered. The frame that first shows them skips them all (what the first paint gains
 * from content-visibility stays). All at once, the 700 sessions "All days" adds to a 1,000-session
 * programme took one frame of 1.4 s of style and layout under CPU 4×, and the days it drew were
 * painted only after it.
 *
 * Not the grid's cards: each has the size of its cell (grid.styles.ts), whatever it holds, so an
 * unseen card keeps skipping its layout.
 *
 * A height kept is that of the width it was laid out at: when the window's width changes (a phone
 * turned, a window resized), every session is laid out once again the same way. Not from a
 * ResizeObserver on the panel: the panel's size also changes inside other observers' deliveries
 * (a map beside it that re-renders there shows or hides the page's scrollbar), and Firefox then
 * reports "ResizeObserver loop completed with undelivered notifications" as an error on the host
 * page. A width that changes with the window unchanged (a sidebar opened) is not followed.
 *
 * Writes the sessions' inline `content-visibility` and the panel's `data-sized` (set while every
 * session in it has its height) only, no reactive state, so it never schedules another update.
 * A lazy chunk of its own: without it the sessions only keep the placeholder's space.
 */
export class SessionSizes implements ReactiveController {
  readonly #sized = new WeakSet<Element>();
  /** Sessions still to be laid out once, in the order they are given it. */
  #queue: HTMLElement[] = [];
  /** Slices laid out whose height is not yet let go. */
  private pending = 0;
  private frame = 0;
  /** The window's width the sessions were sized at. */
  private width = 0;
  readonly #resized = (): void => {
    const panel = this.panel();
    if (window.innerWidth === this.width || !panel) return;
    this.width = window.innerWidth;
    const queued = new Set(this.#queue);
    for (const session of this.sessions(panel)) if (!queued.has(session)) this.#queue.push(session);
    this.start(panel);
  };

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Added once the widget may have rendered (this module is loaded lazily). */
  hostConnected(): void {
    this.width = window.innerWidth;
    window.addEventListener('resize', this.#resized);
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    window.removeEventListener('resize', this.#resized);
    // Not laid out yet: sized when the widget is back on the page.
    for (const session of this.#queue.splice(0)) this.#sized.delete(session);
  }

  hostUpdated(): void {
    const panel = this.panel();
    if (!panel) return;
    const fresh = this.sessions(panel).filter((session) => !this.#sized.has(session) && this.#sized.add(session));
    if (fresh.length === 0) {
      this.#markSized();
      return;
    }
    this.#queue.push(...fresh);
    this.start(panel);
  }

  /** The panel's sessions that keep a height of their own: not the grid's cards. */
  private sessions(panel: HTMLElement): HTMLElement[] {
    return [...panel.querySelectorAll<HTMLElement>('.session:not(.grid-sessions > *)')];
  }

  /** Lays the queue out, a slice a frame, from the frame after this one (which shows what is new without laying it out). */
  private start(panel: HTMLElement): void {
    panel.removeAttribute('data-sized');
    this.frame ||= requestAnimationFrame(() => (this.frame = requestAnimationFrame(this.#layOutSlice)));
  }

  readonly #layOutSlice = (): void => {
    this.frame = 0;
    const slice = this.#queue.splice(0, SESSIONS_PER_FRAME).filter((session) => session.isConnected);
    for (const session of slice) session.style.contentVisibility = 'visible';
    this.pending++;
    // The height is remembered when a frame has laid the session out: let go in the frame after.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        for (const session of slice) session.style.contentVisibility = '';
        this.pending--;
        this.#markSized();
      }),
    );
    if (this.#queue.length > 0) this.frame = requestAnimationFrame(this.#layOutSlice);
  };

  #markSized(): void {
    if (this.pending === 0 && this.#queue.length === 0 && !this.frame) this.panel()?.setAttribute('data-sized', '');
  }

  private panel(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~=panel]');
  }
}
