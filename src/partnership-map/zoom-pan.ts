/**
 * Zoom and pan by pointer: the wheel, dragging, and pinching with two fingers;
 * and the animated moves of the buttons and keys. The map element keeps the
 * view; this controller only asks for a new one, and owns the gesture, the
 * timers and the wheel hint, which it lets go when the map leaves the page.
 *
 * While the view moves (a burst of wheel steps, a drag or pinch, an animated
 * move) the controller keeps the view the map was last drawn at (`anchor`): the
 * map draws its land, arcs and markers at the anchor and shows the moving view
 * as one CSS transform of that drawing, so a frame of a gesture does not redraw
 * or re-cluster anything; after the first frame of a motion the map does not even
 * render, only the layer's transform is set (layer.ts). The anchor is dropped (and the map drawn at the view)
 * when the motion settles, or re-taken when the view has drifted so far from it
 * that the drawing would be too coarse or leave the frame empty.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateView, panBy, zoomAt, type Size, type View } from './view.js';

export interface ViewAccess {
  view(): View | undefined;
  size(): Size | undefined;
  show(view: View): void;
  /** Shows `view` during a motion whose drawing is made at `anchor`: by moving the drawn layer alone where it can (layer.ts). */
  move(view: View, anchor: View | undefined): void;
}

type Point = [number, number];

/** A wheel burst is over once no wheel step came for this long. */
export const WHEEL_SETTLE_MS = 150;

function centreOf(points: readonly Point[]): Point {
  return points.length > 1 ? [(points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2] : points[0];
}

/**
 * How many of `element`'s own CSS pixels one pixel on screen is, across and down, with its box on
 * screen. A page that scales or zooms an ancestor (`transform: scale()`, `zoom`: a "larger page"
 * button) scales the box, and the pointer's moves with it, not the pixels the element is laid out,
 * drawn and scrolled in. 1 where the element has no size on screen.
 */
export function screenScale(element: HTMLElement): { x: number; y: number; box: DOMRect } {
  const box = element.getBoundingClientRect();
  return { x: box.width ? element.offsetWidth / box.width : 1, y: box.height ? element.offsetHeight / box.height : 1, box };
}

/** Where `event` is on `element`, in the element's own CSS pixels, which the view is in. */
function pointOn(element: HTMLElement, event: MouseEvent): Point {
  const { x, y, box } = screenScale(element);
  return [(event.clientX - box.left) * x, (event.clientY - box.top) * y];
}

function spanOf(points: readonly Point[]): number {
  return Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]);
}

export class ZoomPanController implements ReactiveController {
  /** The page was scrolled over the map without Ctrl: the map says how to zoom. */
  wheelHint = false;

  #animation = 0;
  #animationEnd = 0;
  #hintTimer = 0;
  readonly #pointers = new Map<number, Point>();
  private gesture?: { view: View; start: Point; distance?: number; moved: boolean };
  #suppressClick = false;
  #settleTimer = 0;
  #drawnAt?: View;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly access: ViewAccess,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#animation);
    clearTimeout(this.#animationEnd);
    clearTimeout(this.#hintTimer);
    clearTimeout(this.#settleTimer);
    this.#drawnAt = undefined;
    this.#setHint(false);
  }

  /** The view the map is drawn at while its view moves (see above); undefined when it is at rest. */
  get anchor(): View | undefined {
    return this.#drawnAt;
  }

  /**
   * Shows `view` during a motion: the first step keeps the view before it as the anchor,
   * and an anchor the view has drifted far from (zoomed by more than 2×, or moved by half
   * the map) is re-taken at the view shown, so the transformed drawing stays sharp and full.
   */
  #showMoving(view: View, from: View | undefined): void {
    const size = this.access.size();
    const anchor = this.#drawnAt ?? from;
    if (anchor && size) {
      const ratio = view.scale / anchor.scale;
      const dx = view.x - anchor.x * ratio;
      const dy = view.y - anchor.y * ratio;
      const far = ratio > 2 || ratio < 0.5 || Math.abs(dx) > size.width / 2 || Math.abs(dy) > size.height / 2;
      this.#drawnAt = far ? view : anchor;
    }
    this.access.move(view, this.#drawnAt);
  }

  /** The motion is over: the map is drawn at its view again. */
  #settle(): void {
    clearTimeout(this.#settleTimer);
    if (!this.#drawnAt) return;
    this.#drawnAt = undefined;
    this.host.requestUpdate();
  }

  /** A drag is under way (read while rendering, for the cursor). */
  get dragging(): boolean {
    return this.gesture?.moved ?? false;
  }

  /** Whether a click only ends a drag, and must not select anything; says so once. */
  clickEndsDrag(): boolean {
    const ends = this.#suppressClick;
    this.#suppressClick = false;
    return ends;
  }

  /**
   * Ends a zoom's motion where it is: when it arrives, and when the map's size changed (the view it
   * aimed at was for the old size, and would leave the new one's limits or its centre).
   */
  stop(): void {
    cancelAnimationFrame(this.#animation);
    clearTimeout(this.#animationEnd);
    this.#settle();
  }

  moveTo(target: View, animate: boolean): void {
    // At once, or by the last frame or the timer: the other is called off, or it would take back a move made since.
    const arrive = () => {
      this.stop();
      this.access.show(target);
    };
    const from = this.access.view();
    if (!animate || !from || matchMedia('(prefers-reduced-motion: reduce)').matches) return arrive();
    // A motion still under way is taken over from where it is, its drawing kept (no settle).
    cancelAnimationFrame(this.#animation);
    clearTimeout(this.#animationEnd);
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / 250);
      const eased = 1 - (1 - t) ** 3;
      if (t < 1) {
        this.#showMoving(interpolateView(from, target, eased), from);
        this.#animation = requestAnimationFrame(step);
      } else arrive();
    };
    this.#animation = requestAnimationFrame(step);
    // Where frames do not come (a hidden tab), the view still arrives.
    this.#animationEnd = window.setTimeout(arrive, 300);
  }

  /** Zooms about a screen point, the middle of the map by default. */
  zoomBy(factor: number, around?: Point): void {
    const view = this.access.view();
    const size = this.access.size();
    if (!view || !size) return;
    this.moveTo(zoomAt(view, factor, around ?? [size.width / 2, size.height / 2], size), true);
  }

  #setHint(shown: boolean): void {
    if (this.wheelHint === shown) return;
    this.wheelHint = shown;
    this.host.requestUpdate();
  }

  readonly onWheel = (event: WheelEvent): void => {
    const view = this.access.view();
    const size = this.access.size();
    if (!view || !size) return;
    if (!event.ctrlKey && !event.metaKey && !this.host.matches(':focus-within')) {
      // The page scrolls on; zooming needs Ctrl (or the map in focus), so that a reader scrolling past is not caught.
      this.#setHint(true);
      clearTimeout(this.#hintTimer);
      this.#hintTimer = window.setTimeout(() => this.#setHint(false), 1500);
      return;
    }
    event.preventDefault();
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.#showMoving(zoomAt(view, Math.exp(-delta * 0.002), pointOn(event.currentTarget as HTMLElement, event), size), view);
    // A burst of wheel steps is one motion: drawn at the view once the wheel rests.
    clearTimeout(this.#settleTimer);
    this.#settleTimer = window.setTimeout(() => this.#settle(), WHEEL_SETTLE_MS);
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (!this.access.view() || (event.pointerType === 'mouse' && event.button !== 0)) return;
    this.#pointers.set(event.pointerId, pointOn(event.currentTarget as HTMLElement, event));
    this.#startGesture();
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const gesture = this.gesture;
    const size = this.access.size();
    if (!gesture || !this.#pointers.has(event.pointerId) || !size) return;
    const viewport = event.currentTarget as HTMLElement;
    this.#pointers.set(event.pointerId, pointOn(viewport, event));
    const points = [...this.#pointers.values()];
    const centre = centreOf(points);
    const dx = centre[0] - gesture.start[0];
    const dy = centre[1] - gesture.start[1];
    if (!gesture.moved && Math.hypot(dx, dy) < 4 && !gesture.distance) return;
    if (!gesture.moved) {
      gesture.moved = true;
      // Captured only once it is a drag: a plain click still reaches the marker.
      for (const id of this.#pointers.keys()) if (!viewport.hasPointerCapture(id)) viewport.setPointerCapture(id);
    }
    let next = panBy(gesture.view, dx, dy, size);
    if (gesture.distance && points.length > 1) next = zoomAt(next, spanOf(points) / gesture.distance, centre, size);
    this.#showMoving(next, this.access.view());
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    // The browser took the gesture (a finger scrolls the page): the map goes back to where it began.
    if (event.type === 'pointercancel' && this.gesture) this.access.show(this.gesture.view);
    const moved = this.gesture?.moved ?? false;
    this.#startGesture();
    if (this.#pointers.size === 0) {
      this.#suppressClick = moved;
      this.gesture = undefined;
      this.#settle();
    } else if (this.gesture) {
      this.gesture.moved = moved;
    }
  };

  /** Restarted whenever a finger comes or goes, so that the view does not jump. */
  #startGesture(): void {
    const points = [...this.#pointers.values()];
    const view = this.access.view();
    if (!view || points.length === 0) {
      this.gesture = undefined;
      return;
    }
    const distance = points.length > 1 ? spanOf(points) : undefined;
    this.gesture = { view, start: centreOf(points), distance, moved: this.gesture?.moved ?? false };
  }
}
