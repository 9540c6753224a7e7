/**
 * A partnership's other dates (feed field `dates`: signed, reaffirmed, other, each with an optional
 * label) are "shown under the founding date" (docs/feed.md): in the map's details as in the jubilee
 * list, a description list under the founding line ("Reaffirmed: 9 September 2001"), in the
 * widget's language, with the jubilee list's labels and date formats. The table keeps one row per
 * partnership with its founding date only.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { city } from '../support/feeds.js';
import { pageLanguage, resetPage, shadow, texts, until } from '../support/widgets.js';

const FEED = {
  version: 1,
  cities: [
    city('essen', 'DE', { en: 'Essen', de: 'Essen', ru: 'Эссен' }),
    city('nizhny', 'RU', { en: 'Nizhny Novgorod', de: 'Nischni Nowgorod', ru: 'Нижний Новгород' }),
    { ...city('tula', 'RU', { en: 'Tula', de: 'Tula', ru: 'Тула' }), lat: 54.2, lon: 37.6 },
  ],
  partnerships: [
    {
      id: 'essen--nizhny',
      cities: ['essen', 'nizhny'],
      since: '1991-09-09',
      dates: [
        { kind: 'signed', date: '1991-06' },
        { kind: 'reaffirmed', date: '2001-09-09' },
        { kind: 'other', date: '2011' },
        { kind: 'other', date: '2016-05', label: { en: 'Youth exchange began', de: 'Jugendaustausch begonnen', ru: 'Начался молодёжный обмен' } },
      ],
    },
    { id: 'essen--tula', cities: ['essen', 'tula'], since: '2001' },
  ],
};

async function essen(attributes: Record<string, string> = { city: 'essen' }, ready = '[part~="partner-since"]'): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = FEED as FeedDocument;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector(ready), `no ${ready}`);
  await element.updateComplete;
  return element;
}

/** Each partner's other dates as "label: date", read from the description lists' terms and details. */
function otherDates(element: Element): string[][] {
  return [...shadow(element).querySelectorAll('li[part~="partner"]')].map((partner) =>
    [...partner.querySelectorAll('dl[part~="partner-dates"] > div')].map((row) => `${texts(row, 'dt')[0]}: ${texts(row, 'dd')[0]}`),
  );
}

describe('<partnership-map> details: a partnership’s other dates', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('lists them under the founding date, each as a term and its date, axe-core clean', async () => {
    const element = await essen();
    const root = shadow(element);
    expect(texts(root, '[part~="partner-name"]')).to.deep.equal(['Nizhny Novgorod', 'Tula']);
    expect(otherDates(element)).to.deep.equal([
      ['Signed: June 1991', 'Reaffirmed: 9 September 2001', 'Also: 2011', 'Youth exchange began: May 2016'],
      // No dates, no (empty) list.
      [],
    ]);
    const partner = root.querySelector('li[part~="partner"]')!;
    const list = partner.querySelector('[part~="partner-dates"]')!;
    expect(partner.querySelector('[part~="partner-since"]')!.nextElementSibling, 'right under the founding date').to.equal(list);
    expect([...list.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['1991-06', '2001-09-09', '2011', '2016-05']);
    // The label and its date on one line, a colon between them (as in the jubilee list).
    const term = list.querySelector('dt')!;
    expect(getComputedStyle(term, '::after').content).to.equal('": "');
    expect(Math.abs(term.getBoundingClientRect().top - list.querySelector('dd')!.getBoundingClientRect().top)).to.be.below(2);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('writes them in German and Russian, the feed’s label in the page’s language', async () => {
    await pageLanguage('de');
    let element = await essen();
    expect(otherDates(element)[0]).to.deep.equal([
      'Unterzeichnet: Juni 1991',
      'Bekräftigt: 9. September 2001',
      'Außerdem: 2011',
      'Jugendaustausch begonnen: Mai 2016',
    ]);
    element.remove();
    await pageLanguage('ru');
    element = await essen();
    expect(otherDates(element)[0]).to.deep.equal([
      'Подписано: июнь 1991 г.',
      'Подтверждено: 9 сентября 2001 г.',
      'Также: 2011',
      'Начался молодёжный обмен: май 2016 г.',
    ]);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('keeps the table to one row per partnership, with its founding date only', async () => {
    const element = await essen({ view: 'table' }, '[part~="row"]');
    const rows = [...shadow(element).querySelectorAll('[part~="row"]')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.have.length(2);
    expect(rows.join(' ')).to.contain('9 September 1991').and.not.contain('9 September 2001').and.not.contain('Reaffirmed');
  });
});
