import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps the space of the sessions off screen, so that the page does not grow under the reader.
 * A session off screen skips its layout (`content-visibility: auto`, conf-programme.styles.ts) and
 * stands in with a placeholder height until it has been laid out once; from then on the browser
 * keeps its own height (`contain-intrinsic-size: auto`). Laid out only as the reader scrolls to
 * them, sessions taller than the placeholder pushed what follows the widget down, again and again.
 * So each session new in the panel is laid out once, in the frame after the update that added it,
 * and skips its layout again the frame after that, its height remembered. The first frame still
 * skips them all (what the first paint gains from content-visibility stays).
 *
 * Writes the sessions' inline `content-visibility` and the panel's `data-sized` (set while every
 * session in it has its height) only, no reactive state, so it never schedules another update.
 * A lazy chunk of its own: without it the sessions only keep the placeholder's space.
 */
export class SessionSizes implements ReactiveController {
  private readonly sized = new WeakSet<Element>();
  private pending = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Added once the widget may have rendered (this module is loaded lazily). */
  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const panel = this.panel();
    if (!panel) return;
    const fresh = [...panel.querySelectorAll<HTMLElement>('.session')].filter((session) => !this.sized.has(session) && this.sized.add(session));
    if (fresh.length === 0) {
      if (this.pending === 0) panel.setAttribute('data-sized', '');
      return;
    }
    panel.removeAttribute('data-sized');
    this.pending++;
    requestAnimationFrame(() => {
      for (const session of fresh) session.style.contentVisibility = 'visible';
      // The height is remembered when a frame has laid the session out: let go in the frame after.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          for (const session of fresh) session.style.contentVisibility = '';
          if (--this.pending === 0) this.panel()?.setAttribute('data-sized', '');
        }),
      );
    });
  }

  private panel(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="panel"]');
  }
}
