/**
 * The "…" after the names of a group or of a crowded place ("Essen …", "Town 1, Town 2, Town 3 …"):
 * German spaces an ellipsis that stands for left-out words, Russian writes it after the word without
 * a space ("Эссен…", «Берлин, Гамбург, Эссен…»). Before, every language had the space.
 */
import { expect } from '@open-wc/testing';
import type { City } from '../../src/feed/schema.js';
import { clusterName, someNames } from '../../src/partnership-map/texts.js';
import { setClock } from '../../src/shared/clock.js';
import { pageLanguage, resetPage, shadow, texts, until } from '../support/widgets.js';
import { ruhrMap } from '../support/ruhr.js';

const towns = ['Essen', 'Bochum', 'Dortmund', 'Herne'].map((name, i) => ({ id: `t${i}`, name, country: 'DE', lat: 51, lon: 7 + i / 10 }) as City);

describe('<partnership-map>: the ellipsis after left-out names', () => {
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  const expected: Record<string, string> = { en: 'Essen, Bochum, Dortmund …', de: 'Essen, Bochum, Dortmund …', ru: 'Essen, Bochum, Dortmund…' };
  for (const [language, names] of Object.entries(expected)) {
    it(`${language}: a group's name and tooltip list a few cities, then "…" as the language writes it`, () => {
      expect(someNames(towns, language)).to.equal(names);
      expect(clusterName(towns, 9, language)).to.contain(`(${names}),`);
    });
  }

  for (const language of ['ru', 'de']) {
    it(`${language}: a group's label on the map is its largest city and "…" as the language writes it`, async () => {
      setClock(() => new Date('2021-06-01T12:00:00Z'));
      await pageLanguage(language);
      const element = await ruhrMap(1280);
      const labels = () => texts(shadow(element), 'svg.labels text').filter((text) => text.endsWith('…'));
      await until(() => labels().length > 0, 'no label of a group');
      for (const label of labels()) expect(label, label).to.match(language === 'ru' ? /[^\s\u00a0]…$/u : / …$/u);
    });
  }
});
