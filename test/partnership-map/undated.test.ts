/**
 * Issue 12, "real data is incomplete": a partnership without a founding date is on the map
 * like any other; its details and its table row say "founding date unknown", sorting by date
 * or years puts it last in both directions, and a years filter leaves it out and says how
 * many it left out. A feed whose partnerships were all dropped as invalid says so instead of
 * "No partnerships are listed yet".
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { city } from '../support/feeds.js';
import { captureConsole, pageLanguage, resetPage, shadow, texts, until } from '../support/widgets.js';

const FEED = {
  version: 1,
  cities: [
    city('essen', 'DE', { en: 'Essen', de: 'Essen', ru: 'Эссен' }),
    city('nizhny', 'RU', { en: 'Nizhny Novgorod', de: 'Nischni Nowgorod', ru: 'Нижний Новгород' }),
    { ...city('kazan', 'RU', { en: 'Kazan', de: 'Kasan', ru: 'Казань' }), lat: 55.8, lon: 49.1 },
    { ...city('tula', 'RU', { en: 'Tula', de: 'Tula', ru: 'Тула' }), lat: 54.2, lon: 37.6 },
  ],
  partnerships: [
    { id: 'essen--nizhny', cities: ['essen', 'nizhny'], since: '1991-09-09' },
    { id: 'essen--kazan', cities: ['essen', 'kazan'] },
    { id: 'essen--tula', cities: ['essen', 'tula'], since: '2001' },
  ],
};

async function map(feed: unknown, attributes: Record<string, string> = {}, ready = '[part~="summary"], [part~="empty"]'): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = feed as FeedDocument;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector(ready), `no ${ready}`);
  await element.updateComplete;
  return element;
}

/** The details of Essen, opened by city="essen": each partner's name and date line. */
async function essenDetails(): Promise<string[]> {
  const element = await map(FEED, { city: 'essen' }, '[part~="partner-since"]');
  const root = shadow(element);
  const names = texts(root, '[part~="partner-name"]');
  return texts(root, '[part~="partner-since"]').map((line, i) => `${names[i]}: ${line}`);
}

/** The table's rows as "partner | since | years". */
function rows(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="row"]')].map((row) => {
    const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    return `${cells[2]} | ${cells[4]} | ${cells[5]}`;
  });
}

async function sortBy(element: PartnershipMap, column: number): Promise<void> {
  shadow(element).querySelectorAll('th')[column].querySelector('button')!.click();
  await element.updateComplete;
}

describe('<partnership-map> with partnerships without a founding date', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('shows them on the map and counts them', async () => {
    const element = await map(FEED);
    expect(texts(shadow(element), '[part~="summary"]')[0]).to.equal('3 partnerships, 4 cities');
    expect(texts(shadow(element), '[part~="undated"]')).to.deep.equal([]);
  });

  it('says "founding date unknown" in the details, in English, German and Russian', async () => {
    expect(await essenDetails()).to.deep.equal([
      'Nizhny Novgorod: Partners since 9 September 1991 · 29 years',
      'Kazan: founding date unknown',
      'Tula: Partners since 2001 · 20 years',
    ]);
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await pageLanguage('de');
    expect((await essenDetails())[1]).to.equal('Kasan: Gründungsdatum unbekannt');
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await pageLanguage('ru');
    expect((await essenDetails())[1]).to.equal('Казань: дата основания неизвестна');
  });

  it('says it in the table, and sorts such rows last by date and by years, in both directions', async () => {
    const element = await map(FEED, { view: 'table' }, '[part~="row"]');
    expect(rows(element)).to.include('Kazan | founding date unknown | ');
    await sortBy(element, 4);
    expect(rows(element)).to.deep.equal(['Nizhny Novgorod | 9 September 1991 | 29 years', 'Tula | 2001 | 20 years', 'Kazan | founding date unknown | ']);
    await sortBy(element, 4);
    expect(rows(element)).to.deep.equal(['Tula | 2001 | 20 years', 'Nizhny Novgorod | 9 September 1991 | 29 years', 'Kazan | founding date unknown | ']);
    await sortBy(element, 5);
    expect(rows(element).map((row) => row.split(' | ')[0])).to.deep.equal(['Tula', 'Nizhny Novgorod', 'Kazan']);
    await sortBy(element, 5);
    expect(rows(element).map((row) => row.split(' | ')[0])).to.deep.equal(['Nizhny Novgorod', 'Tula', 'Kazan']);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('says it in the table in German and Russian', async () => {
    await pageLanguage('de');
    let element = await map(FEED, { view: 'table' }, '[part~="row"]');
    expect(rows(element)).to.include('Kasan | Gründungsdatum unbekannt | ');
    element.remove();
    await pageLanguage('ru');
    element = await map(FEED, { view: 'table' }, '[part~="row"]');
    expect(rows(element)).to.include('Казань | дата основания неизвестна | ');
  });

  it('leaves them out under a years filter and says how many, in English, German and Russian', async () => {
    const element = await map(FEED, { from: '1990' });
    const root = shadow(element);
    expect(texts(root, '[part~="summary"]')[0]).to.equal('2 partnerships, 3 cities');
    expect(texts(root, '[part~="undated"]')).to.deep.equal(['1 partnership without a founding date is not shown because of the years filter.']);
    element.setAttribute('to', '1995');
    await element.updateComplete;
    expect(texts(root, '[part~="summary"]')[0]).to.equal('1 partnership, 2 cities');
    expect(texts(root, '[part~="undated"]')).to.have.length(1);
    element.removeAttribute('from');
    element.removeAttribute('to');
    await element.updateComplete;
    expect(texts(root, '[part~="summary"]')[0]).to.equal('3 partnerships, 4 cities');
    expect(texts(root, '[part~="undated"]')).to.deep.equal([]);
    element.setAttribute('from', '1990');
    await pageLanguage('de');
    await element.updateComplete;
    expect(texts(root, '[part~="undated"]')).to.deep.equal(['1 Partnerschaft ohne Gründungsdatum wird wegen des Jahresfilters nicht angezeigt.']);
    await pageLanguage('ru');
    await element.updateComplete;
    expect(texts(root, '[part~="undated"]')).to.deep.equal(['1 партнёрство без даты основания не показано из-за фильтра по годам.']);
  });
  it('takes in its year fields any year the feed may hold: a partnership of 836 is found, the field valid', async () => {
    const feed = {
      version: 1,
      cities: [
        city('paderborn', 'DE', { en: 'Paderborn', de: 'Paderborn', ru: 'Падерборн' }),
        city('le-mans', 'FR', { en: 'Le Mans', de: 'Le Mans', ru: 'Ле-Ман' }),
      ],
      partnerships: [...FEED.partnerships, { id: 'paderborn--le-mans', cities: ['paderborn', 'le-mans'], since: '0836' }],
    };
    const element = await map({ ...feed, cities: [...FEED.cities, ...feed.cities] });
    const root = shadow(element);
    const [from, to] = ['#from', '#to'].map((selector) => root.querySelector<HTMLInputElement>(selector)!);
    for (const [field, year] of [
      [from, '836'],
      [to, '900'],
    ] as const) {
      field.value = year;
      field.dispatchEvent(new Event('input'));
      expect(field.validity.valid, `${field.id} ${year}`).to.equal(true);
    }
    await element.updateComplete;
    expect(texts(root, '[part~="summary"]')[0]).to.equal('1 partnership, 2 cities');
    // The fields' range is the filter's own (yearBound: 1 to 9999): a year it would ignore is invalid.
    to.value = '10000';
    expect(to.validity.valid).to.equal(false);
  });
});

describe('<partnership-map> when every partnership was dropped', () => {
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  /** Two partnerships, both invalid: one names an unknown city, the other a city dropped for its longitude. */
  const broken = () => ({
    version: 1,
    cities: [city('essen'), { ...city('far', 'RU'), lon: 999 }],
    partnerships: [
      { id: 'a', cities: ['essen', 'ghost'], since: '1991' },
      { id: 'b', cities: ['essen', 'far'] },
    ],
  });

  const emptyText = async () => {
    const { value: element, logged } = await captureConsole(() => map(broken()));
    expect(logged.join('\n'), 'the console has the details').to.contain('unknown city "ghost"');
    const shown = texts(shadow(element), '[part~="empty"]');
    element.remove();
    return shown;
  };

  it('says how many entries were left out as invalid, in English, German and Russian', async () => {
    expect(await emptyText()).to.deep.equal([
      'No partnerships can be shown: 2 entries were left out because they are invalid. The browser console has the details.',
    ]);
    await pageLanguage('de');
    expect(await emptyText()).to.deep.equal([
      'Es können keine Partnerschaften angezeigt werden: 2 Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.',
    ]);
    await pageLanguage('ru');
    expect(await emptyText()).to.deep.equal([
      'Не удаётся показать партнёрства: 2 записи пропущены, так как содержат ошибки. Подробности — в консоли браузера.',
    ]);
  });

  it('still says "No partnerships are listed yet" for a feed that lists none', async () => {
    const element = await map({ version: 1, cities: [city('essen')] });
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['No partnerships are listed yet.']);
  });
});
