/**
 * A feed without "version": 1 (the line a hand-written feed most often lacks, or "1" in quotes) is
 * not told that it is in a format version the widget does not know, which sends a webmaster to
 * update the script: the page says that the data names no format version the widget knows, in the
 * page's language; the console says what it found.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { captureConsole, pageLanguage, resetPage, settled, shadow, texts } from '../support/widgets.js';

const MESSAGE = {
  en: 'The data does not name a format version this widget knows.',
  de: 'Die Daten nennen keine Formatversion, die dieses Widget kennt.',
  ru: 'В данных не указана версия формата, которую знает этот виджет.',
};

describe('a feed without a version this widget knows', () => {
  afterEach(resetPage);

  for (const language of ['en', 'de', 'ru'] as const) {
    it(`says the data names no version the widget knows, for none, "1" and 2 (${language})`, async () => {
      await pageLanguage(language);
      for (const [feed, found] of [
        [{ cities: [] }, 'found none'],
        [{ version: '1' }, 'found the text "1"'],
        [{ version: 2 }, 'found 2'],
      ] as const) {
        const { value: element, logged } = await captureConsole(async () => {
          const element = document.createElement('jubilee-list') as HTMLElement & { feed: unknown };
          element.feed = feed;
          (await fixture<HTMLElement>(html`<div></div>`)).append(element);
          await settled(element);
          return element;
        });
        expect(texts(shadow(element), '[part~="error-message"]')).to.deep.equal([MESSAGE[language]]);
        expect(logged.join('\n'), 'the console says what was found').to.contain(`"version" must be the number 1, ${found}`);
      }
    });
  }
});
