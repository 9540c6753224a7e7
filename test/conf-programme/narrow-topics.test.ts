/**
 * A session's topics in a CMS sidebar (200–360 px): a topic longer than the card's line ("Bürger-
 * beteiligung und Bürgerengagement als Bausteine für erfolgreiche Entwicklungsstrategien …") is
 * laid out on several lines, and its text stays inside its rounded border. Before, the border was
 * rounded as a pill (999px), which on a box of four lines is an oval: the ends of its first and
 * last lines ran over the curve.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { sampleFeed } from '../support/feeds.js';
import { resetPage, settled, shadow } from '../support/widgets.js';

/** The corners of the text of `element` that lie outside its rounded border. */
function cornersOutside(element: HTMLElement): string[] {
  const box = element.getBoundingClientRect();
  const radius = parseFloat(getComputedStyle(element).borderTopLeftRadius);
  // Radii too large for the box are scaled down together (CSS Backgrounds 3, 5.5).
  const r = radius * Math.min(1, box.width / (2 * radius), box.height / (2 * radius));
  const range = document.createRange();
  range.selectNodeContents(element);
  const lines = [...range.getClientRects()].filter((line) => line.width > 0);
  const outside: string[] = [];
  for (const [x, y] of lines.flatMap((line) => [
    [line.left, line.top],
    [line.right, line.top],
    [line.left, line.bottom],
    [line.right, line.bottom],
  ])) {
    // The centre of the corner's circle; a point beyond it, towards the corner, must be within r of it.
    const cx = x < box.left + r ? box.left + r : x > box.right - r ? box.right - r : x;
    const cy = y < box.top + r ? box.top + r : y > box.bottom - r ? box.bottom - r : y;
    if (Math.hypot(x - cx, y - cy) > r + 0.5)
      outside.push(`(${Math.round(x - box.left)}, ${Math.round(y - box.top)}) of ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return outside;
}

describe('<conf-programme> topics in a narrow column', () => {
  afterEach(async () => {
    document.querySelectorAll('conf-programme').forEach((element) => element.remove());
    await resetPage();
  });

  for (const language of ['de', 'ru', 'en']) {
    it(`${language}: keeps the text of each topic inside its border, on one line or several, from 200 to 360 px`, async () => {
      await setLanguage(language);
      const element = Object.assign(document.createElement('conf-programme'), { feed: await sampleFeed() });
      element.setAttribute('conference', 'xv-dueren-2019');
      element.style.cssText = 'display: block; font: 16px sans-serif';
      document.body.append(element);
      await settled(element);
      // Every session laid out, not only those in the window (content-visibility: auto skips the others).
      const laidOut = new CSSStyleSheet();
      laidOut.replaceSync('.session { content-visibility: visible !important }');
      shadow(element).adoptedStyleSheets = [...shadow(element).adoptedStyleSheets, laidOut];
      const outside = new Set<string>();
      let multiline = false;
      for (let width = 200; width <= 360; width += 8) {
        element.style.width = `${width}px`;
        await element.updateComplete;
        for (const topic of shadow(element).querySelectorAll<HTMLElement>('[part~="topics"] li')) {
          multiline ||= topic.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(topic).lineHeight);
          for (const corner of cornersOutside(topic)) outside.add(`${width}px: "${topic.textContent!.trim().slice(0, 30)}…" ${corner}`);
        }
      }
      expect(multiline, 'a topic on several lines').to.equal(true);
      expect([...outside]).to.deep.equal([]);
    });
  }
});
