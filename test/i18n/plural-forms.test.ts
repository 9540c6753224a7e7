/**
 * Every counted message, through the real localisation (the widgets' own msg() and the translation
 * chunks a page loads), for the counts where the plural forms differ: each must be the XLIFF variant
 * of the category Intl.PluralRules gives that count, with the count written as Intl writes numbers
 * ("1.000", "10 000"). Russian tells one (1, 21, 101 …), few (2–4, 22 …) and many (0, 5–20, 25, 111 …)
 * apart; de and en one and other. A new counted message (an XLIFF id ending in -one … -other) fails
 * here until it is listed below.
 */
import { expect } from '@open-wc/testing';
import { participantsText, summaryText as historySummary } from '../../src/conf-history/conf-history.js';
import { sessionCount } from '../../src/conf-programme/texts.js';
import { setLanguage, languageReady } from '../../src/i18n/language.js';
import { droppedPartnerships as jubileeDropped, summaryText as jubileeSummary, undatedNoteText } from '../../src/jubilee-list/jubilee-list.js';
import { cityCount, droppedPartnerships as mapDropped, partnershipCount, undatedHiddenText } from '../../src/partnership-map/texts.js';
import { WIDGET_MODULES } from '../../src/registry.js';
import { resetPage } from '../support/widgets.js';

const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000, 10000];
const YEAR = 2021;

/** Each counted message by the prefix of its XLIFF ids, as the widgets write it for `n`. */
const MESSAGES: Record<string, (n: number, language: string) => string> = {
  'partnership-map-partnerships': partnershipCount,
  'partnership-map-cities': cityCount,
  'partnership-map-undated-hidden': undatedHiddenText,
  'partnership-map-dropped': mapDropped,
  'session-count': sessionCount,
  // "9 conferences, 2005": the count's words before the years.
  'conf-history-count': (n, language) => historySummary(n, { first: 2005, last: 2005 }, language).replace(/, 2005$/, ''),
  'conf-history-participants': (n, language) => participantsText(n, true, language),
  'conf-history-expected': (n, language) => participantsText(n, false, language),
  'jubilee-summary': (n, language) => jubileeSummary(n, YEAR, language),
  'jubilee-undated': undatedNoteText,
  'jubilee-dropped': jubileeDropped,
};

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural variants of the XLIFF file: id → target text (source for English), placeholders as their equiv-text. */
async function variants(language: string): Promise<Map<string, string>> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${language === 'en' ? 'de' : language}.xlf`)).text(), 'application/xml');
  const found = new Map<string, string>();
  for (const unit of xml.getElementsByTagName('trans-unit')) {
    if (!new RegExp(`-(${CATEGORIES.join('|')})$`).test(unit.id)) continue;
    const element = unit.getElementsByTagName(language === 'en' ? 'source' : 'target')[0];
    const text = [...element.childNodes].map((node) => (node instanceof Element ? node.getAttribute('equiv-text') : node.textContent)).join('');
    found.set(unit.id, text);
  }
  return found;
}

describe('counted messages in every plural form', () => {
  before(async () => {
    // Each widget registers its translation group when one is made.
    for (const [tag, load] of Object.entries(WIDGET_MODULES)) {
      await load();
      document.createElement(tag);
    }
  });
  after(resetPage);

  for (const language of ['ru', 'de', 'en']) {
    it(`${language}: every count takes the variant of its plural category`, async () => {
      await setLanguage(language);
      await languageReady();
      const all = await variants(language);
      const prefixes = new Set([...all.keys()].map((id) => id.replace(/-[a-z]+$/, '')));
      expect([...prefixes].sort(), 'counted messages in the XLIFF file').to.deep.equal(Object.keys(MESSAGES).sort());
      const rules = new Intl.PluralRules(language);
      const differ: string[] = [];
      for (const [prefix, write] of Object.entries(MESSAGES)) {
        for (const n of COUNTS) {
          const category = rules.select(n);
          const variant = all.get(`${prefix}-${category}`);
          if (variant === undefined) {
            differ.push(`${prefix}: no variant "${category}" (n = ${n})`);
            continue;
          }
          // plural() joins a number to the word after it with a no-break space ("36 городов", "в 2021 году").
          const expected = variant
            .replaceAll('${n}', new Intl.NumberFormat(language).format(n))
            .replaceAll('${year}', String(YEAR))
            .replace(/(\d\.?) /g, '$1\u00a0');
          const written = write(n, language);
          if (written !== expected) differ.push(`${prefix}, n = ${n} (${category}): "${written}" ≠ "${expected}"`);
        }
      }
      expect(differ).to.deep.equal([]);
    });
  }

  // Russian "other" is the category of fractions ("1,5 партнёрства"), which take the form of 2–4 (genitive singular).
  it('ru: the "other" variant of each counted message is its "few" variant', async () => {
    const all = await variants('ru');
    const differ = Object.keys(MESSAGES).filter((prefix) => all.get(`${prefix}-other`) !== all.get(`${prefix}-few`));
    expect(differ).to.deep.equal([]);
  });

  // German and English have one singular, and every other count is plural: "1 Partnerschaft", "0 Partnerschaften".
  for (const language of ['de', 'en']) {
    it(`${language}: the "one" variant differs from "other", and "few" and "many" equal "other"`, async () => {
      const all = await variants(language);
      const wrong = Object.keys(MESSAGES).filter(
        (prefix) =>
          all.get(`${prefix}-one`) === all.get(`${prefix}-other`) ||
          all.get(`${prefix}-few`) !== all.get(`${prefix}-other`) ||
          all.get(`${prefix}-many`) !== all.get(`${prefix}-other`),
      );
      expect(wrong).to.deep.equal([]);
    });
  }
});
