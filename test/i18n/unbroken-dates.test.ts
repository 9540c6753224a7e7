/**
 * A date never breaks between its day and month or its year and "г." ("26. / Juni", "1991 / г."):
 * formatCalendarDate joins a number to the word after it with a no-break space, however narrow the
 * column of the jubilee list or of the map's details.
 */
import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { formatCalendarDate } from '../../src/i18n/format.js';
import { setLanguage } from '../../src/i18n/language.js';
import '../../src/jubilee-list/define.js';
import '../../src/partnership-map/define.js';
import { setClock } from '../../src/shared/clock.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { linesOf, resetPage, settled, until } from '../support/widgets.js';

/** A number and the word after it: "26. Juni", "26 июня", "2001 г.". */
const NUMBER_AND_WORD = /\d+\.?\s\p{L}+/gu;

/** The dates in `<time>` of `root` whose number and word after it are laid out on two lines. */
function brokenDates(root: ShadowRoot): string[] {
  const broken: string[] = [];
  // Lit's markers are comments beside the text.
  const texts = [...root.querySelectorAll('time')].flatMap((time) => [...time.childNodes].filter((node): node is Text => node instanceof Text));
  for (const text of texts) {
    for (const match of text.data.matchAll(NUMBER_AND_WORD)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      // Wider than its line, a number and its word may break anywhere (overflow-wrap), no-break space or not.
      const width = [...range.getClientRects()].reduce((sum, box) => sum + box.width, 0);
      const line = text.parentElement!.closest('p, dd, td, li')!.clientWidth;
      if (linesOf(range) > 1 && width < line) broken.push(`${text.data} (${match[0]})`);
    }
  }
  return broken;
}

/** The widths from 200 (a narrow sidebar) to 480 pixels, 8 apart, at which `element` lays out a date on two lines. */
async function narrowBreaks(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<string[]> {
  const broken = new Set<string>();
  for (let width = 200; width <= 480; width += 8) {
    element.style.width = `${width}px`;
    await element.updateComplete;
    for (const text of brokenDates(element.shadowRoot!)) broken.add(`${width}px: ${text}`);
  }
  return [...broken];
}

describe('dates that do not break apart', () => {
  after(async () => {
    document.querySelectorAll('jubilee-list, partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('formatCalendarDate joins day and month, and year and "г.", with a no-break space', () => {
    const date = parseCalendarDate('2001-09-26')!;
    expect(formatCalendarDate(date, 'ru')).to.equal('26\u00a0сентября 2001\u00a0г.');
    expect(formatCalendarDate(date, 'de')).to.equal('26.\u00a0September 2001');
    expect(formatCalendarDate(date, 'en')).to.equal('26\u00a0September 2001');
    expect(formatCalendarDate(parseCalendarDate('2011-04')!, 'ru')).to.equal('апрель 2011\u00a0г.');
  });

  for (const language of ['ru', 'de', 'en']) {
    it(`${language}: the jubilee list and the map's details keep each date's number with its word at any width`, async () => {
      setClock(() => new Date('2021-06-29T08:00:00Z'));
      await setLanguage(language);
      const list = Object.assign(document.createElement('jubilee-list'), { style: 'display: block' }) as HTMLElement & { updateComplete: Promise<unknown> };
      list.setAttribute('year', '2021');
      list.setAttribute('src', SAMPLE_FEED_URL);
      const map = Object.assign(document.createElement('partnership-map'), { style: 'display: block' }) as HTMLElement & { updateComplete: Promise<unknown> };
      map.setAttribute('city', 'essen');
      map.setAttribute('src', SAMPLE_FEED_URL);
      document.body.append(list, map);
      await settled(list);
      await until(() => map.shadowRoot?.querySelector('[part~="partner-since"] time'), 'the details of Essen');
      expect(await narrowBreaks(list), 'jubilee list').to.deep.equal([]);
      expect(await narrowBreaks(map), 'map details').to.deep.equal([]);
      list.remove();
      map.remove();
    });
  }
});
