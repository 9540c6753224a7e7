/**
 * The map's viewport: its size (from a ResizeObserver), the view shown (scale
 * and offset, view.ts), fitting that view to the data or to a town and its
 * partners, and the zoom and pan gestures (zoom-pan.ts) that change it. The
 * element asks for a fit when its data or `city` changes; the fit happens in
 * that update (hostUpdate, after the element's willUpdate) when the map is shown
 * and already has a size, or once the size is known. A new size fits the view
 * again until the reader (or the element) moves it: a map first laid out narrow
 * (a host page's styles arriving late, a column that grows) would otherwise keep
 * the zoom of that size. A view that was moved keeps its centre instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SizeController } from '../shared/size-controller.js';
import type { FilteredMap } from './model.js';
import { boundsOf, clampView, fitBounds, fullView, MAX_SCALE, panBy, zoomAt, type Size, type View } from './view.js';
import { ZoomPanController } from './zoom-pan.js';

/** What the view is to be fitted to: the town of `city` and its partners (else everything shown), or everything shown. */
export type FitKind = 'city' | 'data';

export interface ViewportAccess {
  /** The map element to measure (it comes and goes with the view). */
  target(): Element | null | undefined;
  /** The cities shown, once the feed is in. */
  filtered(): FilteredMap | undefined;
  /** Whether this update renders the map (the map view, with something on it). */
  mapShown(): boolean;
  /** The id of `city="…"`, if set. */
  city(): string | undefined;
  /** Whether the feed is in: an unknown `city` is only worth a warning then. */
  ready(): boolean;
  /** The view was fitted to this city and its partners: its details open. */
  focus(id: string): void;
  /** Moves the drawn layer to show `view`, if its drawing is made at `anchor` (layer.ts LayerMotion): then the host need not render. */
  moveLayer(anchor: View | undefined, view: View): boolean;
  /** The map's size changed (a phone turned): the page around it was laid out anew. */
  resized(): void;
}

/** Room around what a view is fitted to, in pixels, and the closest zoom of a fit. */
const FIT_PADDING = 48;
const FIT_MAX_SCALE = 8;

export class ViewportController implements ReactiveController {
  readonly zoomPan: ZoomPanController;
  readonly #sizer: SizeController;
  private shown?: View;
  /** The places the view shown was fitted to, until it is moved: a new size fits them again. */
  #fittedTo?: readonly (readonly [number, number] | undefined)[];
  private pending: FitKind | undefined = 'city';
  #warnedCity?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly access: ViewportAccess,
  ) {
    host.addController(this);
    this.#sizer = new SizeController(host, { target: access.target, resized: (size, old) => this.#resized(size, old) });
    this.zoomPan = new ZoomPanController(host, {
      view: () => this.shown,
      size: () => this.size,
      show: (view) => this.show(view),
      move: (view, anchor) => this.#move(view, anchor),
    });
  }

  /** The map's size in pixels, once it is laid out. */
  get size(): Size | undefined {
    return this.#sizer.size;
  }

  /** The view shown, once the map has a size and the data is known. */
  get view(): View | undefined {
    return this.shown;
  }

  show(view: View): void {
    this.shown = view;
    this.#fittedTo = undefined;
    this.host.requestUpdate();
  }

  /** A frame of a motion: the layer drawn at `anchor` is moved, and the host renders only when it cannot be (layer.ts). */
  #move(view: View, anchor: View | undefined): void {
    this.shown = view;
    this.#fittedTo = undefined;
    if (!this.access.moveLayer(anchor, view)) this.host.requestUpdate();
  }

  /** Pans by screen pixels (the arrow keys). */
  panBy(dx: number, dy: number): void {
    if (this.shown && this.size) this.show(panBy(this.shown, dx, dy, this.size));
  }

  /**
   * Asks for a fit, done by fitIfPending (in the host's update or once the map has a size).
   * `keep`: only when no fit is pending yet, and, for `'view'`, only when no view was shown yet.
   */
  requestFit(kind: FitKind, keep?: 'pending' | 'view'): void {
    if (keep && this.pending) return;
    if (keep === 'view' && this.shown) return;
    this.pending = kind;
  }

  /** Fits at once (Reset view; a filter changed). */
  fit(kind: FitKind): void {
    this.pending = kind;
    this.fitIfPending();
  }

  /** Before the host renders, after its willUpdate: a fit asked for in this update is done in it, when the map has a size. */
  hostUpdate(): void {
    if (this.access.mapShown()) this.fitIfPending();
  }

  /** Fits the view to the focused city and its partners, or to everything shown, when a fit is pending and the map has a size. */
  fitIfPending(): void {
    const filtered = this.access.filtered();
    const size = this.size;
    if (!this.pending || !filtered || !size) return;
    const kind = this.pending;
    this.pending = undefined;
    const city = this.access.city();
    const focus = kind === 'city' && city ? filtered.cities.get(city) : undefined;
    if (kind === 'city' && city && !focus && this.#warnedCity !== city && this.access.ready()) {
      this.#warnedCity = city;
      console.warn(`[staedtepartner-widgets] <partnership-map city="${city}">: no city with that id has a partnership on the map`);
    }
    const positions: (readonly [number, number] | undefined)[] = [];
    if (focus) {
      this.access.focus(focus.city.id);
      const partners = focus.partnerships.map((entry) => filtered.cities.get(entry.cities[0].id === focus.city.id ? entry.cities[1].id : entry.cities[0].id)!);
      for (const shown of [focus, ...partners]) positions.push(shown.position);
    } else for (const shown of filtered.cities.values()) positions.push(shown.position);
    this.#showFitted(positions, size);
  }

  #showFitted(positions: readonly (readonly [number, number] | undefined)[], size: Size): void {
    this.show(this.#fitted(positions, size));
    this.#fittedTo = positions;
  }

  /** Moves (animated) to show these places (base coordinates), e.g. the two cities of a partnership. */
  moveToFit(points: [number, number][]): void {
    if (this.size) this.zoomPan.moveTo(this.#fitted(points, this.size), true);
  }

  /** Moves (animated) to show these places, at least as close as `scale` (deep enough for a group to fall apart). */
  zoomInto(points: [number, number][], scale: number): void {
    const size = this.size;
    const bounds = boundsOf(points);
    if (!size || !bounds) return;
    const fitted = fitBounds(bounds, size, FIT_PADDING, MAX_SCALE);
    const target = fitted.scale >= scale ? fitted : zoomAt(fitted, scale / fitted.scale, [size.width / 2, size.height / 2], size);
    this.zoomPan.moveTo(target, true);
  }

  #fitted(points: readonly (readonly [number, number] | undefined)[], size: Size): View {
    const bounds = boundsOf(points);
    return bounds ? fitBounds(bounds, size, FIT_PADDING, FIT_MAX_SCALE) : fullView(size);
  }

  /** From the ResizeObserver, outside the update cycle: the map's new size. */
  #resized(size: Size, old: Size | undefined): void {
    // A zoom under way ends where it is: it aimed at a view for the old size.
    this.zoomPan.stop();
    const view = this.shown;
    if (view && old && this.pending === undefined) {
      // Fitted and not moved since: fitted again to the new size; else the centre kept where it was, within the
      // limits of the new size (a map zoomed out as far as a phone held upright goes is too small once it is turned).
      if (this.#fittedTo) this.#showFitted(this.#fittedTo, size);
      else this.show(clampView({ ...view, x: view.x + (size.width - old.width) / 2, y: view.y + (size.height - old.height) / 2 }, size));
    }
    if (old) this.access.resized();
    this.fitIfPending();
  }
}
