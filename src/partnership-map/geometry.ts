/**
 * The land and borders under the markers. The geometry (atlas.topo.ts, built by
 * scripts/build-geometry.mjs) ships inside the package and is imported only
 * when a map is first shown, once per page: no outside request, works offline.
 * A feed with cities beyond Europe and Russia is drawn on the coarse world
 * geometry (world.topo.ts) instead, imported only for such a feed. The code that
 * draws them (geo-drawing.ts, with d3-geo and topojson-client) comes with them.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { BASE_WIDTH, EUROPE, frameHeight, type MapProjection } from './projection.js';
import { GEOMETRY_MARGIN, type Size, type View } from './view.js';

/** The drawing module (geo-drawing.ts), loaded with the geometry. */
export type GeoDrawing = typeof import('./geo-drawing.js');

export interface MapGeometry {
  topology: Topology;
  /** Every country, merged: the land. */
  land: GeoPermissibleObjects;
  /** Borders between countries (each drawn once). */
  borders: GeoPermissibleObjects;
  /** Each country by its ISO code, for tinting the countries of the feed. */
  countries: Map<string, GeoPermissibleObjects>;
  /** What draws it (and the great circles of maps beyond Europe). */
  drawing: GeoDrawing;
}

export interface GeometryPaths {
  land: string;
  highlighted: string;
  borders: string;
  /** What lies beyond the globe's outline (maps of the world); empty on the map of Europe and Russia. */
  beyond: string;
}

const loading = new Map<'europe' | 'world', Promise<MapGeometry>>();

/** Loads the geometry for a projection once per page, with the code that draws it: Europe and Russia in detail, or the coarse world. */
export function loadGeometry(kind: MapProjection['kind'] = 'europe'): Promise<MapGeometry> {
  const key = kind === 'europe' ? 'europe' : 'world';
  let loaded = loading.get(key);
  if (loaded) return loaded;
  loaded = Promise.all([
    key === 'europe' ? import('./atlas.topo.js').then((module) => module.atlas) : import('./world.topo.js').then((module) => module.world),
    import('./geo-drawing.js'),
  ]).then(([topology, drawing]) => ({ ...drawing.decode(topology), drawing }));
  loaded.catch(() => {
    // A failed import (the chunk missing on a server) is tried again next time.
    loading.delete(key);
  });
  loading.set(key, loaded);
  return loaded;
}

/**
 * The geometry a view is drawn with: on a map of a region or the world, the detailed geometry of
 * Europe and Russia once the whole view lies where it reaches (zoomed in on Germany, say), else
 * the coarse world; on the map of Europe and Russia always the detailed one.
 */
export function geometryFor(map: MapProjection, view: View, size: Size): 'europe' | 'world' {
  if (map.kind === 'europe') return 'europe';
  // The screen's edges, five points each way: the detailed geometry reaches GEOMETRY_MARGIN beyond its frame.
  for (let i = 0; i <= 4; i++) {
    for (let j = 0; j <= 4; j++) {
      if (i % 4 !== 0 && j % 4 !== 0) continue;
      const place = map.invert(((size.width * i) / 4 - view.x) / view.scale, ((size.height * j) / 4 - view.y) / view.scale);
      const point = place ? EUROPE.project(place[0], place[1]) : undefined;
      if (!point) return 'world';
      const [x, y] = point;
      if (x < -GEOMETRY_MARGIN || x > BASE_WIDTH + GEOMETRY_MARGIN || y < -GEOMETRY_MARGIN || y > frameHeight() + GEOMETRY_MARGIN) return 'world';
    }
  }
  return 'europe';
}

/** Path data in base coordinates: land, the given countries, borders, drawn once and moved by each view (geo-drawing.ts). */
export function geometryPaths(geometry: MapGeometry, highlight: readonly string[], map: MapProjection = EUROPE): GeometryPaths {
  return geometry.drawing.geometryPaths(geometry, highlight, map);
}
