/**
 * Names on the map: countries at small scales, the selected city and its partners,
 * and, space permitting, groups and other markers. Placed greedily by priority
 * (selected, partners, countries, larger groups, heavier cities), each label where
 * its box overlaps no label placed before it (and, but for the selected city and its
 * partners, no marker).
 *
 * A layout holds for a whole zoom level: a label is a box of fixed pixel size at an
 * offset from a point in base coordinates, and two boxes are kept apart at every scale
 * the level covers (the overlap test solves for the scale), so panning and zooming
 * within a level only move the labels. Text widths come from one canvas measureText
 * per text and font, not from the page's layout. Pure but for the measuring; the
 * element lays out once per level, selection, language and geometry (a memo), and
 * renders the labels in view into an SVG the pointer and assistive technology ignore
 * (markers carry the names).
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { City } from '../feed/schema.js';
import { levelScale } from './clusters.js';
import type { MarkerInfo } from './markers.js';
import type { FilteredMap } from './model.js';
import { project as europe } from './projection.js';
import { andMore, cityName, countryLabel } from './texts.js';
import type { Size, View } from './view.js';
import { mapWork } from './work.js';

export type LabelKind = 'selected' | 'partner' | 'country' | 'group' | 'city';

export interface Label {
  kind: LabelKind;
  text: string;
  /** The point it belongs to, in base coordinates. */
  x: number;
  y: number;
  /** Where its text starts (left edge, vertical middle), in pixels from the point. */
  dx: number;
  dy: number;
  width: number;
}

/** Font size of the labels in pixels (as in the styles), and the height of a label's box. */
export const LABEL_FONT_SIZE = 12;
const LINE = Math.ceil(LABEL_FONT_SIZE * 1.35);
/** Space kept free around a label's text, in pixels. */
const PAD = 3;
/** The width of the shortest name worth trying (pixels). */
const SHORTEST = 16;
/** Where a country's name may stand near its point: shifts in widths of the name across and lines up or down, nearest first. */
const COUNTRY_SPOTS: [number, number][] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-0.5, 0],
  [0.5, 0],
  [0, -2],
  [0, 2],
  [-0.5, -1.5],
  [0.5, -1.5],
  [-0.5, 1.5],
  [0.5, 1.5],
  [0, -3],
  [0, 3],
];
/** Country names are shown up to this zoom level. */
export const COUNTRY_LEVELS = 10;
/** A country is named when its largest part is at least this share of its name's width across. */
const COUNTRY_FIT = 0.9;
/** The most labels one level gets (a deep level of a big feed has thousands of markers; only those near the view are seen). */
const MOST_LABELS = 2000;

export type Project = (lon: number, lat: number) => [number, number] | undefined;

/** Where a country is named: points inside its largest part (in longitude, latitude), and that part. */
interface CountryPoint {
  code: string;
  /** The centre of its largest part first; for a long country, also a point in each band of BAND degrees of longitude. */
  points: [number, number][];
  part: Polygon;
  /** Its area (square degrees, roughly): larger countries are named first. */
  area: number;
}

/** Long countries (Russia) get a label point per band of this many degrees, so that a view of one end still names them. */
const BAND = 25;

/** A ring whose longitudes never jump by more than 180° from one point to the next (one that crosses the antimeridian: Alaska, Chukotka). */
function unwrapped(ring: Position[]): Position[] {
  if (ring.every(([lon], i) => i === 0 || Math.abs(lon - ring[i - 1][0]) <= 180)) return ring;
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    let x = lon;
    const previous = out.length ? out[out.length - 1][0] : lon;
    while (x - previous > 180) x -= 360;
    while (x - previous < -180) x += 360;
    out.push([x, lat]);
  }
  return out;
}

/**
 * Area and centre of a ring, flat in longitude × latitude with longitudes shrunk by the
 * cosine of its middle latitude: enough to choose a country's largest part and a point to
 * name it at, and much less work than d3-geo's spherical geoArea and geoCentroid over the
 * whole atlas (about 80 ms when a map is first shown).
 */
function ringShape(ring: readonly Position[]): { area: number; centre: [number, number] } {
  let south = Infinity;
  let north = -Infinity;
  for (const [, lat] of ring) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = [ring[j][0] * k, ring[j][1]];
    const [x1, y1] = [ring[i][0] * k, ring[i][1]];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, centre: [ring[0][0], ring[0][1]] } : { area: Math.abs(area), centre: [cx / (6 * area) / k, cy / (6 * area)] };
}

/** Whether a point lies inside a ring (even–odd rule, flat in longitude × latitude). */
function insideRing(ring: readonly Position[], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The middle of the widest stretch of a ring along a parallel (for a ring whose centre lies outside it: Croatia, Norway). */
function acrossAt(ring: readonly Position[], lat: number): [number, number] {
  const crossings: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat) crossings.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] = [ring[0][0], ring[0][1]];
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    if (crossings[i + 1] - crossings[i] > widest) {
      widest = crossings[i + 1] - crossings[i];
      best = [(crossings[i] + crossings[i + 1]) / 2, lat];
    }
  }
  return best;
}

/** Points inside a ring to name it at: its centre if inside, and for a long one a point per band of longitude. */
function labelPoints(ring: readonly Position[], centre: [number, number]): [number, number][] {
  let west = Infinity;
  let east = -Infinity;
  for (const [lon] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  const points: [number, number][] = [insideRing(ring, centre) ? centre : acrossAt(ring, centre[1])];
  for (let middle = west + BAND / 2; east - west > BAND && middle < east; middle += BAND) {
    let south = Infinity;
    let north = -Infinity;
    for (const [lon, lat] of ring) {
      if (Math.abs(lon - middle) > BAND / 2) continue;
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    const point: [number, number] = [middle, (south + north) / 2];
    if (north > south && insideRing(ring, point)) points.push(point);
  }
  return points;
}

const countryPoints = new WeakMap<ReadonlyMap<string, GeoPermissibleObjects>, CountryPoint[]>();

/** The label points of each country, once per geometry: the centre of its largest part (and points along a long one). */
export function countryPointsOf(countries: ReadonlyMap<string, GeoPermissibleObjects>): CountryPoint[] {
  let found = countryPoints.get(countries);
  if (found) return found;
  found = [];
  for (const [code, shape] of countries) {
    const geometry = (shape as Feature).geometry as Polygon | MultiPolygon | undefined;
    if (!geometry) continue;
    const parts: Polygon[] =
      geometry.type === 'Polygon'
        ? [geometry]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
          : [];
    let best: { part: Polygon; area: number; centre: [number, number] } | undefined;
    for (const part of parts) {
      const ring = unwrapped(part.coordinates[0]);
      const { area, centre } = ringShape(ring);
      if (!best || area > best.area) best = { part: { type: 'Polygon', coordinates: [ring] }, area, centre };
    }
    if (best) found.push({ code, points: labelPoints(best.part.coordinates[0], best.centre), part: best.part, area: best.area });
  }
  found.sort((a, b) => b.area - a.area);
  countryPoints.set(countries, found);
  return found;
}

/** How wide a country's largest part is in base units (its outer ring, projected), once per projection. */
const widths = new WeakMap<CountryPoint, Map<Project, number>>();
function baseWidth(country: CountryPoint, project: Project): number {
  let byProjection = widths.get(country);
  if (!byProjection) widths.set(country, (byProjection = new Map()));
  let width = byProjection.get(project);
  if (width === undefined) {
    let min = Infinity;
    let max = -Infinity;
    for (const position of country.part.coordinates[0] as Position[]) {
      const point = project(position[0], position[1]);
      if (!point) continue;
      min = Math.min(min, point[0]);
      max = Math.max(max, point[0]);
    }
    width = max > min ? max - min : 0;
    byProjection.set(project, width);
  }
  return width;
}

// ---- measuring ------------------------------------------------------------------------------

let context: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, number>();

/** The width of a text in pixels: one measureText per text and font; an estimate where there is no canvas. */
export function textWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    if (context === undefined) {
      try {
        context = document.createElement('canvas').getContext('2d');
      } catch {
        context = null;
      }
    }
    if (context) {
      context.font = font;
      width = context.measureText(text).width;
    }
    // Wide enough for most fonts: an average letter is about half the font size.
    if (!width || !Number.isFinite(width)) width = text.length * LABEL_FONT_SIZE * 0.62;
    if (measured.size > 20_000) measured.clear();
    measured.set(key, width);
  }
  return width;
}

// ---- placing --------------------------------------------------------------------------------

interface Box {
  x: number;
  y: number;
  /** Edges in pixels from the point. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two boxes overlap at some scale in [s0, s1]: each edge condition is linear in the scale. */
export function overlapsIn(a: Box, b: Box, s0: number, s1: number): boolean {
  // a.x·s + a.left < b.x·s + b.right, and so on: k·s < c, each narrowing the scales [lo, hi].
  const range = { lo: s0, hi: s1 };
  return (
    narrow(range, a.x - b.x, b.right - a.left) &&
    narrow(range, b.x - a.x, a.right - b.left) &&
    narrow(range, a.y - b.y, b.bottom - a.top) &&
    narrow(range, b.y - a.y, a.bottom - b.top)
  );
}

/** Narrows `range` to the scales s where k·s < c; false once none is left. */
function narrow(range: { lo: number; hi: number }, k: number, c: number): boolean {
  if (k > 0) range.hi = Math.min(range.hi, c / k - 1e-9 * (1 + Math.abs(c / k)));
  else if (k < 0) range.lo = Math.max(range.lo, c / k + 1e-9 * (1 + Math.abs(c / k)));
  else if (c <= 0) return false;
  return range.lo <= range.hi;
}

/** Boxes already placed, found through a grid in base coordinates (each box in the cells it sweeps over the scales). */
class Placed {
  private readonly cells = new Map<number, Box[]>();
  private readonly size: number;

  constructor(
    private readonly s0: number,
    private readonly s1: number,
  ) {
    this.size = 96 / s0;
  }

  private range(box: Box): [number, number, number, number] {
    const { s0, s1, size } = this;
    const x0 = Math.floor((box.x + Math.min(box.left / s0, box.left / s1)) / size);
    const x1 = Math.floor((box.x + Math.max(box.right / s0, box.right / s1)) / size);
    const y0 = Math.floor((box.y + Math.min(box.top / s0, box.top / s1)) / size);
    const y1 = Math.floor((box.y + Math.max(box.bottom / s0, box.bottom / s1)) / size);
    return [x0, x1, y0, y1];
  }

  free(box: Box): boolean {
    const [x0, x1, y0, y1] = this.range(box);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (const other of this.cells.get(cellKey(cx, cy)) ?? []) if (overlapsIn(box, other, this.s0, this.s1)) return false;
      }
    }
    return true;
  }

  add(box: Box): void {
    const [x0, x1, y0, y1] = this.range(box);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }
}

function cellKey(cx: number, cy: number): number {
  return (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
}

export interface LabelInput {
  markers: ReadonlyMap<string, MarkerInfo>;
  selected: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  /** The countries of the geometry, once it is loaded; none above COUNTRY_LEVELS. */
  countries?: ReadonlyMap<string, GeoPermissibleObjects>;
  /** How the map projects a place (the map of Europe and Russia unless given). */
  project?: Project;
  language: string;
  level: number;
  /** The scales the layout must hold for (the level's). */
  scales: [number, number];
  /** The font family of the labels (the page's). */
  fontFamily: string;
}

/**
 * The scales a level's layout holds for: from the level's start to the next level's; beyond
 * them (wider than level 0, deeper than the last) down or up to `scale`.
 */
export function labelScales(level: number, scale: number): [number, number] {
  return [Math.min(levelScale(level), scale), Math.max(levelScale(level + 1), scale)];
}

/** The selected cities and their partners (of the selected partnership only, when one is). */
export function selectionOf(
  filtered: FilteredMap,
  selection: { cities: readonly string[]; partnership?: string } | undefined,
): { selected: Set<string>; partners: Set<string> } {
  const selected = new Set(selection?.cities ?? []);
  const partners = new Set<string>();
  for (const id of selected) {
    for (const entry of filtered.cities.get(id)?.partnerships ?? []) {
      if (selection?.partnership && entry.partnership.id !== selection.partnership) continue;
      for (const city of entry.cities) if (!selected.has(city.id)) partners.add(city.id);
    }
  }
  return { selected, partners };
}

/** What a marker's label says: its city, or the first of its cities and "…" ("Essen …", "Эссен…"). */
function markerText(cities: readonly City[], language: string): string {
  const first = cityName(cities[0], language);
  return cities.length > 1 ? andMore(first, language) : first;
}

/** The labels of one zoom level. */
export function layoutLabels(input: LabelInput): Label[] {
  mapWork.labelLayouts++;
  const project = input.project ?? europe;
  const [s0, s1] = input.scales;
  const placed = new Placed(s0, s1);
  const labels: Label[] = [];
  const cityFont = `600 ${LABEL_FONT_SIZE}px ${input.fontFamily}`;
  const countryFont = `${LABEL_FONT_SIZE}px ${input.fontFamily}`;
  const half = LINE / 2;

  // Markers are in the way of other labels (not of the selected city's and its partners').
  const markerBoxes = new Placed(s0, s1);
  for (const info of input.markers.values()) {
    const r = info.diameter / 2 + 2;
    markerBoxes.add({ x: info.cluster.x, y: info.cluster.y, left: -r, right: r, top: -r, bottom: r });
  }

  /**
   * Where a label of `width` may stand beside a marker, outside its outline (the selected one's ring is wider),
   * and whether it must keep clear of other markers there: right, left, above, below, clear of markers. The
   * selected city's and its partners' inwards first (left of those east of their middle), over a marker rather
   * than outwards, so that the view fitted to them keeps their names inside.
   */
  const spotsFor = (info: MarkerInfo, kind: LabelKind, width: number): [number, number, boolean][] => {
    const r = info.diameter / 2 + (kind === 'selected' || kind === 'partner' ? 7 : 4);
    const right: [number, number] = [r, 0];
    const left: [number, number] = [-r - width, 0];
    const above: [number, number] = [-width / 2, -r - half];
    const below: [number, number] = [-width / 2, r + half];
    if (kind === 'city' || kind === 'group') return [right, left, above, below].map(([dx, dy]) => [dx, dy, true]);
    const [inward, outward] = info.cluster.x > middle ? [left, right] : [right, left];
    const near = [inward, above, below];
    return [
      ...near.map(([dx, dy]): [number, number, boolean] => [dx, dy, true]),
      ...near.map(([dx, dy]): [number, number, boolean] => [dx, dy, false]),
      [...outward, true],
      [...outward, false],
    ];
  };
  const boxAt = (info: MarkerInfo, dx: number, dy: number, width: number): Box => ({
    x: info.cluster.x,
    y: info.cluster.y,
    left: dx - PAD,
    right: dx + width + PAD,
    top: dy - half,
    bottom: dy + half,
  });
  const fits = (info: MarkerInfo, dx: number, dy: number, width: number, avoidMarkers: boolean): boolean => {
    const box = boxAt(info, dx, dy, width);
    return placed.free(box) && (!avoidMarkers || markerBoxes.free(box));
  };

  const tryMarker = (info: MarkerInfo, kind: LabelKind, text: string): boolean => {
    // Where even a short name fits nowhere beside the marker (a dense area), the name is not measured.
    if (!spotsFor(info, kind, SHORTEST).some(([dx, dy, clear]) => fits(info, dx, dy, SHORTEST, clear))) return false;
    const width = textWidth(text, cityFont);
    for (const [dx, dy, clear] of spotsFor(info, kind, width)) {
      if (!fits(info, dx, dy, width, clear)) continue;
      placed.add(boxAt(info, dx, dy, width));
      labels.push({ kind, text, x: info.cluster.x, y: info.cluster.y, dx, dy, width });
      return true;
    }
    return false;
  };

  const selected: MarkerInfo[] = [];
  const partners: MarkerInfo[] = [];
  const groups: MarkerInfo[] = [];
  const others: MarkerInfo[] = [];
  for (const info of input.markers.values()) {
    if (info.kind !== 'cluster' && info.cities.some((city) => input.selected.has(city.id))) selected.push(info);
    else if (info.kind !== 'cluster' && info.cities.some((city) => input.partners.has(city.id))) partners.push(info);
    else (info.kind === 'cluster' ? groups : others).push(info);
  }
  const ends = [...selected, ...partners];
  const middle = ends.length ? (Math.min(...ends.map((info) => info.cluster.x)) + Math.max(...ends.map((info) => info.cluster.x))) / 2 : 0;
  for (const info of selected) tryMarker(info, 'selected', markerText(info.cities, input.language));
  for (const info of partners) tryMarker(info, 'partner', markerText(info.cities, input.language));

  if (input.countries && input.level <= COUNTRY_LEVELS) {
    for (const country of countryPointsOf(input.countries)) {
      const text = countryLabel(country.code, input.language);
      const width = textWidth(text, countryFont);
      if (baseWidth(country, project) * s0 < width * COUNTRY_FIT) continue;
      // A long country has several points: the view shows the one nearest its centre (renderLabels).
      for (const [lon, lat] of country.points) {
        const point = project(lon, lat);
        if (!point) continue;
        // At the point, else near it, clear of the markers.
        for (const [dx, dy] of COUNTRY_SPOTS) {
          const left = dx * width - width / 2;
          const box = { x: point[0], y: point[1], left: left - PAD, right: left + width + PAD, top: dy * LINE - half, bottom: dy * LINE + half };
          if (!placed.free(box) || !markerBoxes.free(box)) continue;
          placed.add(box);
          labels.push({ kind: 'country', text, x: point[0], y: point[1], dx: left, dy: dy * LINE, width });
          break;
        }
      }
    }
  }

  groups.sort((a, b) => b.cities.length - a.cities.length || b.partnerships - a.partnerships);
  others.sort((a, b) => b.partnerships - a.partnerships);
  for (const [list, kind] of [
    [groups, 'group'],
    [others, 'city'],
  ] as const) {
    for (const info of list) {
      if (labels.length >= MOST_LABELS) break;
      tryMarker(info, kind, markerText(info.cities, input.language));
    }
  }
  return labels;
}

/**
 * The labels in view, as SVG text; hidden from assistive technology and the pointer (the
 * markers carry the names). A country named at several points shows only the one nearest
 * the middle of the view.
 */
export function renderLabels(labels: readonly Label[], view: View, size: Size): TemplateResult | typeof nothing {
  if (labels.length === 0) return nothing;
  const shown: { label: Label; x: number; y: number }[] = [];
  const countries = new Map<string, { label: Label; x: number; y: number; distance: number }>();
  for (const label of labels) {
    const x = label.x * view.scale + view.x + label.dx;
    const y = label.y * view.scale + view.y + label.dy;
    // Cut by the edge: only the selected city's and its partners' names (the others would be clipped words).
    const inside = x >= 0 && x + label.width <= size.width && y - LINE / 2 >= 0 && y + LINE / 2 <= size.height;
    const outside = x > size.width || x + label.width < 0 || y - LINE > size.height || y + LINE < 0;
    if (outside || (!inside && label.kind !== 'selected' && label.kind !== 'partner')) continue;
    if (label.kind !== 'country') {
      shown.push({ label, x, y });
      continue;
    }
    const distance = Math.hypot(x + label.width / 2 - size.width / 2, y - size.height / 2);
    const other = countries.get(label.text);
    if (!other || distance < other.distance) countries.set(label.text, { label, x, y, distance });
  }
  return html`<svg class="labels" aria-hidden="true" width=${size.width} height=${size.height}>
    ${[...countries.values(), ...shown].map(({ label, x, y }) => svg`<text class=${label.kind} x=${Math.round(x)} y=${Math.round(y)}>${label.text}</text>`)}
  </svg>`;
}
