import { expect } from '@open-wc/testing';

/**
 * A control marked in the system's highlight (forced colours) shows its text: Chromium sets text on a
 * plate of the page's colour (Canvas) unless the control opts out (`forced-color-adjust: none`), and the
 * highlight's text colour need not show on Canvas (white on white in the default theme). Opted out, its
 * colours must still be the system's: the highlight, its text, and the focus ring (`ring`: the highlight for a
 * ring around the control, HighlightText for one inside it).
 */
export function expectHighlightReadable(control: Element, what: string, ring = 'Highlight'): void {
  const probe = document.createElement('span');
  probe.style.cssText = `background: Highlight; color: HighlightText; outline-color: ${ring}`;
  document.body.append(probe);
  const system = getComputedStyle(probe);
  const style = getComputedStyle(control);
  try {
    expect(style.getPropertyValue('forced-color-adjust'), `${what}: its text is set on a plate of the page's colour`).to.equal('none');
    expect([style.backgroundColor, style.color, style.outlineColor], `${what}: the system's colours`).to.deep.equal([
      system.backgroundColor,
      system.color,
      system.outlineColor,
    ]);
  } finally {
    probe.remove();
  }
}
