/**
 * The table's name ranks (name-ranks.ts), worked out in idle steps by the map's preparation
 * (prepare.ts): the sort of a world feed's 16,000 city names is split into steps too, and gives
 * the ranks one collator sort gives.
 */
import { expect } from '@open-wc/testing';
import { generateFeed, prng } from '../../scripts/generate-feed.mjs';
import { readFeedObject } from '../../src/feed/loader.js';
import { mapModelOf, type MapModel } from '../../src/partnership-map/model.js';
import { nameRanksOf, prepareTable, ranksOf } from '../../src/partnership-map/name-ranks.js';
import { cityName } from '../../src/partnership-map/texts.js';

/** The ranks as one sort of the distinct texts gives them (texts without digits: no padding). */
function oneSort(texts: readonly string[], language: string): Map<string, number> {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const sorted = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((text, i) => {
    if (i > 0 && collator.compare(sorted[i - 1], text) !== 0) rank = i;
    ranks.set(text, rank);
  });
  return ranks;
}

async function worldModel(): Promise<MapModel> {
  const read = await readFeedObject(generateFeed({ partnerships: 25_000, sessions: 0, world: true }));
  if (!read.ok) throw new Error('the generated feed does not load');
  return mapModelOf(read.feed);
}

describe('<partnership-map> name ranks', function () {
  this.timeout(60_000);

  it('ranks texts as one collator sort does: accents, case, equal and repeated names, thousands of them', () => {
    const random = prng(7);
    const letters = ['a', 'á', 'b', 'c', 'č', 'e', 'é', 'o', 'ö', 'ß', 's', 'z', 'ж', 'ё', 'е', 'A', 'Ö', ' ', '-'];
    const texts = Array.from({ length: 3_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join(''),
    );
    for (const language of ['de', 'ru', 'en']) {
      const expected = oneSort(texts, language);
      const ranks = ranksOf(texts, language);
      for (const text of texts) expect(ranks.get(text), `${language}: ${text}`).to.equal(expected.get(text));
    }
  });

  it('orders numbers in names by value', () => {
    const ranks = ranksOf(['Town 10', 'Town 2', 'Town 1', 'Town 02'], 'en');
    expect(ranks.get('Town 1')).to.be.below(ranks.get('Town 2')!);
    expect(ranks.get('Town 2')).to.equal(ranks.get('Town 02'));
    expect(ranks.get('Town 2')).to.be.below(ranks.get('Town 10')!);
  });

  it('orders numbers in other scripts’ digits by value, as the numeric collator does', () => {
    // Arabic-Indic, Persian, Devanagari, Bengali, Thai and full-width digits, beside ASCII ones.
    const texts = ['Town 2', 'Town 10', 'Town ٢', 'Town ١٠', 'Town ۳', 'Town ٠٢', 'Town ४२', 'Town ৭', 'Town ๑๐', 'Town ２', 'Town １１'];
    for (const language of ['de', 'ru', 'en']) {
      const numeric = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
      const ranks = ranksOf(texts, language);
      for (const a of texts)
        for (const b of texts) expect(Math.sign(ranks.get(a)! - ranks.get(b)!), `${language}: ${a} / ${b}`).to.equal(Math.sign(numeric.compare(a, b)));
    }
  });

  it('prepares a world feed’s ranks in short steps, the sort of the names included, with the ranks a table would work out', async () => {
    const model = await worldModel();
    const names = model.cityList.map(({ city }) => cityName(city, 'de'));
    expect(
      names.some((name) => /\d/.test(name)),
      'names with digits (this check needs none)',
    ).to.equal(false);
    let steps = 0;
    const preparation = prepareTable(model, 'de');
    while (!preparation.next().done) steps++;
    // 400 names are turned into text per step; the sort of 16,000 names was one more step.
    const naming = Math.ceil(names.length / 400);
    expect(steps - naming, 'steps of the sort').to.be.at.least(10);
    const expected = oneSort(names, 'de');
    const ranks = nameRanksOf(model, 'de').cities;
    for (const { city } of model.cityList) expect(ranks.get(city.id), city.id).to.equal(expected.get(cityName(city, 'de')));
  });
});
