/**
 * The map's table sorts founding dates as the jubilee list orders them (test/jubilee-list/season.test.ts):
 * each at its own precision from its earliest moment ("1991" before "16 January 1991"), and a season
 * ("summer 1991": `since` "1991" with a qualifier) by its first month, so after "16 January 1991" and
 * before "September 1991", not as the start of its year. Both widgets read the order from one function
 * (foundingOrder in src/i18n/founding.ts).
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { city } from '../support/feeds.js';
import { pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

const SUMMER = { en: 'summer', de: 'Sommer', ru: 'лето' };

/** The feed of the jubilee list's season test, with a Russian partner for each: one table row each. */
const FEED = {
  version: 1,
  cities: [
    city('a', 'DE', { en: 'Town A', de: 'Stadt A', ru: 'Город А' }),
    ...['b', 'c', 'd', 'e', 'f'].map((id) => city(id, 'RU', { en: `Town ${id.toUpperCase()}` })),
  ],
  partnerships: [
    { id: 'september', cities: ['a', 'b'], since: '1991-09' },
    { id: 'summer', cities: ['a', 'c'], since: '1991', sinceQualifier: SUMMER },
    { id: 'january', cities: ['a', 'd'], since: '1991-01-16' },
    { id: 'year', cities: ['a', 'e'], since: '1991' },
    { id: 'spring', cities: ['a', 'f'], since: '1991', sinceQualifier: 'Frühjahr' },
  ],
};

async function table(): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.setAttribute('view', 'table');
  element.feed = FEED as FeedDocument;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelectorAll('[part~="row"]').length === 5, 'no rows');
  await element.updateComplete;
  return element;
}

/** The founding-date column, top to bottom. */
function dates(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="row"]')].map((row) => row.querySelectorAll('th, td')[4].textContent!.replace(/\s+/g, ' ').trim());
}

async function sortByDate(element: PartnershipMap): Promise<void> {
  shadow(element).querySelectorAll('th')[4].querySelector('button')!.click();
  await element.updateComplete;
}

describe('<partnership-map> table: founding dates in the jubilee list’s order', () => {
  beforeEach(() => setClock(() => new Date('2021-01-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('sorts a year first, a season by its first month, in both directions', async () => {
    const element = await table();
    await sortByDate(element);
    const ascending = ['1991', '16 January 1991', 'Frühjahr 1991', 'summer 1991', 'September 1991'];
    expect(dates(element)).to.deep.equal(ascending);
    await sortByDate(element);
    expect(dates(element)).to.deep.equal([...ascending].reverse());
  });

  it('sorts a season by its months in German too', async () => {
    await pageLanguage('de');
    const element = await table();
    await sortByDate(element);
    expect(dates(element)).to.deep.equal(['1991', '16. Januar 1991', 'Frühjahr 1991', 'Sommer 1991', 'September 1991']);
  });
});
