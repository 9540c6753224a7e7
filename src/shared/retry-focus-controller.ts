import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the keyboard focus of a reader who pressed **Try again**. While the
 * feed loads again, the retry button stays in place (the base class renders it
 * in the loading state), so focus stays on it. When a render removes the
 * focused retry button, because the content or the empty state arrived, focus
 * moves to `target()`: the retry button of a new error state, else the start
 * of the content (made focusable with tabindex="-1"). Without this, focus fell
 * to the page's `<body>`.
 *
 * Only a retry button that had the focus is followed: a reader who moved on
 * while the feed loaded keeps their place.
 *
 * It also moves the focus a widget asks for (`next`, the id of an element the update renders: the
 * first session a "Show more" added, a day's tab chosen with the keyboard), scrolled into view at once,
 * once that update is rendered. So no widget writes its own state in `updated()`.
 */
export class RetryFocusController implements ReactiveController {
  private focused?: Element;
  /** The id of the element that gets the focus once the next update is rendered; taken by that update, found or not. */
  next?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const root = this.host.shadowRoot;
    const active = root?.activeElement;
    // The part's token, not `matches('[part~="retry"]')`: a selector cost a keystroke on the map 2.5 ms in Chromium.
    // `part?.`: the test DOMs of apps (jsdom, happy-dom) have no `part`, and every update with the focus in the widget threw there.
    this.focused = active?.part?.contains('retry') ? active : undefined;
  }

  hostUpdated(): void {
    const { focused, next } = this;
    this.focused = this.next = undefined;
    const target = focused && !focused.isConnected ? this.target() : null;
    if (target && !target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
    // The element the widget asked for wins when it is there (as in the widgets' own updated(),
    // which ran after this controller, before 02f166f).
    const element = (next && this.host.shadowRoot?.querySelector<HTMLElement>(`[id="${CSS.escape(next)}"]`)) || target;
    // At once: a host page's `html { scroll-behavior: smooth }` would otherwise animate the move (focus()
    // scrolls as the page does), also for a reader who asked for reduced motion.
    element?.scrollIntoView?.({ block: 'nearest', behavior: 'instant' });
    element?.focus();
  }

  hostDisconnected(): void {
    this.focused = undefined;
  }
}
