/**
 * The map's projections, chosen from the extent of a feed's cities
 * (projectionFor): a feed within Europe and Russia is drawn with the Lambert
 * conformal conic below, centred on 55° E so that the whole of Russia, Chukotka
 * included, lies far from the cut at the antimeridian of the rotated globe
 * (125° W), and Europe keeps its familiar shape; a wider one with a Lambert
 * azimuthal equal-area projection centred on its cities; one that spans much
 * of the globe with Equal Earth, its cut in the widest gap between the cities.
 *
 * "Base" coordinates: the frame below fitted to BASE_WIDTH units across, y
 * downwards. The view (zoom and pan) maps them to screen pixels.
 * scripts/build-geometry.mjs trims the world atlas with the same settings;
 * a test checks that the generated geometry was built with them.
 */
import { geoAzimuthalEqualArea, geoConicConformal, geoDistance, geoEqualEarth, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

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

const FRAME: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: PROJECTION_SETTINGS.frame };

/** The projection fitted so that the frame spans x 0–1000, y 0–frameHeight. */
export function baseProjection(): GeoProjection {
  return geoConicConformal().rotate([-PROJECTION_SETTINGS.centralMeridian, 0]).parallels(PROJECTION_SETTINGS.parallels).fitWidth(BASE_WIDTH, FRAME);
}

let shared: { projection: GeoProjection; height: number } | undefined;

function base(): { projection: GeoProjection; height: number } {
  if (!shared) {
    const projection = baseProjection();
    const ys = PROJECTION_SETTINGS.frame.map((point) => projection(point)?.[1] ?? 0);
    // fitWidth puts the frame's top edge at y = 0.
    shared = { projection, height: Math.max(...ys) };
  }
  return shared;
}

/** Height of the frame in base units (its width is BASE_WIDTH). */
export function frameHeight(): number {
  return base().height;
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
  /** A new projection to base coordinates (one to change for a view). */
  create(): GeoProjection;
}

/** A projection fitted once (`fit`), then made again with the same scale and offset for each view, without fitting again. */
function fitted(kind: MapProjection['kind'], make: () => GeoProjection, fit: (projection: GeoProjection) => GeoProjection): MapProjection {
  const projection = fit(make());
  const [scale, translate] = [projection.scale(), projection.translate()];
  const create = () => make().scale(scale).translate(translate);
  const finite = (point: [number, number] | null | undefined): [number, number] | undefined =>
    point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? [point[0], point[1]] : undefined;
  return { kind, create, project: (lon, lat) => finite(projection([lon, lat])), invert: (x, y) => finite(projection.invert!([x, y])) };
}

/** Today's map of Europe and Russia. */
export const EUROPE: MapProjection = {
  kind: 'europe',
  project: (lon, lat) => project(lon, lat),
  invert: (x, y) => base().projection.invert!([x, y]) ?? undefined,
  create: baseProjection,
};

/** Beyond this angle from their centre (degrees), a feed's cities are drawn on a map of the world. */
const REGION_RADIUS = 75;
/** The central meridian of a world map whose cities leave no wide gap in longitude. */
const WORLD_MERIDIAN = 10;
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
 * The projection for a feed's places (longitude, latitude): the map of Europe and
 * Russia when they all lie in its frame, else a regional or a world projection
 * centred on them.
 */
export function projectionFor(places: readonly (readonly [number, number])[]): MapProjection {
  if (places.every(inEurope)) return EUROPE;
  const { middle, span } = longitudes(places);
  // Cities all round the globe (no gap of 30°): the cut goes through the Pacific, Europe in the middle.
  const lon = span > 330 ? WORLD_MERIDIAN : middle;
  let [south, north] = [90, -90];
  for (const [, lat] of places) [south, north] = [Math.min(south, lat), Math.max(north, lat)];
  const centre: [number, number] = [lon, (south + north) / 2];
  // A loop, not Math.max(...): a feed may have more cities than a call may have arguments.
  let radius = 0;
  for (const place of places) radius = Math.max(radius, (geoDistance(centre, place as [number, number]) * 180) / Math.PI);
  const box: [[number, number], [number, number]] = [
    [0, 0],
    [BASE_WIDTH, frameHeight()],
  ];
  if (radius <= REGION_RADIUS) {
    return fitted(
      'region',
      () => geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]),
      (projection) =>
        projection.fitExtent(
          [
            [REGION_PADDING, REGION_PADDING],
            [BASE_WIDTH - REGION_PADDING, frameHeight() - REGION_PADDING],
          ],
          // At least a few degrees across, for cities at (almost) one place.
          {
            type: 'MultiPoint',
            coordinates: [...places.map(([x, y]) => [x, y]), [lon - 3, centre[1]], [lon + 3, centre[1]], [lon, centre[1] - 3], [lon, centre[1] + 3]],
          },
        ),
    );
  }
  return fitted(
    'world',
    () => geoEqualEarth().rotate([-lon, 0]),
    (projection) => projection.fitExtent(box, { type: 'Sphere' }),
  );
}

/**
 * Base coordinates of a place, or undefined where the projection has none
 * (close to the South Pole, which a conic projection of the north sends far off).
 */
export function project(lon: number, lat: number): [number, number] | undefined {
  const point = base().projection([lon, lat]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return undefined;
  // Far outside the frame (the other side of the globe): not on this map.
  const [x, y] = point;
  const limit = BASE_WIDTH * 4;
  return Math.abs(x) > limit || Math.abs(y) > limit ? undefined : [x, y];
}

/**
 * The projection for a view: base coordinates scaled by `scale` and shifted
 * by `[x, y]` screen pixels, clipped to a `width` × `height` box, so that
 * nothing drawn reaches outside the map.
 */
export function viewProjection(view: { scale: number; x: number; y: number }, width: number, height: number, map: MapProjection = EUROPE): GeoProjection {
  const projection = map.create();
  const [tx, ty] = projection.translate();
  return projection
    .scale(projection.scale() * view.scale)
    .translate([tx * view.scale + view.x, ty * view.scale + view.y])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
