/**
 * Fails when any message lacks its German or Russian translation, or when a
 * translation loses or invents a placeholder. `npm test` runs
 * `lit-localize extract` first, so a new msg() in the source shows up here.
 */
import { expect } from '@open-wc/testing';

async function units(language: string) {
  const response = await fetch(`/locales/${language}.xlf`);
  expect(response.ok, `locales/${language}.xlf`).to.equal(true);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...xml.getElementsByTagName('trans-unit')];
}

const placeholders = (element: Element | undefined) =>
  [...(element?.getElementsByTagName('x') ?? [])].map((x) => x.getAttribute('equiv-text')).sort();

for (const language of ['de', 'ru']) {
  describe(`${language} translations`, () => {
    it('exist for every message, with the same placeholders', async () => {
      const all = await units(language);
      expect(all.length).to.be.greaterThan(10);
      // A target may be a placeholder alone: the Russian of "${roman}" is just the numeral.
      const translated = (target: Element | undefined) => Boolean(target?.textContent?.trim() || target?.getElementsByTagName('x').length);
      const missing = all.filter((unit) => !translated(unit.getElementsByTagName('target')[0])).map((unit) => unit.id);
      expect(missing, `untranslated in locales/${language}.xlf`).to.deep.equal([]);
      const mismatched = all
        .filter((unit) => JSON.stringify(placeholders(unit.getElementsByTagName('source')[0])) !== JSON.stringify(placeholders(unit.getElementsByTagName('target')[0])))
        .map((unit) => unit.id);
      expect(mismatched, `placeholders differ in locales/${language}.xlf`).to.deep.equal([]);
    });

    it('differ from the English source where the text is a sentence', async () => {
      const same = (await units(language))
        .filter((unit) => {
          const source = unit.getElementsByTagName('source')[0]?.textContent ?? '';
          const target = unit.getElementsByTagName('target')[0]?.textContent ?? '';
          return source.includes(' ') && source === target;
        })
        .map((unit) => unit.id);
      expect(same, 'copied English text').to.deep.equal([]);
    });
  });
}
