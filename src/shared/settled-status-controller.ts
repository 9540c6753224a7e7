import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long a count must stand still before it is spoken, in milliseconds: GOV.UK's accessible
 * autocomplete waits as long before its status says the number of matches (tested with screen
 * readers: the letter typed is echoed first, and a word typed is one announcement).
 */
export const SETTLE_MS = 1400;

/**
 * A count that changes as a visitor types (a search's result count), spoken once it has stood still.
 * The host shows the count at once in an element that is not a live region, and puts `text` in a
 * visually hidden status: `text` takes the text of the element `id` once it has not changed for `SETTLE_MS`.
 * A screen reader then says the count once for a word typed, not at every keystroke over the letters
 * it echoes. The first count shown (the first draw, a feed loaded again) is not spoken, as a status
 * drawn already filled is not. Nothing is written to the host's reactive state: a change only starts
 * the timer, whose end asks for one update; the timer ends with the host.
 */
export class SettledStatusController implements ReactiveController {
  /** What the live region says: the last count that stood still; empty until the count first changes. */
  text = '';
  #shown?: string;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The id of the element in the host's shadow root that shows the count (read after each update); none while it is not there. */
    private readonly id: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shown = this.host.shadowRoot?.getElementById(this.id)?.textContent ?? undefined;
    if (shown === this.#shown) return;
    clearTimeout(this.#timer);
    if (shown === undefined || this.#shown === undefined) this.text = '';
    else
      this.#timer = setTimeout(() => {
        this.text = shown;
        this.host.requestUpdate();
      }, SETTLE_MS);
    this.#shown = shown;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#shown = undefined;
  }
}
