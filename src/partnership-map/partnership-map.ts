import { msg } from '../i18n/msg.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed } from '../feed/model.js';
import type { City } from '../feed/schema.js';
import { currentLanguage, type WidgetTranslations } from '../i18n/language.js';
import { today } from '../shared/clock.js';
import { headingTag } from '../shared/heading.js';
import { SettledStatusController } from '../shared/settled-status-controller.js';
import { StaedtepartnerElement } from '../shared/staedtepartner-element.js';
import { ArcDrawer, arcModeNote, type ArcDrawing } from './arc-drawing.js';
import { drawArcs } from './arcs.js';
import { renderControls } from './controls.js';
import { levelFor, levelScale, type Clustering } from './clusters.js';
import { geometryFor, loadGeometry, type GeoDrawing, type MapGeometry } from './geometry.js';
import { renderLegend } from './legend.js';
import { keyCommand, markerElement, markerOf, markerToward, MarkerFocus } from './map-keyboard.js';
import { MapReady } from './map-ready.js';
import { IdlePreparation } from './prepare.js';
import { renderTooltip, TooltipController } from './tooltip.js';
import type { MarkerInfo, PlacedMarker } from './markers.js';
import { filteredOf, filterMap, mapModelOf, yearBound, type FilteredMap, type MapFilters, type MapModel, type MapPartnership } from './model.js';
import { PLACE_PAGE, renderPanel } from './panel.js';
import { clusterIndexOf, clusteringOf, drawingOf, markersAt } from './shared.js';
import { bestFound, searchSample } from './search.js';
import { queryKeys } from './search-keys.js';
import { pinnedCities } from './pinned.js';
import type { Label, Project } from './labels.js';
import { partnershipMapStyles } from './partnership-map.styles.js';
import { styleProperties } from '../shared/style-properties.js';
import { preloadTable, tableHelpers, TableView } from './table-chunk.js';
import type { SortDirection, TableColumn } from './table-rows.js';
import { cityCount, droppedPartnerships, partnershipCount, undatedHiddenText } from './texts.js';
import { EUROPE, type MapProjection } from './projection.js';
import { toScreen, type Size, type View } from './view.js';
import { ViewportController } from './viewport.js';
import { layerTransform, LayerMotion, MarkerPlacer } from './layer.js';
import { frameWork, mapWork } from './work.js';

export type { CitySelectDetail, PartnershipSelectDetail } from '../events.js';

function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => arg !== last!.args[i])) last = { args, value: compute(...args) };
    return last.value;
  };
}

/**
 * @tag partnership-map
 * @summary Town partnerships on a map of Europe and Russia: markers by country, arcs, clusters, filters, search, details, and a table view.
 *
 * The map is drawn offline from geometry shipped in the package. Keyboard: Tab
 * to the map, arrow keys pan, + and − zoom, 0 resets; Tab again to the markers,
 * where arrow keys move to the nearest marker in that direction and Enter
 * opens a city or zooms into a group; Escape closes the details.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart controls - The filters and the view switch.
 * @csspart filter - One filter (search, country, founding years).
 * @csspart years - The founding-years filter (a `filter` too).
 * @csspart search - The search field.
 * @csspart view-switch - The map / table buttons.
 * @csspart summary - How many partnerships and cities are shown.
 * @csspart announcement - What the last action did to the map, for screen readers (visually hidden), e.g. after zooming into a group or Reset view.
 * @csspart undated - While a years filter is set: how many partnerships without a founding date it leaves out.
 * @csspart map-tools - Zoom buttons and the keyboard help button.
 * @csspart help - The keyboard help.
 * @csspart map - The map itself (focusable; arrow keys pan).
 * @csspart marker - A city, several cities at one place (also `place`), or a cluster (also `cluster`); also `selected` or `partner`.
 * @csspart place - A marker of several cities at one place (a `marker` too).
 * @csspart cluster - A marker that groups nearby cities (a `marker` too).
 * @csspart selected - The marker of the selected city, and the partnership chosen in the details (`partner selected`).
 * @csspart tooltip - Name, country and partnerships of the marker under the pointer or in focus.
 * @csspart legend - What the shapes, colours and lines mean.
 * @csspart arc-note - In the legend of a dense map: how the lines are drawn (grouped by area, or only the selected city's).
 * @csspart panel - The details of the selected city.
 * @csspart panel-header - The top of the details: the heading and the close button.
 * @csspart panel-heading - Its heading.
 * @csspart close - The button that closes the details.
 * @csspart panel-city - One city in the details (several when cities share a place).
 * @csspart panel-summary - Above a city's partnerships (or a place's cities): country and how many partnerships.
 * @csspart partners - A city's list of partnerships in the details.
 * @csspart partner - One partnership in the details; on the map, the marker of a partner of the selected city (a `marker` too).
 * @csspart partner-name - The partner city (a button that shows this partnership on the map).
 * @csspart partner-country - The partner city's country (in a place's list: a city's country and partnerships).
 * @csspart partner-since - When the partnership was founded.
 * @csspart partner-years - How many years it has lasted.
 * @csspart partner-dates - A partnership's other dates (signed, reaffirmed, …) under its founding date: a description list.
 * @csspart notes - A partnership's notes.
 * @csspart place-hint - In the details of a place with many cities: how to choose one.
 * @csspart place-cities - Their list.
 * @csspart place-city - One city in that list (a button that opens its details).
 * @csspart more - Below a long list shown a part at a time (a place's cities): how much is shown.
 * @csspart show-more - Its button that shows the next part.
 * @csspart table-frame - The table view's frame, which scrolls (only the rows in view are rendered).
 * @csspart table - The table view.
 * @csspart sort - A column header's button that sorts by it.
 * @csspart row - One row of the table.
 * @csspart status - The loading indicator.
 * @csspart empty - The message shown when no partnership matches.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--partnership-map-color-de=light-dark(#9a3412, #fdba74)] - Markers of German cities.
 * @cssproperty [--partnership-map-color-ru=light-dark(#1d4ed8, #93c5fd)] - Markers of Russian cities.
 * @cssproperty [--partnership-map-color-other=light-dark(#4b5563, #d1d5db)] - Markers of other countries' cities, and mixed clusters.
 * @cssproperty [--partnership-map-on-marker=light-dark(#ffffff, #111827)] - The count on a marker: set it with light marker colours.
 * @cssproperty [--partnership-map-sea=light-dark(#dbe7f3, #16202c)] - The sea.
 * @cssproperty [--partnership-map-land=light-dark(#f4f1ea, #2b313b)] - Land.
 * @cssproperty [--partnership-map-land-highlight=light-dark(#e9e0cc, #39404c)] - Countries with a city on the map.
 * @cssproperty [--partnership-map-arc=light-dark(#6b7280, #9ca3af)] - The arcs of partnerships.
 * @cssproperty [--partnership-map-arc-highlight=var(--sp-color-accent)] - The arcs of the selected city.
 * @cssproperty [--partnership-map-height=min(34em, 70vh)] - Height of the map, and the most the table view's frame takes.
 *
 * @fires {CustomEvent<CitySelectDetail>} city-select - A city (or several at one place) was activated; `detail`: `{ city, cities, partnerships }`. Cancelable: `preventDefault()` keeps the details closed.
 * @fires {CustomEvent<PartnershipSelectDetail>} partnership-select - A partnership was chosen in the details; `detail`: `{ partnership, cities }`. Cancelable.
 * @fires {CustomEvent<FeedReadyDetail>} feed-ready - The feed is loaded; `detail.warnings` lists what was dropped from it.
 * @fires {CustomEvent<FeedErrorDetail>} feed-error - The feed cannot be shown; `detail.failure` says why.
 */
export class PartnershipMap extends StaedtepartnerElement {
  static override styles = [...StaedtepartnerElement.styles, partnershipMapStyles];

  static override translations: WidgetTranslations = {
    group: 'partnership-map',
    de: () => import('../generated/locales/de/partnership-map.js'),
    ru: () => import('../generated/locales/ru/partnership-map.js'),
  };

  static override properties: PropertyDeclarations = {
    country: {},
    from: { type: Number },
    to: { type: Number },
    city: {},
    view: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    filters: { state: true },
    selection: { state: true },
    sort: { state: true },
    helpOpen: { state: true },
    geometry: { state: true },
    announcement: { state: true },
    printing: { state: true },
    placeListed: { state: true },
  };

  /** Only partnerships with a city in this country (ISO 3166-1 alpha-2, e.g. `DE`); the reader can change it. */
  country?: string | undefined;

  /** Only partnerships founded in or after this year. */
  from?: number | undefined;

  /** Only partnerships founded in or before this year. */
  to?: number | undefined;

  /** A city id from the feed: the map fits to it and its partners and opens its details (for a town's own website). */
  city?: string | undefined;

  /** `map` (the default) or `table`. */
  view: 'map' | 'table' = 'map';

  /** Level of the heading in the details panel (2–6). */
  headingLevel: number = 3;

  private filters: MapFilters = {};
  private selection?: { cities: string[]; partnership?: string };
  private sort: { column: TableColumn; direction: SortDirection } = { column: 'city', direction: 'ascending' };
  private helpOpen = false;
  private geometry?: MapGeometry;
  private announcement = '';
  private printing = false;
  /** Cities listed in the details of a place with many (see PLACE_DETAILS_MAX), and table rows shown. */
  private placeListed = PLACE_PAGE;

  /** Which geometry is loaded or loading: Europe and Russia in detail, or the coarse world (for the feed's projection). */
  #geometryKind?: 'europe' | 'world';
  private shownMarkers = new Map<string, MarkerInfo>();
  /** The arcs of the last view drawn, and the markers in sight of it: not worked out again on the frames of a gesture (arc-drawing.ts, layer.ts). */
  readonly #arcDrawer = new ArcDrawer();
  readonly #markerPlacer = new MarkerPlacer();
  /** The layer as last rendered: the frames of a gesture move it without rendering (layer.ts). */
  readonly #layerMotion: LayerMotion = new LayerMotion(this, (): View | undefined => this.#zoomPan.anchor);
  /** The map's size, the view shown, fitting it, zoom and pan (viewport.ts). */
  private readonly viewport = new ViewportController(this, {
    target: () => this.renderRoot.querySelector('[part~=map]'),
    filtered: () => this.current,
    mapShown: () => this.#mapShown(),
    city: () => this.city,
    ready: () => this.model !== undefined,
    focus: (id) => (this.selection = { cities: [id] }),
    moveLayer: (anchor, view) => this.#layerMotion.move(anchor, view),
    // A phone turned to landscape: the map's new height (70vh) pushed the focus in the details below the screen.
    resized: () => {
      const focused = this.shadowRoot!.activeElement;
      if (focused?.closest('[part~=panel]')) this.#reveal(focused);
    },
  });
  readonly #zoomPan = this.viewport.zoomPan;
  readonly #markerFocus = new MarkerFocus(this);
  /** The tooltip of the marker under the pointer or in focus (tooltip.ts). */
  private readonly tooltip = new TooltipController(this, () => this.#markerFocus.focusKey);
  /** The summary's count, spoken once a search or filter has stood still. */
  readonly #count = new SettledStatusController(this, 'summary');
  constructor() {
    super();
    // The search keys and the table's name ranks, worked out in idle time once a visitor reaches for the map (or a large map is in view), then a search rehearsed (prepare.ts).
    new IdlePreparation(
      this,
      () => this.model && { model: this.model, language: currentLanguage() },
      () => this.rehearseSearch(),
    );
  }

  /**
   * A search rehearsed in steps of idle time, once per page (prepare.ts): the cities of one initial
   * (the initial with the most, search.ts `searchSample`) filtered with the map's filters, clustered, and given the
   * markers and labels of the view's level, then thrown away. Nothing is kept, shown or announced.
   * None while the map is not on the page or not shown, or a search is typed.
   */
  private rehearseSearch(): Generator<void, void> | undefined {
    const { model, mapView: view, geometry } = this;
    const sample = model && view && this.isConnected && this.#mapShown() && !this.filters.search && searchSample(model);
    if (!sample) return undefined;
    const filters = this.filters;
    const layout = this.#layoutLabels;
    return (function* () {
      const filtered = filterMap(model, filters, sample);
      if (filtered.partnerships.length > 0) {
        yield;
        const index = clusterIndexOf(filtered);
        yield;
        const level = levelFor(view.scale);
        const language = currentLanguage();
        const markers = markersAt(index, level, filtered, language);
        yield;
        if (geometry)
          layout(markers, level, ...geometry.drawing.labelScales(level, view.scale), filtered, undefined, language, geometry, model.projection.project);
      }
      mapWork.rehearsals++;
    })();
  }

  /** The map is settled once its markers are placed: see getUpdateComplete. */
  private readonly ready = new MapReady(this, {
    target: () => this.renderRoot.querySelector('[part~=map]'),
    waiting: () => this.#mapShown() && !(this.size && this.mapView),
  });

  /** The cities kept out of clusters: the town of `city`, the selected cities, and their partners (pinned.ts). */
  private readonly pinned = memo((filtered: FilteredMap, city: string | undefined, selected: string) =>
    pinnedCities(filtered.cities, [...(city ? [city] : []), ...(selected ? selected.split('\n') : [])]),
  );

  /** The clusters and markers of the filtered map, with the pinned cities on their own (or as if `selected` were selected). */
  private clustering(filtered: FilteredMap, selected: readonly string[] = this.selection?.cities ?? []): Clustering {
    return clusteringOf(filtered, this.pinned(filtered, this.city, selected.join('\n')));
  }

  /** What the arcs are drawn with: the projection and, beyond Europe, the drawing code once it is loaded (a new pair draws again). */
  readonly #arcProjection = memo((projection: MapProjection, drawing: GeoDrawing | undefined) => ({ projection, drawing }));

  /** The labels of a zoom level (labels.ts, which comes with the geometry's drawing code: the markers carry the names, the labels follow them). */
  readonly #layoutLabels = (
    markers: ReadonlyMap<string, MarkerInfo>,
    level: number,
    from: number,
    to: number,
    filtered: FilteredMap,
    selection: { cities: readonly string[]; partnership?: string } | undefined,
    language: string,
    geometry: MapGeometry,
    project: Project | undefined,
  ): Label[] =>
    geometry.drawing.layoutLabels({
      markers,
      ...geometry.drawing.selectionOf(filtered, selection),
      countries: geometry.countries,
      project,
      language,
      level,
      scales: [from, to],
      fontFamily: getComputedStyle(this).fontFamily,
    });
  /** The labels laid out once per level, selection, language and geometry: not on every frame of a pan. */
  private readonly labels = memo(this.#layoutLabels);

  /** The map's size in pixels, once it is laid out. */
  private get size(): Size | undefined {
    return this.viewport.size;
  }

  /** The view shown (scale and offset), once the map has a size. */
  private get mapView(): View | undefined {
    return this.viewport.view;
  }

  /** The table's code, a chunk loaded when the table is first needed (table-chunk.ts), and the rows in sight of its frame. */
  readonly #tableView = new TableView(this, () => this.renderRoot.querySelector<HTMLElement>('[part~=table-frame]:not(.print-only)'));

  readonly #onBeforePrint = () => {
    this.printing = true;
    // Printing starts right after this event: render the table now.
    if (this.isUpdatePending) this.performUpdate();
  };
  readonly #onAfterPrint = () => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('country') || changed.has('from') || changed.has('to')) {
      this.filters = { ...this.filters, country: this.country || undefined, from: yearBound(this.from), to: yearBound(this.to) };
      this.viewport.requestFit('data', 'pending');
    }
    if (changed.has('city') && this.hasUpdated) {
      this.selection = undefined;
      this.viewport.requestFit('city');
    }
    if ((changed as PropertyValues).has('feedState')) this.viewport.requestFit('city');
    // The viewport fits the view in this update when the map has a size (its hostUpdate), else once it has one.
    if (this.#mapShown()) this.loadGeometry();
    // The table's chunk: for a table shown or printed now (again after a failure when asked for anew), else in idle time once the map has a size.
    if (this.view === 'table' || this.printing) {
      if (this.current?.partnerships.length) this.#tableView.need(changed.has('view') || (changed as PropertyValues).has('printing'));
    } else if (this.#mapShown() && this.mapView) preloadTable();
  }

  /**
   * Resolves once the update is complete and, when the map is shown, its markers are placed: they wait for
   * the map's size, which comes after the first render. A map without a size (hidden) resolves as it is.
   * A table shown waits for its chunk, the first time (table-chunk.ts), and the update that renders its rows.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#tableView.settle(() => this.ready.settle(() => super.getUpdateComplete()));
  }

  /** Whether this update renders the map (the feed is in, the map view is chosen and something is shown). */
  #mapShown(): boolean {
    const filtered = this.current;
    return this.view === 'map' && filtered !== undefined && filtered.partnerships.length > 0;
  }

  /**
   * The land and borders for the feed's projection and the view (geometryFor), loaded once the map
   * is first shown: a table-only widget never needs them, a feed within Europe and Russia never loads
   * the world's, and a map of the world zoomed in on Europe swaps to the detailed geometry. Until the
   * next one is in, the last one is drawn (both are longitude and latitude, for any projection).
   */
  private loadGeometry(): void {
    const projection = this.model?.projection;
    if (!projection) return;
    const view = this.mapView;
    const size = this.size;
    const kind = view && size ? geometryFor(projection, view, size) : projection.kind === 'europe' ? 'europe' : 'world';
    if (this.#geometryKind === kind) return;
    this.#geometryKind = kind;
    loadGeometry(kind).then(
      (geometry) => {
        if (this.#geometryKind === kind) this.geometry = geometry;
      },
      (error: unknown) => {
        if (this.#geometryKind === kind) this.#geometryKind = undefined;
        console.error('[staedtepartner-widgets] <partnership-map> could not load the map geometry', error);
      },
    );
  }

  private get model(): MapModel | undefined {
    return this.feedState.status === 'ready' ? mapModelOf(this.feedState.feed) : undefined;
  }

  private get current(): FilteredMap | undefined {
    const model = this.model;
    return model && filteredOf(model, this.filters);
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderFeed(feed: Feed): TemplateResult {
    const language = currentLanguage();
    const model = mapModelOf(feed);
    if (model.partnerships.length === 0) {
      // Partnerships that validation dropped, every one: say so, not that the feed lists none.
      const dropped = feed.dropped.partnerships;
      return this.renderEmpty(
        dropped > 0
          ? droppedPartnerships(dropped, language)
          : msg('No partnerships are listed yet.', { desc: 'Empty state of the map: the feed has no partnerships' }),
      );
    }
    const filtered = filteredOf(model, this.filters);
    const empty = filtered.partnerships.length === 0;
    const noMatch = msg('No partnership matches these filters.', { desc: 'Empty state of the map: the filters exclude every partnership' });
    const summary = empty ? noMatch : `${partnershipCount(filtered.partnerships.length, language)}, ${cityCount(filtered.cities.size, language)}`;
    // The count, or that nothing matches, is spoken once it has stood still (SettledStatusController: not at every
    // keystroke) from one status that keeps its place (a status added already filled, as the empty state was, is not
    // always read). The summary shows it at once; when nothing matches the empty state's box does, the summary then only
    // for screen readers. The summary is where the focus goes after a retry: read by its text.
    return html`
      ${renderControls({
        countries: model.countries,
        filters: this.filters,
        view: this.view,
        language,
        onFilter: (change) => this.#setFilters({ ...this.filters, ...change }),
        onView: (view) => this.#switchView(view),
        onFind: () => this.#openFound(),
      })}
      <p part="summary" id="summary" class=${empty ? 'visually-hidden' : ''}>${summary}</p>
      <p class="visually-hidden" role="status">${this.#count.text}</p>
      <p part="announcement" class="visually-hidden" role="status">${this.announcement}</p>
      ${filtered.undatedHidden ? html`<p part="undated">${undatedHiddenText(filtered.undatedHidden, language)}</p>` : nothing}
      ${
        empty
          ? html`<p part="empty">${noMatch}</p>`
          : this.view === 'table'
            ? this.#renderRows(filtered, language, false)
            : html`${this.#renderMap(filtered, language)}${this.#renderDetails(filtered, language)}${this.printing ? this.#renderRows(filtered, language, true) : nothing}`
      }
    `;
  }

  /** The table view, or (print) the copy printed under the map. On screen only the rows in view; printing renders all. */
  #renderRows(filtered: FilteredMap, language: string, print: boolean): TemplateResult {
    const shown = this.#tableView.shown;
    if (!shown) return this.#renderTableMissing(print);
    const { module, window } = shown;
    return module.renderTable({
      table: module.tableDataOf(tableHelpers, this.model!, filtered, { focus: this.city, country: this.filters.country }, today(), language),
      texts: tableHelpers,
      sort: this.sort,
      language,
      print,
      window: print || this.printing ? undefined : window,
      onSort: (column) => {
        this.sort = { column, direction: this.sort.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending' };
        this.announcement = module.sortedText(column, this.sort.direction);
        window.toTop();
      },
    });
  }

  /**
   * In place of the table until its chunk is in: loading, or why it is not there with Try again.
   * Printed before it is in: a note, and the map (its print styles come with the table's).
   */
  #renderTableMissing(print: boolean): TemplateResult {
    if (print) {
      return html`<p class="print-only">
        ${msg('The table of partnerships was not loaded yet when printing started. Print again to include it.', {
          desc: 'Printed under the map when the table view had not loaded yet when printing started',
        })}
      </p>`;
    }
    return this.#tableView.failed
      ? html`<div part="error" role="alert">
          <p>
            ${msg('The table could not be loaded. Check the connection and try again.', { desc: 'Error in place of the table view: its code did not load' })}
          </p>
          <button part="retry" type="button" @click=${this.#retryTable}>${msg('Try again', { desc: 'Retry button in the error state' })}</button>
        </div>`
      : html`<div part="status" role="status">
          <span class="spinner" aria-hidden="true"></span>${msg('Loading…', { desc: 'Shown while the feed is being loaded' })}
        </div>`;
  }

  /** Try again after the table failed to load: the focus goes to the table once it is there, else back to Try again. */
  readonly #retryTable = async (): Promise<void> => {
    this.#tableView.need(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=table-frame],[part~=retry]')?.focus();
  };

  #renderMap(filtered: FilteredMap, language: string): TemplateResult {
    frameWork.mapRenders++;
    const size = this.size;
    const live = this.mapView;
    // While the view moves, everything is drawn at the view it had (the anchor) and moved as one transform (layer.ts).
    const view = live && (this.#zoomPan.anchor ?? live);
    // Until the map has a size and a view nothing is drawn: the clusters and markers wait for it
    // (the first render comes in the same task as reading the feed; this work then comes in the next).
    const index = size && view ? this.clustering(filtered) : undefined;
    const level = view ? levelFor(view.scale) : 0;
    const markers = index ? markersAt(index, level, filtered, language) : new Map<string, MarkerInfo>();
    const selected = new Set(this.selection?.cities ?? []);
    const partners = new Set<string>();
    const highlighted = new Set<MapPartnership>();
    for (const id of selected) {
      for (const entry of filtered.cities.get(id)?.partnerships ?? []) {
        if (this.selection?.partnership && entry.partnership.id !== this.selection.partnership) continue;
        highlighted.add(entry);
        for (const city of entry.cities) if (!selected.has(city.id)) partners.add(city.id);
      }
    }
    const visible: PlacedMarker[] = size && view ? this.#markerPlacer.place(markers, view, size) : [];
    this.shownMarkers = new Map(visible.map(({ info }) => [info.key, info]));
    const roving = this.#markerFocus.tabStop(this.shownMarkers, visible, selected, size, view);
    const tooltipKey = this.tooltip.key;
    const tooltip = tooltipKey && !this.#zoomPan.anchor ? visible.find(({ info }) => info.key === tooltipKey) : undefined;
    const countries = filtered.countries;
    const geometry = this.geometry;
    const labels =
      size && view && index && geometry
        ? this.labels(
            markers,
            level,
            ...geometry.drawing.labelScales(level, view.scale),
            filtered,
            this.selection,
            language,
            geometry,
            this.model?.projection.project,
          )
        : [];
    const projection = this.model?.projection ?? EUROPE;
    // Great circles (maps beyond Europe) are drawn by the code that comes with the geometry: none before it.
    const drawing = projection.kind === 'europe' ? undefined : this.geometry?.drawing;
    // Beyond Europe nothing is planned or drawn before that code (and the land) is in.
    const arcs =
      index && size && view && (projection.kind === 'europe' || drawing)
        ? this.#arcDrawer.draw(index, level, filtered, highlighted, this.selection, view, size, this.#arcProjection(projection, drawing), (list) =>
            drawArcs(list, projection, view, size, drawing),
          )
        : undefined;
    return html`
      <div part="map-tools">
        <div>
          <button type="button" @click=${() => this.#zoomPan.zoomBy(2)}>
            <span aria-hidden="true">+</span><span class="visually-hidden">${msg('Zoom in', { desc: 'Map button' })}</span>
          </button>
          <button type="button" @click=${() => this.#zoomPan.zoomBy(0.5)}>
            <span aria-hidden="true">−</span><span class="visually-hidden">${msg('Zoom out', { desc: 'Map button' })}</span>
          </button>
          <button type="button" @click=${this.#resetView}>${msg('Reset view', { desc: 'Map button: back to the first view' })}</button>
        </div>
        <button type="button" aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="map-help" @click=${() => (this.helpOpen = !this.helpOpen)}>
          ${msg('Keyboard help', { desc: 'Button that shows how to use the map with the keyboard' })}
        </button>
      </div>
      <div part="help" id="map-help" ?hidden=${!this.helpOpen}>
        <p>
          ${msg('Arrow keys move the map, + and − zoom, 0 resets the view. Press Tab to reach the places: arrow keys go to the nearest place in that direction, Enter opens a city or zooms into a group, Escape closes the details. Enter in the search field opens the best match. The table view lists the same partnerships.', { desc: 'Keyboard help of the map' })}
        </p>
      </div>
      <div
        part="map"
        role="application"
        tabindex="0"
        aria-label=${msg('Map of the town partnerships', { desc: 'Accessible name of the map area' })}
        aria-describedby="map-help"
        class=${this.#zoomPan.dragging ? 'dragging' : ''}
        @keydown=${this.#onKeyDown}
        @pointerdown=${this.#zoomPan.onPointerDown}
        @pointermove=${this.#zoomPan.onPointerMove}
        @pointerup=${this.#zoomPan.onPointerUp}
        @pointercancel=${this.#zoomPan.onPointerUp}
        @pointerover=${this.tooltip.onPointerOver}
        @pointerout=${this.tooltip.onPointerOut}
        @wheel=${this.#zoomPan.onWheel}
        @click=${this.onClick}
        @focusin=${this.#markerFocus.onFocusIn}
        @focusout=${this.#markerFocus.onFocusOut}
      >
        <div class=${this.#zoomPan.anchor ? 'layer moving' : 'layer'} ${styleProperties({ transform: view && live ? layerTransform(view, live) : 'none' })}>
          <div class="drawing">
            ${guard([arcs, size, view, countries, this.geometry, projection], () => (arcs && size && view ? this.#renderDrawing(size, view, countries, arcs) : nothing))}
            ${guard([labels, view, size], () => (size && view && geometry ? geometry.drawing.renderLabels(labels, view, size) : nothing))}
            ${
              // While the view moves, the frames of a gesture change only the layer's transform: the markers, drawn at the anchor, are not rendered again.
              guard([visible, roving, this.selection, filtered], () =>
                repeat(
                  visible,
                  ({ info }) => info.key,
                  ({ info, x, y }) => this.#renderMarker(info, x, y, info.key === roving, selected, partners),
                ),
              )
            }
          </div>
        </div>
        ${tooltip ? renderTooltip(tooltip, visible, size!, language, this.tooltip.em) : nothing}
        ${
          this.#zoomPan.wheelHint
            ? html`<p class="hint" aria-hidden="true">
                ${msg('Hold Ctrl and scroll to zoom the map, or use + and −.', { desc: 'Shown when the page is scrolled over the map' })}
              </p>`
            : nothing
        }
      </div>
      ${renderLegend(countries, language, arcs && arcModeNote(arcs.mode))}
    `;
  }

  #renderDrawing(size: Size, view: View, countries: string[], arcs: ArcDrawing): TemplateResult {
    const projection = this.model?.projection ?? EUROPE;
    const paths = this.geometry ? drawingOf(this.geometry, countries, projection) : undefined;
    // The land is drawn once in base coordinates (shared.ts) and placed by the view; the arcs are drawn for the view.
    return html`<svg aria-hidden="true" width=${size.width} height=${size.height}>
      ${
        paths
          ? svg`<g transform=${`translate(${view.x} ${view.y}) scale(${view.scale})`}><path class="land" d=${paths.land}></path><path class="land-highlight" d=${paths.highlighted}></path><path class="borders" d=${paths.borders}></path>${
              paths.beyond ? svg`<path class="beyond" d=${paths.beyond}></path>` : nothing
            }</g>`
          : nothing
      }
      ${arcs.paths.map(({ className, d }) => svg`<path class=${className} d=${d}></path>`)}
    </svg>`;
  }

  /** A marker: its name in aria-label, not as visually hidden text (such spans cost a search keystroke about 3.7 ms of style and layout in Chromium, 39 markers). */
  #renderMarker(info: MarkerInfo, x: number, y: number, tabStop: boolean, selected: ReadonlySet<string>, partners: ReadonlySet<string>): TemplateResult {
    mapWork.markersRendered++;
    const isSelected = info.kind !== 'cluster' && info.cities.some((city) => selected.has(city.id));
    const isPartner = !isSelected && info.cities.some((city) => partners.has(city.id));
    const parts = ['marker', info.kind === 'city' ? '' : info.kind, isSelected ? 'selected' : '', isPartner ? 'partner' : ''].filter(Boolean).join(' ');
    return html`<div
      part=${parts}
      class=${info.countryClass}
      role="button"
      tabindex=${tabStop ? '0' : '-1'}
      data-key=${info.key}
      aria-expanded=${info.kind === 'cluster' ? nothing : isSelected ? 'true' : 'false'}
      aria-label=${info.name}
      ${styleProperties({ transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)`, '--_d': `${info.diameter}px`, '--_n': `${info.count?.length ?? 1}` })}
    >
      ${info.count === undefined ? nothing : html`<span class="count" aria-hidden="true">${info.count}</span>`}
    </div>`;
  }

  #renderDetails(filtered: FilteredMap, language: string): TemplateResult | typeof nothing {
    const cities = (this.selection?.cities ?? []).map((id) => filtered.cities.get(id)).filter((city) => city !== undefined);
    if (cities.length === 0) return nothing;
    return renderPanel({
      cities: cities.map((shown) => shown.city),
      partnerships: new Map(cities.map((shown) => [shown.city.id, shown.partnerships])),
      selectedPartnership: this.selection?.partnership,
      language,
      today: today(),
      heading: headingTag(this.headingLevel, 3),
      onClose: () => this.#closeDetails(),
      onSelectPartnership: (entry) => this.#selectPartnership(entry),
      placeList: {
        shown: this.placeListed,
        onChoose: (city) => this.#selectCities([city], true),
        onMore: () => this.#listMoreCities(),
      },
    });
  }

  // ---- filters and view switch --------------------------------------------------------------

  #setFilters(filters: MapFilters): void {
    this.filters = filters;
    this.#tableView.shown?.window.toTop();
    this.announcement = '';
    // Fit once the new data is known (the same update).
    this.viewport.fit('data');
  }

  /** Enter in the search field, on the map: the city the search most likely means (bestFound), its details opened and focused. */
  #openFound(): void {
    const model = this.model;
    const filtered = this.current;
    const queries = queryKeys(this.filters.search ?? '');
    const city =
      this.view === 'map' && model && filtered && queries.length
        ? bestFound(model, queries, (city) => filtered.cities.get(city.id)?.partnerships.length ?? 0)
        : undefined;
    if (city) void this.#selectCities([city], true);
  }

  #switchView(view: 'map' | 'table'): void {
    this.view = view;
    if (view === 'map') this.viewport.requestFit('city', 'view');
  }

  #resetView = (): void => {
    const selection = this.selection;
    this.viewport.fit('city');
    this.selection = selection;
    // Said instead of what an earlier zoom announced, which no longer holds.
    this.announcement = msg('The map is back at its first view.', { desc: 'Announced after Reset view (button or the 0 key)' });
  };

  // ---- pointer and keyboard: one listener each on the map, none per marker ---------------------

  private onClick(event: MouseEvent): void {
    if (this.#zoomPan.clickEndsDrag()) return;
    const marker = markerOf(event.target);
    if (marker?.dataset['key']) this.activate(marker.dataset['key'], event.detail === 0);
  }

  #onKeyDown(event: KeyboardEvent): void {
    const view = this.mapView;
    const size = this.size;
    if (!view || !size) return;
    const key = markerOf(event.target)?.dataset['key'];
    // A key the map acts on is its own, stopped here: not also the Escape of a modal around the map
    // (Bootstrap's, Ionic's and, without CloseWatcher, Shoelace's close on every Escape keydown that
    // reaches them, prevented or not).
    // Escape hides a tooltip first (WCAG 1.4.13), the focus staying where it is; again, it closes the details.
    if (event.key === 'Escape' && this.tooltip.dismiss()) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const command = keyCommand(event, Boolean(key), Boolean(this.selection));
    if (!command) return;
    const info = key ? this.shownMarkers.get(key) : undefined;
    switch (command.kind) {
      case 'focus-toward':
        this.#markerFocus.focus(markerToward(this.shownMarkers, key!, command.direction, view, this.model?.projection.period));
        break;
      case 'pan':
        this.viewport.panBy(command.dx, command.dy);
        break;
      case 'zoom':
        this.#zoomPan.zoomBy(command.factor, info && toScreen(view, [info.cluster.x, info.cluster.y]));
        break;
      case 'reset':
        this.#resetView();
        break;
      case 'activate':
        this.activate(key!, true);
        break;
      case 'close':
        this.#closeDetails();
        break;
      case 'first':
      case 'last': {
        const keys = [...this.shownMarkers.keys()];
        this.#markerFocus.focus(command.kind === 'first' ? keys[0] : keys[keys.length - 1]);
      }
    }
    event.preventDefault();
    event.stopPropagation();
  }

  // ---- selection ----------------------------------------------------------------------------

  private activate(key: string, byKeyboard: boolean): void {
    const info = this.shownMarkers.get(key);
    const filtered = this.current;
    if (!info || !filtered || !this.mapView || !this.size) return;
    if (info.kind === 'cluster') {
      const index = this.clustering(filtered);
      const level = levelFor(this.mapView.scale);
      const split = index.splitLevel(info.cluster, level) ?? level + 1;
      const positions = info.cities.map((city) => filtered.cities.get(city.id)?.position).filter((p): p is [number, number] => p !== undefined);
      this.#markerFocus.open(info);
      // At least deep enough for the cluster to fall apart.
      this.viewport.zoomInto(positions, levelScale(split) * 1.01);
      this.announcement = msg('Zoomed in on the group.', { desc: 'Announced after a cluster of cities was activated and the map zoomed in' });
      return;
    }
    this.#selectCities(info.cities, byKeyboard);
  }

  async #selectCities(cities: readonly City[], moveFocus: boolean): Promise<void> {
    const filtered = this.current;
    if (!filtered) return;
    const partnerships = [...new Set(cities.flatMap((city) => filtered.cities.get(city.id)?.partnerships ?? []))].map((entry) => entry.partnership);
    const allowed = this.emit('city-select', { city: cities[0], cities, partnerships });
    if (!allowed) return;
    this.selection = { cities: cities.map((city) => city.id) };
    this.placeListed = PLACE_PAGE;
    this.announcement = '';
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~=panel-heading]');
    if (moveFocus) heading?.focus();
    else {
      heading?.focus({ preventScroll: true });
      // A tap on a map that fills the screen (a phone in landscape): the details opened below it.
      this.#reveal(heading);
    }
  }

  /**
   * Scrolls the page as little as brings `element` of the details (the heading: with its Close button) up from below what the reader
   * sees; not down to it from above. What the reader sees ends at the window's bottom or higher, at the end of the visible part of a
   * scrolling box around the map (a dialog's body, a CMS's panel, Ionic's ion-content: through slots and shadow roots). The body and
   * the root are the window's own (their boxes move with the page). An IntersectionObserver clips by such boxes too, but cannot tell a
   * heading hidden below a box from one the reader scrolled above it.
   */
  #reveal(element: Element | null): void {
    const shown = element?.closest('[part~=panel-header]') ?? element;
    let end = innerHeight;
    for (let box = shown; box && box != document.body; box = box.assignedSlot ?? box.parentElement ?? (box.getRootNode() as ShadowRoot).host)
      if (getComputedStyle(box).overflowY != 'visible') end = Math.min(end, box.getBoundingClientRect().top + box.clientTop + box.clientHeight);
    if (shown && shown.getBoundingClientRect().bottom > end) shown.scrollIntoView({ block: 'nearest' });
  }

  /** The next cities of a place with many; the focus goes to the first of them. */
  async #listMoreCities(): Promise<void> {
    const first = this.placeListed;
    this.placeListed += PLACE_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~=place-city]')[first]?.focus();
  }

  #selectPartnership(entry: MapPartnership): void {
    const allowed = this.emit('partnership-select', { partnership: entry.partnership, cities: entry.cities });
    if (!allowed || !this.selection || !this.size) return;
    this.selection = { ...this.selection, partnership: entry.partnership.id };
    const filtered = this.current;
    const positions = entry.cities.map((city) => filtered?.cities.get(city.id)?.position).filter((p): p is [number, number] => p !== undefined);
    if (positions.length) this.viewport.moveToFit(positions);
  }

  async #closeDetails(): Promise<void> {
    // The focus stays on the place the reader is on (Escape there); from the details it goes back to their city.
    const first =
      this.shownMarkers.get(markerOf((this.renderRoot as ShadowRoot).activeElement)?.dataset['key'] ?? '')?.cities[0]?.id ?? this.selection?.cities[0];
    const filtered = this.current;
    const view = this.mapView;
    // Where that city stands once the details are closed (no longer pinned as the selection).
    const cluster = first && filtered && view ? this.clustering(filtered, []).clusterOf(first, levelFor(view.scale)) : undefined;
    if (cluster && this.shownMarkers.has(cluster.key)) this.#markerFocus.rove(cluster.key);
    this.selection = undefined;
    await this.updateComplete;
    const marker = cluster && markerElement(this.renderRoot, cluster.key);
    (marker ?? this.renderRoot.querySelector<HTMLElement>('[part~=map]'))?.focus({ preventScroll: true });
  }
}
