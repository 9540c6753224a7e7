import { msg, str } from '../i18n/msg.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Feed } from '../feed/model.js';
import type { Conference, SessionKind, SideEvent } from '../feed/schema.js';
import { formatCalendarDate, numberFormat } from '../i18n/format.js';
import { currentLanguage, type WidgetTranslations } from '../i18n/language.js';
import { currentTime } from '../shared/clock.js';
import { ClockController } from '../shared/clock-controller.js';
import { conferenceDays, conferenceStatus, dayInZone, findConference } from '../shared/conference.js';
import { conferenceTitle, formatDateRange, hostPlace } from '../shared/conference-text.js';
import { headingTag } from '../shared/heading.js';
import { StaedtepartnerElement } from '../shared/staedtepartner-element.js';
import { styleProperties } from '../shared/style-properties.js';
import { confProgrammeStyles } from './conf-programme.styles.js';
import { ProgrammeLocation, type ProgrammeTarget } from './location.js';
import {
  ALL_DAYS,
  buildProgramme,
  type CalendarScope,
  dayKey,
  filterSessions,
  nowAndNext,
  readerTimeZone,
  SIDE_EVENTS,
  UNDATED,
  type Programme,
  type ProgrammeDay,
  type ProgrammeFilter,
  type ProgrammeSession,
} from './programme.js';
import { isFavouritesKey, readFavourites, readLocalTime, writeFavourites, writeLocalTime } from './storage.js';
import type * as GridView from './grid.js';
import { noVenueLabel, renderSession, renderSessionList, renderSideEvent, sessionTitle, venueName, type ViewContext } from './templates.js';
import { dayHeading, dayTabLabel, sessionCount, zonesDiffer } from './texts.js';
import { renderToolbar, type ToolbarActions } from './toolbar.js';
import type * as Menus from './menu.js';

/** What the lazily loaded grid draws with (grid.ts says why it imports none of it). */
const GRID_KIT: GridView.GridKit = { html, nothing, styleProperties, renderSession, renderSessionList, venueName, noVenueLabel };

/** A larger programme opens on its first day instead of all days at once. */
const ALL_DAYS_LIMIT = 60;

/**
 * With more days than this, the tabs show one month at a time, chosen in a
 * menu of months, and there is no "All days" tab: a feed may name thousands of
 * days, and a tab for each (or all their sessions at once) would freeze the page.
 */
const MAX_DAY_TABS = 31;

/**
 * Sessions of a day shown at a time: the first ones in time order, with
 * "Show more sessions" below and, from a link or "Jump to now" into a later
 * part, "Show earlier sessions" above. A day may have thousands of sessions,
 * and laying out 5,000 blocked the page for 5–8 s. Printing shows them all.
 */
export const SESSION_BATCH = 100;

/** The sessions of a day on screen: positions `from` (inclusive) to `to` (exclusive) in its (searched and filtered) list. */
interface ShownRange {
  readonly from: number;
  readonly to: number;
}

/** What an update shows, derived in willUpdate from the feed, the `conference` attribute and the time. */
interface Shown {
  feed: Feed;
  now: Date;
  conference?: Conference;
  programme?: Programme;
  /** The conference runs today (in its own time zone). */
  running: boolean;
  /** It is over: what the feed lacks was not recorded, rather than to be announced. */
  past?: boolean;
  /** It runs and has sessions with a time of day: now and next apply, and change by the minute. */
  live: boolean;
}

/**
 * @tag conf-programme
 * @summary The programme of a conference: days as tabs, sessions as a list or a grid by venue,
 * search and filters, the reader's own time zone, favourites, now and next, and calendar files.
 * The grid shows as a list when the widget itself is narrower than 44rem.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart title - The heading: "Programme" and the conference.
 * @csspart summary - The conference's dates and place.
 * @csspart toolbar - Search, filters and the time-zone switch.
 * @csspart search - The search field.
 * @csspart kind-filter - The session-kind menu.
 * @csspart favourites-filter - The "My programme" filter button.
 * @csspart time-zone - The switch between the conference's and the reader's time zone.
 * @csspart jump-to-now - "Jump to now", while the conference runs.
 * @csspart calendar - The "Add to calendar" button of the programme with its menu (whole programme, sessions shown, my programme), shown over the page.
 * @csspart result-count - "8 sessions", announced when filters change.
 * @csspart zone-note - Which time zone the times are in.
 * @csspart tabs - The day tabs: one row that scrolls sideways, its edges faded where more tabs are beyond them.
 * @csspart month - The menu of months, for a programme of more than 31 days (the tabs then show the chosen month's days).
 * @csspart tab - One day tab.
 * @csspart panel - The sessions of the chosen tab.
 * @csspart day - One day in the panel; `day-heading` is its heading.
 * @csspart day-heading - The heading of a day.
 * @csspart sessions - A list of sessions.
 * @csspart grid - The grid view of a day: a timetable (a row per 5 minutes, a column per venue) in its own scroll container, with sticky venue headers and time axis.
 * @csspart grid-note - Instead of the grid, on a day with more than 12 venues at once or more than 200 sessions: the note that its sessions are listed.
 * @csspart shown-range - On a day with more than 100 sessions, which of them are shown ("Shown: 1–100 of 5,000").
 * @csspart show-previous - The button that shows the 100 sessions of the day before those shown.
 * @csspart more - Below a day's sessions shown in part: the paragraph of `show-more`.
 * @csspart show-more - The button that shows the day's next 100 sessions.
 * @csspart session - One session; also `session-now` or `session-next` while it runs or is next.
 * @csspart session-time - Its time range, or "Time to be announced" ("Time not recorded" once the conference is over).
 * @csspart kind - Its kind.
 * @csspart working-group - Its working-group number ("WG 3").
 * @csspart timing - The "Now" / "Next" badge.
 * @csspart session-title - Its title.
 * @csspart coordinators - The coordinating organisations.
 * @csspart speakers - Its speakers.
 * @csspart moderators - Its moderators.
 * @csspart venue - Venue and city.
 * @csspart topics - Its topics.
 * @csspart description - The description disclosure.
 * @csspart favourite - The "My programme" toggle of a session.
 * @csspart session-calendar - The "Add to calendar" button of a session; its menu (over what follows) downloads the calendar file or copies the session's link.
 * @csspart permalink - The link to a session.
 * @csspart side-event - A side event, such as the youth forum.
 * @csspart no-results - The message when filters leave nothing, with `clear-filters`.
 * @csspart clear-filters - The button that clears search and filters.
 * @csspart status - The loading indicator.
 * @csspart empty - The message when there is no programme.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--conf-programme-accent=var(--sp-color-accent)] - Tabs, badges and the running-session mark.
 * @cssproperty [--conf-programme-gap=var(--sp-space)] - Space between sessions.
 *
 * @fires {CustomEvent<FeedReadyDetail>} feed-ready - The feed is loaded; `detail.warnings` lists what was dropped from it.
 * @fires {CustomEvent<FeedErrorDetail>} feed-error - The feed cannot be shown; `detail.failure` says why.
 * @fires {CustomEvent<DaySelectDetail>} day-select - The reader chose a tab; `detail.day` is `YYYY-MM-DD`, `all`, `undated` or `side-events`.
 * @fires {CustomEvent<FavouriteChangeDetail>} favourite-change - A session was added to or removed from "My programme"; `detail` is `{ session, favourite, favourites }`.
 * @fires {CustomEvent<CalendarDownloadDetail>} calendar-download - A calendar file was offered; `detail` is `{ conference, scope, sessions }`.
 */
export class ConfProgramme extends StaedtepartnerElement {
  static override styles = [...StaedtepartnerElement.styles, confProgrammeStyles];

  static override translations: WidgetTranslations = {
    group: 'conf-programme',
    de: () => import('../generated/locales/de/conf-programme.js'),
    ru: () => import('../generated/locales/ru/conf-programme.js'),
  };

  /** The conference id from the feed; without it the running conference, else the next, else the latest. */
  @property() conference?: string;

  /** `list`, or `grid` (parallel sessions side by side by venue; a list again on a narrow container). */
  @property({ reflect: true }) view: 'list' | 'grid' = 'list';

  /** Level of the widget's heading (2–6); days and sessions are one and two levels below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The prefix of this widget's links in the URL hash (`#programme/2019-06-26`); give two programmes on a page different ones. A blank one is refused with a console warning and `programme` used. */
  @property({ attribute: 'hash-prefix' }) hashPrefix = 'programme';

  @state() private tab?: string;
  @state() private query = '';
  @state() private kind: SessionKind | '' = '';
  @state() private onlyFavourites = false;
  @state() private localTime = readLocalTime();
  @state() private favourites: ReadonlySet<string> = new Set();
  @state() private printing = false;
  @state() private calendarBusy = false;
  /** The open "Add to calendar" menu: `programme` (the toolbar's) or a session's id. */
  @state() private menu?: string;
  /** After "Copy link to this session": whether it was copied. */
  @state() private copied?: boolean;
  /** The title of the session just unstarred under "Only my programme", said in the status line. */
  @state() private removed = '';
  /** The part of each day shown, by day key, when it is not the first SESSION_BATCH sessions. */
  @state() private ranges: ReadonlyMap<string, ShownRange> = new Map();

  private programme?: { feed: Feed; conference: Conference; value: Programme };
  /** The grid view's module, loaded with the first `view="grid"`; null when it could not be loaded (the sessions are listed). */
  private grid?: typeof GridView | null;
  private gridRequested = false;
  private shown?: Shown;
  private favouritesOf?: string;
  /** The programme `ranges` belong to. */
  private rangesOf?: Programme;
  private pendingFocus?: string;
  /** The tab on screen (the reader's choice, or the default). */
  private shownTab = ALL_DAYS;
  private target?: ProgrammeTarget;
  private readonly location = new ProgrammeLocation(
    this,
    () => this.hashPrefix,
    (target) => this.follow(target),
  );

  private readonly toolbarActions: ToolbarActions = {
    search: (query) => {
      this.query = query;
      this.ranges = new Map();
    },
    chooseKind: (kind) => {
      this.kind = kind;
      this.ranges = new Map();
    },
    toggleFavourites: () => {
      this.onlyFavourites = !this.onlyFavourites;
      this.removed = '';
      this.ranges = new Map();
    },
    toggleLocalTime: () => {
      this.localTime = !this.localTime;
      writeLocalTime(this.localTime);
    },
    jumpToNow: () => this.jumpToNow(),
  };

  /** The menus' choices and behaviour (menu.ts), loaded with the first menu opened. */
  private menus?: typeof Menus;
  private menusRequested = false;

  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    // Printing starts right after this event: render every session now.
    if (this.printing && this.isUpdatePending) this.performUpdate();
  };

  private readonly onStorage = (event: StorageEvent) => {
    if (this.favouritesOf && isFavouritesKey(event.key, this.favouritesOf)) this.favourites = readFavourites(this.favouritesOf);
  };

  constructor() {
    super();
    // Renders again every minute while now and next apply (the controller registers itself).
    new ClockController(this, { needed: () => this.shown?.live ?? false });
    // The day tabs' overflow fades and scrolling (a chunk of its own: the row scrolls without it).
    import('./tab-strip.js').then(({ TabStripController }) => new TabStripController(this), console.error);
    // The "Add to calendar" buttons (data-menu): a click opens or closes the menu, ArrowDown opens it (menu.ts, loaded then, does the rest).
    this.addEventListener('click', (event) => {
      const key = (event.composedPath()[0] as Element).closest?.<HTMLElement>('[data-menu]')?.dataset.menu;
      if (key) this.showMenu(key === this.menu ? undefined : key);
    });
    this.addEventListener('keydown', (event) => {
      const key = (event.composedPath()[0] as HTMLElement).dataset?.menu;
      if (event.key !== 'ArrowDown' || !key || key === this.menu) return;
      event.preventDefault();
      this.showMenu(key);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    window.removeEventListener('storage', this.onStorage);
  }

  /** The programme model, rebuilt only when the feed or conference changes (it holds no language's words). */
  private model(feed: Feed, conference: Conference): Programme {
    const known = this.programme;
    if (known?.feed === feed && known.conference === conference) return known.value;
    const value = buildProgramme(conference, feed);
    this.programme = { feed, conference, value };
    return value;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(this.pendingFocus)}"]`);
      this.pendingFocus = undefined;
      target?.scrollIntoView?.({ block: 'nearest' });
      target?.focus();
    }
  }

  /** The conference, its programme and whether it runs, at the time of this update. */
  private derive(feed: Feed): Shown {
    const now = currentTime();
    const conference = findConference(feed.conferences, this.conference, now);
    if (!conference) return { feed, now, running: false, live: false };
    const programme = this.model(feed, conference);
    const status = conferenceStatus(conference, dayInZone(now, conference.timeZone)).kind;
    const running = status === 'running';
    // Now and next only mean something for sessions with a time of day.
    const live = running && programme.sessions.some((entry) => entry.timed);
    return { feed, now, conference, programme, running, live, past: status === 'past' };
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    // The grid's chunk is on its way (willUpdate asked for it).
    if (this.view === 'grid' && this.grid === undefined && !this.printing) return this.renderLoading();
    // Derived in willUpdate; derived here again only when that failed, so the error state shows.
    const shown = this.shown?.feed === feed ? this.shown : this.derive(feed);
    const { conference, programme, running, live } = shown;
    if (!conference || !programme) {
      if (this.conference) console.warn(`[staedtepartner-widgets] <conf-programme conference="${this.conference}">: the feed has no conference with that id`);
      return this.renderEmpty(msg('No conference to show.', { desc: 'Empty state of the conference overview' }));
    }
    const language = currentLanguage();
    const sideEvents = conference.sideEvents ?? [];
    const title = conferenceTitle(conference, language);
    const headingText = (value: string) => msg(str`Programme: ${value}`, { desc: 'Heading of the programme widget; the value is the conference title' });
    // A title that is the heading's own word ("Programme", an import without a title) is not said twice.
    const heading = staticHtml`<${this.heading(0)} part="title">${title === headingText('').split(':')[0] ? title : headingText(title)}</${this.heading(0)}>`;
    const { startDate, endDate } = conferenceDays(conference);
    const place = hostPlace(conference, feed, language);
    const dates = formatDateRange(startDate, endDate, language);
    const summary = html`${dates || place ? html`<p part="summary">${dates ? html`<time datetime=${conference.start}>${dates}</time>` : nothing}${dates && place ? ' · ' : ''}${place}</p>` : nothing}`;
    if (programme.sessions.length === 0 && sideEvents.length === 0) {
      return html`${heading}${summary}${this.renderEmpty(msg('The programme has not been published yet.', { desc: 'Empty state: a conference without sessions' }))}`;
    }
    const tabs = this.tabs(programme, sideEvents.length > 0, running);
    const tab = this.printing ? ALL_DAYS : tabs.includes(this.tab ?? '') ? this.tab! : this.defaultTab(programme, tabs, running, shown.now);
    this.shownTab = tab;
    const canSwitchZone = this.zonesDiffer(programme);
    const zone = this.localTime && canSwitchZone ? readerTimeZone() : undefined;
    const now = shown.now.getTime();
    const menuContent =
      this.menu && this.menus
        ? this.menus.renderMenu(html, nothing, {
            key: this.menu,
            busy: this.calendarBusy,
            favourites: this.favourites.size,
            copied: this.copied,
            choose: this.choose,
          })
        : nothing;
    const context: ViewContext = {
      feed,
      language,
      zone,
      favourites: this.favourites,
      timing: running ? nowAndNext(programme.sessions, now) : new Map(),
      heading: this.heading(2),
      permalink: (id) => this.location.href({ session: id }),
      printing: this.printing,
      past: !!shown.past,
      menu: this.menu,
      menuContent,
    };
    const filter = this.filter();
    return html`${heading} ${summary}
      ${renderToolbar(
        {
          programme,
          query: this.query,
          kind: this.kind,
          onlyFavourites: this.onlyFavourites,
          favourites: this.favourites.size,
          zone,
          canSwitchZone,
          canJumpToNow: live,
          menu: this.menu,
          menuContent,
          now,
        },
        this.toolbarActions,
      )}
      ${this.renderMonths(programme, tab)}
      <div part="tabs" role="tablist" aria-label=${msg('Days', { desc: 'Accessible name of the day tabs' })} @keydown=${this.onTabKey}>
        ${this.shownTabs(programme, tabs, tab).map((key) => this.renderTab(key, key === tab, programme))}
      </div>
      <div part="panel" role="tabpanel" id="panel" aria-labelledby="tab-${tab}" class="view-${this.view}" @click=${this.onPanelClick}>
        ${tab === SIDE_EVENTS ? this.renderSideEvents(sideEvents, context, true) : this.renderDays(programme, tab, filter, context)}
        ${this.printing && sideEvents.length > 0 ? this.renderSideEvents(sideEvents, context, false) : nothing}
      </div>`;
  }

  /** The side events; the heading is for screen readers only under their own tab, and shown in print. */
  private renderSideEvents(sideEvents: readonly SideEvent[], context: ViewContext, underTab: boolean): TemplateResult {
    return html`<section part="day" aria-labelledby="day-side-events">
      ${staticHtml`<${this.heading(1)} part="day-heading" id="day-side-events" class=${underTab ? 'visually-hidden' : ''}>${msg('Side events', { desc: 'Heading of the list of side events such as the youth forum' })}</${this.heading(1)}>`}
      <ul part="sessions" role="list" class="list">
        ${sideEvents.map((event) => renderSideEvent(event, context))}
      </ul>
    </section>`;
  }

  private heading(offset: number): StaticValue {
    return headingTag(this.headingLevel, 2, offset);
  }

  private tabs(programme: Programme, sideEvents: boolean, running: boolean): string[] {
    const days = programme.days.map((day) => day.key);
    // Every session is on a day or undated, so a programme with sessions has a tab for them; one with side events only shows those.
    const tabs = (days.length > 1 || (running && days.length > 0)) && days.length <= MAX_DAY_TABS ? [ALL_DAYS, ...days] : days;
    if (sideEvents) tabs.push(SIDE_EVENTS);
    return tabs;
  }

  /** The month (`YYYY-MM`) whose days are tabs, when there are too many days for a tab each; else undefined. */
  private month(programme: Programme, tab: string): string | undefined {
    if (programme.days.length <= MAX_DAY_TABS) return undefined;
    return programme.dayByKey.get(tab)?.date ? tab.slice(0, 7) : programme.days[0].key.slice(0, 7);
  }

  /** The tabs on screen: all of them, or with many days only those of the chosen month (and the undated and side-event tabs). */
  private shownTabs(programme: Programme, tabs: string[], tab: string): string[] {
    const month = this.month(programme, tab);
    return month ? tabs.filter((key) => !programme.dayByKey.get(key)?.date || key.startsWith(month)) : tabs;
  }

  /** The menu of months, when there are too many days for a tab each: choosing a month shows its first day. */
  private renderMonths(programme: Programme, tab: string): TemplateResult | typeof nothing {
    const month = this.month(programme, tab);
    if (!month) return nothing;
    const firstDays = new Map<string, ProgrammeDay>();
    for (const day of programme.days) if (day.date && !firstDays.has(day.key.slice(0, 7))) firstDays.set(day.key.slice(0, 7), day);
    const language = currentLanguage();
    return html`<label class="month">
      <span>${msg('Month', { desc: 'Label of the menu of months, shown instead of a tab per day when a programme has very many days' })}</span>
      <select part="month" @change=${(event: Event) => this.select((event.target as HTMLSelectElement).value)}>
        ${[...firstDays].map(
          ([key, day]) =>
            html`<option value=${day.key} .selected=${key === month}>${formatCalendarDate({ ...day.date!, precision: 'month' }, language)}</option>`,
        )}
      </select>
    </label>`;
  }

  private defaultTab(programme: Programme, tabs: string[], running: boolean, now: Date): string {
    if (running) {
      const today = dayKey(dayInZone(now, programme.timeZone));
      if (tabs.includes(today)) return today;
    }
    if (programme.sessions.length > ALL_DAYS_LIMIT) return tabs.find((key) => key !== ALL_DAYS) ?? tabs[0];
    return tabs[0];
  }

  private zonesDiffer(programme: Programme): boolean {
    const first = programme.sessions.find((entry) => entry.startsAt !== undefined)?.startsAt;
    return first !== undefined && zonesDiffer(programme.timeZone, readerTimeZone(), first);
  }

  private tabLabel(key: string, programme: Programme): string {
    if (key === ALL_DAYS) return msg('All days', { desc: 'Tab that shows every day of the programme' });
    if (key === UNDATED)
      return this.shown?.past
        ? msg('Date not recorded', { id: 'tab-undated-past', desc: 'Tab and heading of the sessions of a past conference whose day is not known' })
        : msg('Date to be announced', { id: 'tab-undated', desc: 'Tab and heading of sessions whose day is not known yet' });
    if (key === SIDE_EVENTS) return msg('Side events', { desc: 'Heading of the list of side events such as the youth forum' });
    const date = programme.dayByKey.get(key)?.date;
    return date ? dayTabLabel(date, currentLanguage()) : key;
  }

  private renderTab(key: string, selected: boolean, programme: Programme): TemplateResult {
    return html`<button
      part="tab"
      role="tab"
      type="button"
      id="tab-${key}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel"
      tabindex=${selected ? 0 : -1}
      data-tab=${key}
      @click=${() => this.select(key)}
    >
      ${this.tabLabel(key, programme)}
    </button>`;
  }

  private renderDays(programme: Programme, tab: string, filter: ProgrammeFilter, context: ViewContext): TemplateResult {
    const language = currentLanguage();
    const chosen = programme.dayByKey.get(tab);
    const days = tab === ALL_DAYS ? programme.days : chosen ? [chosen] : [];
    const shown = days.map((day) => ({ day, sessions: filterSessions(day.sessions, filter) }));
    const count = shown.reduce((sum, { sessions }) => sum + sessions.length, 0);
    const grid = this.view === 'grid' && !this.printing ? this.grid : undefined;
    const rank = grid?.venueRankOf(programme, language, GRID_KIT);
    const renderSessions = (day: ProgrammeDay, sessions: readonly ProgrammeSession[]) => {
      const list = (entries: readonly ProgrammeSession[]) => this.renderBatch(day, entries, context);
      return grid ? grid.renderSessionGrid(sessions, context, GRID_KIT, rank, list) : list(sessions);
    };
    const removed = this.onlyFavourites && this.removed;
    return html`<p part="result-count" role="status">
        ${removed ? msg(str`Removed from my programme: ${removed}.`, { desc: 'Status after unstarring a session while only the reader’s programme is shown; the value is its title' }) : nothing}
        ${sessionCount(count, language)}
      </p>
      ${
        count === 0
          ? html`<div part="no-results">
              <p>${msg('No sessions match the search or filters.', { desc: 'Filters leave nothing' })}</p>
              <button part="clear-filters" type="button" @click=${this.clearFilters}>
                ${msg('Clear search and filters', { desc: 'Button that resets the filters' })}
              </button>
            </div>`
          : shown
              .filter(({ sessions }) => sessions.length > 0)
              .map(
                ({ day, sessions }) =>
                  html`<section part="day" aria-labelledby="day-${day.key}">
                    ${staticHtml`<${this.heading(1)} part="day-heading" id="day-${day.key}">${day.date ? dayHeading(day.date, language) : this.tabLabel(UNDATED, programme)}</${this.heading(1)}>`}
                    ${renderSessions(day, sessions)}
                  </section>`,
              )
      }`;
  }

  /** The part of a day's (searched and filtered) sessions on screen: all of them while printing. */
  private rangeOf(day: string, count: number): ShownRange {
    if (this.printing) return { from: 0, to: count };
    const range = this.ranges.get(day) ?? { from: 0, to: SESSION_BATCH };
    return { from: Math.min(range.from, count), to: Math.min(range.to, count) };
  }

  /** A day's sessions, a batch at a time, with the buttons for the batches before and after it. */
  private renderBatch(day: ProgrammeDay, sessions: readonly ProgrammeSession[], context: ViewContext): TemplateResult {
    const total = sessions.length;
    const { from, to } = this.rangeOf(day.key, total);
    const number = (value: number) => numberFormat({}, context.language).format(value);
    return html`${
      from > 0 || to < total
        ? html`<p part="shown-range">
            ${msg(str`Shown: ${number(from + 1)}–${number(to)} of ${number(total)}`, {
              id: 'programme-shown-range',
              desc: 'Above the sessions of a day with very many, shown a part at a time: which of them are shown, by position, e.g. "Shown: 1–100 of 5,000"',
            })}
          </p>`
        : nothing
    }
    ${
      from > 0
        ? html`<button part="show-previous" type="button" data-day=${day.key} aria-describedby="day-${day.key}" @click=${this.showPrevious}>
            ${msg('Show earlier sessions', { desc: 'Button above the sessions of a day shown a part at a time: shows the sessions before those shown' })}
          </button>`
        : nothing
    }
    ${renderSessionList(from === 0 && to === total ? sessions : sessions.slice(from, to), context)}
    ${
      to < total
        ? html`<p part="more">
            <button part="show-more" type="button" data-day=${day.key} aria-describedby="day-${day.key}" @click=${this.showMore}>
              ${msg('Show more sessions', { desc: 'Button below the sessions of a day shown a part at a time: shows the next ones' })}
            </button>
          </p>`
        : nothing
    }`;
  }

  /** The (searched and filtered) sessions of the day whose button was pressed, and the part of them shown. */
  private batchOf(event: Event): { day: string; sessions: ProgrammeSession[]; range: ShownRange } | undefined {
    const day = (event.currentTarget as HTMLElement).dataset.day;
    const programmeDay = day === undefined ? undefined : this.programme?.value.dayByKey.get(day);
    if (!programmeDay) return undefined;
    const sessions = filterSessions(programmeDay.sessions, this.filter());
    return { day: programmeDay.key, sessions, range: this.rangeOf(programmeDay.key, sessions.length) };
  }

  /** The day's batch before those shown; the focus goes to its first session. */
  private showPrevious(event: Event): void {
    const batch = this.batchOf(event);
    if (!batch) return;
    const from = Math.max(0, batch.range.from - SESSION_BATCH);
    this.ranges = new Map(this.ranges).set(batch.day, { from, to: batch.range.to });
    this.pendingFocus = `session-${batch.sessions[from].session.id}`;
  }

  /** The day's next batch; the focus goes to the first session it adds. */
  private showMore(event: Event): void {
    const batch = this.batchOf(event);
    if (!batch || batch.range.to >= batch.sessions.length) return;
    this.ranges = new Map(this.ranges).set(batch.day, { from: batch.range.from, to: batch.range.to + SESSION_BATCH });
    this.pendingFocus = `session-${batch.sessions[batch.range.to].session.id}`;
  }

  /** Makes `entry` one of the sessions shown on its day (with `filter`): the batch it is in, if it is not shown yet. */
  private reveal(programme: Programme, entry: ProgrammeSession, filter: ProgrammeFilter): void {
    const day = programme.dayByKey.get(entry.day);
    if (!day) return;
    const index = filterSessions(day.sessions, filter).indexOf(entry);
    if (index < 0) return;
    const range = this.ranges.get(day.key) ?? { from: 0, to: SESSION_BATCH };
    if (index >= range.from && index < range.to) return;
    const from = index - (index % SESSION_BATCH);
    this.ranges = new Map(this.ranges).set(day.key, { from, to: from + SESSION_BATCH });
  }

  private select(key: string, focus = false): void {
    this.tab = key;
    this.location.write({ day: key });
    this.emit('day-select', { day: key });
    if (focus) this.pendingFocus = `tab-${key}`;
  }

  private onTabKey(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves) || index < 0) return;
    event.preventDefault();
    const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
    this.select(next.dataset.tab!, true);
  }

  private onPanelClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = button?.dataset.session;
    if (!button || !id) return;
    if (button.dataset.action === 'favourite') this.toggleFavourite(id);
  }

  /** A choice in the open menu: a calendar file, or a session's link copied. */
  private readonly choose = async (event: Event) => {
    const choice = (event.target as Element).closest<HTMLElement>('[data-choice]')?.dataset.choice;
    const key = this.menu;
    if (!choice || !key) return;
    if (choice !== 'copy') return this.download(choice === 'session' ? { session: key } : (choice as 'all' | 'shown' | 'favourites'));
    this.copied = await this.menus!.copyText(this.location.href({ session: key }));
  };

  /** Opens the menu `key` (undefined closes the open one); the first opening loads the menus. */
  private showMenu(key: string | undefined): void {
    this.menu = key;
    this.copied = undefined;
    if (this.menusRequested) return;
    this.menusRequested = true;
    import('./menu.js').then(
      (module) => {
        const root = this.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.menuSheet()];
        this.menus = module;
        new module.MenuController(
          this,
          () => this.menu,
          () => this.showMenu(undefined),
        );
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('[staedtepartner-widgets] <conf-programme>: the calendar menu could not be loaded', error);
        this.menusRequested = false;
        this.menu = undefined;
      },
    );
  }

  private toggleFavourite(id: string): void {
    const favourites = new Set(this.favourites);
    const favourite = !favourites.delete(id);
    if (favourite) favourites.add(id);
    this.removed = '';
    if (!favourite && this.onlyFavourites) this.leave(id);
    this.favourites = favourites;
    if (this.favouritesOf) writeFavourites(this.favouritesOf, favourites);
    this.emit('favourite-change', { session: id, favourite, favourites: [...favourites] });
  }

  /**
   * Unstarred under "Only my programme", a session disappears with the focus in it: the focus goes
   * to the session after it (else the one before, else the filter button), and the status line says which left.
   */
  private leave(id: string): void {
    const shown = [...this.renderRoot.querySelectorAll('[part~="panel"] article')].map((article) => article.id);
    const index = shown.indexOf(`session-${id}`);
    this.pendingFocus = shown[index + 1] ?? shown[index - 1] ?? 'favourites-filter';
    const entry = this.programme?.value.sessions.find((candidate) => candidate.session.id === id);
    if (entry) this.removed = sessionTitle(entry, currentLanguage());
  }

  /** What the search and filters leave. */
  private filter(): ProgrammeFilter {
    return { query: this.query, kind: this.kind, only: this.onlyFavourites ? this.favourites : undefined };
  }

  private resetFilters(): void {
    this.query = '';
    this.kind = '';
    this.onlyFavourites = false;
    this.ranges = new Map();
  }

  private clearFilters(): void {
    this.resetFilters();
    this.pendingFocus = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus());
  }

  /** Shows today's sessions and moves focus to the first one running now, else the next. */
  private jumpToNow(): void {
    const programme = this.programme?.value;
    if (!programme) return;
    const timing = nowAndNext(programme.sessions, currentTime().getTime());
    const target =
      programme.sessions.find((entry) => timing.get(entry.session.id) === 'now') ?? programme.sessions.find((entry) => timing.get(entry.session.id) === 'next');
    this.resetFilters();
    // Render with the time of this jump, whatever else changes.
    this.requestUpdate();
    if (target) {
      this.reveal(programme, target, {});
      this.select(target.day);
      this.pendingFocus = `session-${target.session.id}`;
    }
  }

  /** Follows a link into the programme (a day tab, or a session on its day) once the feed is in. */
  private follow(target: ProgrammeTarget): void {
    this.target = target;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.view === 'grid' && !this.gridRequested) {
      this.gridRequested = true;
      import('./grid.js')
        .then(
          (module) => {
            const root = this.renderRoot as ShadowRoot;
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.gridSheet()];
            this.grid = module;
          },
          (error: unknown) => {
            console.error('[staedtepartner-widgets] <conf-programme view="grid">: the grid view could not be loaded; the sessions are listed', error);
            this.grid = null;
          },
        )
        .finally(() => this.requestUpdate());
    }
    const state = this.feedState;
    try {
      this.shown = state.status === 'ready' ? this.derive(state.feed) : undefined;
    } catch {
      // A feed the programme cannot be built from: render derives again, and shows the error state.
      this.shown = undefined;
    }
    const conference = this.shown?.conference;
    // Another feed or conference shows the first sessions of each day again.
    if (this.shown?.programme && this.shown.programme !== this.rangesOf) {
      this.rangesOf = this.shown.programme;
      if (this.ranges.size > 0) this.ranges = new Map();
    }
    if (conference && this.favouritesOf !== conference.id) {
      this.favouritesOf = conference.id;
      this.favourites = readFavourites(conference.id);
    }
    const target = this.target;
    if (!target) return;
    if ('day' in target) {
      this.tab = target.day;
      this.target = undefined;
      return;
    }
    if (state.status !== 'ready') return;
    this.target = undefined;
    const entry = this.shown?.programme?.sessions.find((candidate) => candidate.session.id === target.session);
    if (!entry) return;
    this.reveal(this.shown!.programme!, entry, this.filter());
    if (this.tab !== ALL_DAYS) this.tab = entry.day;
    this.pendingFocus = `session-${entry.session.id}`;
  }

  private async download(scope: CalendarScope): Promise<void> {
    const state = this.feedState;
    const programme = this.programme?.value;
    // While a file is made its buttons are aria-disabled, not disabled: a disabled button would drop the focus to <body>.
    if (state.status !== 'ready' || !programme || this.calendarBusy) return;
    this.calendarBusy = true;
    const view = { tab: this.shownTab, filter: this.filter(), favourites: this.favourites };
    try {
      // The sessions are picked and the file written in the lazily loaded module (with ical-generator).
      const { offerCalendar } = await import('./calendar.js');
      const sessions = offerCalendar(programme, scope, view, {
        feed: state.feed,
        title: sessionTitle,
        url: (entry) => this.location.href({ session: entry.session.id }),
        root: this.renderRoot as ShadowRoot,
      });
      this.emit('calendar-download', { conference: programme.conference.id, scope: typeof scope === 'object' ? scope.session : scope, sessions });
    } catch (error) {
      console.error('[staedtepartner-widgets] the calendar file could not be made', error);
    } finally {
      this.calendarBusy = false;
    }
  }
}
