import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed (between `beforeprint` and `afterprint`): the programme then
 * shows every session of all days. Printing starts right after `beforeprint`, so `render` (the
 * host's `performUpdate`, passed in) renders at once rather than in a microtask.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isUpdatePending: boolean },
    private readonly render: () => void,
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
    this.host.requestUpdate();
    if (this.printing && this.host.isUpdatePending) this.render();
  };
}
