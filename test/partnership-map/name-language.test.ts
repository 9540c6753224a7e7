/**
 * WCAG 3.1.2, language of parts: a city the feed names only in Russian, shown on a German page, is
 * read in Russian: the element with its name carries lang="ru" (in the details, the list of a place's
 * cities and the table); a name in German carries none of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { city } from '../support/feeds.js';
import { pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

const FEED = {
  version: 1,
  cities: [
    { ...city('essen', 'DE', { de: 'Essen', ru: 'Эссен' }), lat: 51.45, lon: 7.01 },
    { ...city('kirov', 'RU', { ru: 'Киров' }), lat: 58.6, lon: 49.66 },
    { ...city('troitsk', 'RU', { ru: 'Троицк' }), lat: 54.08, lon: 61.56 },
    { ...city('tver', 'RU', { ru: 'Тверь', de: 'Twer' }), lat: 56.86, lon: 35.9 },
  ],
  partnerships: [
    { id: 'k', cities: ['essen', 'kirov'], since: '1991' },
    { id: 't', cities: ['essen', 'troitsk'], since: '1992' },
    { id: 'w', cities: ['essen', 'tver'], since: '1993' },
  ],
};

/** Each element's text, and the lang of the nearest element with one at or inside it (the widget's `de` where none is its own). */
const languages = (elements: Iterable<Element>) =>
  [...elements].map((element) => [element.textContent!.trim(), (element.querySelector('[lang]') ?? element.closest('[lang]'))!.getAttribute('lang')]);

describe('<partnership-map> names in another language than the page', () => {
  afterEach(resetPage);

  it('marks a city named only in Russian with lang="ru" on a German page, in the details and the table', async () => {
    await pageLanguage('de');
    const element = await fixture<PartnershipMap>(html`<partnership-map .feed=${FEED} city="essen"></partnership-map>`);
    const root = shadow(element);
    await until(() => root.querySelector('[part~="partner-name"]'), 'the details of Essen did not open');
    expect(languages(root.querySelectorAll('[part~="panel-heading"]'))).to.deep.equal([['Essen', 'de']]);
    expect(languages(root.querySelectorAll('[part~="partner-name"]'))).to.deep.equal([
      ['Киров', 'ru'],
      ['Троицк', 'ru'],
      ['Twer', 'de'],
    ]);
    element.city = 'kirov';
    await until(() => root.querySelector('[part~="panel-heading"]')?.textContent?.includes('Киров'), 'the details of Kirov did not open');
    expect(languages(root.querySelectorAll('[part~="panel-heading"]'))).to.deep.equal([['Киров', 'ru']]);
    element.view = 'table';
    await until(() => root.querySelector('[part~="row"]'), 'no table');
    const cells = languages(root.querySelectorAll('[part~="row"] .name'));
    expect(cells.filter(([, lang]) => lang === 'ru').map(([name]) => name)).to.have.members(['Киров', 'Троицк']);
    expect(cells.filter(([name]) => name === 'Essen' || name === 'Twer').map(([, lang]) => lang)).to.deep.equal(['de', 'de', 'de', 'de']);
  });
});
