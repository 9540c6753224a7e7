/**
 * Work that every map on a page shares: maps that show the same feed with the
 * same filters get one cluster index, one set of markers and arcs per zoom
 * level, and maps of one size and view one drawing of the land. Fifty maps on a
 * page then cost about one map's computing and fifty maps' DOM. The results
 * are read-only; each is kept as long as what it was worked out from
 * (WeakMaps), drawings a few at a time.
 */
import { ClusterIndex, type ClusterPoint, type Clustering } from './clusters.js';
import { geometryPaths, type GeometryPaths, type MapGeometry } from './geometry.js';
import { linksOf, markersOf, type LevelArc, type LevelLinks, type MarkerInfo } from './markers.js';
import type { FilteredMap } from './model.js';
import { EUROPE, type MapProjection } from './projection.js';
import { PinnedClusters } from './pinned.js';

/** A filtered map's cluster index, with each city's point in it by the city's place in the map's `cities` (-1: none): its levels' arcs look no id up (linksAt). */
interface SharedIndex {
  index: ClusterIndex;
  pointAt: Int32Array;
}

const indexes = new WeakMap<FilteredMap, SharedIndex>();

/** The cluster index of the cities shown, built once per filtered map. */
export function clusterIndexOf(filtered: FilteredMap): ClusterIndex {
  let shared = indexes.get(filtered);
  if (!shared) {
    // The cities with a position.
    const points: ClusterPoint[] = [];
    const pointAt = new Int32Array(filtered.cities.size);
    let place = 0;
    for (const shown of filtered.cities.values()) {
      pointAt[place++] = shown.position ? points.length : -1;
      if (shown.position) points.push({ id: shown.city.id, x: shown.position[0], y: shown.position[1], weight: shown.partnerships.length });
    }
    const ranks = new Int32Array(points.length);
    for (let at = 0; at < pointAt.length; at++) if (pointAt[at] >= 0) ranks[pointAt[at]] = filtered.ranks[at];
    const find = (id: string): number | undefined => {
      const at = filtered.placeOf(id);
      return at === undefined || pointAt[at] < 0 ? undefined : pointAt[at];
    };
    shared = { index: new ClusterIndex(points, { find, ranks, rankCount: filtered.ranks.length }), pointAt };
    indexes.set(filtered, shared);
  }
  return shared.index;
}

/** Cluster indexes with pinned cities kept per shared index: a few selections back and forth. */
const PINNED_KEPT = 8;
const pinnedIndexes = new WeakMap<ClusterIndex, Map<string, PinnedClusters>>();

/**
 * The clusters of the cities shown with some cities kept out of every cluster (a town's own
 * page, the selected city and their partners; see pinned.ts), shared by the maps that pin the
 * same cities; the shared index when none are pinned.
 */
export function clusteringOf(filtered: FilteredMap, pinned: readonly string[] = []): Clustering {
  const index = clusterIndexOf(filtered);
  const pointOf = (id: string): ClusterPoint | undefined => {
    const shown = filtered.cities.get(id);
    return shown?.position && { id, x: shown.position[0], y: shown.position[1], weight: shown.partnerships.length };
  };
  const points = [...new Set(pinned)].flatMap((id) => pointOf(id) ?? []);
  if (points.length === 0) return index;
  let kept = pinnedIndexes.get(index);
  if (!kept) pinnedIndexes.set(index, (kept = new Map()));
  const key = points
    .map((point) => point.id)
    .sort()
    .join('\n');
  let found = kept.get(key);
  if (found) kept.delete(key);
  else {
    found = new PinnedClusters(index, points, pointOf);
    if (kept.size >= PINNED_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, found);
  return found;
}

const markers = new WeakMap<Clustering, Map<string, Map<string, MarkerInfo>>>();
const links = new WeakMap<Clustering, Map<number, LevelLinks>>();

/** The markers of a zoom level in a language. */
export function markersAt(index: Clustering, level: number, filtered: FilteredMap, language: string): Map<string, MarkerInfo> {
  let byLevel = markers.get(index);
  if (!byLevel) markers.set(index, (byLevel = new Map()));
  const key = `${level}|${language}`;
  let found = byLevel.get(key);
  if (!found) byLevel.set(key, (found = markersOf(index, level, filtered, language, linksAt(index, level, filtered))));
  return found;
}

/** The arcs of a zoom level and the partnerships within its markers, in any language. */
function linksAt(index: Clustering, level: number, filtered: FilteredMap): LevelLinks {
  let byLevel = links.get(index);
  if (!byLevel) links.set(index, (byLevel = new Map()));
  let found = byLevel.get(level);
  if (!found) {
    // The shared index of this filtered map (not one with pinned cities) looks each city's cluster up by its place.
    const shared = indexes.get(filtered);
    const clusterAt =
      shared?.index === index
        ? (place: number) => (shared.pointAt[place] < 0 ? undefined : shared.index.clusterOfPoint(shared.pointAt[place], level))
        : undefined;
    byLevel.set(level, (found = linksOf(index, level, filtered, clusterAt)));
  }
  return found;
}

/** The arcs between the markers of a zoom level. */
export function arcsAt(index: Clustering, level: number, filtered: FilteredMap): LevelArc[] {
  return linksAt(index, level, filtered).arcs;
}

/** Drawings kept per geometry and projection: a few sets of highlighted countries (a filter or a search changes them; each country is drawn once, geo-drawing.ts). */
const DRAWINGS_KEPT = 8;
const drawings = new WeakMap<MapGeometry, WeakMap<MapProjection, Map<string, GeometryPaths>>>();

/**
 * `geometryPaths`, drawn once per geometry, projection and set of highlighted countries (in any
 * order: a search that meets the same countries in another order gets the same drawing, so the
 * page's land is not drawn again), shared by the maps of a page whatever their view and size.
 */
export function drawingOf(geometry: MapGeometry, countries: readonly string[], projection: MapProjection = EUROPE): GeometryPaths {
  const highlight = [...countries].sort().join(',');
  let byProjection = drawings.get(geometry);
  if (!byProjection) drawings.set(geometry, (byProjection = new WeakMap()));
  let kept = byProjection.get(projection);
  if (!kept) byProjection.set(projection, (kept = new Map()));
  let paths = kept.get(highlight);
  if (paths) {
    kept.delete(highlight);
  } else {
    paths = geometryPaths(geometry, highlight ? highlight.split(',') : [], projection);
    if (kept.size >= DRAWINGS_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(highlight, paths);
  return paths;
}
