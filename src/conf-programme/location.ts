import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a link into the programme points: a tab, or one session. */
export type ProgrammeTarget = { day: string } | { session: string };

/** The prefix when the attribute is missing or blank. */
export const DEFAULT_HASH_PREFIX = 'programme';

const LOG_PREFIX = '[staedtepartner-widgets]';

/**
 * The programme's links in the URL hash, `#programme/2019-06-26` and
 * `#programme/session/xv-wg-3`, under a prefix of the widget's own so they
 * never fight the host page's routing: only hashes with the prefix are read,
 * and the hash is written only when it is empty or already the widget's, with
 * `history.replaceState` (no history entry, no `hashchange` for the host's router).
 *
 * Hashes are compared decoded: the browser percent-encodes a prefix with
 * spaces or non-ASCII letters (`#programm%20%C3%BCbersicht/…`). Links are
 * built on the document's own address, never as a bare `#…`, which a
 * `<base href>` on the host page (Angular, TYPO3's `config.baseURL`) would
 * turn into a link to another page.
 */
export class ProgrammeLocation implements ReactiveController {
  /** The blank prefix last warned about, so a value is reported once, not at every render. */
  #warned?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly prefix: () => string | null | undefined,
    private readonly follow: (target: ProgrammeTarget) => void,
  ) {
    host.addController(this);
  }

  readonly #onHashChange = () => {
    const target = this.parse(location.hash);
    if (target) this.follow(target);
  };

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /**
   * The prefix in use. A blank one would make every hash starting with `#/`
   * the widget's, among them the host's own `#/about`: refused, with a warning.
   */
  #prefixInUse(): string {
    const prefix = this.prefix();
    if (prefix === null || prefix === undefined) return DEFAULT_HASH_PREFIX;
    if (prefix.trim() !== '') return prefix;
    if (this.#warned !== prefix) {
      this.#warned = prefix;
      console.warn(
        `${LOG_PREFIX} <conf-programme hash-prefix="${prefix}">: a blank hash-prefix would take over the page's own links (#/about); "${DEFAULT_HASH_PREFIX}" is used instead`,
      );
    }
    return DEFAULT_HASH_PREFIX;
  }

  /** `prefix/`, decoded, as the start of a hash of this widget's. */
  private start(): string {
    return `${this.#prefixInUse()}/`;
  }

  /** The target a hash names, when it is one of this widget's. */
  parse(hash: string): ProgrammeTarget | undefined {
    const decoded = decodeHash(hash);
    const start = this.start();
    if (decoded === undefined || !decoded.startsWith(start)) return undefined;
    const rest = decoded.slice(start.length);
    if (rest.startsWith('session/')) return rest.length > 8 ? { session: rest.slice(8) } : undefined;
    return rest ? { day: rest } : undefined;
  }

  /** `#prefix/…`, encoded. */
  #fragment(target: ProgrammeTarget): string {
    const prefix = encodeURIComponent(this.#prefixInUse()).replace(/%2F/gi, '/');
    return `#${prefix}/${'session' in target ? `session/${encodeURIComponent(target.session)}` : encodeURIComponent(target.day)}`;
  }

  /** The page's own address with the link: for a link on the page, and for calendar entries. */
  href(target: ProgrammeTarget): string {
    return documentAddress() + this.#fragment(target);
  }

  /** Puts the tab in the address bar, unless the hash belongs to the host page. */
  write(target: ProgrammeTarget): void {
    const hash = decodeHash(location.hash);
    if (hash === undefined || (hash !== '' && !hash.startsWith(this.start()))) return;
    const href = this.href(target);
    // Only a change: WebKit refuses more than 100 history changes in 10 seconds.
    if (href === location.href) return;
    try {
      history.replaceState(history.state, '', href);
    } catch {
      /* sandboxed documents may refuse: the tab still changes */
    }
  }
}

/** The hash without `#`, decoded; `undefined` when it is no valid percent-encoding (then it is not ours). */
function decodeHash(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return undefined;
  }
}

/** The document's address without its hash: what in-page links must be built on, whatever `<base href>` says. */
function documentAddress(): string {
  const { href } = location;
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}
