import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FavouriteChangeDetail } from '../events.js';
import { currentLanguage } from '../i18n/language.js';
import type { ProgrammeSession } from './programme.js';
import { isFavouritesKey, readFavourites, writeFavourites } from './storage.js';
import { sessionTitle } from './templates.js';

export interface FavouritesOptions {
  /** The sessions of the programme shown. */
  sessions(): readonly ProgrammeSession[] | undefined;
  /** Moves the focus to the element with this id once the update is rendered. */
  focus(id: string): void;
  /** Shows the search, filters and switches (at a narrow width they are behind the tools button). */
  showTools(): void;
}

/**
 * "My programme": the reader's favourite sessions of the conference shown, kept in storage
 * (storage.ts) and followed when another tab changes them, and whether only they are shown.
 * Unstarred under "Only my programme", a session disappears with the focus in it: the focus
 * goes to the session after it (else the one before, else the filter button), and the status
 * line says which left (`removed`).
 */
export class FavouritesController implements ReactiveController {
  /** The favourite session ids. */
  ids: ReadonlySet<string> = new Set();
  /** Whether only the favourites are shown. */
  only = false;
  /** The title of the session just unstarred under "Only my programme", said in the status line. */
  removed = '';
  /** The conference `ids` belong to. */
  private of?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: FavouritesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.#onStorage);
  }

  readonly #onStorage = (event: StorageEvent) => {
    if (this.of && isFavouritesKey(event.key, this.of)) this.load(this.of);
  };

  private load(conference: string): void {
    this.of = conference;
    this.ids = readFavourites(conference);
    this.host.requestUpdate();
  }

  /** In willUpdate: another conference shown reads its favourites. */
  follow(conference: string | undefined): void {
    if (conference && conference !== this.of) this.load(conference);
  }

  /** "Only my programme": shows only the favourites, or everything again (the host then shows each day's first sessions, and renders). */
  toggleOnly(): void {
    this.only = !this.only;
    this.removed = '';
  }

  /** Stars or unstars the session `id`; returns what the element's `favourite-change` event says. */
  toggle(id: string): FavouriteChangeDetail {
    const ids = new Set(this.ids);
    const favourite = !ids.delete(id);
    if (favourite) ids.add(id);
    this.removed = '';
    if (!favourite && this.only) this.#leave(id);
    this.ids = ids;
    if (this.of) writeFavourites(this.of, ids);
    this.host.requestUpdate();
    return { session: id, favourite, favourites: [...ids] };
  }

  #leave(id: string): void {
    const shown = [...this.host.renderRoot.querySelectorAll('[part~=panel] article')].map((article) => article.id);
    const index = shown.indexOf(`session-${id}`);
    const next = shown[index + 1] ?? shown[index - 1];
    this.options.focus(next ?? 'favourites-filter');
    // The filter button may be behind the tools button at a narrow width.
    if (!next) this.options.showTools();
    const entry = this.options.sessions()?.find((candidate) => candidate.session.id === id);
    this.removed = entry ? sessionTitle(entry, currentLanguage()) : '';
  }
}
