/**
 * The programme's "Add to calendar" menus (a button that shows a list of actions over the page,
 * the disclosure pattern): a chunk of its own, loaded when a menu is first opened, so that the
 * widget's first chunk carries only the buttons. The element puts the open menu beside its button
 * (`#menu-<key>`, the button has `aria-controls="menu-<key>"`); the controller moves the focus into
 * it, between its choices with the arrow keys, Home and End, back to the button with Escape, and
 * closes it when the focus or a click goes elsewhere. The choices' work is here too: a calendar file
 * (calendar.ts, loaded when one is asked for) or a session's link copied.
 *
 * Like grid.ts it imports no module that reaches lit (that would split lit out of the chunk every
 * widget shares): the element passes `html` and `nothing` in.
 */
import type { html as litHtml, nothing as litNothing, ReactiveController, TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';
import type { ExportHost, ExportOptions, Menus } from './export.js';
import type { CalendarScope } from './programme.js';

export interface MenuState {
  /** `programme` (the toolbar's menu) or a session's id. */
  readonly key: string;
  /** A calendar file is being made: the choices are aria-disabled (disabled ones would drop the focus to <body>). */
  readonly busy: boolean;
  /** How many favourites the reader has ("My programme" is unavailable without: aria-disabled, so that the arrow keys still reach it and a screen reader says it is there). */
  readonly favourites: number;
  /** What the menu's polite status says (a link copied, a calendar file made, or not), in the language of each render. */
  readonly said?: () => string;
  /** Handles a click on a choice: its `data-choice` is `all`, `shown`, `favourites`, `session` or `copy`. */
  choose(event: Event): void;
}

/** Only so the build minifies the string as CSS (grid.styles.ts does the same): lit's `css` would reach lit. */
const css = (strings: TemplateStringsArray) => strings.join('');

/** Adopted with this chunk: the menu lies over what follows, which does not move. */
const MENU_CSS = css`
  .menu-anchor {
    position: relative;
  }
  .menu {
    position: absolute;
    z-index: 9;
    inset-block-start: 100%;
    display: grid;
    gap: 0.25em;
    inline-size: max-content;
    /* Never wider than the programme (its panel or toolbar): a phone with its text at 200%. */
    max-inline-size: min(16em, 100cqi);
    margin-block-start: 0.25em;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3);
  }
  /* Where it would be cut off below (placeMenu()): above its button. */
  .menu.up {
    inset-block: auto 100%;
    margin-block: 0 0.25em;
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

interface Area {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The box around `node` as the page is drawn: the slot it is assigned to (the widget inside another
 * component's shadow root, a scroller of a page built with components), else its parent, else the
 * host of its shadow root.
 */
function drawnParent(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

/**
 * Where a menu inside `node` can be seen, in the viewport's coordinates: the viewport, less what the
 * boxes around it cut off (a theme's `overflow: hidden` wrapper, the grid's scroller, a container
 * with paint containment), across the shadow roots. The root and the body are left to the viewport:
 * their overflow is the viewport's.
 */
function visibleArea(node: Element): Area {
  const root = document.documentElement;
  // The viewport without its scroll bars: the root's client box, the body's in quirks mode (a page without a doctype).
  const viewport = document.scrollingElement ?? root;
  const area: Area = { top: 0, left: 0, right: viewport.clientWidth, bottom: viewport.clientHeight };
  for (let at: Element | null = node; at && at !== document.body && at !== root; at = drawnParent(at)) {
    const style = getComputedStyle(at);
    // A box that clips; not an element without a box (display: contents) nor an inline one, to which
    // overflow does not apply, whatever their overflow says.
    const clips =
      style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain) || style.contentVisibility === 'auto';
    if (!clips || style.display === 'contents' || style.display === 'inline') continue;
    const box = at.getBoundingClientRect();
    const scale = box.width / (at as HTMLElement).offsetWidth || 1;
    const top = box.top + at.clientTop * scale;
    const left = box.left + at.clientLeft * scale;
    area.top = Math.max(area.top, top);
    area.left = Math.max(area.left, left);
    area.bottom = Math.min(area.bottom, top + at.clientHeight * scale);
    area.right = Math.min(area.right, left + at.clientWidth * scale);
  }
  return area;
}

/**
 * Puts an open menu where it can be seen: below its button, or above it where it would be cut off
 * below and there is more room above; moved sideways as far as it must to stay inside (never past
 * its start). Before its choices are focused, which would otherwise scroll a wrapper that hides its
 * overflow and shift the host page's content in it.
 */
export function placeMenu(menu: HTMLElement): void {
  menu.classList.remove('up');
  menu.style.translate = '';
  const area = visibleArea(menu.parentElement!);
  const anchor = menu.parentElement!.getBoundingClientRect();
  const box = menu.getBoundingClientRect();
  if (box.bottom > area.bottom && anchor.top - area.top > area.bottom - anchor.bottom) menu.classList.add('up');
  const shift = Math.max(Math.min(0, area.right - box.right), area.left - box.left);
  // In the menu's own pixels, on a page that scales the widget (its width as laid out: offsetWidth is rounded).
  if (shift) menu.style.translate = `${(shift * parseFloat(getComputedStyle(menu).width)) / box.width}px`;
}

/** The open menu: the programme's calendar files, or a session's file and link. */
export function renderMenu(html: typeof litHtml, nothing: typeof litNothing, state: MenuState): TemplateResult {
  const choice = (value: string, label: string, unavailable = false) =>
    html`<button type="button" data-choice=${value} aria-disabled=${state.busy || unavailable ? 'true' : 'false'}>${label}</button>`;
  return html`<div id="menu-${state.key}" class="menu" part="menu" @click=${state.choose}>
    ${
      state.key === 'programme'
        ? [
            choice('all', msg('Whole programme', { desc: 'Calendar menu: every session' })),
            choice('shown', msg('Sessions shown', { desc: 'Calendar menu: the sessions the filters leave' })),
            choice('favourites', msg('My programme', { desc: 'Toggle button: keep this session in my programme' }), state.favourites === 0),
          ]
        : html`${choice('session', msg('Download calendar file (.ics)', { desc: 'Menu of a session: downloads it as a calendar file' }))}
          ${choice('copy', msg('Copy link to this session', { desc: 'Menu of a session: copies the address of this session' }))}`
    }
    <p role="status">${state.said?.() ?? nothing}</p>
  </div>`;
}

/** What the polite status says after a link was copied, or could not be. */
export function copyStatus(copied: boolean): string {
  return copied
    ? msg('Link copied.', { desc: 'After copying the address of a session' })
    : msg('The link could not be copied.', { desc: 'Copying the address of a session failed' });
}

/**
 * Copies `text`; false (and the reason in the console) when the browser refuses, or has no
 * `navigator.clipboard` (a page served over http, which is no secure context): the call then
 * throws, which the promise's executor turns into a refusal. Called at once, in the click: Safari
 * copies only while the reader's gesture lasts.
 */
export function copyText(text: string): Promise<boolean> {
  return new Promise<void>((resolve) => resolve(navigator.clipboard.writeText(text))).then(
    () => true,
    (error: unknown) => {
      console.error('[staedtepartner-widgets] <conf-programme>: the link could not be copied', error);
      return false;
    },
  );
}

export class MenuController implements ReactiveController {
  /** The menu the focus was last moved into. */
  #focused?: string;
  /** A calendar file is being made. */
  #busy = false;
  /** What the status says after the last choice (a link copied, a calendar file made, or not); nothing once a menu opens or closes. */
  #said?: () => string;
  /** The window and the shadow roots around the open menu, which hear the scrolls that place it again (follow()). */
  #heard: EventTarget[] = [];
  /** The frame in which it is placed again. */
  private frame = 0;

  constructor(
    private readonly host: ExportHost,
    /** The open menu's key, and opening and closing (export.ts). */
    private readonly menus: Menus,
    private readonly options: ExportOptions,
  ) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, menuSheet()];
  }

  /** The open menu's choices. */
  render(html: typeof litHtml, nothing: typeof litNothing, key: string, favourites: number): TemplateResult {
    return renderMenu(html, nothing, { key, busy: this.#busy, favourites, said: this.#said, choose: this.#choose });
  }

  /** A menu opened or closed: it says nothing about an earlier choice. */
  shown(): void {
    this.#said = undefined;
  }

  /** A choice in the open menu: a calendar file, or a session's link copied. */
  readonly #choose = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-choice]');
    // Unavailable ("My programme" without favourites), or a file is being made.
    if (button?.getAttribute('aria-disabled') === 'true') return;
    const choice = button?.dataset.choice;
    const key = this.menus.open;
    if (!choice || !key) return;
    if (choice !== 'copy') return this.download(choice === 'session' ? { session: key } : (choice as 'all' | 'shown' | 'favourites'));
    const copied = await copyText(this.options.href(key));
    this.#said = () => copyStatus(copied);
    this.host.requestUpdate();
  };

  private async download(scope: CalendarScope): Promise<void> {
    const view = this.options.view();
    // While a file is made its buttons are aria-disabled, not disabled: a disabled button would drop the focus to <body>.
    if (!view || this.#busy) return;
    this.#busy = true;
    // Said again after each file, also the same words: the status is emptied while the file is made.
    this.#said = undefined;
    this.host.requestUpdate();
    try {
      // The sessions are picked and the file written in the lazily loaded module (with ical-generator).
      const { offerCalendar } = await import('./calendar.js');
      const sessions = offerCalendar(view.programme, scope, view, {
        feed: view.feed,
        title: this.options.title,
        url: (entry) => this.options.href(entry.session.id),
        root: this.host.renderRoot as ShadowRoot,
      });
      if (sessions.length)
        this.options.offered({ conference: view.programme.conference.id, scope: typeof scope === 'object' ? scope.session : scope, sessions });
      // The browser saves or asks, in its own interface, which a screen reader may not say: the menu says the file was made.
      this.#said = sessions.length
        ? () => msg('Calendar file created.', { desc: 'Status in the calendar menu once a calendar file was made and offered for download' })
        : () =>
            msg('None of these sessions has a date.', {
              desc: 'Status in the calendar menu instead of a calendar file, when none of the sessions chosen (my programme, or those shown) has a date',
            });
    } catch (error) {
      console.error('[staedtepartner-widgets] the calendar file could not be made', error);
      this.#said = () =>
        msg('The calendar file could not be created. The browser console has the details.', {
          desc: 'Status in the calendar menu when making a calendar file failed',
        });
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    this.host.renderRoot.addEventListener('keydown', this.#onKey as EventListener);
    this.host.renderRoot.addEventListener('focusout', this.#onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    this.host.renderRoot.removeEventListener('keydown', this.#onKey as EventListener);
    this.host.renderRoot.removeEventListener('focusout', this.#onFocusOut as EventListener);
    this.follow(null);
    this.menus.show(undefined);
  }

  /**
   * While a menu is open, the page or a box around it that scrolls (a theme's scroller, the grid's,
   * one inside another component), or a window resized (a phone turned), places it again in the next
   * frame: a button scrolled to the window's bottom gets its menu above it. Scroll events do not
   * bubble: they are caught on their way down, from the window and from each shadow root around the
   * menu (the widget's own and those of components around it), which they do not leave.
   */
  private follow(menu: HTMLElement | null): void {
    if (!!menu === this.#heard.length > 0) return;
    for (const target of this.#heard) target.removeEventListener('scroll', this.#onMove, { capture: true });
    window.removeEventListener('resize', this.#onMove);
    cancelAnimationFrame(this.frame);
    this.#heard = [];
    if (!menu) return;
    const targets = new Set<EventTarget>([window]);
    for (let at: Element | null = menu; at; at = drawnParent(at)) {
      const root = at.getRootNode();
      if ((root as ShadowRoot).host) targets.add(root);
    }
    this.#heard = [...targets];
    for (const target of this.#heard) target.addEventListener('scroll', this.#onMove, { capture: true, passive: true });
    window.addEventListener('resize', this.#onMove, { passive: true });
  }

  readonly #onMove = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const menu = this.menu();
      if (menu) placeMenu(menu);
    });
  };

  hostUpdated(): void {
    const key = this.menus.open;
    const menu = this.menu();
    // Again after every update while it is open: its status line ("Link copied.") makes it taller.
    if (menu) placeMenu(menu);
    this.follow(menu);
    // Once per opening, when its choices are there; not if the reader got into the menu first.
    if (key === this.#focused || (key && !menu)) return;
    this.#focused = key;
    if (menu && !menu.contains((this.host.renderRoot as ShadowRoot).activeElement)) this.items()[0]?.focus();
  }

  private menu(): HTMLElement | null {
    const key = this.menus.open;
    return key === undefined ? null : this.host.renderRoot.querySelector(`[id="menu-${CSS.escape(key)}"]`);
  }

  private items(): HTMLElement[] {
    return [...(this.menu()?.querySelectorAll<HTMLElement>('button') ?? [])];
  }

  /** The menu with its button. */
  private anchor(): Element | null | undefined {
    return this.menu()?.parentElement;
  }

  readonly #onPointerDown = (event: Event) => {
    const anchor = this.anchor();
    if (anchor && !event.composedPath().includes(anchor)) this.menus.show(undefined);
  };

  /**
   * Tab (or anything else) takes the focus out of the menu and its button: it closes. Not when the
   * focus goes to a focusable element around it (the session's article, tabindex -1): a click on
   * the menu's padding does that; a click outside it closes it on pointerdown.
   */
  readonly #onFocusOut = (event: FocusEvent) => {
    const anchor = this.anchor();
    const to = event.relatedTarget as Node | null;
    if (anchor && to && !anchor.contains(to) && !to.contains(anchor)) this.menus.show(undefined);
  };

  readonly #onKey = (event: KeyboardEvent) => {
    const menu = this.menu();
    if (!menu || !menu.parentElement!.contains(event.target as Node)) return;
    if (event.key === 'Escape') {
      // Handled: not also the Escape of a modal around the widget (Bootstrap's, Ionic's and, without
      // CloseWatcher, Shoelace's close on every Escape keydown that reaches them, prevented or not).
      event.preventDefault();
      event.stopPropagation();
      menu.parentElement!.querySelector<HTMLElement>('[aria-controls]')?.focus();
      this.menus.show(undefined);
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
