/**
 * The map's drawing layer: the land, arcs, labels and markers are drawn for one
 * view and shown, while the view moves, by one CSS transform of that drawing
 * (zoom-pan.ts keeps the view it was drawn at). Which markers are in sight of a
 * view is worked out once per view, not on every frame of a gesture.
 */
import type { MarkerInfo, PlacedMarker } from './markers.js';
import { toScreen, type Size, type View } from './view.js';

/** The CSS transform that shows a drawing made at `drawn` as it would look at `view`. */
export function layerTransform(drawn: View, view: View): string {
  if (drawn === view) return 'none';
  const k = view.scale / drawn.scale;
  return `translate(${view.x - drawn.x * k}px, ${view.y - drawn.y * k}px) scale(${k})`;
}

/** The markers inside the map at a view, in reading order (left to right), kept for the last view. */
export class MarkerPlacer {
  private last?: { markers: ReadonlyMap<string, MarkerInfo>; view: View; width: number; height: number; placed: PlacedMarker[] };

  place(markers: ReadonlyMap<string, MarkerInfo>, view: View, size: Size): PlacedMarker[] {
    const last = this.last;
    if (
      last &&
      last.markers === markers &&
      last.view.scale === view.scale &&
      last.view.x === view.x &&
      last.view.y === view.y &&
      last.width === size.width &&
      last.height === size.height
    )
      return last.placed;
    const placed: PlacedMarker[] = [];
    for (const info of markers.values()) {
      const [x, y] = toScreen(view, [info.cluster.x, info.cluster.y]);
      const r = info.diameter / 2 + 3;
      if (x >= r && x <= size.width - r && y >= r && y <= size.height - r) placed.push({ info, x, y });
    }
    placed.sort((a, b) => a.x - b.x || a.y - b.y);
    this.last = { markers, view, width: size.width, height: size.height, placed };
    return placed;
  }
}
