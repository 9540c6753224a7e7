/**
 * A conference whose first day is known but whose end the feed gives only as a month or a year
 * ("2027-06-28" to "2027-07"): its start is a full date shown on the page, so before it the status
 * counts the days to it, as for any dated conference, and does not say "Date to be announced".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import '../../src/conf-history/define.js';
import { setClock } from '../../src/shared/clock.js';
import { minimalFeed } from '../support/feeds.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

const feed = (end: string) =>
  minimalFeed({
    conferences: [{ id: 'c', ordinal: 17, title: 'Conference', start: '2027-06-28', end, timeZone: 'Europe/Moscow', hostCities: ['essen'] }],
  });

const text = (element: Element, selector: string) => texts(shadow(element), selector)[0];

describe('a conference with a full first day and an end known only to the month or year', () => {
  afterEach(() => {
    setClock(undefined);
    return resetPage();
  });

  for (const end of ['2027-07', '2027']) {
    for (const [now, days] of [
      ['2027-05-01T12:00:00Z', 'Begins in 58 days'],
      ['2027-06-01T12:00:00Z', 'Begins in 27 days'],
      // 00:30 in Moscow on the 27th, still the 26th in Berlin or New York.
      ['2027-06-26T21:30:00Z', 'Begins tomorrow'],
    ] as const) {
      it(`end ${end}, at ${now}: "${days}" in <conf-overview> and <conf-history>`, async () => {
        setClock(() => new Date(now));
        const overview = await fixture(html`<conf-overview .feed=${feed(end)}></conf-overview>`);
        await settled(overview, '[part~="card"], [part~="error"]');
        expect(text(overview, '[part~="conference-status"]')).to.equal(days);
        const history = await fixture(html`<conf-history .feed=${feed(end)}></conf-history>`);
        await settled(history);
        expect(text(history, '[part~="state"]')).to.equal(days);
      });
    }
  }
});
