/**
 * The map's projections, chosen from the extent of a feed's cities
 * (projectionFor): a feed within Europe and Russia is drawn with the Lambert
 * conformal conic below, centred on 55° E so that the whole of Russia, Chukotka
 * included, lies far from the cut at the antimeridian of the rotated globe
 * (125° W), and Europe keeps its familiar shape; a wider one with a Lambert
 * azimuthal equal-area projection centred on its cities; one that spans much
 * of the globe with Equal Earth, its cut in the widest gap between the cities (in the Pacific,
 * when there is no wide one).
 *
 * "Base" coordinates: the frame below fitted to BASE_WIDTH units across, y
 * downwards. The view (zoom and pan) maps them to screen pixels.
 * scripts/build-geometry.mjs trims the world atlas with the same settings;
 * a test checks that the generated geometry was built with them.
 */
import { angleBetween, RADIANS, rawOf, rotation, type Raw, type RawSpec } from './projection-math.js';

export const PROJECTION_SETTINGS = {
  centralMeridian: 55,
  parallels: [45, 65] as [number, number],
  /**
   * Places the map must show at its widest: Cabo da Roca, the North Cape, Franz
   * Josef Land, Cape Chelyuskin, Cape Dezhnev (169.7° W, written 190.3° E), the
   * Kuril Islands, the Caucasus and Crete.
   */
  frame: [
    [-9.5, 38.8],
    [25.8, 71.2],
    [58, 81.8],
    [104.3, 77.7],
    [190.3, 66.1],
    [156.5, 50.8],
    [131.9, 42.5],
    [45, 38.5],
    [24.5, 34.8],
  ] as [number, number][],
} as const;

export const BASE_WIDTH = 1000;

/** How a projection is made (its formula, rotation in degrees as d3-geo's `rotate`, and scale), for d3-geo to make the same one (geo-drawing.ts). */
export interface ProjectionSpec {
  raw: RawSpec;
  rotate: [number, number];
  scale: number;
  /** Base coordinates of a place, not limited to the map (where d3-geo's projection is aligned with this one). */
  at(lon: number, lat: number): [number, number];
}

/**
 * How a feed's cities are projected: `europe` with the detailed geometry of
 * Europe and Russia; `region` and `world` with the coarse world geometry.
 * Every projection puts its places in the same base frame, x 0–BASE_WIDTH,
 * y 0–frameHeight(), so fitting, zooming and clustering work alike.
 */
export interface MapProjection {
  kind: 'europe' | 'region' | 'world';
  /** Base coordinates of a place, or undefined where it has none. */
  project(lon: number, lat: number): [number, number] | undefined;
  /** Longitude and latitude of a point in base coordinates (a cluster's centre). */
  invert(x: number, y: number): [number, number] | undefined;
  spec: ProjectionSpec;
  /**
   * A world map's width along the equator in base units, from its cut at one edge to the other: how far
   * a place moves once round the globe (nearer the poles the globe is narrower; near enough to look across the cut).
   */
  period?: number;
}

type Box = [[number, number], [number, number]];

const finite = (point: [number, number]): [number, number] | undefined => (Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : undefined);

/** The extent of places in the plane of a formula, as d3-geo's bounds of a projection at scale 1: [x0, y0, x1, y1], y downwards. */
type PlaneBox = [number, number, number, number];

function boxOf(plane: (lon: number, lat: number) => [number, number], places: readonly (readonly [number, number])[]): PlaneBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of places) {
    const [x, y] = plane(lon, lat);
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, -y), Math.max(y1, -y)];
  }
  return [x0, y0, x1, y1];
}

/**
 * A projection fitted as d3-geo's fitExtent (or fitWidth, `extent` a width) does it: the extent
 * `boxIn` finds in the plane scaled into the box on the map and centred in it. Base coordinates are
 * x = dx + k·X, y = dy − k·Y of the formula's (X, Y), y upwards.
 */
function fitted(
  kind: MapProjection['kind'],
  raw: RawSpec,
  rotate: [number, number],
  boxIn: (plane: (lon: number, lat: number) => [number, number]) => PlaneBox,
  extent: Box | number,
): MapProjection {
  const formula: Raw = rawOf(raw);
  const turn = rotation(rotate);
  const plane = (lon: number, lat: number) => formula(...turn(lon * RADIANS, lat * RADIANS));
  const [x0, y0, x1, y1] = boxIn(plane);
  let k: number;
  let dx: number;
  let dy: number;
  if (typeof extent === 'number') {
    k = extent / (x1 - x0);
    [dx, dy] = [(extent - k * (x1 + x0)) / 2, -k * y0];
  } else {
    const [[left, top], [right, bottom]] = extent;
    const [width, height] = [right - left, bottom - top];
    k = Math.min(width / (x1 - x0), height / (y1 - y0));
    [dx, dy] = [left + (width - k * (x1 + x0)) / 2, top + (height - k * (y1 + y0)) / 2];
  }
  const at = (lon: number, lat: number): [number, number] => {
    const [x, y] = plane(lon, lat);
    return [dx + k * x, dy - k * y];
  };
  return {
    kind,
    spec: { raw, rotate, scale: k, at },
    project: (lon, lat) => finite(at(lon, lat)),
    invert: (x, y) => {
      const [lambda, phi] = turn.invert(...formula.invert((x - dx) / k, (dy - y) / k));
      return finite([lambda / RADIANS, phi / RADIANS]);
    },
  };
}

let conic: { map: MapProjection; height: number } | undefined;

/** The conic projection fitted so that the frame spans x 0–1000, y 0–frameHeight (as d3-geo's fitWidth). */
function base(): { map: MapProjection; height: number } {
  if (!conic) {
    const map = fitted(
      'europe',
      { type: 'conicConformal', parallels: PROJECTION_SETTINGS.parallels },
      [-PROJECTION_SETTINGS.centralMeridian, 0],
      (plane) => boxOf(plane, PROJECTION_SETTINGS.frame),
      BASE_WIDTH,
    );
    // The fit puts the frame's top edge at y = 0.
    conic = { map, height: Math.max(...PROJECTION_SETTINGS.frame.map(([lon, lat]) => map.spec.at(lon, lat)[1])) };
  }
  return conic;
}

/** Height of the frame in base units (its width is BASE_WIDTH). */
export function frameHeight(): number {
  return base().height;
}

/** Today's map of Europe and Russia. */
export const EUROPE: MapProjection = {
  kind: 'europe',
  project: (lon, lat) => project(lon, lat),
  invert: (x, y) => base().map.invert(x, y),
  get spec() {
    return base().map.spec;
  },
};

/** Beyond this angle from their centre (degrees), a feed's cities are drawn on a map of the world. */
const REGION_RADIUS = 75;
/** The central meridian of a world map whose cities leave no wide gap in longitude, before its cut is moved off them (worldMeridian). */
const WORLD_MERIDIAN = 10;
/** How far (degrees) a world map's cut may move from 170° W: its centre stays between 10° W and 30° E, Europe near the middle. */
const CUT_RANGE = 20;
/** Room around the cities of a regional map, in base units. */
const REGION_PADDING = 60;

/** Whether a place lies in the frame of the map of Europe and Russia. */
function inEurope([lon, lat]: readonly [number, number]): boolean {
  const point = lat >= 30 ? project(lon, lat) : undefined;
  return point !== undefined && point[0] >= 0 && point[0] <= BASE_WIDTH && point[1] >= 0 && point[1] <= frameHeight();
}

/**
 * The shortest range of longitudes that holds all the places (the widest gap between them left
 * out, which may span the antimeridian): its middle and its width, in degrees.
 */
function longitudes(places: readonly (readonly [number, number])[]): { middle: number; span: number } {
  const sorted = places.map(([lon]) => ((((lon + 180) % 360) + 360) % 360) - 180).sort((a, b) => a - b);
  // The gap across the antimeridian, from the easternmost place round to the westernmost.
  let gap = sorted[0] + 360 - sorted[sorted.length - 1];
  let west = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - 1] > gap) [gap, west] = [sorted[i] - sorted[i - 1], sorted[i]];
  }
  const span = 360 - gap;
  return { middle: ((((west + span / 2 + 180) % 360) + 360) % 360) - 180, span };
}

/**
 * The central meridian of a map of the world round which the cities leave no wide gap: opposite
 * the middle of the widest gap between them within CUT_RANGE of 170° W, so that the cut (the
 * map's edge) runs between the towns of the Pacific, not through Samoa or the Bering Strait
 * with neighbours drawn at either edge.
 */
function worldMeridian(places: readonly (readonly [number, number])[]): number {
  // Degrees east of the cut's westernmost point (170° E): both ends of the range, and the cities within it.
  const east = [0, 2 * CUT_RANGE];
  for (const [lon] of places) {
    const d = (((lon - WORLD_MERIDIAN - 180 + CUT_RANGE) % 360) + 360) % 360;
    if (d < 2 * CUT_RANGE) east.push(d);
  }
  east.sort((a, b) => a - b);
  let [gap, cut] = [-1, CUT_RANGE];
  for (let i = 1; i < east.length; i++) if (east[i] - east[i - 1] > gap) [gap, cut] = [east[i] - east[i - 1], (east[i] + east[i - 1]) / 2];
  return WORLD_MERIDIAN - CUT_RANGE + cut;
}

/**
 * The projection for a feed's places (longitude, latitude): the map of Europe and
 * Russia when they all lie in its frame, else a regional or a world projection
 * centred on them.
 */
export function projectionFor(places: readonly (readonly [number, number])[]): MapProjection {
  if (places.every(inEurope)) return EUROPE;
  const { middle, span } = longitudes(places);
  // Cities all round the globe (no gap of 30°): the cut goes through the Pacific, Europe in the middle.
  const lon = span > 330 ? worldMeridian(places) : middle;
  let [south, north] = [90, -90];
  for (const [, lat] of places) [south, north] = [Math.min(south, lat), Math.max(north, lat)];
  const centre: [number, number] = [lon, (south + north) / 2];
  // A loop, not Math.max(...): a feed may have more cities than a call may have arguments.
  let radius = 0;
  for (const place of places) radius = Math.max(radius, angleBetween(centre, place));
  if (radius <= REGION_RADIUS) {
    return fitted(
      'region',
      { type: 'azimuthalEqualArea' },
      [-centre[0], -centre[1]],
      // At least a few degrees across, for cities at (almost) one place.
      (plane) => boxOf(plane, [...places, [lon - 3, centre[1]], [lon + 3, centre[1]], [lon, centre[1] - 3], [lon, centre[1] + 3]]),
      [
        [REGION_PADDING, REGION_PADDING],
        [BASE_WIDTH - REGION_PADDING, frameHeight() - REGION_PADDING],
      ],
    );
  }
  // The whole globe: its outline reaches furthest along the equator at the cut (±180° from the
  // central meridian) and at the poles.
  const raw: RawSpec = { type: 'equalEarth' };
  const formula = rawOf(raw);
  const [halfWidth, halfHeight] = [formula(Math.PI, 0)[0], formula(0, Math.PI / 2)[1]];
  const world = fitted('world', raw, [-lon, 0], () => [-halfWidth, -halfHeight, halfWidth, halfHeight], [
    [0, 0],
    [BASE_WIDTH, frameHeight()],
  ]);
  world.period = 2 * halfWidth * world.spec.scale;
  return world;
}

/**
 * Base coordinates of a place, or undefined where the projection has none
 * (close to the South Pole, which a conic projection of the north sends far off).
 */
export function project(lon: number, lat: number): [number, number] | undefined {
  const point = base().map.project(lon, lat);
  if (!point) return undefined;
  // Far outside the frame (the other side of the globe): not on this map.
  const [x, y] = point;
  const limit = BASE_WIDTH * 4;
  return Math.abs(x) > limit || Math.abs(y) > limit ? undefined : [x, y];
}
