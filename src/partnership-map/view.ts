/**
 * The view of the map: base coordinates × scale + offset = screen pixels.
 * Fitting, zooming about a point, panning, and the limits that keep the map in
 * sight. Pure functions, no DOM.
 */
import { BASE_WIDTH, frameHeight } from './projection.js';

export interface View {
  /** Screen pixels per base unit. */
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Bounds = [[number, number], [number, number]];

/**
 * How far beyond the frame the land is drawn, in base units: the detailed geometry of Europe
 * and Russia is trimmed there (MARGIN in scripts/build-geometry.mjs), and a world map ends at
 * the globe's outline inside the frame.
 */
export const GEOMETRY_MARGIN = 170;

/** Deepest zoom: about 150 m per pixel. */
export const MAX_SCALE = 64;

/** The widest view: the whole frame fits. */
export function minScale(size: Size): number {
  return Math.min(size.width / BASE_WIDTH, size.height / frameHeight());
}

export function clampScale(scale: number, size: Size): number {
  return Math.max(minScale(size), Math.min(MAX_SCALE, scale));
}

/**
 * The range of the screen centre along one axis (base units): over the frame, so the map cannot be
 * lost off the edge, and, where the screen is no wider than the frame and its margin, no further out
 * than keeps the screen within the margin: the land is never seen ending in the straight edge where
 * the geometry was trimmed. A screen wider than that stays centred on the frame.
 */
function centreRange(frame: number, screen: number, scale: number): [number, number] {
  const half = screen / 2 / scale;
  const low = Math.max(0, half - GEOMETRY_MARGIN);
  const high = Math.min(frame, frame + GEOMETRY_MARGIN - half);
  return low <= high ? [low, high] : [frame / 2, frame / 2];
}

/** Keeps the screen over the frame (centreRange), so the map cannot be lost off the edge. */
export function clampView(view: View, size: Size): View {
  const scale = clampScale(view.scale, size);
  const ratio = scale / view.scale;
  // Scaling about the screen centre when the scale had to change.
  let x = size.width / 2 - (size.width / 2 - view.x) * ratio;
  let y = size.height / 2 - (size.height / 2 - view.y) * ratio;
  const centreX = (size.width / 2 - x) / scale;
  const centreY = (size.height / 2 - y) / scale;
  const [left, right] = centreRange(BASE_WIDTH, size.width, scale);
  const [top, bottom] = centreRange(frameHeight(), size.height, scale);
  const clampedX = Math.max(left, Math.min(right, centreX));
  const clampedY = Math.max(top, Math.min(bottom, centreY));
  x += (centreX - clampedX) * scale;
  y += (centreY - clampedY) * scale;
  return { scale, x, y };
}

/** The view that shows `bounds` whole, centred, with `padding` pixels around, no closer than `maxScale`. */
export function fitBounds(bounds: Bounds, size: Size, padding = 40, maxScale = 8): View {
  const [[x0, y0], [x1, y1]] = bounds;
  const width = Math.max(x1 - x0, 1e-6);
  const height = Math.max(y1 - y0, 1e-6);
  const room = { width: Math.max(size.width - 2 * padding, size.width / 2), height: Math.max(size.height - 2 * padding, size.height / 2) };
  const scale = clampScale(Math.min(room.width / width, room.height / height, maxScale), size);
  const view = { scale, x: size.width / 2 - ((x0 + x1) / 2) * scale, y: size.height / 2 - ((y0 + y1) / 2) * scale };
  return clampView(view, size);
}

/** The whole frame. */
export function fullView(size: Size): View {
  return fitBounds(
    [
      [0, 0],
      [BASE_WIDTH, frameHeight()],
    ],
    size,
    0,
  );
}

export function boundsOf(points: Iterable<readonly [number, number] | undefined>): Bounds | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  // Plain reads, no destructuring: a search's fit runs this once over thousands of cities, before it is compiled.
  for (const point of points) {
    if (!point) continue;
    const x = point[0];
    const y = point[1];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x0 > x1) return undefined;
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** Zooms by `factor` keeping the screen point `[px, py]` where it is. */
export function zoomAt(view: View, factor: number, [px, py]: [number, number], size: Size): View {
  const scale = clampScale(view.scale * factor, size);
  const ratio = scale / view.scale;
  return clampView({ scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio }, size);
}

export function panBy(view: View, dx: number, dy: number, size: Size): View {
  return clampView({ scale: view.scale, x: view.x + dx, y: view.y + dy }, size);
}

/** Screen position of a base point. */
export function toScreen(view: View, [x, y]: readonly [number, number]): [number, number] {
  return [x * view.scale + view.x, y * view.scale + view.y];
}

/** A view between two others, for animation (t from 0 to 1): the scale moves geometrically. */
export function interpolateView(from: View, to: View, t: number): View {
  const scale = from.scale * (to.scale / from.scale) ** t;
  // Keep the centre moving in base coordinates, so the motion looks straight.
  const c0 = [-from.x / from.scale, -from.y / from.scale];
  const c1 = [-to.x / to.scale, -to.y / to.scale];
  const w0 = 1 / from.scale;
  const w1 = 1 / to.scale;
  const w = 1 / scale;
  // Offsets expressed as base positions of the screen origin, blended by screen size.
  const k = w0 === w1 ? t : (w - w0) / (w1 - w0);
  return { scale, x: -(c0[0] + (c1[0] - c0[0]) * k) * scale, y: -(c0[1] + (c1[1] - c0[1]) * k) * scale };
}
