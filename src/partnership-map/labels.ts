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
import { geoArea, geoCentroid, geoContains, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { City } from '../feed/schema.js';
import { levelScale } from './clusters.js';
import type { MarkerInfo } from './markers.js';
import type { FilteredMap } from './model.js';
import { project as europe } from './projection.js';
import { cityName, countryLabel } from './texts.js';
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
  /** Its area on the globe (steradians): larger countries are named first. */
  area: number;
}

/** Long countries (Russia) get a label point per band of this many degrees, so that a view of one end still names them. */
const BAND = 25;

function bandPoints(part: Polygon): [number, number][] {
  const ring = part.coordinates[0] as Position[];
  let west = Infinity;
  let east = -Infinity;
  for (const [lon] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  const points: [number, number][] = [];
  for (let centre = west + BAND / 2; east - west > BAND && centre < east; centre += BAND) {
    let south = Infinity;
    let north = -Infinity;
    for (const [lon, lat] of ring) {
      if (Math.abs(lon - centre) > BAND / 2) continue;
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    const point: [number, number] = [centre, (south + north) / 2];
    if (north > south && geoContains(part, point)) points.push(point);
  }
  return points;
}

const countryPoints = new WeakMap<ReadonlyMap<string, GeoPermissibleObjects>, CountryPoint[]>();

/** The label points of each country, once per geometry: d3-geo's centroid of its largest polygon (and points along a long one). */
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
    let best: { part: Polygon; area: number } | undefined;
    for (const part of parts) {
      const area = geoArea(part);
      if (!best || area > best.area) best = { part, area };
    }
    if (best) found.push({ code, points: [geoCentroid(best.part) as [number, number], ...bandPoints(best.part)], part: best.part, area: best.area });
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
  let lo = s0;
  let hi = s1;
  // a.x·s + a.left < b.x·s + b.right, and so on: k·s < c.
  const conditions: [number, number][] = [
    [a.x - b.x, b.right - a.left],
    [b.x - a.x, a.right - b.left],
    [a.y - b.y, b.bottom - a.top],
    [b.y - a.y, a.bottom - b.top],
  ];
  for (const [k, c] of conditions) {
    if (k > 0) hi = Math.min(hi, c / k - 1e-9 * (1 + Math.abs(c / k)));
    else if (k < 0) lo = Math.max(lo, c / k + 1e-9 * (1 + Math.abs(c / k)));
    else if (c <= 0) return false;
    if (lo > hi) return false;
  }
  return true;
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

/** What a marker's label says: its city, or the first of its cities and "…". */
function markerText(cities: readonly City[], language: string): string {
  const first = cityName(cities[0], language);
  return cities.length > 1 ? `${first} …` : first;
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

  const tryMarker = (info: MarkerInfo, kind: LabelKind, text: string, overMarkers: boolean): boolean => {
    const width = textWidth(text, cityFont);
    // Outside the marker's outline (the selected one has a wider ring).
    const r = info.diameter / 2 + (kind === 'selected' || kind === 'partner' ? 7 : 4);
    const spots: [number, number][] = [
      [r, 0],
      [-r - width, 0],
      [-width / 2, -r - half],
      [-width / 2, r + half],
    ];
    for (const avoidMarkers of overMarkers ? [true, false] : [true]) {
      for (const [dx, dy] of spots) {
        const box = { x: info.cluster.x, y: info.cluster.y, left: dx - PAD, right: dx + width + PAD, top: dy - half, bottom: dy + half };
        if (!placed.free(box) || (avoidMarkers && !markerBoxes.free(box))) continue;
        placed.add(box);
        labels.push({ kind, text, x: info.cluster.x, y: info.cluster.y, dx, dy, width });
        return true;
      }
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
  for (const info of selected) tryMarker(info, 'selected', markerText(info.cities, input.language), true);
  for (const info of partners) tryMarker(info, 'partner', markerText(info.cities, input.language), true);

  if (input.countries && input.level <= COUNTRY_LEVELS) {
    for (const country of countryPointsOf(input.countries)) {
      const text = countryLabel(country.code, input.language);
      const width = textWidth(text, countryFont);
      if (baseWidth(country, project) * s0 < width * COUNTRY_FIT) continue;
      // A long country has several points: the view shows the one nearest its centre (renderLabels).
      for (const [lon, lat] of country.points) {
        const point = project(lon, lat);
        if (!point) continue;
        const box = { x: point[0], y: point[1], left: -width / 2 - PAD, right: width / 2 + PAD, top: -half, bottom: half };
        if (!placed.free(box)) continue;
        placed.add(box);
        labels.push({ kind: 'country', text, x: point[0], y: point[1], dx: -width / 2, dy: 0, width });
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
      tryMarker(info, kind, markerText(info.cities, input.language), false);
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
    if (x > size.width || x + label.width < 0 || y - LINE > size.height || y + LINE < 0) continue;
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
