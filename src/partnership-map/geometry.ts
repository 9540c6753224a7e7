/**
 * The land and borders under the markers. The geometry (atlas.topo.ts, built by
 * scripts/build-geometry.mjs) ships inside the package and is imported only
 * when a map is first shown, once per page: no outside request, works offline.
 */
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { viewProjection } from './projection.js';
import type { Size, View } from './view.js';
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
}

let loading: Promise<MapGeometry> | undefined;

/** Loads the geometry once per page. */
export function loadGeometry(): Promise<MapGeometry> {
  loading ??= import('./atlas.topo.js').then(({ atlas }) => {
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
  });
  loading.catch(() => {
    // A failed import (the chunk missing on a server) is tried again next time.
    loading = undefined;
  });
  return loading;
}

/** Path data for a view: land, the given countries, borders; each cut at the edge of the map. */
export function geometryPaths(geometry: MapGeometry, view: View, size: Size, highlight: readonly string[]): GeometryPaths {
  mapWork.geometryDrawings++;
  // One pixel inside the box, so that no drawn point lies outside the map.
  const projection = viewProjection(view, size.width, size.height).clipExtent([
    [1, 1],
    [size.width - 1, size.height - 1],
  ]);
  const path = geoPath(projection).digits(1);
  const highlighted = highlight
    .map((code) => geometry.countries.get(code))
    .filter((country): country is GeoPermissibleObjects => country !== undefined)
    .map((country) => path(country) ?? '')
    .join('');
  return { land: path(geometry.land) ?? '', highlighted, borders: path(geometry.borders) ?? '' };
}
