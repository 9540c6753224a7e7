/**
 * The map's drawing layer: the land, arcs, labels and markers are drawn for one
 * view and shown, while the view moves, by one CSS transform of that drawing
 * (zoom-pan.ts keeps the view it was drawn at). Which markers are in sight of a
 * view is worked out once per view, not on every frame of a gesture.
 *
 * A frame of a gesture changes one style property of one element, and renders
 * nothing: LayerMotion moves the layer without the element rendering again. The
 * layer holds a single element (`.drawing`) around the land, labels and
 * markers: a changed style of the layer restyles its children, all of them,
 * since the shared styles' `box-sizing: inherit` makes each of them inherit
 * from it explicitly (Blink); with one child, two elements are restyled per
 * frame instead of every marker in sight.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MarkerInfo, PlacedMarker } from './markers.js';
import { toScreen, type Size, type View } from './view.js';
import { frameWork } from './work.js';

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

/**
 * The view the layer's drawing was last rendered at while the view moved: a frame of a gesture
 * that keeps that drawing moves the layer by its transform alone, without the element rendering
 * again (zoom-pan.ts asks, viewport.ts passes it on). Recorded after each update of the host.
 */
export class LayerMotion implements ReactiveController {
  private drawn?: View;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** The anchor the host renders the layer at while the view moves (zoom-pan.ts), undefined at rest. */
    private readonly anchor: () => View | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.drawn = this.anchor();
  }

  /**
   * Shows `view` by moving the layer, if it was last rendered while moving with its drawing made
   * at `anchor` (the same object): true. False when the host has to render (the motion starts,
   * the anchor was re-taken, or no layer is shown).
   */
  move(anchor: View | undefined, view: View): boolean {
    const layer = anchor && anchor === this.drawn ? this.host.renderRoot.querySelector<HTMLElement>('.layer') : null;
    if (!layer) return false;
    frameWork.layerMoves++;
    layer.style.setProperty('transform', layerTransform(anchor!, view));
    return true;
  }
}
