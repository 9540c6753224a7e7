/**
 * The programme's exports: the "Add to calendar" menus (the toolbar's, for the whole programme,
 * the sessions shown or my programme; a session's, for its calendar file or its link). Here only
 * which menu is open and its opening: the menus' choices, their keyboard handling and their work
 * (menu.ts) load with the first menu opened, the calendar file's writer (calendar.ts, with
 * ical-generator) with the first file asked for, so that the widget's first chunk carries only the buttons.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { CalendarDownloadDetail } from '../events.js';
import type { Feed } from '../feed/model.js';
import type { Programme, ProgrammeFilter, ProgrammeSession } from './programme.js';
import type { MenuController } from './menu.js';

/** What a calendar file is made of: the programme and what is on screen. */
export interface ExportView {
  readonly feed: Feed;
  readonly programme: Programme;
  readonly tab: string;
  readonly filter: ProgrammeFilter;
  readonly favourites: ReadonlySet<string>;
}

export interface ExportOptions {
  /** The programme and what is on screen, once the feed is in. */
  view(): ExportView | undefined;
  /** The address of a session on this page. */
  href(session: string): string;
  /** A session's title in a language (templates.ts's, passed in so that the lazy chunks import nothing of the first). */
  title(entry: ProgrammeSession, language: string): string;
  /** A calendar file was offered (the element's `calendar-download` event). */
  offered(detail: CalendarDownloadDetail): void;
}

export type ExportHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Which menu is open, for menu.ts. */
export interface Menus {
  readonly open?: string;
  show(key: string | undefined): void;
}

/** The open menu (the host renders `open` on its buttons and `content()` beside the open one) and its opening. */
export class ExportController implements Menus {
  /** The open menu: `programme` (the toolbar's) or a session's id. */
  open?: string;
  /** After "Copy link to this session" of a session without a date (it has no menu): which, and what the status says (menu.ts's words, in the language of each render). */
  copied?: { readonly session: string; status(): string };
  /** The menus' choices and behaviour (menu.ts), once loaded. */
  #menus?: MenuController;
  #requested = false;

  constructor(
    private readonly host: ExportHost,
    private readonly options: ExportOptions,
  ) {
    // The "Add to calendar" buttons (data-menu): a click opens or closes the menu, ArrowDown opens it.
    // An undated session's "Copy link to this session" (data-copy) copies at once.
    host.addEventListener('click', (event) => {
      const { menu, copy } = (event.composedPath()[0] as Element).closest?.<HTMLElement>('[data-menu], [data-copy]')?.dataset ?? {};
      if (copy) void this.copy(copy);
      else if (menu) this.show(menu === this.open ? undefined : menu);
    });
    host.addEventListener('keydown', (event) => {
      const key = (event.composedPath()[0] as HTMLElement).dataset?.menu;
      if (event.key !== 'ArrowDown' || !key || key === this.open) return;
      event.preventDefault();
      this.show(key);
    });
  }

  /** The open menu's choices; nothing while none is open or the menus load. */
  content(favourites: number): unknown {
    return this.open && this.#menus ? this.#menus.render(html, nothing, this.open, favourites) : nothing;
  }

  /** Copies the link of a session without a date, and says whether it was copied. */
  private async copy(session: string): Promise<void> {
    this.copied = undefined;
    this.host.requestUpdate();
    const menus = await import('./menu.js').catch((error: unknown) =>
      console.error('[staedtepartner-widgets] <conf-programme>: the calendar menu could not be loaded', error),
    );
    if (!menus) return;
    const copied = await menus.copyText(this.options.href(session));
    this.copied = { session, status: () => menus.copyStatus(copied) };
    this.host.requestUpdate();
  }

  /** Opens the menu `key` (undefined closes the open one); the first opening loads the menus. */
  show(key: string | undefined): void {
    this.open = key;
    this.#menus?.shown();
    this.host.requestUpdate();
    if (this.#requested) return;
    this.#requested = true;
    import('./menu.js').then(
      ({ MenuController }) => {
        this.#menus = new MenuController(this.host, this, this.options);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.error('[staedtepartner-widgets] <conf-programme>: the calendar menu could not be loaded', error);
        this.#requested = false;
        this.open = undefined;
        this.host.requestUpdate();
      },
    );
  }
}
