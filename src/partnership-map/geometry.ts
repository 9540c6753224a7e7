/**
 * The land and borders under the markers. The geometry (atlas.topo.ts, built by
 * scripts/build-geometry.mjs) ships inside the package and is imported only
 * when a map is first shown, once per page: no outside request, works offline.
 * A feed with cities beyond Europe and Russia is drawn on the coarse world
 * geometry (world.topo.ts) instead, imported only for such a feed.
 */
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { BASE_WIDTH, EUROPE, frameHeight, viewProjection, type MapProjection } from './projection.js';
import { GEOMETRY_MARGIN, type Size, type View } from './view.js';
import { mapWork } from './work.js';

export interface MapGeometry {
  topology: Topology;
  /** Every country, merged: the land. */
  land: GeoPermissibleObjects;
  /** Borders between countries (each drawn once). */
  borders: GeoPermissibleObjects;
  /** Each country by its ISO code, for tinting the countries of the feed. */
  countries: Map<string, GeoPermissibleObjects>;
}

export interface GeometryPaths {
  land: string;
  highlighted: string;
  borders: string;
  /** What lies beyond the globe's outline (maps of the world); empty on the map of Europe and Russia. */
  beyond: string;
}

const loading = new Map<'europe' | 'world', Promise<MapGeometry>>();

/** Loads the geometry for a projection once per page: Europe and Russia in detail, or the coarse world. */
export function loadGeometry(kind: MapProjection['kind'] = 'europe'): Promise<MapGeometry> {
  const key = kind === 'europe' ? 'europe' : 'world';
  let loaded = loading.get(key);
  if (loaded) return loaded;
  loaded = (key === 'europe' ? import('./atlas.topo.js').then((module) => module.atlas) : import('./world.topo.js').then((module) => module.world)).then(
    decode,
  );
  loaded.catch(() => {
    // A failed import (the chunk missing on a server) is tried again next time.
    loading.delete(key);
  });
  loading.set(key, loaded);
  return loaded;
}

function decode(atlas: Topology): MapGeometry {
  const object = atlas.objects['countries'] as GeometryCollection;
  const countries = new Map<string, GeoPermissibleObjects>();
  for (const geometry of object.geometries) {
    if (geometry.id !== undefined) countries.set(String(geometry.id), feature(atlas, geometry) as GeoPermissibleObjects);
  }
  return {
    topology: atlas,
    // Merged and meshed by scripts/build-geometry.mjs: topojson-client's merge and mesh
    // walk plain objects with for…in and break on a page that extends Object.prototype.
    land: feature(atlas, atlas.objects['land'] as GeometryObject) as GeoPermissibleObjects,
    borders: feature(atlas, atlas.objects['borders'] as GeometryObject) as GeoPermissibleObjects,
    countries,
  };
}

/**
 * The geometry a view is drawn with: on a map of a region or the world, the detailed geometry of
 * Europe and Russia once the whole view lies where it reaches (zoomed in on Germany, say), else
 * the coarse world; on the map of Europe and Russia always the detailed one.
 */
export function geometryFor(map: MapProjection, view: View, size: Size): 'europe' | 'world' {
  if (map.kind === 'europe') return 'europe';
  const projection = viewProjection(view, size.width, size.height, map);
  // The screen's edges, five points each way: the detailed geometry reaches GEOMETRY_MARGIN beyond its frame.
  for (let i = 0; i <= 4; i++) {
    for (let j = 0; j <= 4; j++) {
      if (i % 4 !== 0 && j % 4 !== 0) continue;
      const place = projection.invert?.([(size.width * i) / 4, (size.height * j) / 4]);
      const point = place && Number.isFinite(place[0]) && Number.isFinite(place[1]) ? EUROPE.project(place[0], place[1]) : undefined;
      if (!point) return 'world';
      const [x, y] = point;
      if (x < -GEOMETRY_MARGIN || x > BASE_WIDTH + GEOMETRY_MARGIN || y < -GEOMETRY_MARGIN || y > frameHeight() + GEOMETRY_MARGIN) return 'world';
    }
  }
  return 'europe';
}

/** Path data for a view: land, the given countries, borders; each cut at the edge of the map. */
export function geometryPaths(geometry: MapGeometry, view: View, size: Size, highlight: readonly string[], map: MapProjection = EUROPE): GeometryPaths {
  mapWork.geometryDrawings++;
  // One pixel inside the box, so that no drawn point lies outside the map.
  const projection = viewProjection(view, size.width, size.height, map).clipExtent([
    [1, 1],
    [size.width - 1, size.height - 1],
  ]);
  const path = geoPath(projection).digits(1);
  const highlighted = highlight
    .map((code) => geometry.countries.get(code))
    .filter((country): country is GeoPermissibleObjects => country !== undefined)
    .map((country) => path(country) ?? '')
    .join('');
  // Around the globe's outline (the whole world has one, not a frame), the page's plain surface.
  const beyond = map.kind === 'europe' ? '' : `M0 0H${size.width}V${size.height}H0Z${path({ type: 'Sphere' }) ?? ''}`;
  return { land: path(geometry.land) ?? '', highlighted, borders: path(geometry.borders) ?? '', beyond };
}
