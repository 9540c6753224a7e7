/**
 * The jubilee list in a CMS sidebar (200–360 px): a date follows its label ("Partners since:
 * 26 April 2001") on the label's line wherever it fits there, and moves to the next line whole
 * when it does not; the countdown "(anniversary in 209 days)" is never split mid-phrase where it
 * fits on a line of its own. Before, the date and its countdown were one box that moved below
 * the label as soon as both did not fit beside it, and the countdown broke anywhere.
 * And the dash between the two cities stays at the end of a line ("Zarrentin am Schaalsee –
 * / Murino"), never begins one, as it did before at some widths.
 */
import { expect } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { linesOf, resetPage, settled } from '../support/widgets.js';

function boxesOf(node: Node): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((box) => box.width > 0);
}

/** The dates and countdowns of `root`, each with its width on one line (`root` laid out wide). */
function oneLineWidths(root: ShadowRoot): Map<Element, number> {
  const pieces = root.querySelectorAll('[part~="details"] > div time, [part~="countdown"]');
  return new Map([...pieces].map((piece) => [piece, piece.getBoundingClientRect().width]));
}

/** The label–value rows of `root` that are laid out raggedly, with what is wrong with each. */
function raggedRows(root: ShadowRoot, oneLine: Map<Element, number>): string[] {
  const ragged: string[] = [];
  for (const row of root.querySelectorAll<HTMLElement>('[part~="details"] > div')) {
    const text = row.textContent!.replace(/\s+/g, ' ').trim();
    const right = row.getBoundingClientRect().right;
    const label = boxesOf(row.querySelector('dt')!).at(-1)!;
    const time = row.querySelector('time')!;
    const timeBoxes = boxesOf(time);
    const timeWidth = timeBoxes.reduce((sum, box) => sum + box.width, 0);
    // Below its label's last line although it had room beside it (a space or a gap is less than 1em: 16 px).
    if (timeBoxes[0].top > label.bottom - 1 && label.right + 16 + timeWidth <= right) ragged.push(`${text}: the date is below its label`);
    for (const piece of [time, row.querySelector('[part~="countdown"]')]) {
      if (!piece) continue;
      const range = document.createRange();
      range.selectNodeContents(piece);
      // Split although the row could hold it on one line (its boxes once split leave out the space at the break).
      if (linesOf(range) > 1 && oneLine.get(piece)! <= row.getBoundingClientRect().width) ragged.push(`${text}: "${piece.textContent!.trim()}" split`);
    }
  }
  return ragged;
}

/** The pairs of cities of `root` whose second line begins with the dash between them. */
function dashFirst(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const cities of root.querySelectorAll('[part~="cities"]')) {
    const [first, dash] = cities.querySelectorAll('span');
    const firstEnd = [...first!.getClientRects()].at(-1)!;
    const dashStart = boxesOf(dash!).find((box) => box.width > 1)!;
    if (dashStart.top > firstEnd.bottom - 1) found.push(`${cities.textContent!.trim()}: a line begins with the dash`);
  }
  return found;
}

describe('<jubilee-list> in a narrow column', () => {
  let feed: Record<string, unknown>;
  before(async () => {
    feed = await sampleFeed();
  });
  // Countdowns of 8 to 209 days in 2031.
  beforeEach(() => setClock(() => new Date('2031-03-01T10:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('jubilee-list').forEach((element) => element.remove());
    await resetPage();
  });

  for (const language of ['en', 'de', 'ru']) {
    it(`${language}: keeps each date beside its label where it fits, the countdown whole and the dash after the first city, from 200 to 360 px`, async () => {
      await setLanguage(language);
      const list = Object.assign(document.createElement('jubilee-list') as JubileeList, { feed });
      list.setAttribute('year', '2031');
      list.style.display = 'block';
      document.body.append(list);
      await settled(list);
      // The entries are laid out when on screen (content-visibility): all of them, for the test.
      for (const entry of list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')) entry.style.contentVisibility = 'visible';
      expect(list.shadowRoot!.querySelector('[part~="countdown"]'), 'a countdown').to.exist;
      list.style.width = '2000px';
      const oneLine = oneLineWidths(list.shadowRoot!);
      const ragged = new Set<string>();
      for (let width = 200; width <= 360; width += 8) {
        list.style.width = `${width}px`;
        await list.updateComplete;
        for (const text of [...raggedRows(list.shadowRoot!, oneLine), ...dashFirst(list.shadowRoot!)]) ragged.add(`${width}px: ${text}`);
      }
      expect([...ragged]).to.deep.equal([]);
    });
  }
});
