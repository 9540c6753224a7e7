/**
 * Issue 15, the jubilee list as readers saw it: a founding date given as a season ("summer
 * 1991": `since` "1991" with a qualifier) sorts by the season's months, not as the start of
 * its year, so it no longer comes before "16 January 1991"; and in Russian it is written as a
 * month would be, "лето 1991 г." like "апрель 2011 г.".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import type { LocalisedText } from '../../src/feed/schema.js';
import { formatFounding, seasonStart } from '../../src/i18n/founding.js';
import { setClock } from '../../src/shared/clock.js';
import { city } from '../support/feeds.js';
import { pageLanguage, resetPage, settled, shadow, texts } from '../support/widgets.js';

const SUMMER = { en: 'summer', de: 'Sommer', ru: 'лето' };

const FEED = {
  version: 1,
  cities: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => city(id, 'DE', { en: `Town ${id.toUpperCase()}` })),
  partnerships: [
    { id: 'september', cities: ['a', 'b'], since: '1991-09' },
    { id: 'summer', cities: ['a', 'c'], since: '1991', sinceQualifier: SUMMER },
    { id: 'january', cities: ['a', 'd'], since: '1991-01-16' },
    { id: 'year', cities: ['a', 'e'], since: '1991' },
    { id: 'spring', cities: ['a', 'f'], since: '1991', sinceQualifier: 'Frühjahr' },
  ],
};

async function datesShown(): Promise<string[]> {
  const element = await fixture<JubileeList>(html`<jubilee-list .feed=${FEED} year="2021"></jubilee-list>`);
  await settled(element);
  return texts(shadow(element), '[part~="entry"] time');
}

describe('<jubilee-list> and seasons', () => {
  beforeEach(() => setClock(() => new Date('2021-01-01T12:00:00Z')));
  afterEach(resetPage);

  it('orders a group by date at each one’s own precision, a season by its months', async () => {
    expect(await datesShown()).to.deep.equal(['1991', '16 January 1991', 'Frühjahr 1991', 'summer 1991', 'September 1991']);
  });

  it('writes a season in Russian with "г.", as a month and year', async () => {
    await pageLanguage('ru');
    const shown = await datesShown();
    expect(shown).to.include('лето 1991 г.').and.include('сентябрь 1991 г.');
    await pageLanguage('de');
    expect(await datesShown())
      .to.include('Sommer 1991')
      .and.include('September 1991');
  });

  it('knows the seasons in English, German and Russian, and nothing else', () => {
    const seasons: LocalisedText[] = [{ en: 'Spring' }, 'Sommer', { ru: 'осень' }, 'fall', ' Winter '];
    expect(seasons.map((text) => seasonStart(text))).to.deep.equal([3, 6, 9, 9, 1]);
    const others: (LocalisedText | undefined)[] = ['Anfang', { en: 'early' }, undefined];
    expect(others.map((text) => seasonStart(text))).to.deep.equal([undefined, undefined, undefined]);
    expect(formatFounding({ year: 1991, precision: 'year' }, 'лето', 'ru')).to.equal('лето 1991\u00a0г.'); // the year kept with "г." (a no-break space)
    expect(formatFounding({ year: 1991, precision: 'year' }, 'summer', 'en')).to.equal('summer 1991');
  });
});
