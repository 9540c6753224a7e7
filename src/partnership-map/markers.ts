/**
 * What the markers of one zoom level show: for each cluster its cities, the
 * number of partnerships it stands for, its kind (a city, several cities at one
 * place, or a cluster that splits when zoomed in), its country class and its
 * accessible name; and the arcs between the markers. Computed once per zoom
 * level (and filter, language and selection), not per frame.
 */
import type { City } from '../feed/schema.js';
import type { Cluster, ClusterIndex } from './clusters.js';
import type { FilteredMap, MapPartnership } from './model.js';
import { clusterName, placeName } from './texts.js';
import { mapWork } from './work.js';

export type MarkerKind = 'city' | 'place' | 'cluster';

export interface MarkerInfo {
  key: string;
  cluster: Cluster;
  kind: MarkerKind;
  cities: City[];
  partnerships: number;
  /** `de`, `ru`, `other` (one other country) or `mixed`. */
  countryClass: string;
  /** The number shown on the marker, if any: partnerships of a city, cities of a group. */
  count?: number;
  name: string;
  /** Diameter in pixels: grows with the partnerships or cities it stands for. */
  diameter: number;
}

/** A marker inside the map, at its screen position. */
export interface PlacedMarker {
  info: MarkerInfo;
  x: number;
  y: number;
}

export interface LevelArc {
  from: Cluster;
  to: Cluster;
  partnerships: MapPartnership[];
}

function countryClassOf(cities: readonly City[]): string {
  const countries = new Set(cities.map((city) => city.country));
  if (countries.size > 1) return 'mixed';
  const [country] = countries;
  return country === 'DE' ? 'de' : country === 'RU' ? 'ru' : 'other';
}

export function markersOf(index: ClusterIndex, level: number, filtered: FilteredMap, language: string): Map<string, MarkerInfo> {
  mapWork.markerLevels++;
  const markers = new Map<string, MarkerInfo>();
  for (const cluster of index.at(level)) {
    const shown = cluster.members.map((id) => filtered.cities.get(id)).filter((city) => city !== undefined);
    const cities = shown.map((entry) => entry.city);
    const ids = new Set<string>();
    for (const entry of shown) for (const partnership of entry.partnerships) ids.add(partnership.partnership.id);
    const kind: MarkerKind = cities.length === 1 ? 'city' : index.splitLevel(cluster, level) === undefined ? 'place' : 'cluster';
    const count = kind === 'city' ? (ids.size > 1 ? ids.size : undefined) : cities.length;
    const grows = kind === 'city' ? ids.size : cities.length;
    markers.set(cluster.key, {
      key: cluster.key,
      cluster,
      kind,
      cities,
      partnerships: ids.size,
      countryClass: countryClassOf(cities),
      count,
      name: kind === 'cluster' ? clusterName(cities, ids.size, language) : placeName(cities, ids.size, language),
      diameter: Math.round(Math.min(38, 24 + 4 * Math.log2(Math.max(1, grows)))),
    });
  }
  return markers;
}

/** One arc per pair of markers that have partnerships between them; partnerships within one marker draw none. */
export function arcsOf(index: ClusterIndex, level: number, filtered: FilteredMap): LevelArc[] {
  const arcs = new Map<string, LevelArc>();
  for (const entry of filtered.partnerships) {
    const a = index.clusterOf(entry.cities[0].id, level);
    const b = index.clusterOf(entry.cities[1].id, level);
    if (!a || !b || a === b) continue;
    const [from, to] = a.key < b.key ? [a, b] : [b, a];
    const key = `${from.key}\u0000${to.key}`;
    const arc = arcs.get(key);
    if (arc) arc.partnerships.push(entry);
    else arcs.set(key, { from, to, partnerships: [entry] });
  }
  return [...arcs.values()];
}
