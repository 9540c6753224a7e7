import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the keyboard focus in the widget when its feed's state changes under it. While the
 * feed loads again after **Try again**, the retry button stays in place (the base class renders
 * it in the loading state), so focus stays on it. When an update of the feed's state (`feedChanged`,
 * set by the host for that update) removes the focused element: the retry button once the content
 * or the empty state arrived, or any control when the page sets another `src` or `feed` (the loading
 * state, or a feed without that session, replaces it), focus moves to `target()`: the retry button of
 * a new error state, else the start of the content, else the widget's base (made focusable with
 * tabindex="-1"). Without this, focus fell to the page's `<body>`.
 *
 * Only an element that had the focus is followed: a reader who moved on while the feed loaded keeps
 * their place. Other updates that remove the focused element (a filter, Close) move the focus themselves.
 *
 * It also moves the focus a widget asks for (`next`, the id of an element the update renders: the
 * first session a "Show more" added, a day's tab chosen with the keyboard), scrolled into view at once,
 * once that update is rendered. So no widget writes its own state in `updated()`.
 */
export class RetryFocusController implements ReactiveController {
  private focused?: Element | null;
  /** Set by the host in willUpdate: this update changes the feed's state. */
  feedChanged?: boolean;
  /** The id of the element that gets the focus once the next update is rendered; taken by that update, found or not. */
  next?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // No selector or part read: a keystroke's update (a search) is not a change of the feed's state, and costs nothing here.
    this.focused = this.feedChanged ? this.host.shadowRoot?.activeElement : undefined;
  }

  hostUpdated(): void {
    const { focused, next } = this;
    this.focused = this.next = this.feedChanged = undefined;
    // Not when the widget's own update() put the focus elsewhere in it (the jubilee list's entry at the same place).
    const target = focused && !focused.isConnected && !this.host.shadowRoot!.activeElement ? this.target() : null;
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
