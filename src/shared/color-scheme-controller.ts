import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Light or dark widget colours from what the page really shows behind the widget, not from the
 * `color-scheme` the widget inherits: a page that declares `color-scheme: light dark` on `<body>`
 * only keeps a white canvas in dark mode (the canvas follows the root), and a dark site that
 * declares nothing inherits `normal`; either way the widget's `light-dark()` colours would put
 * light text on white or dark text on black.
 *
 * The background behind the widget is the first one at least half opaque on the widget or an
 * ancestor (across shadow roots), or the first image or gradient, read by the text colour set over it, else the canvas, which follows the root's used scheme, as the
 * root's default text colour (CanvasText) shows. The result is the host's custom state `dark` or
 * `light`, which the shared styles turn into its `color-scheme`: no reactive state, no render.
 * Checked on connect, when the system scheme changes, when an attribute of `<html>` or
 * `<body>` changes (a site's theme switch: a class, `data-theme`, a style), and when a style
 * sheet of the page loads (one loaded after the widget, as pages that load their CSS
 * asynchronously do, may set the background).
 *
 * Loaded apart from the base class (a lazy chunk that every page fetches once), so the first
 * chunk every widget shares stays small; the widget's first render (mostly "Loading…") may come
 * before it.
 */
export class ColorSchemeController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** None where a custom-elements polyfill is forced on the page (StaedtepartnerElement's constructor). */
    private readonly internals: ElementInternals | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!connected.size) watch(true);
    connected.add(this);
    this.check();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) watch(false);
  }

  check(): void {
    let dark: boolean | undefined;
    for (
      let element: Element | null = this.host;
      element && dark === undefined;
      element = element.parentElement ?? (element.getRootNode() as ShadowRoot).host
    ) {
      const style = getComputedStyle(element);
      // A background image or gradient without a colour (a hero, a TYPO3 frame): the text the theme sets over it says which.
      dark = isDark(style.backgroundColor) ?? (style.backgroundImage != 'none' ? !isDark(style.color) : undefined);
    }
    // The canvas: light text at the root means a dark canvas.
    dark ??= !isDark(getComputedStyle(document.documentElement).color);
    const states = this.internals?.states as Set<string> | undefined;
    // Without custom states (Safari before 17.4) or internals the widget keeps the page's color-scheme.
    states?.[dark ? 'add' : 'delete']('dark');
    states?.[dark ? 'delete' : 'add']('light');
  }
}

const connected = new Set<ColorSchemeController>();
const checkAll = () => connected.forEach((controller) => controller.check());
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const pageChanges = new MutationObserver(checkAll);
/** A `load` event of a `<link>` (a style sheet), seen on its way down to it: it does not bubble. */
const sheetLoaded = (event: Event) => (event.target as Element).localName === 'link' && checkAll();

function watch(on: boolean): void {
  systemDark[on ? 'addEventListener' : 'removeEventListener']('change', checkAll);
  document[on ? 'addEventListener' : 'removeEventListener']('load', sheetLoaded, true);
  pageChanges.disconnect();
  if (on) for (const element of [document.documentElement, document.body]) if (element) pageChanges.observe(element, { attributes: true });
}

/**
 * Whether a computed colour is dark enough to take light text; undefined when it is less than
 * half opaque. `rgb()`/`rgba()` and `color(srgb …)` by their luma, `oklab()`/`oklch()` and
 * `lab()`/`lch()` by their lightness: a computed style holds the colour in the form it was
 * written. The thresholds are about where black and white text have the same contrast.
 */
export function isDark(colour: string): boolean | undefined {
  const [a = 0, b = 0, c = 0, alpha = 1] = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  if (alpha < 0.5) return undefined;
  if (colour.startsWith('ok')) return a < 0.56;
  if (colour.startsWith('l')) return a < 50;
  return (0.299 * a + 0.587 * b + 0.114 * c) / (colour.startsWith('c') ? 1 : 255) < 0.46;
}
