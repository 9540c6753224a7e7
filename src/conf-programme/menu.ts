/**
 * The programme's "Add to calendar" menus (a button that shows a list of actions over the page,
 * the disclosure pattern): a chunk of its own, loaded when a menu is first opened, so that the
 * widget's first chunk carries only the buttons. The element puts the open menu beside its button
 * (`#menu-<key>`, the button has `aria-controls="menu-<key>"`); the controller moves the focus into
 * it, between its choices with the arrow keys, Home and End, back to the button with Escape, and
 * closes it when the focus or a click goes elsewhere.
 *
 * Like grid.ts it imports no module that reaches lit (that would split lit out of the chunk every
 * widget shares): the element passes `html` and `nothing` in.
 */
import type { html as litHtml, nothing as litNothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';

export interface MenuState {
  /** `programme` (the toolbar's menu) or a session's id. */
  readonly key: string;
  /** A calendar file is being made: the choices are aria-disabled (disabled ones would drop the focus to <body>). */
  readonly busy: boolean;
  /** How many favourites the reader has ("My programme" is disabled without). */
  readonly favourites: number;
  /** After "Copy link to this session": whether it was copied. */
  readonly copied?: boolean;
  /** Handles a click on a choice: its `data-choice` is `all`, `shown`, `favourites`, `session` or `copy`. */
  choose(event: Event): void;
}

/** Adopted with this chunk: the menu lies over what follows, which does not move. */
const MENU_CSS = `
  .menu-anchor {
    position: relative;
  }
  .menu {
    position: absolute;
    z-index: 9;
    inset-block-start: 100%;
    display: grid;
    gap: 0.25rem;
    inline-size: max-content;
    max-inline-size: 16rem;
    margin-block-start: 0.25rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.3);
  }
  .menu button {
    text-align: start;
  }
  .menu p {
    margin: 0;
  }
  /* A session's paint is contained (content-visibility: auto): one with its menu open lets the menu out. */
  .session:has(.menu) {
    content-visibility: visible;
  }
  /* A grid card with its menu open stays over its neighbours, a hovered one too, and does not clip the menu. */
  .grid-sessions > .session:has(.menu) {
    z-index: 9;
    overflow: visible;
  }
`;

let sheet: CSSStyleSheet | undefined;

/** The menus' stylesheet, made once and adopted by every programme that opens a menu. */
export function menuSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(MENU_CSS);
  }
  return sheet;
}

/** The open menu: the programme's calendar files, or a session's file and link. */
export function renderMenu(html: typeof litHtml, nothing: typeof litNothing, state: MenuState): TemplateResult {
  const choice = (value: string, label: string, disabled = false) =>
    html`<button type="button" data-choice=${value} aria-disabled=${state.busy ? 'true' : 'false'} ?disabled=${disabled}>${label}</button>`;
  return html`<div id="menu-${state.key}" class="menu" @click=${state.choose}>
    ${
      state.key === 'programme'
        ? [
            choice('all', msg('Whole programme', { desc: 'Calendar menu: every session' })),
            choice('shown', msg('Sessions shown', { desc: 'Calendar menu: the sessions the filters leave' })),
            choice('favourites', msg('My programme', { desc: 'Toggle button: keep this session in my programme' }), state.favourites === 0),
          ]
        : html`${choice('session', msg('Download calendar file (.ics)', { desc: 'Menu of a session: downloads it as a calendar file' }))}
            ${choice('copy', msg('Copy link to this session', { desc: 'Menu of a session: copies the address of this session' }))}
            <p role="status">
              ${
                state.copied === undefined
                  ? nothing
                  : state.copied
                    ? msg('Link copied.', { desc: 'After copying the address of a session' })
                    : msg('The link could not be copied.', { desc: 'Copying the address of a session failed' })
              }
            </p>`
    }
  </div>`;
}

/** Copies `text`; false (and the reason in the console) when the browser refuses. */
export function copyText(text: string): Promise<boolean> {
  return navigator.clipboard.writeText(text).then(
    () => true,
    (error: unknown) => {
      console.error('[staedtepartner-widgets] <conf-programme>: the link could not be copied', error);
      return false;
    },
  );
}

export interface MenuHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class MenuController implements ReactiveController {
  /** The menu the focus was last moved into. */
  private focused?: string;

  constructor(
    private readonly host: MenuHost,
    /** The key of the open menu, if one is. */
    private readonly open: () => string | undefined,
    private readonly close: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.host.renderRoot.addEventListener('keydown', this.onKey as EventListener);
    this.host.renderRoot.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.host.renderRoot.removeEventListener('keydown', this.onKey as EventListener);
    this.host.renderRoot.removeEventListener('focusout', this.onFocusOut as EventListener);
    this.close();
  }

  hostUpdated(): void {
    const key = this.open();
    const menu = this.menu();
    // Once per opening, when its choices are there; not if the reader got into the menu first.
    if (key === this.focused || (key && !menu)) return;
    this.focused = key;
    if (menu && !menu.contains((this.host.renderRoot as ShadowRoot).activeElement)) this.items()[0]?.focus();
  }

  private menu(): HTMLElement | null {
    const key = this.open();
    return key === undefined ? null : this.host.renderRoot.querySelector(`[id="menu-${CSS.escape(key)}"]`);
  }

  private items(): HTMLElement[] {
    return [...(this.menu()?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
  }

  /** The menu with its button. */
  private anchor(): Element | null | undefined {
    return this.menu()?.parentElement;
  }

  private readonly onPointerDown = (event: Event) => {
    const anchor = this.anchor();
    if (anchor && !event.composedPath().includes(anchor)) this.close();
  };

  /**
   * Tab (or anything else) takes the focus out of the menu and its button: it closes. Not when the
   * focus goes to a focusable element around it (the session's article, tabindex -1): a click on
   * the menu's padding does that; a click outside it closes it on pointerdown.
   */
  private readonly onFocusOut = (event: FocusEvent) => {
    const anchor = this.anchor();
    const to = event.relatedTarget as Node | null;
    if (anchor && to && !anchor.contains(to) && !to.contains(anchor)) this.close();
  };

  private readonly onKey = (event: KeyboardEvent) => {
    const menu = this.menu();
    if (!menu || !menu.parentElement!.contains(event.target as Node)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      menu.parentElement!.querySelector<HTMLElement>('[aria-controls]')?.focus();
      this.close();
      return;
    }
    const items = this.items();
    const index = items.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: (index < 0 ? 0 : index) - 1, Home: 0, End: items.length - 1 };
    if (!(event.key in moves) || items.length === 0) return;
    event.preventDefault();
    items[(moves[event.key] + items.length) % items.length].focus();
  };
}
