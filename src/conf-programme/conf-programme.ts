import { msg, str } from '../i18n/msg.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Feed } from '../feed/model.js';
import type { Conference, SideEvent } from '../feed/schema.js';
import { currentLanguage, type WidgetTranslations } from '../i18n/language.js';
import { currentTime } from '../shared/clock.js';
import { ClockController } from '../shared/clock-controller.js';
import { conferenceDays } from '../shared/conference.js';
import { conferenceTitle, formatDateRange, hostPlace } from '../shared/conference-text.js';
import { textLanguage } from '../feed/text.js';
import { headingTag } from '../shared/heading.js';
import { SettledStatusController } from '../shared/settled-status-controller.js';
import { StaedtepartnerElement } from '../shared/staedtepartner-element.js';
import { styleProperties } from '../shared/style-properties.js';
import { confProgrammeStyles } from './conf-programme.styles.js';
import { SessionBatches } from './batches.js';
import { DayDrawing } from './day-drawing.js';
import { dayTabs, defaultTab, renderMonths, renderTabs, tabLabel, type DayTabs } from './day-tabs.js';
import { ExportController } from './export.js';
import { FavouritesController } from './favourites.js';
import { sessionNow, shownAt, type Shown } from './now.js';
import {
  ALL_DAYS,
  buildProgramme,
  filterSessions,
  nowAndNext,
  programmeToday,
  readerTimeZone,
  SIDE_EVENTS,
  timedStarts,
  UNDATED,
  type Programme,
  type ProgrammeDay,
  type ProgrammeFilter,
  type ProgrammeSession,
} from './programme.js';
import { PrintController } from './print.js';
import { ProgrammeRoute } from './route.js';
import { readLocalTime, writeLocalTime } from './storage.js';
import type * as GridView from './grid.js';
import { renderSession, renderSessionList, renderSideEvent, sessionTitle, type ViewContext } from './templates.js';
import { dayHeading, sessionCount, zonesDiffer } from './texts.js';
import { renderToolbar, type FilterChoice, type ToolbarActions } from './toolbar.js';

/** What the lazily loaded grid draws with (grid.ts says why it imports none of it). */
const GRID_KIT: GridView.GridKit = { html, nothing, styleProperties, renderSession, renderSessionList };

/** The search words, and the kind and track chosen: none. */
const NO_CHOICE: FilterChoice = { query: '', kind: '', track: '' };

export { SESSION_BATCH } from './batches.js';

/**
 * @tag conf-programme
 * @summary The programme of a conference: days as tabs, sessions as a list or a grid by venue,
 * search and filters, the reader's own time zone, favourites, now and next, and calendar files.
 * The grid shows as a list when the widget itself is narrower than 44em.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart title - The heading: "Programme" and the conference.
 * @csspart summary - The conference's dates and place.
 * @csspart toolbar - Search, filters and the time-zone switch.
 * @csspart tools - Below a toolbar width of 30em (a phone), the one button that shows and hides the search, filters and switches.
 * @csspart search - The search field.
 * @csspart kind-filter - The session-kind menu.
 * @csspart track-filter - The track menu, when the sessions name at least two of the conference's tracks.
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
 * @csspart session - One session; also `session-now` or `session-next` while it runs or is next, and `session-break` for a break (which has no "My programme", calendar or link buttons).
 * @csspart session-now - A session running now (a `session` too), with the "Now" badge.
 * @csspart session-next - A session that is next (a `session` too), with the "Next" badge.
 * @csspart session-break - A break (a `session` too): named "Break", on a shaded card, without "My programme", calendar or link buttons.
 * @csspart session-time - Its time range, or "Time to be announced" ("Time not recorded" once the conference is over).
 * @csspart kind - Its kind; none for a session of kind `other`.
 * @csspart track - The name of its track (never in the track's colour: that is the session's stripe).
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
 * @csspart menu - An open "Add to calendar" menu, of the programme (`calendar`) or of a session (`session-calendar`), with its choices as buttons.
 * @csspart permalink - The link to a session.
 * @csspart copy-link - The "Copy link to this session" button of a session without a date (it has no calendar menu).
 * @csspart side-event - A side event, such as the youth forum.
 * @csspart no-results - The message when filters leave nothing, with `clear-filters`.
 * @csspart clear-filters - The button that clears search and filters.
 * @csspart status - The loading indicator.
 * @csspart empty - The message when there is no programme.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--conf-programme-accent=var(--sp-color-accent)] - Tabs, pressed toggles, badges and the running-session mark.
 * @cssproperty [--conf-programme-gap=var(--sp-space)] - Space between sessions.
 * @cssproperty --conf-programme-track-color - Set by the widget on each session of a track with a colour (the feed's `#rrggbb`), which draws it as the session's stripe; read it in your own `::part(session)` rules (a tint, a wider stripe).
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

  static override properties: PropertyDeclarations = {
    conference: {},
    view: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hashPrefix: { attribute: 'hash-prefix' },
    choice: { state: true },
    localTime: { state: true },
    toolsOpen: { state: true },
  };

  /** The conference id from the feed; without it the running conference, else the next, else the last of the series. */
  conference?: string | undefined;

  /** `list`, or `grid` (parallel sessions side by side by venue; a list again on a narrow container). */
  view: 'list' | 'grid' = 'list';

  /** Level of the widget's heading (2–6); days and sessions are one and two levels below. */
  headingLevel = 2;

  /** The prefix of this widget's links in the URL hash (`#programme/2019-06-26`); give two programmes on a page different ones. A blank one is refused with a console warning and `programme` used. */
  hashPrefix = 'programme';

  /** The search words, and the kind and track chosen in the toolbar. */
  private choice: FilterChoice = NO_CHOICE;
  private localTime = readLocalTime();
  /** At a narrow width: the search, filters and switches shown (toolbar.ts). */
  private toolsOpen = false;

  #programme?: { feed: Feed; conference: Conference; value: Programme };
  /** The grid view's module, loaded with the first `view="grid"`; null when it could not be loaded (the sessions are listed). */
  #grid?: typeof GridView | null;
  #gridRequested = false;
  #shown?: Shown;
  /** The tab chosen, and links into the programme in the URL hash. */
  readonly #route = new ProgrammeRoute(this, { prefix: () => this.hashPrefix, selected: (day) => this.emit('day-select', { day }) });
  /** Printing shows every session of all days. */
  readonly #print = new PrintController(
    this,
    () => this.performUpdate(),
    (id) => this.focusAfterUpdate(id),
  );
  /** The result count, spoken once a search, filter or day has stood still. */
  readonly #count = new SettledStatusController(this, 'count');
  /** "My programme": the favourites and "Only my programme". */
  readonly #favourites = new FavouritesController(this, {
    sessions: () => this.#programme?.value.sessions,
    focus: (id) => this.focusAfterUpdate(id),
    showTools: () => (this.toolsOpen = true),
  });
  /** The part of each day's sessions on screen. */
  readonly #batches = new SessionBatches(this, {
    printing: () => this.#print.printing,
    filter: () => this.#filter(),
    focus: (id) => this.focusAfterUpdate(id),
  });
  /** "All days" drawn a part at a time, the first day first. */
  readonly #drawing = new DayDrawing(this);
  /** The "Add to calendar" menus: calendar files and a session's link. */
  readonly #exports = new ExportController(this, {
    view: () => {
      const { feedState: state } = this;
      const programme = this.#programme;
      return state.status === 'ready' && programme
        ? { feed: state.feed, programme: programme.value, tab: this.#tabsOf(this.#shown)[1], filter: this.#filter(), favourites: this.#favourites.ids }
        : undefined;
    },
    href: (session) => this.#route.href(session),
    title: sessionTitle,
    offered: (detail) => this.emit('calendar-download', detail),
  });

  readonly #toolbarActions: ToolbarActions = {
    search: (query) => this.#choose({ query }),
    chooseKind: (kind) => this.#choose({ kind }),
    chooseTrack: (track) => this.#choose({ track }),
    toggleFavourites: () => {
      this.#favourites.toggleOnly();
      this.#batches.reset();
    },
    toggleLocalTime: () => {
      this.localTime = !this.localTime;
      writeLocalTime(this.localTime);
    },
    jumpToNow: () => this.#jumpToNow(),
    toggleTools: () => (this.toolsOpen = !this.toolsOpen),
  };

  constructor() {
    super();
    // Until the conference is over, renders again when its day changes (in its zone, at its day change: it begins, it ends,
    // the next one is shown), and every minute while now and next apply (the controller registers itself).
    new ClockController(this, {
      needed: () => !!this.#shown?.programme && !this.#shown.past,
      shown: () => {
        const shown = this.#shown;
        return shown?.live ? `${currentTime()}` : shown?.programme ? programmeToday(shown.programme, currentTime()) : '';
      },
    });
    // The day tabs' overflow fades and scrolling (a chunk of its own: the row scrolls without it).
    import('./tab-strip.js').then(({ TabStripController }) => new TabStripController(this), console.error);
    // The sessions off screen keep their own height once laid out (a chunk of its own: without it they keep a placeholder's).
    import('./session-sizes.js').then(({ SessionSizes }) => new SessionSizes(this), console.error);
  }

  /** The programme model, rebuilt only when the feed or conference changes (it holds no language's words). */
  #model(feed: Feed, conference: Conference): Programme {
    const known = this.#programme;
    if (known?.feed === feed && known.conference === conference) return known.value;
    const value = buildProgramme(conference, feed);
    this.#programme = { feed, conference, value };
    return value;
  }

  /** Resolves once every day of "All days" is drawn too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#drawing.settle(() => super.getUpdateComplete());
  }

  /** The day tabs of the programme shown, and the one open (every day while printing). */
  #tabsOf(shown?: Shown): [string[], string] {
    if (!shown?.programme) return [[], ALL_DAYS];
    const tabs = dayTabs(shown.programme, !!shown.conference?.sideEvents?.length, shown.running);
    const tab = tabs.find((key) => key === this.#route.tab) ?? defaultTab(shown.programme, tabs, shown.running, shown.now);
    return [tabs, this.#print.printing ? ALL_DAYS : tab];
  }

  /** The conference, its programme and whether it runs, at the time of this update. */
  #derive(feed: Feed): Shown {
    return shownAt(feed, this.conference, currentTime(), (conference) => this.#model(feed, conference));
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    // The grid's chunk is on its way (willUpdate asked for it).
    const { printing } = this.#print;
    if (this.view === 'grid' && this.#grid === undefined && !printing) return this.renderLoading();
    // Derived in willUpdate; derived here again only when that failed, so the error state shows.
    const shown = this.#shown?.feed === feed ? this.#shown : this.#derive(feed);
    const { conference, programme, running, live } = shown;
    if (!conference || !programme) {
      if (this.conference) console.warn(`[staedtepartner-widgets] <conf-programme conference="${this.conference}">: the feed has no conference with that id`);
      return this.renderNoConference(feed);
    }
    const language = currentLanguage();
    const sideEvents = conference.sideEvents ?? [];
    const title = conferenceTitle(conference, language);
    // The heading's words around the title, which has its own `lang` when it is in another language (a Russian title on a German page).
    const headingText = (value: string) => msg(str`Programme: ${value}`, { desc: 'Heading of the programme widget; the value is the conference title' });
    const [before, after] = headingText('\n').split('\n');
    // A title that is the heading's own word ("Programme", an import without a title) is not said twice.
    const heading = staticHtml`<${this.#heading(0)} part="title">${
      title === before!.split(':')[0] ? title : html`${before}<span lang=${textLanguage(conference.title, language) ?? nothing}>${title}</span>${after}`
    }</${this.#heading(0)}>`;
    const { startDate, endDate } = conferenceDays(conference);
    const place = hostPlace(conference, feed, language);
    const dates = formatDateRange(startDate, endDate, language);
    const summary =
      dates || place
        ? html`<p part="summary">${dates ? html`<time datetime=${conference.start}>${dates}</time>` : nothing}${dates && place ? ' · ' : ''}${place}</p>`
        : nothing;
    if (programme.sessions.length === 0 && sideEvents.length === 0) {
      // Sessions listed but every one dropped as invalid (each `start` written "26.06.2025 09:00"): not "unpublished"; the console has each problem.
      return html`${heading}${summary}${this.renderEmpty(
        msg('The programme has not been published yet.', { desc: 'Empty state: a conference without sessions' }),
        conference.dropped?.sessions,
      )}`;
    }
    const [tabs, tab] = this.#tabsOf(shown);
    // The reader's zone differs from the programme's at its first or last timed session (a clock change of one of them during the conference).
    const starts = timedStarts(programme);
    const canSwitchZone = starts.some((at) => zonesDiffer(programme.timeZone, readerTimeZone(), at));
    const zone = this.localTime && canSwitchZone ? readerTimeZone() : undefined;
    const now = shown.now.getTime();
    const menu = this.#exports.open;
    // The favourites the programme still has: a session dropped from the schedule stays stored, uncounted.
    const favourites = programme.sessions.filter((entry) => this.#favourites.ids.has(entry.session.id)).length;
    const menuContent = this.#exports.content(favourites);
    const dayTabsState: DayTabs = { programme, tabs, tab, past: !!shown.past, language, select: (key, focus) => this.#select(key, focus) };
    const context: ViewContext = {
      feed,
      language,
      zone,
      favourites: this.#favourites.ids,
      timing: running ? nowAndNext(programme.sessions, now) : new Map(),
      heading: this.#heading(2),
      permalink: (id) => this.#route.href(id),
      printing,
      past: !!shown.past,
      menu,
      menuContent,
      copied: this.#exports.copied,
      light: this.#drawing.limit < Infinity,
    };
    const [days, busy] = tab === SIDE_EVENTS ? [this.#renderSideEvents(sideEvents, context, true)] : this.#renderDays(programme, tab, this.#filter(), context);
    return html`${heading} ${summary}
      ${renderToolbar(
        {
          programme,
          ...this.choice,
          onlyFavourites: this.#favourites.only,
          favourites,
          zone,
          canSwitchZone,
          starts,
          canJumpToNow: live,
          menu,
          menuContent,
          now,
          toolsOpen: this.toolsOpen,
        },
        this.#toolbarActions,
      )}
      ${renderMonths(dayTabsState)} ${renderTabs(dayTabsState)}
      <div
        part="panel"
        role="tabpanel"
        id="panel"
        aria-labelledby="tab-${tab}"
        aria-busy=${busy ? 'true' : 'false'}
        class="view-${this.view}"
        @click=${this.#onPanelClick}
      >
        ${days} ${printing && sideEvents.length > 0 ? this.#renderSideEvents(sideEvents, context, false) : nothing}
      </div>`;
  }

  /** The side events; the heading is for screen readers only under their own tab, and shown in print. */
  #renderSideEvents(sideEvents: readonly SideEvent[], context: ViewContext, underTab: boolean): TemplateResult {
    return html`<section part="day" aria-labelledby="day-side-events">
      ${staticHtml`<${this.#heading(1)} part="day-heading" id="day-side-events" class=${underTab ? 'visually-hidden' : ''}>${msg('Side events', { desc: 'Heading of the list of side events such as the youth forum' })}</${this.#heading(1)}>`}
      <ul part="sessions" role="list" class="list">
        ${sideEvents.map((event) => renderSideEvent(event, context))}
      </ul>
    </section>`;
  }

  #heading(offset: number): StaticValue {
    return headingTag(this.headingLevel, 2, offset);
  }

  /** The days of `tab` and whether some of them are still to be drawn (DayDrawing). */
  #renderDays(programme: Programme, tab: string, filter: ProgrammeFilter, context: ViewContext): [TemplateResult, boolean] {
    const language = currentLanguage();
    const chosen = programme.dayByKey.get(tab);
    const days = tab === ALL_DAYS ? programme.days : chosen ? [chosen] : [];
    const shown = days.map((day) => ({ day, sessions: filterSessions(day.sessions, filter) })).filter(({ sessions }) => sessions.length > 0);
    const count = shown.reduce((sum, { sessions }) => sum + sessions.length, 0);
    // The sessions each day shows; on "All days" the days not drawn yet (none while printing).
    const sizes = new Map(shown.map(({ day, sessions }) => [day.key, this.#batches.shownCount(day.key, sessions.length)]));
    // One day (a day's tab) is never pending.
    const pending = this.#drawing.pending([...sizes]);
    const grid = this.view === 'grid' && !context.printing ? this.#grid : undefined;
    const rank = grid?.venueRankOf(programme, language);
    const renderSessions = (day: ProgrammeDay, sessions: readonly ProgrammeSession[]) => {
      const list = (entries: readonly ProgrammeSession[]) => this.#batches.render(day, entries, context);
      return grid ? grid.renderSessionGrid(sessions, context, GRID_KIT, rank, list, programme.dayChange, programme.timeZone) : list(sessions);
    };
    const removed = this.#favourites.only && this.#favourites.removed;
    const removal = removed
      ? msg(str`Removed from my programme: ${removed}.`, {
          desc: 'Status after unstarring a session while only the reader’s programme is shown; the value is its title',
        })
      : nothing;
    return [
      // Spoken from a status of its own: a removal at once, the count once it has stood still (#count), not at every keystroke of a search.
      html`<p part="result-count">${removal} <span id="count">${sessionCount(count, language)}</span></p>
        <p class="visually-hidden" role="status">${removal} ${this.#count.text}</p>
        ${
          count === 0
            ? html`<div part="no-results">
                <p>${msg('No sessions match the search or filters.', { desc: 'Filters leave nothing' })}</p>
                <button part="clear-filters" type="button" @click=${this.#clearFilters}>
                  ${msg('Clear search and filters', { desc: 'Button that resets the filters' })}
                </button>
              </div>`
            : shown.map(
                ({ day, sessions }) =>
                  html`<section part="day" aria-labelledby="day-${day.key}">
                    ${staticHtml`<${this.#heading(1)} part="day-heading" id="day-${day.key}">${day.date ? dayHeading(day.date, language) : tabLabel(UNDATED, programme, !!this.#shown?.past, language)}</${this.#heading(1)}>`}
                    ${
                      pending.has(day.key)
                        ? html`<div
                            class="pending"
                            ${styleProperties({ '--_n': String(sizes.get(day.key)), '--_more': sizes.get(day.key)! < sessions.length ? '1' : '0' })}
                          ></div>`
                        : renderSessions(day, sessions)
                    }
                  </section>`,
              )
        }`,
      pending.size > 0 || !!(grid && context.light),
    ];
  }

  #select(key: string, focus = false): void {
    this.#route.select(key);
    if (focus) this.focusAfterUpdate(`tab-${key}`);
  }

  #onPanelClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = button?.dataset.session;
    if (!button || !id) return;
    if (button.dataset.action === 'favourite') this.emit('favourite-change', this.#favourites.toggle(id));
  }

  /** What the search and filters leave. */
  #filter(): ProgrammeFilter {
    return { ...this.choice, only: this.#favourites.only ? this.#favourites.ids : undefined };
  }

  #choose(choice: Partial<FilterChoice>): void {
    this.choice = { ...this.choice, ...choice };
    this.#batches.reset();
  }

  #resetFilters(): void {
    this.#favourites.only = false;
    this.#choose(NO_CHOICE);
  }

  #clearFilters(): void {
    this.#resetFilters();
    this.focusAfterUpdate(undefined);
    // At a narrow width the search may be behind the tools button: shown again, to take the focus.
    this.toolsOpen = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=search]')?.focus());
  }

  /** Shows today's sessions and moves focus to the first one running now, else the next. */
  #jumpToNow(): void {
    const programme = this.#programme?.value;
    if (!programme) return;
    const target = sessionNow(programme, currentTime());
    this.#resetFilters();
    // Render with the time of this jump, whatever else changes.
    this.requestUpdate();
    if (target) {
      this.#batches.reveal(programme, target, {});
      this.#select(target.day);
      this.focusAfterUpdate(`session-${target.session.id}`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.view === 'grid' && !this.#gridRequested) {
      this.#gridRequested = true;
      import('./grid.js')
        .then(
          (module) => {
            const root = this.renderRoot as ShadowRoot;
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.gridSheet()];
            this.#grid = module;
          },
          (error: unknown) => {
            console.error('[staedtepartner-widgets] <conf-programme view="grid">: the grid view could not be loaded; the sessions are listed', error);
            this.#grid = null;
          },
        )
        .finally(() => this.requestUpdate());
    }
    const state = this.feedState;
    try {
      this.#shown = state.status === 'ready' ? this.#derive(state.feed) : undefined;
    } catch {
      // A feed the programme cannot be built from: render derives again, and shows the error state.
      this.#shown = undefined;
    }
    this.#batches.follow(this.#shown?.programme);
    this.#favourites.follow(this.#shown?.conference?.id);
    // A link into the programme: its day's tab, or a session shown and focused on its day.
    const entry = this.#route.take(this.#shown?.programme, state.status === 'ready');
    if (entry) {
      this.#batches.reveal(this.#shown!.programme!, entry, this.#filter());
      this.focusAfterUpdate(`session-${entry.session.id}`);
    }
    // "All days" again, or another programme on it, starts with its first day; a link's day is drawn at once. Printing draws them all.
    this.#drawing.follow(this.#tabsOf(this.#shown)[1] === ALL_DAYS ? this.#shown?.programme : undefined, entry?.day, this.#print.printing);
  }
}
