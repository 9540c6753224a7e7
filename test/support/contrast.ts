/**
 * Colours as the browser computes them, and their contrast by WCAG 2's formula: for tests of text
 * the axe checks cannot see (text over a coloured badge on the map, over a background up the
 * composed tree).
 */

/** sRGB bytes (0–255) and alpha (0–1). */
export type Rgba = [number, number, number, number];

/** The computed form of a colour in `scheme` (light-dark() resolved), as a probe shows it. */
export function resolved(colour: string, scheme: 'light' | 'dark'): string {
  const probe = document.createElement('div');
  probe.style.colorScheme = scheme;
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const context = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;

/** A computed colour as sRGB bytes and alpha (0–1), read by the browser's own canvas. */
export function rgba(colour: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG 2's relative luminance (0–1). */
export function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG 2's contrast ratio of two opaque colours (1–21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
