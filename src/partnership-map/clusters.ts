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

/** The children of every single city: one empty list, not one per city and index. */
const NO_CHILDREN: Node[] = Object.freeze([]) as unknown as Node[];

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

/*
 * One level's clustering is split into small functions, a loop or two each. As one function, V8
 * optimised it while its first loop ran (on-stack replacement), then threw that code away at the
 * first statement after the loop, which had not run yet: over and over as the whole feed's index
 * was built, so that a search's index, built next, ran unoptimised code (most of a keystroke's
 * clustering on a page that had just loaded).
 */

/** Each item's grid cell at a level (cells `radius` wide): column and row, two numbers per item. */
function cellsOf(items: readonly Node[], radius: number): Float64Array {
  const cells = new Float64Array(items.length * 2);
  for (let index = 0; index < items.length; index++) {
    cells[2 * index] = Math.floor(items[index].x / radius);
    cells[2 * index + 1] = Math.floor(items[index].y / radius);
  }
  return cells;
}

/**
 * How a level's cells are numbered (cellKey): as small whole numbers (no allocation in the grid's
 * Map) where its cells span fewer than 2^30 (`width` > 0), else so that any cell within ±2^20 has
 * its own number (`width` 0).
 */
interface CellNumbering {
  x0: number;
  y0: number;
  width: number;
}

function cellNumbering(cells: Float64Array): CellNumbering {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < cells.length; i += 2) {
    x0 = Math.min(x0, cells[i]);
    x1 = Math.max(x1, cells[i]);
    y0 = Math.min(y0, cells[i + 1]);
    y1 = Math.max(y1, cells[i + 1]);
  }
  // One cell of margin on each side: the neighbours of every cell keep distinct numbers.
  const width = x1 - x0 + 3;
  return { x0, y0, width: width * (y1 - y0 + 3) < 2 ** 30 ? width : 0 };
}

/** A grid cell as one number. */
function cellKey(numbering: CellNumbering, cx: number, cy: number): number {
  const { x0, y0, width } = numbering;
  return width > 0 ? (cy - y0 + 1) * width + (cx - x0 + 1) : (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
}

/**
 * The grid for the neighbour search: per cell the first item in it, then each item the next in
 * its cell, in the items' order (linked lists in typed arrays: a cell array per item and level
 * was most of the work at deep levels).
 */
interface Grid {
  numbering: CellNumbering;
  first: Map<number, number>;
  next: Int32Array;
}

function gridOf(cells: Float64Array): Grid {
  const numbering = cellNumbering(cells);
  const first = new Map<number, number>();
  const next = new Int32Array(cells.length / 2).fill(-1);
  for (let index = next.length - 1; index >= 0; index--) {
    const key = cellKey(numbering, cells[2 * index], cells[2 * index + 1]);
    next[index] = first.get(key) ?? -1;
    first.set(key, index);
  }
  return { numbering, first, next };
}

/** The largest weight when every weight is a whole number, as the map's are (partnership counts); else -1. */
function largestWholeWeight(items: readonly Node[]): number {
  let most = 0;
  for (const item of items) {
    if (!(Number.isInteger(item.weight) && item.weight >= 0)) return -1;
    if (item.weight > most) most = item.weight;
  }
  return most;
}

/**
 * The items' indices, heaviest first, ties by rank, then by index (what a stable sort with
 * `heavierFirst` gives). Whole weights are sorted as one number each in a typed array, without a
 * comparison function (about ten times faster at 16,000 cities, and done at each of the 17
 * levels); any other weights with `heavierFirst`.
 */
function heaviestFirst(items: readonly Node[], ranks: number): Int32Array {
  const n = items.length;
  const most = largestWholeWeight(items);
  // (most − weight, rank, index) as one exact number below 2^53.
  if (most >= 0 && (most + 1) * ranks * n < 2 ** 52) return orderByKeys(items, most, ranks);
  return Int32Array.from(items.map((_, index) => index).sort((a, b) => heavierFirst(items[a], items[b])));
}

function orderByKeys(items: readonly Node[], most: number, ranks: number): Int32Array {
  const n = items.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((most - items[i].weight) * ranks + items[i].rank) * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i] % n;
  return order;
}

/** The centre of `items` weighted by their weights, which add up to `weight`; where that is 0, their plain centre. */
export function centreOf(items: readonly Pick<ClusterPoint, 'x' | 'y' | 'weight'>[], weight: number): [number, number] {
  let x = 0;
  let y = 0;
  for (const item of items) {
    const share = weight > 0 ? item.weight / weight : 1 / items.length;
    x += item.x * share;
    y += item.y * share;
  }
  return [x, y];
}

/** Several items as one cluster at `level`, at their weighted centre, under the seed's key. */
function merged(seed: Node, children: Node[], level: number): Node {
  let weight = 0;
  let size = 0;
  for (const child of children) {
    weight += child.weight;
    size += child.size;
  }
  const [x, y] = centreOf(children, weight);
  const cluster = new Node(seed.key, x, y, weight, size, children, level, seed.rank);
  for (const child of children) child.parent = cluster;
  return cluster;
}

/** Greedy clustering of `items` within `radius`, with a grid for the neighbour search; new clusters stand at `level`. */
function clusterOnce(items: Node[], radius: number, level: number, ranks: number): Node[] {
  const cells = cellsOf(items, radius);
  const grid = gridOf(cells);
  return greedy(items, cells, grid, heaviestFirst(items, ranks), radius, level);
}

/** Each item in `order` not taken yet takes the items within `radius` of it that are not taken yet. */
function greedy(items: Node[], cells: Float64Array, grid: Grid, order: Int32Array, radius: number, level: number): Node[] {
  const { numbering, first, next } = grid;
  const taken = new Uint8Array(items.length);
  const limit = radius * radius;
  const out: Node[] = [];
  for (let o = 0; o < order.length; o++) {
    const index = order[o];
    if (taken[index]) continue;
    taken[index] = 1;
    const seed = items[index];
    let children: Node[] | undefined;
    const cx = cells[2 * index];
    const cy = cells[2 * index + 1];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let other = first.get(cellKey(numbering, cx + dx, cy + dy)) ?? -1; other >= 0; other = next[other]) {
          if (taken[other]) continue;
          const item = items[other];
          const ox = item.x - seed.x;
          const oy = item.y - seed.y;
          if (ox * ox + oy * oy > limit) continue;
          taken[other] = 1;
          (children ??= [seed]).push(item);
        }
      }
    }
    out.push(children ? merged(seed, children, level) : seed);
  }
  return out;
}

/**
 * What the index is handed with its points, so that it sorts and looks up no ids: a filtered map
 * numbers its cities already (shared.ts). (test/support/map-reference.ts makes them for plain points.)
 */
export interface PointLookups {
  /** A city's place in the points by id. */
  find(id: string): number | undefined;
  /** Each point's rank in the string order of the ids of cities that include all the points' (a feed's): the tie-break of equal weights. */
  ranks: Int32Array;
  /** How many those cities are. */
  rankCount: number;
}

export class ClusterIndex {
  private readonly levels: Node[][] = [];
  /** Each city as a cluster of one, in the order of the points: the start of the walk to its cluster at any level. */
  private readonly cities: Node[];
  /** A city's place in the points, by id. */
  private readonly find: (id: string) => number | undefined;

  constructor(points: readonly ClusterPoint[], lookups: PointLookups) {
    mapWork.clusterIndexes++;
    mapWork.clusterPoints += points.length;
    const { ranks, rankCount } = lookups;
    let items = points.map((point, place) => new Node(point.id, point.x, point.y, point.weight, 1, NO_CHILDREN, LEVELS, ranks[place]));
    this.cities = items;
    this.find = lookups.find;
    // From the last level down: each level clusters the clusters of the one above.
    for (let level = LEVELS - 1; level >= 0; level--) {
      items = clusterOnce(items, CLUSTER_RADIUS / levelScale(level), level, rankCount);
      this.levels[level] = items;
    }
  }

  /** The clusters (and single cities) of a level. */
  at(level: number): readonly Cluster[] {
    return this.levels[clampLevel(level)];
  }

  /** The cluster a city belongs to at a level: up from the city through the clusters it joins (at most one per level, no table per level). */
  clusterOf(cityId: string, level: number): Cluster | undefined {
    const point = this.find(cityId);
    return point === undefined ? undefined : this.clusterOfPoint(point, level);
  }

  /** `clusterOf` for the city at this place in the points, without looking its id up (the arcs of a filtered map's level: shared.ts). */
  clusterOfPoint(point: number, level: number): Cluster | undefined {
    const at = clampLevel(level);
    let node: Node | undefined = this.cities[point];
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
