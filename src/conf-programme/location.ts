import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a link into the programme points: a tab, or one session. */
export type ProgrammeTarget = { day: string } | { session: string };

/**
 * The programme's links in the URL hash, `#programme/2019-06-26` and
 * `#programme/session/xv-wg-3`, under a prefix of the widget's own so they
 * never fight the host page's routing: only hashes with the prefix are read,
 * and the hash is written only when it is empty or already the widget's, with
 * `history.replaceState` (no history entry, no `hashchange` for the host's router).
 */
export class ProgrammeLocation implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly prefix: () => string,
    private readonly follow: (target: ProgrammeTarget) => void,
  ) {
    host.addController(this);
  }

  private readonly onHashChange = () => {
    const target = this.parse(location.hash);
    if (target) this.follow(target);
  };

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private start(): string {
    return `#${this.prefix()}/`;
  }

  /** The target a hash names, when it is one of this widget's. */
  parse(hash: string): ProgrammeTarget | undefined {
    const start = this.start();
    if (!hash.startsWith(start)) return undefined;
    let rest: string;
    try {
      rest = decodeURIComponent(hash.slice(start.length));
    } catch {
      return undefined;
    }
    if (rest.startsWith('session/')) return rest.length > 8 ? { session: rest.slice(8) } : undefined;
    return rest ? { day: rest } : undefined;
  }

  /** `#programme/…` for a link on the page. */
  href(target: ProgrammeTarget): string {
    return this.start() + ('session' in target ? `session/${encodeURIComponent(target.session)}` : encodeURIComponent(target.day));
  }

  /** The page's address with the link, for calendar entries. */
  absolute(target: ProgrammeTarget): string {
    return location.href.replace(/#.*$/, '') + this.href(target);
  }

  /** Puts the tab in the address bar, unless the hash belongs to the host page. */
  write(target: ProgrammeTarget): void {
    const hash = location.hash;
    if (hash !== '' && hash !== '#' && !hash.startsWith(this.start())) return;
    try {
      history.replaceState(history.state, '', this.href(target));
    } catch {
      /* sandboxed documents may refuse: the tab still changes */
    }
  }
}
