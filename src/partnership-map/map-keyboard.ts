/**
 * The map's keyboard model. The map is one tab stop, its markers one more (a
 * roving tabindex): Tab must not walk through hundreds of places. On the map,
 * arrow keys pan; on a marker, they go to the nearest marker in that direction.
 * Which key does what and which marker lies that way are pure functions; the
 * controller tracks the marker in focus and gives the focus back when
 * re-rendering took it away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MarkerInfo, PlacedMarker } from './markers.js';
import { toScreen, type Size, type View } from './view.js';

export type Direction = 'left' | 'right' | 'up' | 'down';
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_STEP = 80;

export type KeyCommand =
  | { kind: 'focus-toward'; direction: Direction }
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' | 'activate' | 'close' | 'first' | 'last' };

/** What a key does on the map; undefined leaves the key to the page. */
export function keyCommand(event: { key: string; shiftKey: boolean }, onMarker: boolean, detailsOpen: boolean): KeyCommand | undefined {
  const { key } = event;
  const direction = ARROWS[key];
  if (direction && onMarker) return { kind: 'focus-toward', direction };
  if (direction) {
    const step = event.shiftKey ? PAN_STEP * 3 : PAN_STEP;
    const [dx, dy] = { left: [step, 0], right: [-step, 0], up: [0, step], down: [0, -step] }[direction];
    return { kind: 'pan', dx, dy };
  }
  if (key === '+' || key === '=') return { kind: 'zoom', factor: 2 };
  if (key === '-' || key === '_') return { kind: 'zoom', factor: 0.5 };
  if (key === '0') return { kind: 'reset' };
  if ((key === 'Enter' || key === ' ') && onMarker) return { kind: 'activate' };
  if (key === 'Escape' && detailsOpen) return { kind: 'close' };
  if ((key === 'Home' || key === 'End') && onMarker) return { kind: key === 'Home' ? 'first' : 'last' };
  return undefined;
}

/**
 * The nearest marker in a direction on the screen, preferring those straight ahead. On a world
 * map (`period`, its width in base units), Left or Right with none that way goes on across the
 * cut, as round the globe: the markers are looked at again as if drawn once more beyond that edge.
 */
export function markerToward(markers: ReadonlyMap<string, MarkerInfo>, fromKey: string, direction: Direction, view: View, period = 0): string | undefined {
  const from = markers.get(fromKey);
  if (!from) return undefined;
  const [x0, y0] = toScreen(view, [from.cluster.x, from.cluster.y]);
  const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  let best: { key: string; score: number } | undefined;
  // Across the cut only where there is one that way (Left or Right on a world map).
  for (const shift of ux * period ? [0, ux * period] : [0]) {
    if (best) break;
    for (const info of markers.values()) {
      if (info.key === fromKey) continue;
      const [x, y] = toScreen(view, [info.cluster.x + shift, info.cluster.y]);
      const along = (x - x0) * ux + (y - y0) * uy;
      const across = Math.abs((x - x0) * uy - (y - y0) * ux);
      if (along <= 0 || across > along * 2) continue;
      const score = along + across * 2;
      if (!best || score < best.score) best = { key: info.key, score };
    }
  }
  return best?.key;
}

/** Where the tab stop goes when no marker held it: a selected marker, else the one nearest the middle of the map. */
export function defaultTabStop(visible: readonly PlacedMarker[], selected: ReadonlySet<string>, size: Size | undefined): string | undefined {
  // Without a selection the markers' cities (all of them, zoomed out) are not looked through.
  const chosen = selected.size ? visible.find(({ info }) => info.cities.some((city) => selected.has(city.id))) : undefined;
  if (chosen) return chosen.info.key;
  if (!size || visible.length === 0) return undefined;
  let best = visible[0];
  for (const marker of visible) {
    if (Math.hypot(marker.x - size.width / 2, marker.y - size.height / 2) < Math.hypot(best.x - size.width / 2, best.y - size.height / 2)) best = marker;
  }
  return best.info.key;
}

/** The marker an event happened in: the map has one listener for all of them. */
export function markerOf(target: EventTarget | null): HTMLElement | undefined {
  return ((target as Element | null)?.closest?.('[part~=marker]') as HTMLElement | null) ?? undefined;
}

export function markerElement(root: ParentNode, key: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[part~=marker][data-key="${CSS.escape(key)}"]`);
}

/**
 * The marker in focus and the roving tab stop. Re-rendering may take the focus
 * away from a marker: zooming reorders the keyed list of markers (the focused one
 * is moved, which blurs it) or removes it (its group split). Whether a marker
 * had the focus is read before each update and checked after it, from the DOM
 * itself rather than from focus events, which browsers send differently (or not
 * at all) for a moved or removed element; the focus then goes to the marker that
 * holds the tab stop, which is a marker of the zoomed group when a group was
 * opened, or to the map.
 */
export class MarkerFocus implements ReactiveController {
  private focused?: string;
  private roving?: string;
  /** The group the reader opened (its cities): where the tab stop goes when its own marker is gone. */
  private group?: { cities: ReadonlySet<string>; x: number; y: number };
  /** A marker had the focus when this update began. */
  #hadFocus = false;
  /** Between the host's render and its end: a blur then comes from moving or removing the focused marker. */
  #updating = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  /** The marker in focus, whose tooltip shows unless another is under the pointer. */
  get focusKey(): string | undefined {
    return this.focused;
  }

  /**
   * The marker that holds the tab stop among those shown: the last one focused;
   * else, after opening a group, the marker of its cities nearest to where it was;
   * else a selected marker or the one nearest the middle.
   */
  tabStop(
    shown: ReadonlyMap<string, MarkerInfo>,
    visible: readonly PlacedMarker[],
    selected: ReadonlySet<string>,
    size: Size | undefined,
    view?: View,
  ): string | undefined {
    const roving = this.#rovingIn(shown);
    if (roving) return roving;
    const group = this.group;
    if (group && view) {
      const [gx, gy] = toScreen(view, [group.x, group.y]);
      let best: PlacedMarker | undefined;
      for (const marker of visible) {
        if (!marker.info.cities.some((city) => group.cities.has(city.id))) continue;
        if (!best || Math.hypot(marker.x - gx, marker.y - gy) < Math.hypot(best.x - gx, best.y - gy)) best = marker;
      }
      if (best) return best.info.key;
    }
    return defaultTabStop(visible, selected, size);
  }

  /** Hands the tab stop to a marker, for when it is shown. */
  rove(key: string): void {
    this.group = undefined;
    this.set('roving', key);
  }

  /** A group is opened: the tab stop stays on its marker, or goes to one of its cities' markers once it has split. */
  open(info: MarkerInfo): void {
    this.set('roving', info.key);
    this.group = { cities: new Set(info.cities.map((city) => city.id)), x: info.cluster.x, y: info.cluster.y };
  }

  /** Hands the tab stop to a marker and focuses it once rendered. */
  async focus(key: string | undefined): Promise<void> {
    if (!key) return;
    this.rove(key);
    await this.host.updateComplete;
    markerElement(this.host.renderRoot, key)?.focus({ preventScroll: true });
  }

  hostUpdate(): void {
    this.#hadFocus = Boolean(markerOf(this.activeElement()));
    this.#updating = true;
  }

  /** DOM only: the update took the focus from a marker; it is given back once the update is over (the focus events then update as usual). */
  hostUpdated(): void {
    this.#updating = false;
    if (!this.#hadFocus || this.activeElement()) return;
    this.#hadFocus = false;
    queueMicrotask(() => {
      if (this.activeElement() || !this.host.renderRoot.isConnected) return;
      const target =
        this.host.renderRoot.querySelector<HTMLElement>('[part~=marker][tabindex="0"]') ?? this.host.renderRoot.querySelector<HTMLElement>('[part~=map]');
      target?.focus({ preventScroll: true });
    });
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const marker = markerOf(event.target);
    const key = marker?.dataset['key'];
    this.set('focused', key);
    if (key && key !== this.roving) this.rove(key);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    // Rendering moved or removed the focused marker: hostUpdated gives the focus back.
    if (this.#updating || markerOf(event.relatedTarget)) return;
    this.set('focused', undefined);
  };

  /** The element in focus inside the widget, if any (null once the focused element was removed). */
  private activeElement(): Element | null {
    return (this.host.renderRoot as ShadowRoot).activeElement ?? null;
  }

  #rovingIn(shown: ReadonlyMap<string, MarkerInfo>): string | undefined {
    return this.roving && shown.has(this.roving) ? this.roving : undefined;
  }

  /** Changes what the host renders: like a Lit state, an update only when the value changes. */
  private set(name: 'focused' | 'roving', key: string | undefined): void {
    if (this[name] === key) return;
    this[name] = key;
    this.host.requestUpdate();
  }
}
