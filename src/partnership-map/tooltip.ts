/**
 * The tooltip of the marker under the pointer or in focus (name, country,
 * partnerships), as WCAG 1.4.13 asks of content shown on hover or focus:
 * - dismissible: Escape hides it without moving the pointer or the focus (until
 *   the pointer or the focus goes to another marker);
 * - hoverable: the pointer can move from the marker onto the tooltip, which
 *   reaches back to the marker (an invisible edge, no gap and no timer);
 * - persistent: it stays until the pointer leaves marker and tooltip, the
 *   focus leaves the marker, or Escape.
 * It is placed on the side of the marker (above, below, right or left) where it
 * covers the fewest other markers and stays inside the map.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatList } from '../i18n/format.js';
import { styleProperties } from '../shared/style-properties.js';
import { markerOf } from './map-keyboard.js';
import type { MarkerInfo, PlacedMarker } from './markers.js';
import { cityCount, cityName, countryLabel, partnershipCount, PLACE_NAMES_MAX, someNames } from './texts.js';
import type { Size } from './view.js';

/** Between the marker's edge and the tooltip, in pixels; the tooltip's invisible edge (CSS) spans it. */
export const TOOLTIP_GAP = 6;

export type TooltipSide = 'above' | 'below' | 'right' | 'left';
const SIDES: readonly TooltipSide[] = ['above', 'below', 'right', 'left'];

function tooltipOf(target: EventTarget | null): Element | null {
  return (target as Element | null)?.closest?.('[part~=tooltip]') ?? null;
}

export class TooltipController implements ReactiveController {
  /** The widget's text size in pixels, read before an update that shows a tooltip: its size is estimated in it. */
  em = 16;
  #hover?: string;
  /** Escape hid the tooltip shown for this pointer and focus; another marker under either shows it again. */
  #dismissed?: { hover?: string; focus?: string };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly focusKey: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** A style read (no layout), only when a tooltip shows: the page's or the reader's text size can change at any time. */
  hostUpdate(): void {
    if (this.key) this.em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.#onWindowKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#onWindowKey);
    this.#hover = undefined;
  }

  /** The marker whose tooltip shows. */
  get key(): string | undefined {
    const focus = this.focusKey();
    if (this.#dismissed && this.#dismissed.hover === this.#hover && this.#dismissed.focus === focus) return undefined;
    return this.#hover ?? focus;
  }

  /** Escape: hides the tooltip if one shows (true), leaving the pointer and the focus where they are. */
  dismiss(): boolean {
    if (!this.key) return false;
    this.#dismissed = { hover: this.#hover, focus: this.focusKey() };
    this.host.requestUpdate();
    return true;
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    if (tooltipOf(event.target)) return;
    const marker = markerOf(event.target);
    if (marker && event.pointerType !== 'touch') this.#setHover(marker.dataset['key']);
  };

  /** The pointer left a marker or the tooltip: the tooltip stays while it moves between the two. */
  readonly onPointerOut = (event: PointerEvent): void => {
    if (!this.#hover || (!markerOf(event.target) && !tooltipOf(event.target))) return;
    const to = event.relatedTarget;
    if (tooltipOf(to) || markerOf(to)?.dataset['key'] === this.#hover) return;
    // Onto another marker: its pointerover follows.
    this.#setHover(undefined);
  };

  /** Escape anywhere on the page while the pointer rests on a marker (the map's own keys come first). */
  readonly #onWindowKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented && this.#hover && this.dismiss()) event.preventDefault();
  };

  #setHover(key: string | undefined): void {
    if (this.#hover === key) return;
    this.#hover = key;
    // The pointer went elsewhere: a dismissed tooltip shows again when it comes back.
    this.#dismissed = undefined;
    this.host.requestUpdate();
  }
}

/**
 * The size a tooltip will take, estimated before it is drawn (no layout is read while rendering): for
 * choosing its side. In `em`, the widget's text size (the styles: at most 18em wide, text of 0.875em).
 */
function estimate(title: string, detail: string, size: Size, em: number): { width: number; height: number } {
  const longest = Math.max(title.length, detail.length) * 0.47 * em;
  // The width its text may take, and its lines (the title's one, and the longer text's).
  const room = Math.max(1, Math.min(18 * em, size.width * 0.8) - 1.25 * em);
  const lines = Math.max(1, Math.ceil(longest / room)) + 1;
  return { width: Math.min(room, longest) + 1.25 * em, height: 0.9 * em + lines * 1.2 * em };
}

/** Where the tooltip goes: the side covering the fewest other markers, inside the map; above when all are equal. */
export function tooltipSide(marker: PlacedMarker, visible: readonly PlacedMarker[], size: Size, box: { width: number; height: number }): TooltipSide {
  const offset = marker.info.diameter / 2 + TOOLTIP_GAP;
  const { x, y } = marker;
  let best: { side: TooltipSide; score: number } | undefined;
  for (const side of SIDES) {
    const left = side === 'right' ? x + offset : side === 'left' ? x - offset - box.width : x - box.width / 2;
    const top = side === 'below' ? y + offset : side === 'above' ? y - offset - box.height : y - box.height / 2;
    const right = left + box.width;
    const bottom = top + box.height;
    const outside = Math.max(0, -left) + Math.max(0, right - size.width) + Math.max(0, -top) + Math.max(0, bottom - size.height);
    let covered = 0;
    for (const other of visible) {
      if (other === marker) continue;
      const r = other.info.diameter / 2;
      if (other.x + r > left && other.x - r < right && other.y + r > top && other.y - r < bottom) covered++;
    }
    // Cut off by the map's edge is worse than covering a marker.
    const score = covered + (outside > 0 ? 1000 + outside : 0);
    if (!best || score < best.score) best = { side, score };
  }
  return best!.side;
}

/** How far (% of its size) the tooltip's box goes back from its point beside the marker, across and up. */
const SHIFTS: Record<TooltipSide, [number, number]> = { above: [50, 100], below: [50, 0], right: [0, 50], left: [100, 50] };

/** The tooltip of a marker in view (aria-hidden: the marker's accessible name says the same). */
export function renderTooltip(marker: PlacedMarker, visible: readonly PlacedMarker[], size: Size, language: string, em: number): TemplateResult {
  const { info, x, y } = marker;
  const [title, detail] = tooltipTexts(info, language);
  const side = tooltipSide(marker, visible, size, estimate(title, detail, size, em));
  const offset = info.diameter / 2 + TOOLTIP_GAP;
  const dx = side === 'right' ? offset : side === 'left' ? -offset : 0;
  const dy = side === 'below' ? offset : side === 'above' ? -offset : 0;
  const [sx, sy] = SHIFTS[side];
  // Kept inside the map, along the edge: on a narrow map no side may have room for it (its size was only estimated).
  const transform = `translate(clamp(0px,${Math.round(x + dx)}px - ${sx}%,${size.width}px - 100%),clamp(0px,${Math.round(y + dy)}px - ${sy}%,${size.height}px - 100%))`;
  return html`<div part="tooltip" class=${side} aria-hidden="true" ${styleProperties({ transform })}><strong>${title}</strong><span>${detail}</span></div>`;
}

function tooltipTexts(info: MarkerInfo, language: string): [string, string] {
  // A cluster, or a place of many cities, names only a few of them.
  const few = info.kind !== 'cluster' && info.cities.length <= PLACE_NAMES_MAX;
  const title = few
    ? formatList(
        info.cities.map((city) => cityName(city, language)),
        language,
      )
    : cityCount(info.cities.length, language);
  const detail = few
    ? `${[...new Set(info.cities.map((city) => countryLabel(city.country, language)))].join(', ')} · ${partnershipCount(info.partnerships, language)}`
    : `${someNames(info.cities, language)} · ${partnershipCount(info.partnerships, language)}`;
  return [title, detail];
}
