import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed (between `beforeprint` and `afterprint`): the programme then
 * shows every session of all days. Printing starts right after `beforeprint`, so `render` (the
 * host's `performUpdate`, passed in) renders at once rather than in a microtask.
 *
 * Printing draws the sessions anew (every day as a list, also from the grid), and again after it:
 * an element with the focus was gone, and the focus with it (to `<body>`). After printing, `focus`
 * (the host's `focusAfterUpdate`) gives it back to the element with an id around it: the session.
 */
export class PrintController implements ReactiveController {
  printing = false;
  /** The element with the focus when printing began, and the id of the element around it. */
  #focused?: [Element, string | undefined];

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isUpdatePending: boolean; readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly render: () => void,
    private readonly focus: (id: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }

  readonly #onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (this.printing) this.#focused = active ? [active, active.closest('[id]')?.id] : undefined;
    else if (this.#focused && !this.#focused[0].isConnected) this.focus(this.#focused[1]);
    this.host.requestUpdate();
    if (this.printing && this.host.isUpdatePending) this.render();
  };
}
