/**
 * A town's own page: the town of the `city` attribute, the selected city and their
 * partners are never hidden inside a cluster. `PinnedClusters` wraps the shared cluster
 * index of a filtered map: each pinned city is its own marker at every level (pinned
 * cities at one point make one place), and a cluster that held pinned cities stands for
 * the others only, at their weighted centre. Nothing is clustered again; a level is
 * worked out when first asked, from the pinned cities' clusters only. Pure, no DOM.
 */
import { centreOf, type Cluster, type ClusterPoint, type Clustering } from './clusters.js';
import type { FilteredMap } from './model.js';

/** More cities than this are not pinned (a selected city with hundreds of partners keeps them in groups). */
export const PINNED_MAX = 200;

class Pinned implements Cluster {
  readonly children: Cluster[] = [];
  constructor(
    readonly key: string,
    readonly x: number,
    readonly y: number,
    readonly weight: number,
    readonly members: readonly string[],
  ) {}
  get size(): number {
    return this.members.length;
  }
}

interface Level {
  clusters: Cluster[];
  /** A cluster of the shared index that held pinned cities → what stands for the rest (undefined: nothing). */
  rest: Map<Cluster, Cluster | undefined>;
}

export class PinnedClusters implements Clustering {
  /** The pinned cities' markers, by city id. */
  private readonly own = new Map<string, Pinned>();
  private readonly markers: Pinned[] = [];
  private readonly levels = new Map<number, Level>();

  constructor(
    private readonly base: Clustering,
    pinned: readonly ClusterPoint[],
    private readonly pointOf: (id: string) => ClusterPoint | undefined,
  ) {
    const byPlace = new Map<string, ClusterPoint[]>();
    for (const point of pinned) {
      const place = `${point.x}|${point.y}`;
      const list = byPlace.get(place);
      if (list) list.push(point);
      else byPlace.set(place, [point]);
    }
    for (const points of byPlace.values()) {
      points.sort(heavierFirst);
      const marker = new Pinned(
        points[0].id,
        points[0].x,
        points[0].y,
        points.reduce((sum, point) => sum + point.weight, 0),
        points.map((point) => point.id),
      );
      this.markers.push(marker);
      for (const point of points) this.own.set(point.id, marker);
    }
  }

  at(level: number): readonly Cluster[] {
    return this.level(level).clusters;
  }

  clusterOf(cityId: string, level: number): Cluster | undefined {
    const own = this.own.get(cityId);
    if (own) return own;
    const cluster = this.base.clusterOf(cityId, level);
    const { rest } = this.level(level);
    return cluster && rest.has(cluster) ? rest.get(cluster) : cluster;
  }

  splitLevel(cluster: Cluster, level: number): number | undefined {
    if (cluster instanceof Pinned) return undefined;
    return this.base.splitLevel(this.#originals.get(cluster) ?? cluster, level);
  }

  /** What a shortened cluster was in the shared index (to zoom until it splits). */
  readonly #originals = new WeakMap<Cluster, Cluster>();

  private level(level: number): Level {
    let found = this.levels.get(level);
    if (found) return found;
    const rest = new Map<Cluster, Cluster | undefined>();
    for (const id of this.own.keys()) {
      const cluster = this.base.clusterOf(id, level);
      if (cluster && !rest.has(cluster)) rest.set(cluster, this.#without(cluster));
    }
    const clusters: Cluster[] = [];
    for (const cluster of this.base.at(level)) {
      if (!rest.has(cluster)) clusters.push(cluster);
      else {
        const left = rest.get(cluster);
        if (left) clusters.push(left);
      }
    }
    clusters.push(...this.markers);
    found = { clusters, rest };
    this.levels.set(level, found);
    return found;
  }

  /** A cluster less its pinned cities: the others, at their weighted centre; keeps its key unless that city is pinned. */
  #without(cluster: Cluster): Cluster | undefined {
    const points = cluster.members.filter((id) => !this.own.has(id)).flatMap((id) => this.pointOf(id) ?? []);
    if (points.length === 0) return undefined;
    let weight = 0;
    for (const point of points) weight += point.weight;
    const [x, y] = centreOf(points, weight);
    const key = this.own.has(cluster.key) ? [...points].sort(heavierFirst)[0].id : cluster.key;
    const members = points.map((point) => point.id);
    // Not a pinned marker: it splits as the cluster it came from does.
    const shortened: Cluster = { key, x, y, weight, size: members.length, members, children: cluster.children };
    this.#originals.set(shortened, cluster);
    return shortened;
  }
}

function heavierFirst(a: ClusterPoint, b: ClusterPoint): number {
  return b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The cities to pin for `focus` (the town of the `city` attribute, the selected cities): they
 * and their partners on the filtered map; none of the partners when they would be more than
 * PINNED_MAX, none at all for a selected place of more cities than that.
 */
export function pinnedCities(cities: FilteredMap['cities'], focus: readonly string[]): string[] {
  const own = [...new Set(focus)].filter((id) => cities.has(id));
  if (own.length > PINNED_MAX) return [];
  const pinned = new Set(own);
  for (const id of own) {
    for (const entry of cities.get(id)!.partnerships) {
      for (const city of entry.cities) pinned.add(city.id);
      if (pinned.size > PINNED_MAX) return own;
    }
  }
  return [...pinned];
}
