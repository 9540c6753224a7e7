import { msg, str } from '../i18n/msg.js';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { forgetFeed, loadFeed, loaderSettings, peekFeedObject, prefetchFeed, readFeedObject } from '../feed/loader.js';
import type { Feed, FeedFailure, FeedResult } from '../feed/model.js';
import type { ScheduleDocument } from '../feed/import/detect.js';
import type { FeedDocument } from '../feed/schema.js';
import type { WidgetEventMap, WidgetEventName } from '../events.js';
import {
  currentLanguage,
  ensureLocalization,
  languageReady,
  registerTranslations,
  updateWhenLanguageChanges,
  type WidgetTranslations,
} from '../i18n/language.js';
import { remembered } from './remembered.js';
import { RetryFocusController } from './retry-focus-controller.js';
import { baseStyles } from './styles.js';

/**
 * What the widget shows. `announce`: whether this widget is the one that announces the
 * loading or the failure to screen readers (see `claimAnnouncement`). `retrying`: loading
 * again after **Try again**, shown with the retry button in place.
 */
export type FeedState =
  { status: 'loading'; announce: boolean; retrying: boolean } | { status: 'error'; failure: FeedFailure; announce: boolean } | { status: 'ready'; feed: Feed };

/** Loads and results that a widget already announced: the promise or result object shared by all widgets on one feed. */
const announced = new WeakSet<object>();

/**
 * The widgets loading each feed now, by absolute URL (or `#id`): the first to join an empty
 * set announces "Loading…"; the loader's promise is each widget's own (it may abort it), so
 * the load is known by its address.
 */
const loadingBySource = new Map<string, Set<object>>();

/**
 * The widgets showing a failure to load each feed, by absolute URL (or `#id`): **Try again**
 * in one of them loads the feed again for all of them, so no widget on the page is left
 * showing an error that the reader has already seen resolved elsewhere.
 */
const failedBySource = new Map<string, Set<StaedtepartnerElement>>();

/** Adds `member` to the set of `key` in `sets`; the set's size after. */
function join<T>(sets: Map<string, Set<T>>, key: string, member: T): number {
  return remembered(sets, key, () => new Set<T>()).add(member).size;
}

/** Takes `member` out of the set of `key` (if any), and an emptied set out of `sets`. */
function leave<T>(sets: Map<string, Set<T>>, key: string | undefined, member: T): void {
  if (key === undefined) return;
  const set = sets.get(key);
  set?.delete(member);
  if (set?.size === 0) sets.delete(key);
}

/** The key of `src` in `loadingBySource` and `failedBySource`: the absolute URL, or `#id`. */
function sourceKey(src: string): string {
  if (src.startsWith('#')) return src;
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    // Not a URL: the loader fails it; known by the text as given.
    return src;
  }
}

/**
 * Whether this widget announces the load or failure `key` (a promise or result the loader
 * shares among the widgets that name the same feed): the first to ask does, so three widgets
 * on one `src` raise one "Loading…" status and one alert per failure, not three. The others
 * show the same text without a live-region role.
 */
function claimAnnouncement(key: object): boolean {
  if (announced.has(key)) return false;
  announced.add(key);
  return true;
}

/** Where a widget's content starts, for focus after a successful retry; the first match in document order. */
const CONTENT_START = '[part~=title],[part~=summary],[part~=empty],[part~=error],h1,h2,h3,h4,h5,h6';

/** The attribute web components agree on for server rendering: the element waits for the app's hydration. */
const DEFER_HYDRATION = 'defer-hydration';

/**
 * The base of every widget: reads the feed (`src` or `feed`), tracks the
 * loading / error / empty / ready states and renders the shared ones, follows
 * the page's language, and never lets an error escape into the host page.
 * Subclasses implement `renderFeed()` and name their translations in
 * `static translations`.
 *
 * @csspart error-title - The error state's title ("The information cannot be shown.").
 * @csspart error-message - What went wrong, in the reader's language; the console has the details.
 *
 * @cssproperty [--sp-color-text=light-dark(#1d2330, #e9ecf2)] - Main text colour.
 * @cssproperty [--sp-color-muted=light-dark(#4f5868, #b3bac6)] - Secondary text colour (dates, labels).
 * @cssproperty [--sp-color-accent=light-dark(#0b5394, #8cc4ff)] - Headings, links and focus ring.
 * @cssproperty [--sp-color-surface=light-dark(#ffffff, #1b2029)] - Background of cards and panels.
 * @cssproperty [--sp-color-border=light-dark(#c9ced8, #434b59)] - Borders and separators.
 * @cssproperty [--sp-color-danger=light-dark(#a4262c, #ff9a9f)] - Error messages.
 * @cssproperty [--sp-radius=0.375em] - Corner radius of panels and buttons.
 * @cssproperty [--sp-space=1em] - Base spacing unit.
 * @cssproperty [--sp-focus-ring=3px solid var(--sp-color-accent)] - Outline of focused controls.
 *
 * @cssstate dark - The widget shows its dark colours, as the background behind it is dark; a rule for `:state(dark)` on its tag can set tokens for them.
 * @cssstate light - The widget shows its light colours, as the background behind it is light.
 */
export abstract class StaedtepartnerElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * The reactive properties, declared the way Lit documents for code without decorators (here and
   * in each widget, above the fields they describe): Lit's `@property` and `@state` decorators and
   * TypeScript's decorator helper cost every page about 0.5 kB gzip (issue 14's size targets).
   * Each name is then written twice, and TypeScript does not check that a key names a field:
   * test/cli/reactive-properties.test.mjs does.
   */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    feedState: { state: true },
  };

  /**
   * Where the feed comes from: a URL (fetched once per page and shared by all
   * widgets), or `#id` of an inline `<script type="application/json">`.
   */
  src?: string | undefined;

  /**
   * The feed as an object; takes precedence over `src`. Our feed document, or a frab, C3VOC or
   * pretalx schedule. The type is for the host app's compiler only: whatever arrives is
   * validated at run time, and a document that is neither is refused with `feed-error`. `null`: the
   * app gives the feed later (while it fetches it); until then the widget shows "Loading…", quietly.
   */
  feed?: FeedDocument | ScheduleDocument | null | undefined;

  /**
   * The widget's own strings (its translation group, src/generated/locales/<locale>/<group>.ts),
   * loaded with the shared ones when the first element is created and merged into the active
   * language; the first render waits for them. Every widget with `msg()` calls of its own
   * sets it, with static `import()` expressions so bundlers see the chunks:
   * `{ group: 'jubilee-list', de: () => import('../generated/locales/de/jubilee-list.js'), ru: … }`.
   * `npm run i18n:build` fails for a widget folder with messages that does not.
   * @internal for the widgets' own classes, not for pages or apps (kept out of custom-elements.json).
   */
  static translations?: WidgetTranslations;

  protected feedState: FeedState = { status: 'loading', announce: true, retrying: false };

  #loadToken = 0;

  /** The feed this widget is loading now, as a key of `loadingBySource`. */
  #loadingSource?: string;

  /** The feed this widget failed to load, as a key of `failedBySource`. */
  #failedSource?: string;

  /** Where the focus goes after an update: see `focusAfterUpdate`. */
  readonly #focusing: RetryFocusController;

  /** Aborted when a newer load supersedes this one: the loader then drops a request no other widget waits for. */
  #loadAbort?: AbortController;

  constructor() {
    super();
    const { translations } = this.constructor as typeof StaedtepartnerElement;
    if (translations) registerTranslations(translations.group, translations);
    ensureLocalization();
    updateWhenLanguageChanges(this);
    // Keeps focus on the retry button while loading again, then moves it to the content.
    this.#focusing = new RetryFocusController(this, () => this.#focusAfterRetry());
    // Light or dark colours from the background the page really shows behind the widget (a small
    // chunk of its own, so that the code every widget shares stays small).
    // None where a custom-elements polyfill is forced on the page: its elements are not the browser's own.
    let internals: ElementInternals | undefined;
    try {
      internals = this.attachInternals();
    } catch {
      // The widget keeps the page's color-scheme, as in a browser without custom states.
    }
    import('./color-scheme-controller.js').then(({ ColorSchemeController }) => new ColorSchemeController(this, internals), console.error);
  }

  /**
   * Registers the element under `tag`. A page that loads the script twice must
   * keep working, so an existing registration is kept with a console note
   * instead of the error `customElements.define` would throw.
   * On a server (Lit's server build without a document: Next, Nuxt, Astro import the entries
   * there) nothing is registered: Lit's server renderer (@lit-labs/ssr, @lit-labs/nextjs)
   * constructs every registered element, and a widget needs the browser's DOM (it threw
   * "MutationObserver is not defined"); so it leaves the tags for the browser. A test DOM
   * (jsdom, happy-dom) has a document, and gets the widgets. Browser builds drop the check
   * (`isServer` is `false` there).
   */
  static define(tag: string, constructor: CustomElementConstructor = this as unknown as CustomElementConstructor): void {
    if (isServer && !globalThis.document?.documentElement) return;
    const existing = customElements.get(tag);
    if (existing) {
      if (existing !== constructor) console.info(`[staedtepartner-widgets] <${tag}> is already defined; keeping the first definition`);
      return;
    }
    customElements.define(tag, constructor);
  }

  /** Dispatches an event that bubbles out of the shadow root; its name and detail as src/events.ts declares them. */
  protected emit<K extends WidgetEventName>(name: K, detail: WidgetEventMap[K]['detail']): boolean {
    return this.dispatchEvent(widgetEvent(name, detail));
  }

  // Hold every render until the page's language is in place with the shared strings
  // and those of every widget registered so far (this one included), so a German
  // page never flashes English text: not on the first render of a widget defined
  // late, not after a language switch.
  protected override async scheduleUpdate(): Promise<void> {
    await languageReady();
    super.scheduleUpdate();
  }

  // The first load is started once, not at every update until one completes: an update that throws (Lit
  // cannot build its templates in an XHTML page) would otherwise load again, and a feed already read
  // renders again at once, in a loop of microtasks that freezes the page.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#loadToken || changed.has('src') || changed.has('feed')) this.load();
    // After load(): its new state is in `changed` too. The focus on what that state replaces stays in the widget.
    this.#focusing.feedChanged = (changed as PropertyValues).has('feedState');
  }

  // `defer-hydration` (see load()) is watched: its removal means the app's listeners are in place.
  // Named by a constant, so that the manifest (cem analyze) does not list it as an attribute of the
  // widget's own, a property "undefined" in the framework typings.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DEFER_HYDRATION];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === DEFER_HYDRATION && value === null && this.feed === undefined && this.src) this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved, or put back) after a failure: **Try again** in another widget on its feed loads it again too.
    if (this.#failedSource) join(failedBySource, this.#failedSource, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A widget taken off the page no longer speaks for a load that others on the page wait for, and
    // is not held by the widgets that failed on its feed; it knows its feed's key for its return.
    this.#leaveLoading();
    leave(failedBySource, this.#failedSource, this);
  }

  /**
   * Loads the feed again; what the retry button does. Other widgets on the page that failed
   * to load the same `src` load it again too (one request for all of them).
   */
  retry(): void {
    const again = this.feedState.status === 'error';
    const src = this.feed === undefined ? this.src : undefined;
    if (src && !src.startsWith('#')) forgetFeed(src);
    this.load(again);
    if (!src) return;
    for (const other of [...(failedBySource.get(sourceKey(src)) ?? [])]) {
      if (other !== this && other.feed === undefined && other.src !== undefined && sourceKey(other.src) === sourceKey(src)) other.load();
    }
  }

  #onRetryClick(): void {
    // While loading again the button stays in place, inactive (aria-disabled), to keep the focus.
    if (this.feedState.status !== 'loading') this.retry();
  }

  /**
   * Moves the focus to the element with this id once the next update is rendered (scrolled into
   * view); `undefined` cancels a move asked for earlier.
   */
  protected focusAfterUpdate(id: string | undefined): void {
    this.#focusing.next = id;
  }

  /**
   * Where focus goes when a render removed the retry button that had it: the retry button of
   * a new error state, else the start of the content (`contentStart()`).
   */
  #focusAfterRetry(): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    return root.querySelector<HTMLElement>('[part~=retry]') ?? this.contentStart() ?? root.querySelector<HTMLElement>('[part~=base]');
  }

  /**
   * The start of the content, which gets the focus when a retry the reader started with the
   * keyboard succeeds: the widget's title, else its summary, else the empty message. It is made
   * focusable with tabindex="-1" (not a Tab stop). A widget may name another element.
   */
  protected contentStart(): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).querySelector<HTMLElement>(CONTENT_START);
  }

  /** Joins the widgets loading `src`; true for the first, which announces the load. */
  #joinLoading(src: string): boolean {
    this.#loadingSource = sourceKey(src);
    return join(loadingBySource, this.#loadingSource, this) === 1;
  }

  #leaveLoading(): void {
    leave(loadingBySource, this.#loadingSource, this);
    this.#loadingSource = undefined;
  }

  #leaveFailed(): void {
    leave(failedBySource, this.#failedSource, this);
    this.#failedSource = undefined;
  }

  #joinFailed(key: string): void {
    if (this.isConnected) join(failedBySource, key, this);
    this.#failedSource = key;
  }

  private load(retrying = false, waited = false): void {
    const token = ++this.#loadToken;
    this.#loadAbort?.abort();
    this.#loadAbort = undefined;
    this.#leaveLoading();
    this.#leaveFailed();
    const source = this.feed === undefined && this.src ? sourceKey(this.src) : undefined;
    // A failure is announced once for all widgets on the feed; after Try again, by the widget retried.
    const settle = (result: FeedResult) => {
      if (token !== this.#loadToken) return;
      this.#leaveLoading();
      if (!result.ok && source !== undefined) this.#joinFailed(source);
      this.feedState = result.ok
        ? { status: 'ready', feed: result.feed }
        : { status: 'error', failure: result.failure, announce: claimAnnouncement(result) || retrying };
      this.emit(result.ok ? 'feed-ready' : 'feed-error', result.ok ? { warnings: result.warnings } : { failure: result.failure });
    };
    const failed = (error: unknown) => settle({ ok: false, failure: { kind: 'network', detail: String(error) } });
    // `null` is the app's "not yet" (React's useState(null), Vue's ref(null)): no error, no event.
    if (this.feed === null) {
      this.feedState = { status: 'loading', announce: false, retrying };
      return;
    }
    if (this.feed !== undefined) {
      // Our own feed is validated at once; a schedule is imported first (the importer loads on demand).
      const known = peekFeedObject(this.feed, () => this.feedLater?.());
      if (known) {
        settle(known);
        return;
      }
      const pending = readFeedObject(this.feed);
      this.feedState = { status: 'loading', announce: claimAnnouncement(pending) || retrying, retrying };
      pending.then(settle, failed);
      return;
    }
    // A blank src (src="", src=" ") is none: not an address that resolves to the page itself.
    if (!this.src?.trim()) {
      // A server-rendered app (Next, Nuxt, SvelteKit) gives the feed when it hydrates, after the
      // element was upgraded: told only once the page has loaded (or a feed's time limit passed, on
      // a page whose load never ends), not as an error before.
      // So does one with `defer-hydration` (the attribute web components agree on for server rendering;
      // the React components set it, @lit/react removes it once it has set their props): Next loads its
      // client code after the page's load.
      if (!waited && (document.readyState !== 'complete' || this.hasAttribute(DEFER_HYDRATION))) {
        this.feedState = { status: 'loading', announce: false, retrying };
        const decide = () => token === this.#loadToken && this.load(retrying, true);
        addEventListener('load', () => setTimeout(decide), { once: true });
        setTimeout(decide, loaderSettings.timeoutMs);
        return;
      }
      // A framework that met the tag before it was defined (React 19 with the script-tag loader)
      // set `feed={object}` as the attribute "[object Object]": the object is gone.
      const attribute = this.getAttribute('feed');
      const lost = attribute?.startsWith('[object ');
      const detail = `<${this.localName}> needs src (a feed URL or #id) or a feed property${
        lost
          ? `; feed="${attribute}" was set as an attribute before the element was defined: import staedtepartner-widgets/${this.localName}.js first, or use staedtepartner-widgets/react`
          : ''
      }`;
      // Said in the console too, what to set: the page's message names no attribute.
      console.error(`[staedtepartner-widgets] ${detail}`);
      settle({ ok: false, failure: { kind: lost ? 'feed-attribute' : 'no-source', detail } });
      return;
    }
    // Rendered on a server by the React components (Remix, Next): the app's `onFeedReady` listens
    // only once it has hydrated, which removes `defer-hydration`. The feed is requested now, read
    // (and `feed-ready` sent) then.
    if (this.hasAttribute(DEFER_HYDRATION)) {
      this.feedState = { status: 'loading', announce: false, retrying };
      prefetchFeed(this.src);
      return;
    }
    this.feedState = { status: 'loading', announce: this.#joinLoading(this.src) || retrying, retrying };
    this.#loadAbort = new AbortController();
    loadFeed(this.src, this, this.#loadAbort.signal).then(settle, failed);
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    let body: TemplateResult | typeof nothing;
    try {
      body =
        state.status === 'loading'
          ? state.retrying
            ? this.renderRetrying(state.announce)
            : this.renderLoading(state.announce)
          : state.status === 'error'
            ? this.renderError(state.failure, state.announce)
            : this.renderFeed(state.feed);
    } catch (error) {
      // A bug or an unforeseen feed must not break the host page: show the error state.
      console.error(`[staedtepartner-widgets] <${this.localName}> could not render`, error);
      body = this.renderError({ kind: 'invalid', detail: String(error) });
    }
    return html`<div part="base" lang=${currentLanguage()} aria-busy=${state.status === 'loading' ? 'true' : 'false'}>${body}</div>`;
  }

  /**
   * Asked when a `feed` object is first read: a promise here has it validated in steps once the
   * promise resolves, instead of at once (a widget that shows part of a large feed before).
   */
  protected feedLater?(): Promise<unknown> | undefined;

  /** The widget's content for a loaded feed; `renderEmpty()` when it has nothing to show. */
  protected abstract renderFeed(feed: Feed): TemplateResult | typeof nothing;

  /** The loading state; with `announce` false (another widget on the same feed announces it), without a live-region role. */
  protected renderLoading(announce = true): TemplateResult {
    return html`<div part="status" role=${announce ? 'status' : nothing}>
      <span class="spinner" aria-hidden="true"></span>${msg('Loading…', { desc: 'Shown while the feed is being loaded' })}
    </div>`;
  }

  /** Loading again after **Try again**: the loading state with the retry button in place, inactive. */
  protected renderRetrying(announce = true): TemplateResult {
    return this.#renderNotice(undefined, announce);
  }

  /** The empty state: `message`, or with `invalid` set (entries were dropped as invalid) that the data is not as expected. */
  protected renderEmpty(message: string, invalid?: unknown): TemplateResult {
    return html`<p part="empty" role="status">${invalid ? failureMessage({ kind: 'invalid' }) : message}</p>`;
  }

  /**
   * The empty state of a widget of conferences: when the feed listed conferences that were dropped as
   * invalid (a start written "26.06.2025"), it says that the data is not as expected (the console has
   * each problem), not that there is no conference.
   */
  protected renderNoConference(feed: Feed, none?: string): TemplateResult {
    const message = msg('No conference to show.', { desc: 'Empty state of the conference overview' });
    return this.renderEmpty(feed.dropped.conferences ? `${message} ${failureMessage({ kind: 'invalid' })}` : (none ?? message));
  }

  /** The error state; with `announce` false (another widget on the same feed announces it), without the alert role. */
  protected renderError(failure: FeedFailure, announce = true): TemplateResult {
    return this.#renderNotice(failure, announce);
  }

  /**
   * The error state, and the loading state after **Try again**, from one template: the retry
   * button is the same element in both, so the focus on it survives the change of state.
   */
  #renderNotice(failure: FeedFailure | undefined, announce: boolean): TemplateResult {
    const loading = failure === undefined;
    return html`<div part=${loading ? 'status' : 'error'} role=${announce ? (loading ? 'status' : 'alert') : nothing}>
      ${
        loading
          ? html`<span class="spinner" aria-hidden="true"></span><span>${msg('Loading…', { desc: 'Shown while the feed is being loaded' })}</span>`
          : html`<p part="error-title">${msg('The information cannot be shown.', { desc: 'Title of the error state' })}</p>
              <p part="error-message">${failureMessage(failure)}</p>`
      }
      ${
        // Loading again helps a feed from a web address only: a feed in the page (`#id`, the `feed`
        // property), none at all, or an address no page can load would fail the same again.
        failure && (failure.kind === 'address' || this.feed !== undefined || !this.src?.trim() || this.src[0] === '#')
          ? nothing
          : html`<button part="retry" type="button" aria-disabled=${loading ? 'true' : nothing} @click=${this.#onRetryClick}>
              ${msg('Try again', { desc: 'Retry button in the error state' })}
            </button>`
      }
    </div>`;
  }
}

function widgetEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true });
}

/** What went wrong, for the reader: short, localised, without jargon. */
export function failureMessage(failure: Partial<FeedFailure> & Pick<FeedFailure, 'kind'>): string {
  switch (failure.kind) {
    case 'no-source':
      return msg('No data source is configured for this widget.', { desc: 'Error: the widget has neither src nor feed' });
    case 'feed-attribute':
      return msg(
        'The data was passed to this widget as an attribute before the widget had loaded, and was lost. Load the widget first, or use its React component.',
        {
          desc: 'Error for the developer of the page: a framework (React) set the feed object as the HTML attribute feed="[object Object]" before the code of the widget was loaded, so the data is lost. Fix: import the module of the widget before rendering, or use its React component',
        },
      );
    case 'not-found':
      return msg('The data embedded in this page was not found.', { desc: 'Error: src="#id" names no inline script' });
    case 'address':
      return msg('The address of the data is not a web address.', {
        desc: 'Error: src is not an http(s) address (a path on a computer such as C:\\…, file:, mailto:) or not a URL',
      });
    case 'network':
      return msg('The data could not be loaded. Check the connection and try again.', { desc: 'Error: network failure or CORS refusal' });
    case 'timeout':
      return msg('The server took too long to answer.', { desc: 'Error: the request timed out' });
    case 'too-large':
      return msg('The data is too large to be shown here.', { desc: 'Error: the answer is larger than the size limit (50 MB by default)' });
    case 'http': {
      const status = String(failure.status ?? '');
      // A 4xx (404 Not Found, 410 Gone, 403 Forbidden) is the address's fault: said what to check. A 5xx is the
      // server's, which the reader cannot mend, and 408 Request Timeout and 429 Too Many Requests pass: said that it may pass
      // (Try again is beside it). `status` is three digits at most, so the pattern matches those two only.
      return `${msg(str`The server answered with an error (HTTP ${status}).`, { desc: 'Error: HTTP status such as 404 or 500' })} ${
        +status < 500 && !/408|429/.test(status)
          ? msg('Check the address of the data.', {
              desc: 'After the HTTP error message, for an error such as 404 Not Found: the address (src) of the data may be wrong',
            })
          : msg('Please try again later.', {
              desc: 'After the HTTP error message, for an error such as 500, 503, 408 Request Timeout or 429 Too Many Requests: the fault is the server’s or passes, the reader can only wait (a Try again button is beside it)',
            })
      }`;
    }
    case 'not-json':
      // The line where it breaks, for the webmaster who edits the file and may never open the console.
      return `${msg('The data is damaged: it is not in JSON format.', { desc: 'Error: the answer is not JSON' })}${
        failure.status
          ? ` ${msg(str`The mistake is in line ${failure.status}.`, {
              desc: 'After the message that the data is not JSON: the line of the file where it breaks (a missing comma, a stray quote), for the person who edits the file',
            })}`
          : ''
      }`;
    case 'other-format':
      return msg('The address leads to a web page, XML or calendar file, not to this widget’s JSON data.', {
        desc: 'Error: the address gives an HTML page, an XML file or a calendar file (for example a schedule exported as XML or .ics) instead of the JSON data',
      });
    case 'version':
      return msg('The data does not name a format version this widget knows.', {
        desc: 'Error: the feed has no "version", or one this widget does not know (missing, written "1" in quotes, or 2)',
      });
    case 'invalid':
      return msg('The data does not have the expected structure.', { desc: 'Error: JSON that is not a feed document' });
  }
}
