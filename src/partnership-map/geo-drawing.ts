/**
 * Drawing the land, the borders, the great circles (with d3-geo) and the names on the map, loaded with the geometry
 * (geometry.ts) and never in the map's first chunk: the markers are placed before, with the same
 * projections written in projection-math.ts. d3-geo's projection is made from a MapProjection's
 * spec (formula, rotation, scale) and moved so that it puts places where `project` does.
 */
import { geoAzimuthalEqualArea, geoConicConformal, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { GeoArcEnds } from './arcs.js';
import type { GeometryPaths, MapGeometry } from './geometry.js';
import { BASE_WIDTH, type MapProjection } from './projection.js';
import type { Size, View } from './view.js';
import { mapWork } from './work.js';

/** The names on the map come with the land: the markers carry the names, the labels follow them (labels.ts). */
export { labelScales, layoutLabels, renderLabels, selectionOf } from './labels.js';

/** The base translation of d3-geo's projection for each map projection, found once. */
const translations = new WeakMap<MapProjection['spec'], [number, number]>();

/** d3-geo's projection to base coordinates, the same as `map.project`. */
export function baseProjection(map: MapProjection): GeoProjection {
  const { raw, rotate, scale, at } = map.spec;
  const projection = (
    raw.type === 'conicConformal'
      ? geoConicConformal().parallels([...raw.parallels])
      : raw.type === 'azimuthalEqualArea'
        ? geoAzimuthalEqualArea()
        : geoEqualEarth()
  )
    .rotate(rotate)
    .scale(scale);
  let translate = translations.get(map.spec);
  if (!translate) {
    // The place at the projection's centre, where d3-geo puts it without translation and where `at` puts it.
    const centre: [number, number] = [-rotate[0], -rotate[1]];
    const [x, y] = projection.translate([0, 0])(centre)!;
    const [bx, by] = at(...centre);
    translations.set(map.spec, (translate = [bx - x, by - y]));
  }
  return projection.translate(translate);
}

/** The projection for a view: base coordinates scaled by `scale` and shifted by `[x, y]` screen pixels. */
function viewProjection(view: View, map: MapProjection): GeoProjection {
  const projection = baseProjection(map);
  const [tx, ty] = projection.translate();
  return projection.scale(projection.scale() * view.scale).translate([tx * view.scale + view.x, ty * view.scale + view.y]);
}

/** The countries, the land and the borders of a geometry module (atlas.topo.ts or world.topo.ts). */
export function decode(atlas: Topology): Omit<MapGeometry, 'drawing'> {
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

/** Beyond any view of the map, in base units: the edge of the surface drawn around a globe's outline. */
const FAR = 20 * BASE_WIDTH;

/** What is drawn of a geometry for a projection: land, borders, the globe's outline, and each country once it was highlighted. */
interface Drawn {
  path: ReturnType<typeof geoPath>;
  land: string;
  borders: string;
  beyond: string;
  countries: Map<string, string>;
}

const drawn = new WeakMap<Omit<MapGeometry, 'drawing'>, WeakMap<MapProjection['spec'], Drawn>>();

/**
 * Path data in base coordinates, drawn once per geometry and projection, and each highlighted
 * country once: a view shows them moved and scaled (an SVG transform), so that zooming, panning,
 * a search, a filter or a refit draws no land again. Resampled to a twentieth of a base unit
 * (about 3 px at the deepest zoom), with hundredths kept.
 */
export function geometryPaths(geometry: Omit<MapGeometry, 'drawing'>, highlight: readonly string[], map: MapProjection): GeometryPaths {
  let byProjection = drawn.get(geometry);
  if (!byProjection) drawn.set(geometry, (byProjection = new WeakMap()));
  let done = byProjection.get(map.spec);
  if (!done) {
    mapWork.geometryDrawings++;
    const path = geoPath(baseProjection(map).precision(0.05)).digits(2);
    // Around the globe's outline (the whole world has one, not a frame), the page's plain surface.
    const beyond = map.kind === 'europe' ? '' : `M${-FAR} ${-FAR}H${FAR}V${FAR}H${-FAR}Z${path({ type: 'Sphere' }) ?? ''}`;
    done = { path, land: path(geometry.land) ?? '', borders: path(geometry.borders) ?? '', beyond, countries: new Map() };
    byProjection.set(map.spec, done);
  }
  const { path, countries } = done;
  let highlighted = '';
  for (const code of highlight) {
    let d = countries.get(code);
    if (d === undefined) {
      const country = geometry.countries.get(code);
      countries.set(code, (d = country ? (path(country) ?? '') : ''));
    }
    highlighted += d;
  }
  return { land: done.land, highlighted, borders: done.borders, beyond: done.beyond };
}

/**
 * Path data of arcs along great circles, for maps beyond Europe: the view's projection
 * resamples each arc along its great circle, cuts it where it crosses the edge of the map
 * and at the projection's antimeridian, so that an arc across the Pacific leaves one edge
 * of a world map and comes back at the other instead of crossing the whole map.
 */
export function greatCirclePath(arcs: Iterable<GeoArcEnds>, map: MapProjection, view: View, size: Size): string {
  const coordinates: [number, number][][] = [];
  for (const { from, to } of arcs)
    coordinates.push([
      [from[0], from[1]],
      [to[0], to[1]],
    ]);
  if (!coordinates.length) return '';
  // Cut one pixel inside the map. Resampled to within 2 px of the great circle, not d3's
  // default 0.7 px: a line 1.25 px wide looks the same, and 3,000 long arcs take about half the time.
  const projection = viewProjection(view, map)
    .precision(2)
    .clipExtent([
      [1, 1],
      [size.width - 1, size.height - 1],
    ]);
  return geoPath(projection).digits(1)({ type: 'MultiLineString', coordinates }) ?? '';
}
