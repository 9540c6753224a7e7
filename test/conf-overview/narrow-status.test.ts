/**
 * The status "Идёт сейчас (день 2 из 3)" never breaks between a word and its number ("из / 3",
 * "день / 2"), however narrow the column (a sidebar of 200 px), in every language.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { linesOf, resetPage, settled } from '../support/widgets.js';

/** A word and the number after it: "день 2", "из 3", "von 3". */
const WORD_AND_NUMBER = /\p{L}+\s\d+/gu;

/** The widths from 200 to 480 pixels, 4 apart, at which the status lays out a word and its number on two lines. */
async function brokenStatus(element: ConfOverview): Promise<string[]> {
  const broken: string[] = [];
  for (let width = 200; width <= 480; width += 4) {
    element.style.width = `${width}px`;
    await element.updateComplete;
    const status = element.shadowRoot!.querySelector('[part~="conference-status"]')!;
    const walker = document.createTreeWalker(status, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      for (const match of text.data.matchAll(WORD_AND_NUMBER)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (linesOf(range) > 1) broken.push(`${width}px: ${match[0]} in ${text.data}`);
      }
    }
  }
  return broken;
}

describe('<conf-overview> status in a narrow column', () => {
  after(async () => {
    setClock(undefined);
    await resetPage();
  });

  for (const [language, said] of [
    ['ru', 'день 2 из 3'],
    ['de', 'Tag 2 von 3'],
    ['en', 'day 2 of 3'],
  ] as const) {
    it(`${language}: "${said}" keeps each number with its word from 200 to 480 px`, async () => {
      // Kaluga, 28–30 June 2021: its second day.
      setClock(() => new Date('2021-06-29T08:00:00Z'));
      await setLanguage(language);
      const element = Object.assign(document.createElement('conf-overview'), { style: 'display: block' }) as ConfOverview;
      element.setAttribute('conference', 'xvi-kaluga-2021');
      element.setAttribute('src', SAMPLE_FEED_URL);
      document.body.append(element);
      await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
      const status = element.shadowRoot!.querySelector('[part~="conference-status"]')!;
      expect(status.textContent!.replace(/\s+/g, ' ')).to.contain(said);
      expect(await brokenStatus(element)).to.deep.equal([]);
      element.remove();
    });
  }
});
