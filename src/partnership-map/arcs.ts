/**
 * The partnerships as arcs between markers: one arc per pair of markers at the
 * current zoom level (however many partnerships it stands for), drawn as SVG
 * path data in screen pixels and cut at the edge of the map, so that nothing
 * reaches outside it. All arcs of one kind go into one path. Pure functions:
 * the geometry of the arcs, whatever draws them (SVG path data here).
 */
import type { GeoDrawing } from './geometry.js';
import type { MapProjection } from './projection.js';
import { toScreen, type Size, type View } from './view.js';

export interface ArcEnds {
  from: readonly [number, number];
  to: readonly [number, number];
}

/** The control point: the arc bows northwards (up on the screen), by a fifth of its length. */
function control({ from: [x0, y0], to: [x1, y1] }: ArcEnds): [number, number] {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let nx = dy;
  let ny = -dx;
  if (ny > 0 || (ny === 0 && nx < 0)) {
    nx = -nx;
    ny = -ny;
  }
  return [(x0 + x1) / 2 + nx * 0.2, (y0 + y1) / 2 + ny * 0.2];
}

/** Liang–Barsky: the part of a segment inside the box, as parameters [t0, t1], or undefined. */
function clipSegment(x0: number, y0: number, x1: number, y1: number, width: number, height: number): [number, number] | undefined {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [
    [-dx, x0],
    [dx, width - x0],
    [-dy, y0],
    [dy, height - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return undefined;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return undefined;
      if (r < t1) t1 = r;
    }
  }
  return [t0, t1];
}

/** Path data of all arcs, clipped to a `width` × `height` box less `inset` pixels on each side. */
export function arcsPath(arcs: Iterable<ArcEnds>, width: number, height: number, inset = 1): string {
  const parts: string[] = [];
  // Work in a box from 0 to (width, height) shifted by the inset, and shift back when writing.
  const round = (value: number) => Math.round((value + inset) * 10) / 10;
  width -= 2 * inset;
  height -= 2 * inset;
  for (const arc of arcs) {
    const shifted: ArcEnds = { from: [arc.from[0] - inset, arc.from[1] - inset], to: [arc.to[0] - inset, arc.to[1] - inset] };
    const [cx, cy] = control(shifted);
    const [x0, y0] = shifted.from;
    const [x1, y1] = shifted.to;
    const minX = Math.min(x0, x1, cx);
    const maxX = Math.max(x0, x1, cx);
    const minY = Math.min(y0, y1, cy);
    const maxY = Math.max(y0, y1, cy);
    if (maxX < 0 || minX > width || maxY < 0 || minY > height) continue;
    if (minX >= 0 && maxX <= width && minY >= 0 && maxY <= height) {
      // The curve stays inside the triangle of its control points: no cut needed.
      parts.push(`M${round(x0)} ${round(y0)}Q${round(cx)} ${round(cy)} ${round(x1)} ${round(y1)}`);
      continue;
    }
    // Crossing the edge: as a polyline, cut segment by segment.
    const steps = Math.max(4, Math.min(48, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 24)));
    let open = false;
    let [px, py] = [x0, y0];
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const u = 1 - t;
      const qx = u * u * x0 + 2 * u * t * cx + t * t * x1;
      const qy = u * u * y0 + 2 * u * t * cy + t * t * y1;
      const cut = clipSegment(px, py, qx, qy, width, height);
      if (cut) {
        const [t0, t1] = cut;
        const sx = px + (qx - px) * t0;
        const sy = py + (qy - py) * t0;
        if (!open || t0 > 0) parts.push(`M${round(sx)} ${round(sy)}`);
        parts.push(`L${round(px + (qx - px) * t1)} ${round(py + (qy - py) * t1)}`);
        open = t1 === 1;
      } else {
        open = false;
      }
      [px, py] = [qx, qy];
    }
  }
  return parts.join('');
}

/** Ends of an arc as longitude and latitude. */
export interface GeoArcEnds {
  from: readonly [number, number];
  to: readonly [number, number];
}

/** A point in base coordinates (a marker's cluster). */
export interface BasePoint {
  readonly x: number;
  readonly y: number;
}

/** Longitude and latitude of cluster centres, worked out once per cluster (not on every frame). */
const lonLats = new WeakMap<BasePoint, [number, number] | null>();

function lonLatOf(point: BasePoint, map: MapProjection): [number, number] | undefined {
  let found = lonLats.get(point);
  if (found === undefined) lonLats.set(point, (found = map.invert(point.x, point.y) ?? null));
  return found ?? undefined;
}

/**
 * Path data of arcs between points in base coordinates, for a view: on the map of
 * Europe and Russia as curves that bow northwards (arcsPath); on maps of a region or
 * the world along great circles, never torn across the map at the antimeridian, drawn by
 * `drawing` (geo-drawing.ts, loaded with the geometry): none until it is there.
 */
export function drawArcs(arcs: readonly { from: BasePoint; to: BasePoint }[], map: MapProjection, view: View, size: Size, drawing?: GeoDrawing): string {
  if (map.kind === 'europe') {
    return arcsPath(
      arcs.map((arc) => ({ from: toScreen(view, [arc.from.x, arc.from.y]), to: toScreen(view, [arc.to.x, arc.to.y]) })),
      size.width,
      size.height,
    );
  }
  if (!drawing) return '';
  const ends: GeoArcEnds[] = [];
  for (const arc of arcs) {
    const from = lonLatOf(arc.from, map);
    const to = lonLatOf(arc.to, map);
    if (from && to) ends.push({ from, to });
  }
  return drawing.greatCirclePath(ends, map, view, size);
}
