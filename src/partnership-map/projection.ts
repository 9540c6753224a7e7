/**
 * The map's projection: Lambert conformal conic, centred on 55° E so that the
 * whole of Russia, Chukotka included, lies far from the cut at the antimeridian
 * of the rotated globe (125° W), and Europe keeps its familiar shape.
 *
 * "Base" coordinates: the frame below fitted to BASE_WIDTH units across, y
 * downwards. The view (zoom and pan) maps them to screen pixels.
 * scripts/build-geometry.mjs trims the world atlas with the same settings;
 * a test checks that the generated geometry was built with them.
 */
import { geoConicConformal, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

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
export function viewProjection(view: { scale: number; x: number; y: number }, width: number, height: number): GeoProjection {
  const projection = baseProjection();
  const [tx, ty] = projection.translate();
  return projection
    .scale(projection.scale() * view.scale)
    .translate([tx * view.scale + view.x, ty * view.scale + view.y])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
