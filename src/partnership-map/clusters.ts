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
  /** How many cities it holds. */
  size: number;
  /** City ids, the heaviest first; worked out when first asked (a page shows one or two levels, not all 17). */
  readonly members: readonly string[];
  /** Clusters of the next level it is made of (empty for a single city). */
  children: Cluster[];
}

/**
 * A cluster as the index builds it. The same object stands at every level from the one
 * where its cities first came together (`level`) up to the one where it joins a larger
 * cluster: a level's clusters are mostly the ones of the level below, so the index holds
 * fewer than two objects per city, not one per city and level.
 */
class Node implements Cluster {
  private list?: string[];
  /** The cluster it joins, at that cluster's `level`; none where it stays itself up to level 0. */
  parent?: Node;

  constructor(
    readonly key: string,
    readonly x: number,
    readonly y: number,
    readonly weight: number,
    readonly size: number,
    readonly children: Node[],
    /** The deepest level it stands at (LEVELS for a single city, which never splits). */
    readonly level: number,
    /** Its key's place in the order of all keys: ties of weight are broken by key without comparing strings. */
    readonly rank: number,
  ) {}

  get members(): readonly string[] {
    if (!this.list) {
      const list: string[] = [];
      const collect = (node: Node): void => {
        if (node.children.length === 0) list.push(node.key);
        else for (const child of node.children) collect(child);
      };
      collect(this);
      mapWork.clusterMemberships += list.length;
      this.list = list;
    }
    return this.list;
  }
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

function heavierFirst(a: Node, b: Node): number {
  return b.weight - a.weight || a.rank - b.rank;
}

/** A grid cell as one number (a string key per item and level was a large part of the work). */
function cellKey(cx: number, cy: number): number {
  return (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
}

/** Greedy clustering of `items` within `radius`, with a grid for the neighbour search; new clusters stand at `level`. */
function clusterOnce(items: Node[], radius: number, level: number): Node[] {
  const grid = new Map<number, number[]>();
  const cells = new Float64Array(items.length * 2);
  items.forEach((item, index) => {
    const cx = Math.floor(item.x / radius);
    const cy = Math.floor(item.y / radius);
    cells[2 * index] = cx;
    cells[2 * index + 1] = cy;
    const key = cellKey(cx, cy);
    const list = grid.get(key);
    if (list) list.push(index);
    else grid.set(key, [index]);
  });
  const order = items.map((_, index) => index).sort((a, b) => heavierFirst(items[a], items[b]));
  const taken = new Uint8Array(items.length);
  const limit = radius * radius;
  const out: Node[] = [];
  for (const index of order) {
    if (taken[index]) continue;
    taken[index] = 1;
    const seed = items[index];
    const children = [seed];
    const cx = cells[2 * index];
    const cy = cells[2 * index + 1];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
          if (taken[other]) continue;
          const item = items[other];
          const ox = item.x - seed.x;
          const oy = item.y - seed.y;
          if (ox * ox + oy * oy > limit) continue;
          taken[other] = 1;
          children.push(item);
        }
      }
    }
    if (children.length === 1) {
      out.push(seed);
      continue;
    }
    let weight = 0;
    let size = 0;
    for (const child of children) {
      weight += child.weight;
      size += child.size;
    }
    // Weights may be zero; then the plain centre.
    const w = (child: Node) => (weight > 0 ? child.weight / weight : 1 / children.length);
    let x = 0;
    let y = 0;
    for (const child of children) {
      x += child.x * w(child);
      y += child.y * w(child);
    }
    const merged = new Node(seed.key, x, y, weight, size, children, level, seed.rank);
    for (const child of children) child.parent = merged;
    out.push(merged);
  }
  return out;
}

export class ClusterIndex {
  private readonly levels: Node[][] = [];
  /** Each city as a cluster of one, by id: the start of the walk to its cluster at any level. */
  private readonly cities = new Map<string, Node>();

  constructor(points: readonly ClusterPoint[]) {
    mapWork.clusterIndexes++;
    const ranks = new Map([...new Set(points.map((point) => point.id))].sort().map((id, rank) => [id, rank]));
    let items = points.map((point) => new Node(point.id, point.x, point.y, point.weight, 1, [], LEVELS, ranks.get(point.id)!));
    for (const item of items) this.cities.set(item.key, item);
    // From the last level down: each level clusters the clusters of the one above.
    for (let level = LEVELS - 1; level >= 0; level--) {
      items = clusterOnce(items, CLUSTER_RADIUS / levelScale(level), level);
      this.levels[level] = items;
    }
  }

  /** The clusters (and single cities) of a level. */
  at(level: number): readonly Cluster[] {
    return this.levels[clampLevel(level)];
  }

  /** The cluster a city belongs to at a level: up from the city through the clusters it joins (at most one per level, no table per level). */
  clusterOf(cityId: string, level: number): Cluster | undefined {
    const at = clampLevel(level);
    let node = this.cities.get(cityId);
    while (node?.parent && node.parent.level >= at) node = node.parent;
    return node;
  }

  /**
   * The first level above `level` at which the cluster falls apart into
   * several markers; undefined when it never does (a place).
   */
  splitLevel(cluster: Cluster, level: number): number | undefined {
    // A cluster stands unchanged down to the level where its cities came together; one level deeper it is its children.
    if (!(cluster instanceof Node) || cluster.children.length === 0) return undefined;
    const next = Math.max(level, cluster.level) + 1;
    return next < LEVELS ? next : undefined;
  }
}

/** What markers and arcs read from a cluster index: the shared one, or one with some cities pinned (pinned.ts). */
export type Clustering = Pick<ClusterIndex, 'at' | 'clusterOf' | 'splitLevel'>;

function clampLevel(level: number): number {
  return Math.max(0, Math.min(LEVELS - 1, level));
}
