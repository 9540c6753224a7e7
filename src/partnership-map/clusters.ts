/**
 * Clustering of nearby cities, once per zoom level. Level 0 is the widest
 * view; each level multiplies the scale by √2. At every level, clusters closer than
 * RADIUS screen pixels are merged, so markers never overlap; a cluster of one
 * level is made of whole clusters of the level above, so zooming in only ever
 * splits a cluster. Cities that stay together at the last level lie at (almost)
 * the same place: such a cluster is a "place", which zooming cannot split.
 * Pure functions, no DOM.
 */
import { mapWork } from './work.js';

export interface ClusterPoint {
  id: string;
  x: number;
  y: number;
  /** Its importance: the heavier member names a cluster and keeps its key. */
  weight: number;
}

export interface Cluster {
  /** Stable across levels: the id of its heaviest city, so a marker keeps its identity while zooming. */
  key: string;
  /** Weighted centre, in base coordinates. */
  x: number;
  y: number;
  weight: number;
  /** City ids, the heaviest first. */
  members: string[];
  /** Clusters of the next level it is made of (empty at the last level). */
  children: Cluster[];
}

/** Screen distance in pixels under which markers merge (larger than the largest marker). */
export const CLUSTER_RADIUS = 34;
/** Scale (screen pixels per base unit) of level 0, the factor from one level to the next, and the number of levels. */
export const LEVEL_ZERO_SCALE = 0.25;
export const LEVEL_STEP = Math.SQRT2;
export const LEVELS = 17;

/** The scale at which a level begins. */
export function levelScale(level: number): number {
  return LEVEL_ZERO_SCALE * LEVEL_STEP ** level;
}

/**
 * The level for a scale. A level's clusters are at least RADIUS pixels apart
 * at any scale it covers (and less than RADIUS × √2 at its start).
 */
export function levelFor(scale: number): number {
  const level = Math.floor(Math.log(scale / LEVEL_ZERO_SCALE) / Math.log(LEVEL_STEP) + 1e-9);
  return Math.max(0, Math.min(LEVELS - 1, Number.isFinite(level) ? level : 0));
}

function heavierFirst(a: { weight: number; key: string }, b: { weight: number; key: string }): number {
  return b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Greedy clustering of `items` within `radius`, with a grid for the neighbour search. */
function clusterOnce(items: Cluster[], radius: number): Cluster[] {
  const grid = new Map<string, Cluster[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
  for (const item of items) {
    const key = cell(item.x, item.y);
    const list = grid.get(key);
    if (list) list.push(item);
    else grid.set(key, [item]);
  }
  const taken = new Set<Cluster>();
  const out: Cluster[] = [];
  for (const seed of [...items].sort(heavierFirst)) {
    if (taken.has(seed)) continue;
    taken.add(seed);
    const children = [seed];
    const cx = Math.floor(seed.x / radius);
    const cy = Math.floor(seed.y / radius);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (taken.has(other) || Math.hypot(other.x - seed.x, other.y - seed.y) > radius) continue;
          taken.add(other);
          children.push(other);
        }
      }
    }
    if (children.length === 1) {
      out.push(seed);
      continue;
    }
    const weight = children.reduce((sum, child) => sum + child.weight, 0);
    // Weights may be zero; then the plain centre.
    const w = (child: Cluster) => (weight > 0 ? child.weight / weight : 1 / children.length);
    out.push({
      key: seed.key,
      x: children.reduce((sum, child) => sum + child.x * w(child), 0),
      y: children.reduce((sum, child) => sum + child.y * w(child), 0),
      weight,
      members: children.flatMap((child) => child.members),
      children,
    });
  }
  return out;
}

export class ClusterIndex {
  private readonly levels: Cluster[][] = [];
  private readonly byCity: Map<string, Cluster>[] = [];

  constructor(points: readonly ClusterPoint[]) {
    mapWork.clusterIndexes++;
    let items: Cluster[] = points.map((point) => ({ key: point.id, x: point.x, y: point.y, weight: point.weight, members: [point.id], children: [] }));
    // From the last level down: each level clusters the clusters of the one above.
    for (let level = LEVELS - 1; level >= 0; level--) {
      items = clusterOnce(items, CLUSTER_RADIUS / levelScale(level));
      this.levels[level] = items;
    }
    for (let level = 0; level < LEVELS; level++) {
      const map = new Map<string, Cluster>();
      for (const cluster of this.levels[level]) for (const id of cluster.members) map.set(id, cluster);
      this.byCity[level] = map;
    }
  }

  /** The clusters (and single cities) of a level. */
  at(level: number): readonly Cluster[] {
    return this.levels[Math.max(0, Math.min(LEVELS - 1, level))];
  }

  /** The cluster a city belongs to at a level. */
  clusterOf(cityId: string, level: number): Cluster | undefined {
    return this.byCity[Math.max(0, Math.min(LEVELS - 1, level))].get(cityId);
  }

  /**
   * The first level above `level` at which the cluster falls apart into
   * several markers; undefined when it never does (a place).
   */
  splitLevel(cluster: Cluster, level: number): number | undefined {
    let current: Cluster | undefined = cluster;
    for (let next = level + 1; next < LEVELS && current; next++) {
      const found: Cluster | undefined = this.byCity[next].get(current.key);
      if (!found) return undefined;
      if (found.members.length < cluster.members.length) return next;
      current = found;
    }
    return undefined;
  }
}
