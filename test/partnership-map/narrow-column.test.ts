/**
 * The map in a CMS sidebar (200–360 px), in German, Russian and English: a button's label is
 * not broken over two lines where the button would fit on a line of its own. Before, "Ansicht
 * zurücksetzen" was squeezed beside the zoom buttons (a row that did not wrap) and broke in two.
 * Each button is measured once on one line, the map 2000 px wide, and a broken label counts when its
 * button fits in its room: the boxes of a broken label leave out the space at the break (about 6 px),
 * which the 8 px this test once forgave "for an engine's rounding" stood in for.
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, shadow, until } from '../support/widgets.js';

/** The boxes of the shown text of `button` (not of a name for screen readers only), without the empty ones (a line break's). */
function shownBoxes(button: HTMLElement): DOMRect[] {
  const boxes: DOMRect[] = [];
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement!.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(...[...range.getClientRects()].filter((box) => box.width > 0));
  }
  return boxes;
}

function labelled(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button')].filter((button) => !button.closest('[part~="table-frame"]') && shownBoxes(button).length > 0);
}

const linesOfBoxes = (boxes: DOMRect[]) => new Set(boxes.map((box) => Math.round(box.top))).size;
const labelOf = (button: HTMLElement) => button.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Each labelled button of `root` with its width on one line, padding and border included (`root`'s host
 * laid out wide): the boxes of a label once broken leave out the space at the break, so they are no measure of it.
 */
function oneLineWidths(root: ShadowRoot): Map<HTMLElement, number> {
  const widths = new Map<HTMLElement, number>();
  for (const button of labelled(root)) {
    expect(linesOfBoxes(shownBoxes(button)), `"${labelOf(button)}" on one line in a wide map`).to.equal(1);
    widths.set(button, button.getBoundingClientRect().width);
  }
  return widths;
}

/**
 * The room a line of its own would give `element`: the narrowest content box around it, each cut to the
 * widget (`host`): a box that overflows the widget gives no more room than the widget.
 */
function roomOf(element: HTMLElement, host: HTMLElement): number {
  const widget = host.getBoundingClientRect();
  let room = widget.width;
  for (let box = element.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    const { left, right } = box.getBoundingClientRect();
    const start = left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const end = right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    room = Math.min(room, Math.min(end, widget.right) - Math.max(start, widget.left));
  }
  return room;
}

/** The buttons of `root` whose label is on more than one line though the button would fit on a line of its own. */
function brokenButtons(root: ShadowRoot, oneLine: Map<HTMLElement, number>): string[] {
  const broken: string[] = [];
  for (const button of labelled(root)) {
    if (linesOfBoxes(shownBoxes(button)) === 1) continue;
    const wide = oneLine.get(button);
    expect(wide, `"${labelOf(button)}" measured in the wide map`).to.exist;
    const room = roomOf(button, root.host as HTMLElement);
    if (wide! <= room) broken.push(`${labelOf(button)} (${wide!.toFixed(2)} px on one line, ${room.toFixed(2)} px of room)`);
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
      element.style.width = '2000px';
      await element.updateComplete;
      const oneLine = oneLineWidths(shadow(element));
      const broken = new Set<string>();
      for (let width = 200; width <= 360; width += 8) {
        element.style.width = `${width}px`;
        await element.updateComplete;
        for (const label of brokenButtons(shadow(element), oneLine)) broken.add(`${width}px: ${label}`);
      }
      expect([...broken]).to.deep.equal([]);
    });
  }
});
