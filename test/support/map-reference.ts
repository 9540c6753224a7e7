/**
 * The map's clustering, filtering and search as they were written before issue 12 made them
 * faster (clusters.ts, model.ts, search.ts at 9f0439f): plain and slow, kept only so that
 * test/partnership-map/equivalence.test.ts can check that the fast ones give the same answers.
 */
import type { ClusterPoint, PointLookups } from '../../src/partnership-map/clusters.js';
import { CLUSTER_RADIUS, LEVELS, levelScale } from '../../src/partnership-map/clusters.js';
import { yearBound, type MapFilters, type MapModel, type MapPartnership, type ShownCity } from '../../src/partnership-map/model.js';
import { allVersions } from '../../src/feed/text.js';
import { queryKeys, searchKeys } from '../../src/partnership-map/search-keys.js';

export interface ReferenceCluster {
  key: string;
  x: number;
  y: number;
  weight: number;
  size: number;
  children: ReferenceCluster[];
  level: number;
  rank: number;
  parent?: ReferenceCluster;
}

const heavierFirst = (a: ReferenceCluster, b: ReferenceCluster) => b.weight - a.weight || a.rank - b.rank;
const cellKey = (cx: number, cy: number) => (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);

function clusterOnce(items: ReferenceCluster[], radius: number, level: number): ReferenceCluster[] {
  const grid = new Map<number, number[]>();
  const cells = items.map((item, index) => {
    const cell = [Math.floor(item.x / radius), Math.floor(item.y / radius)];
    const key = cellKey(cell[0], cell[1]);
    const list = grid.get(key);
    if (list) list.push(index);
    else grid.set(key, [index]);
    return cell;
  });
  const order = items.map((_, index) => index).sort((a, b) => heavierFirst(items[a], items[b]));
  const taken = new Set<number>();
  const out: ReferenceCluster[] = [];
  for (const index of order) {
    if (taken.has(index)) continue;
    taken.add(index);
    const seed = items[index];
    const children = [seed];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of grid.get(cellKey(cells[index][0] + dx, cells[index][1] + dy)) ?? []) {
          if (taken.has(other)) continue;
          const item = items[other];
          const ox = item.x - seed.x;
          const oy = item.y - seed.y;
          if (ox * ox + oy * oy > radius * radius) continue;
          taken.add(other);
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
    const w = (child: ReferenceCluster) => (weight > 0 ? child.weight / weight : 1 / children.length);
    let x = 0;
    let y = 0;
    for (const child of children) {
      x += child.x * w(child);
      y += child.y * w(child);
    }
    const merged: ReferenceCluster = { key: seed.key, x, y, weight, size, children, level, rank: seed.rank };
    for (const child of children) child.parent = merged;
    out.push(merged);
  }
  return out;
}

/** The clusters of every level, and each city's cluster of one, as ClusterIndex built them. */
export function referenceClusters(points: readonly ClusterPoint[]): { levels: ReferenceCluster[][]; cities: Map<string, ReferenceCluster> } {
  const ranks = new Map([...new Set(points.map((point) => point.id))].sort().map((id, rank) => [id, rank]));
  let items: ReferenceCluster[] = points.map((point) => ({
    key: point.id,
    x: point.x,
    y: point.y,
    weight: point.weight,
    size: 1,
    children: [],
    level: LEVELS,
    rank: ranks.get(point.id)!,
  }));
  const cities = new Map(items.map((item) => [item.key, item]));
  const levels: ReferenceCluster[][] = [];
  for (let level = LEVELS - 1; level >= 0; level--) levels[level] = items = clusterOnce(items, CLUSTER_RADIUS / levelScale(level), level);
  return { levels, cities };
}

export function referenceMembers(cluster: ReferenceCluster): string[] {
  return cluster.children.length === 0 ? [cluster.key] : cluster.children.flatMap(referenceMembers);
}

export function referenceClusterOf(cities: Map<string, ReferenceCluster>, id: string, level: number): ReferenceCluster | undefined {
  let node = cities.get(id);
  while (node?.parent && node.parent.level >= level) node = node.parent;
  return node;
}

export function referenceSplitLevel(cluster: ReferenceCluster, level: number): number | undefined {
  if (cluster.children.length === 0) return undefined;
  const next = Math.max(level, cluster.level) + 1;
  return next < LEVELS ? next : undefined;
}

/** filterMap as it was: every city's keys compared with the query, every partnership's cities looked up by id. */
export function referenceFilter(
  model: MapModel,
  filters: MapFilters,
): { partnerships: MapPartnership[]; cities: Map<string, ShownCity>; undatedHidden: number } {
  const country = filters.country?.trim().toUpperCase() || undefined;
  const from = yearBound(filters.from);
  const to = yearBound(filters.to);
  const queries = queryKeys(filters.search ?? '');
  let found: Set<string> | undefined;
  if (queries.length) {
    found = new Set();
    for (const { city } of model.cities.values()) {
      const keys = allVersions(city.name)
        .flatMap(searchKeys)
        .map((key) => '|' + key)
        .join('');
      if (queries.some((query) => keys.includes('|' + query) || keys.includes(` ${query}`))) found.add(city.id);
    }
  }
  const partnerships: MapPartnership[] = [];
  const cities = new Map<string, ShownCity>();
  let undatedHidden = 0;
  for (const entry of model.partnerships) {
    const [first, second] = entry.cities;
    if (country && first.country !== country && second.country !== country) continue;
    if (from !== undefined && entry.since && entry.since.year < from) continue;
    if (to !== undefined && entry.since && entry.since.year > to) continue;
    if (found && !found.has(first.id) && !found.has(second.id)) continue;
    if (!entry.since && (from !== undefined || to !== undefined)) {
      undatedHidden++;
      continue;
    }
    partnerships.push(entry);
    for (const city of entry.cities) {
      let shown = cities.get(city.id);
      if (!shown) cities.set(city.id, (shown = { city, position: model.cities.get(city.id)!.position, partnerships: [] }));
      shown.partnerships.push(entry);
    }
  }
  return { partnerships, cities, undatedHidden };
}

/**
 * What a ClusterIndex of plain points is handed, worked out the plain way: the points' ids sorted
 * for the ranks, a Map of them for `find` (a filtered map hands the index its own, shared.ts).
 */
export function plainLookups(points: readonly ClusterPoint[]): PointLookups {
  const ids = [...new Set(points.map((point) => point.id))].sort();
  const rank = new Map(ids.map((id, at) => [id, at]));
  const places = new Map(points.map((point, place) => [point.id, place]));
  return { find: (id) => places.get(id), ranks: Int32Array.from(points, (point) => rank.get(point.id)!), rankCount: ids.length };
}
