/**
 * How many arcs a view draws, and which: a dense national view (the Germany
 * view of thousands of partnerships) would otherwise be a tangle of thousands
 * of lines that nobody can read and that costs a long task to draw. Up to
 * MAX_DRAWN_ARCS arcs between the markers are drawn as they are. Above that,
 * with a city selected, only its arcs are drawn; without one, the arcs are
 * grouped: one line per pair of coarser groups (the clusters of a wider zoom
 * level, as few levels up as it takes), thicker for more partnerships. The
 * legend says which (arcModeNote). The geometry of an arc (curve, great
 * circle, antimeridian) is arcs.ts's; this decides what is drawn and keeps the
 * path data of the last view, so that the frames of a gesture (which show the
 * drawing moved, see zoom-pan.ts) draw nothing again.
 */
import { msg } from '../i18n/msg.js';
import type { Cluster, Clustering } from './clusters.js';
import type { LevelArc } from './markers.js';
import type { FilteredMap, MapPartnership } from './model.js';
import { arcsAt } from './shared.js';
import type { Size, View } from './view.js';
import { mapWork } from './work.js';

/** The most arcs a view draws. */
export const MAX_DRAWN_ARCS = 300;

/** `all`: every arc between the markers; `grouped`: one line per pair of groups; `selected`: only the selected city's arcs. */
export type ArcMode = 'all' | 'grouped' | 'selected';

/** Grouped lines by the partnerships they stand for: at least this many → this class (wider, see the styles). */
const WIDTHS: readonly [number, string][] = [
  [20, 'w4'],
  [5, 'w3'],
  [2, 'w2'],
  [1, 'w1'],
];

export interface ArcSet {
  /** `arcs`, and `dimmed`, `highlighted` or a width class (`w1`–`w4`). */
  className: string;
  arcs: readonly { from: Cluster; to: Cluster }[];
}

export interface ArcPlan {
  mode: ArcMode;
  sets: ArcSet[];
  /** How many arcs are drawn (at most MAX_DRAWN_ARCS). */
  drawn: number;
}

const heaviestFirst = (a: LevelArc, b: LevelArc) => b.partnerships.length - a.partnerships.length;

/** A rectangle in base coordinates: the part of the map in sight. */
export interface BaseBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The part of the map a view shows, in base coordinates, with a margin of half its size around. */
export function boxOf(view: View, size: Size): BaseBox {
  const [mx, my] = [size.width / 2, size.height / 2];
  return {
    x0: (-mx - view.x) / view.scale,
    y0: (-my - view.y) / view.scale,
    x1: (size.width + mx - view.x) / view.scale,
    y1: (size.height + my - view.y) / view.scale,
  };
}

const inside = (box: BaseBox, { x, y }: Cluster) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/**
 * The arcs a view at `level` draws, with the partnerships in `highlighted` stressed: of the arcs
 * with an end in sight (`box`), all when they are few; else the selected city's, or grouped.
 */
export function arcPlan(index: Clustering, level: number, filtered: FilteredMap, highlighted: ReadonlySet<MapPartnership>, box?: BaseBox): ArcPlan {
  const inSight = (list: LevelArc[]) => (box ? list.filter((arc) => inside(box, arc.from) || inside(box, arc.to)) : list);
  const arcs = inSight(arcsAt(index, level, filtered));
  const isHighlighted = (arc: LevelArc) => arc.partnerships.some((entry) => highlighted.has(entry));
  if (arcs.length <= MAX_DRAWN_ARCS) {
    if (!highlighted.size) return { mode: 'all', sets: [{ className: 'arcs', arcs }], drawn: arcs.length };
    const strong = arcs.filter(isHighlighted);
    return {
      mode: 'all',
      sets: [
        { className: 'arcs dimmed', arcs: arcs.filter((arc) => !isHighlighted(arc)) },
        { className: 'arcs highlighted', arcs: strong },
      ],
      drawn: arcs.length,
    };
  }
  if (highlighted.size) {
    // A place of many cities can be selected too: its heaviest arcs, at most MAX_DRAWN_ARCS.
    const strong = arcs.filter(isHighlighted).sort(heaviestFirst).slice(0, MAX_DRAWN_ARCS);
    return { mode: 'selected', sets: [{ className: 'arcs highlighted', arcs: strong }], drawn: strong.length };
  }
  let groups = arcs;
  for (let coarser = level - 1; coarser >= 0 && groups.length > MAX_DRAWN_ARCS; coarser--) groups = inSight(arcsAt(index, coarser, filtered));
  if (groups.length > MAX_DRAWN_ARCS) groups = [...groups].sort(heaviestFirst).slice(0, MAX_DRAWN_ARCS);
  const sets = WIDTHS.map(([, width]) => ({ className: `arcs grouped ${width}`, arcs: [] as LevelArc[] }));
  for (const arc of groups) sets[WIDTHS.findIndex(([least]) => arc.partnerships.length >= least)].arcs.push(arc);
  return { mode: 'grouped', sets: sets.filter((set) => set.arcs.length), drawn: groups.length };
}

/** What the legend says about the lines when not every arc is drawn. */
export function arcModeNote(mode: ArcMode): string | undefined {
  if (mode === 'grouped')
    return msg('Too many partnerships to draw each: one line per pair of areas, thicker for more. Select a city to see its own.', {
      desc: 'Map legend, dense map: arcs are grouped by area',
    });
  if (mode === 'selected')
    return msg('Too many partnerships to draw all: only those of the selected city are shown.', {
      desc: 'Map legend, dense map: only the arcs of the selected city are drawn',
    });
  return undefined;
}

export interface ArcDrawing {
  mode: ArcMode;
  paths: { className: string; d: string }[];
}

/**
 * The path data of a map's arcs, kept for the last view drawn: the same view, level and
 * selection (every frame of a gesture, see zoom-pan.ts) give the same drawing without
 * drawing again. One per map element.
 */
export class ArcDrawer {
  private last?: { key: readonly unknown[]; drawing: ArcDrawing };

  draw(
    index: Clustering,
    level: number,
    filtered: FilteredMap,
    highlighted: ReadonlySet<MapPartnership>,
    /** Stands for `highlighted` in the comparison with the last drawing (the selection it comes from). */
    selection: unknown,
    view: View,
    size: Size,
    /** The projection `path` draws with: a new one draws again. */
    projection: unknown,
    /** Path data of arcs in this view (arcs.ts). */
    path: (arcs: ArcSet['arcs']) => string,
  ): ArcDrawing {
    const key = [index, level, filtered, selection, view.scale, view.x, view.y, size.width, size.height, projection];
    if (this.last && this.last.key.every((value, i) => value === key[i])) return this.last.drawing;
    const plan = arcPlan(index, level, filtered, highlighted, boxOf(view, size));
    mapWork.arcDrawings++;
    mapWork.arcsDrawn += plan.drawn;
    const drawing = { mode: plan.mode, paths: plan.sets.map((set) => ({ className: set.className, d: path(set.arcs) })) };
    this.last = { key, drawing };
    return drawing;
  }
}
