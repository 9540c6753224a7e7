/**
 * What the markers of one zoom level show: for each cluster its cities, the
 * number of partnerships it stands for, its kind (a city, several cities at one
 * place, or a cluster that splits when zoomed in), its country class and its
 * accessible name; and the arcs between the markers. Computed once per zoom
 * level (and filter, language and selection), not per frame.
 */
import type { City } from '../feed/schema.js';
import type { Cluster, Clustering } from './clusters.js';
import type { FilteredMap, MapPartnership } from './model.js';
import { numberFormat } from '../i18n/format.js';
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
  /** The number shown on the marker, if any, as the language writes it (as in its name): partnerships of a city, cities of a group. */
  readonly count?: string;
  readonly name: string;
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
  const country = cities[0]?.country;
  for (const city of cities) if (city.country !== country) return 'mixed';
  return country === 'DE' ? 'de' : country === 'RU' ? 'ru' : 'other';
}

/**
 * How the partnerships fall at one zoom level: one arc per pair of markers that have
 * partnerships between them, and per marker the number of partnerships within it (both
 * cities in it, so no arc). One pass over the partnerships, shared by the markers and the
 * arcs of the level.
 */
export interface LevelLinks {
  arcs: LevelArc[];
  within: Map<Cluster, number>;
}

/**
 * `clusterAt`, where given, is `index.clusterOf` for the city at a place in `filtered.cities`
 * (its order) at `level`, without looking its id up: a search keystroke's arcs looked up
 * thousands of ids, most of their cost on a page that had not run that code yet.
 */
export function linksOf(index: Clustering, level: number, filtered: FilteredMap, clusterAt?: (place: number) => Cluster | undefined): LevelLinks {
  mapWork.linkLevels++;
  const pairs = filtered.places;
  const ids = clusterAt ? undefined : [...filtered.cities.keys()];
  // Each city's cluster once (a city has many partnerships), the clusters numbered as first met:
  // the pairs of markers are then looked up by one number, not by two objects.
  const clusters: Cluster[] = [];
  const numbers = new Map<Cluster, number>();
  const clusterOf = new Int32Array(filtered.cities.size);
  for (let i = 0; i < clusterOf.length; i++) {
    const cluster = ids ? index.clusterOf(ids[i], level) : clusterAt!(i);
    let number = cluster ? numbers.get(cluster) : -1;
    if (number === undefined) {
      number = clusters.length;
      numbers.set(cluster!, number);
      clusters.push(cluster!);
    }
    clusterOf[i] = number;
  }
  const count = clusters.length;
  const inside = new Int32Array(count);
  const byPair = new Map<number, LevelArc>();
  const arcs: LevelArc[] = [];
  const { partnerships } = filtered;
  for (let i = 0; i < partnerships.length; i++) {
    const first = pairs[2 * i];
    const second = pairs[2 * i + 1];
    if (first < 0 || second < 0) continue;
    const a = clusterOf[first];
    const b = clusterOf[second];
    if (a < 0 || b < 0) continue;
    if (a === b) {
      inside[a]++;
      continue;
    }
    const pair = a < b ? a * count + b : b * count + a;
    const arc = byPair.get(pair);
    if (arc) arc.partnerships.push(partnerships[i]);
    else {
      const [from, to] = clusters[a].key < clusters[b].key ? [clusters[a], clusters[b]] : [clusters[b], clusters[a]];
      const created = { from, to, partnerships: [partnerships[i]] };
      byPair.set(pair, created);
      arcs.push(created);
    }
  }
  const within = new Map<Cluster, number>();
  for (let number = 0; number < count; number++) if (inside[number]) within.set(clusters[number], inside[number]);
  return { arcs, within };
}

export function markersOf(index: Clustering, level: number, filtered: FilteredMap, language: string, links: LevelLinks): Map<string, MarkerInfo> {
  mapWork.markerLevels++;
  const markers = new Map<string, MarkerInfo>();
  for (const cluster of index.at(level)) {
    const shown = cluster.members.map((id) => filtered.cities.get(id)).filter((city) => city !== undefined);
    const cities = shown.map((entry) => entry.city);
    // Every partnership is listed with both its cities; one within the marker is counted once.
    let partnerships = -(links.within.get(cluster) ?? 0);
    for (const entry of shown) partnerships += entry.partnerships.length;
    const kind: MarkerKind = cities.length === 1 ? 'city' : index.splitLevel(cluster, level) === undefined ? 'place' : 'cluster';
    const number = kind === 'city' ? (partnerships > 1 ? partnerships : undefined) : cities.length;
    let count: string | undefined;
    const grows = kind === 'city' ? partnerships : cities.length;
    let name: string | undefined;
    markers.set(cluster.key, {
      key: cluster.key,
      cluster,
      kind,
      cities,
      partnerships,
      countryClass: countryClassOf(cities),
      // Both worked out for the markers in view only: zoomed in, a level has thousands.
      get count() {
        return number === undefined ? undefined : (count ??= numberFormat({}, language).format(number));
      },
      get name() {
        if (name === undefined) {
          mapWork.markerNames++;
          name = kind === 'cluster' ? clusterName(cities, partnerships, language) : placeName(cities, partnerships, language);
        }
        return name;
      },
      diameter: Math.round(Math.min(38, 24 + 4 * Math.log2(Math.max(1, grows)))),
    });
  }
  return markers;
}
