/**
 * The map in a CMS sidebar (200–360 px), in German, Russian and English: a button's label is
 * not broken over two lines where the button would fit on a line of its own. Before, "Ansicht
 * zurücksetzen" was squeezed beside the zoom buttons (a row that did not wrap) and broke in two.
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, shadow, until } from '../support/widgets.js';

/** The buttons of `root` whose label is on more than one line though it would fit on one in `width`. */
function brokenButtons(root: ShadowRoot, width: number): string[] {
  const broken: string[] = [];
  for (const button of root.querySelectorAll<HTMLElement>('button')) {
    if (button.closest('[part~="table-frame"]')) continue;
    // The boxes of its shown text (not of a name for screen readers only).
    const boxes: DOMRect[] = [];
    const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement!.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes.push(...[...range.getClientRects()].filter((box) => box.width > 0));
    }
    if (boxes.length === 0) continue;
    const lines = new Set(boxes.map((box) => Math.round(box.top))).size;
    // The label's width on one line, with the button's padding and border.
    const style = getComputedStyle(button);
    const frame = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const oneLine = boxes.reduce((sum, box) => sum + box.width, 0) + frame;
    // The room it has: its parent’s, less the parent’s padding; one that fits within 8 px may break by an engine’s rounding.
    const parent = getComputedStyle(button.parentElement!);
    const room = button.parentElement!.clientWidth - parseFloat(parent.paddingLeft) - parseFloat(parent.paddingRight);
    if (lines > 1 && oneLine + 8 < Math.min(width, room)) broken.push(button.textContent!.replace(/\s+/g, ' ').trim());
  }
  return broken;
}

describe('<partnership-map> in a narrow column', () => {
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  for (const language of ['de', 'ru', 'en']) {
    it(`${language}: breaks no button’s label that fits on a line of its own, from 200 to 360 px`, async () => {
      await setLanguage(language);
      const element = document.createElement('partnership-map');
      element.setAttribute('src', SAMPLE_FEED_URL);
      element.setAttribute('city', 'essen');
      // A sidebar in a sans-serif theme, whose text is wider than the browser's default serif.
      element.style.cssText = 'display: block; font: 16px sans-serif';
      document.body.append(element);
      await until(() => shadow(element).querySelector('[part~="partner-years"]'), 'the details of Essen');
      const broken = new Set<string>();
      for (let width = 200; width <= 360; width += 8) {
        element.style.width = `${width}px`;
        await element.updateComplete;
        for (const label of brokenButtons(shadow(element), element.clientWidth)) broken.add(`${width}px: ${label}`);
      }
      expect([...broken]).to.deep.equal([]);
    });
  }
});
