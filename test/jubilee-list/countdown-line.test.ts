/**
 * The countdown "(anniversary in 8 days)", "(Jubiläum morgen)", "(юбилей сегодня)" stays on one
 * line or moves to the next line whole: it wraps inside itself only where it is wider than its
 * whole line, and never reaches beyond the widget (as `white-space: nowrap` would, by 160 px at
 * 200 px with the text at 200 %). Checked pixel by pixel over the 21 widths around each countdown's
 * edge (where its line is as wide as the countdown on one line) and at 200 px, in en, de and ru,
 * with the text at 100 % and 200 %. A countdown that fits was split by no engine: the 8 px that
 * narrow-column.test.ts once forgave "for an engine's rounding" were its own measure, the boxes of a
 * split countdown, which leave out the space at the break.
 */
import { expect } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { linesOf, resetPage, settled } from '../support/widgets.js';

/** The boxes of the text of `node`, without the empty ones (a line break's). */
function textBoxes(node: Node): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((box) => box.width > 0);
}

function linesOfText(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return linesOf(range);
}

function countdowns(list: JubileeList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="countdown"]')];
}

describe('<jubilee-list> countdown at every width', () => {
  let feed: Record<string, unknown>;
  before(async () => {
    feed = await sampleFeed();
  });
  afterEach(async () => {
    document.querySelectorAll('jubilee-list').forEach((element) => element.remove());
    await resetPage();
  });

  // 1 March: "in 8 days" to "in 209 days"; 8 March: "tomorrow"; 9 March: "today" (a partnership of 9 March 1991).
  const days = ['2031-03-01', '2031-03-08', '2031-03-09'];
  for (const language of ['en', 'de', 'ru']) {
    for (const textSize of ['100%', '200%']) {
      it(`${language}, text at ${textSize}: the countdown is on one line wherever a line can hold it, pixel by pixel around that width, and within 200 px`, async () => {
        await setLanguage(language);
        const found = new Set<string>();
        const words = new Set<string>();
        for (const day of days) {
          setClock(() => new Date(`${day}T10:00:00Z`));
          const list = Object.assign(document.createElement('jubilee-list') as JubileeList, { feed });
          list.setAttribute('year', '2031');
          list.style.cssText = `display: block; font-size: ${textSize}; width: 2000px`;
          document.body.append(list);
          await settled(list);
          // The entries are laid out when on screen (content-visibility): all of them, for the test.
          for (const entry of list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')) entry.style.contentVisibility = 'visible';
          expect(countdowns(list).length, `countdowns on ${day}`).to.be.above(0);
          // Each countdown's width on one line, laid out where nothing is near, and the host's width at which
          // its line is exactly that wide: the edge where it must begin to move, or later to wrap.
          const oneLine = new Map<HTMLElement, number>();
          const widths = new Set([200]);
          for (const countdown of countdowns(list)) {
            expect(linesOfText(countdown), `${countdown.textContent} at 2000 px`).to.equal(1);
            const width = countdown.getBoundingClientRect().width;
            oneLine.set(countdown, width);
            words.add(countdown.textContent!.trim());
            const edge = Math.round(width + 2000 - countdown.closest('div')!.getBoundingClientRect().width);
            for (let near = edge - 10; near <= edge + 10; near++) widths.add(near);
          }
          for (const width of [...widths].sort((a, b) => a - b)) {
            list.style.width = `${width}px`;
            const widget = list.getBoundingClientRect().right;
            for (const countdown of countdowns(list)) {
              const row = countdown.closest('div')!.getBoundingClientRect();
              const text = countdown.textContent!.trim();
              if (linesOfText(countdown) > 1 && oneLine.get(countdown)! <= row.width)
                found.add(`${width}px: "${text}" split, ${oneLine.get(countdown)!.toFixed(2)} px on one line in a ${row.width.toFixed(2)} px line`);
              // Its text, and its entry: a countdown that cannot shrink widens the entries' grid track.
              const right = Math.max(countdown.closest('li')!.getBoundingClientRect().right, ...textBoxes(countdown).map((box) => box.right));
              if (right > widget + 0.5) found.add(`${width}px: "${text}" reaches ${(right - widget).toFixed(2)} px beyond the widget`);
            }
          }
          list.remove();
        }
        // Today, tomorrow and counts of days were all seen.
        const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
        for (const ahead of [0, 1, 8]) {
          const when = relative.format(ahead, 'day').replace(/(\d) /, '$1\u00a0');
          expect(
            [...words].some((text) => text.includes(when)),
            `"${when}" among ${[...words].join(' | ')}`,
          ).to.be.true;
        }
        expect([...found]).to.deep.equal([]);
      });
    }
  }
});
