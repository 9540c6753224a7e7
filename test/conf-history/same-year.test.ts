/**
 * Two conferences of the series in one year, the later one known only by its year (its date is to
 * be announced, or was never recorded): the timeline keeps the series' order (XV before XVI), not
 * the year-only one first as if it were held on 1 January; and once XV has taken place, XVI is
 * still "Next" in that year, not XV the "Latest conference".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-history/define.js';
import type { ConfHistory } from '../../src/conf-history/conf-history.js';
import { setClock } from '../../src/shared/clock.js';
import { minimalFeed } from '../support/feeds.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

const conference = (ordinal: number, start: string, end?: string) => ({ id: `c${ordinal}`, ordinal, title: 'Conference', start, end, hostCities: ['essen'] });

const feed = minimalFeed({
  conferences: [conference(16, '2025'), conference(14, '2023-06-01', '2023-06-03'), conference(15, '2025-10-01', '2025-10-03')],
});

async function history(order = 'asc'): Promise<ConfHistory> {
  const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed} order=${order}></conf-history>`);
  await settled(element);
  return element;
}

const ordinals = (element: Element) => texts(shadow(element), '[part~="entry"] [part~="ordinal"]');
const marked = (element: Element) => texts(shadow(element), '[part~="marked"] [part~="ordinal"], [part~="marked"] [part~="badge"]');

describe('<conf-history>: two conferences in one year, one known only by its year', () => {
  afterEach(resetPage);

  it('lists them in the order of the series, both ways', async () => {
    setClock(() => new Date('2025-03-01T12:00:00Z'));
    expect(ordinals(await history())).to.deep.equal(['XIV', 'XV', 'XVI']);
    expect(ordinals(await history('desc'))).to.deep.equal(['XVI', 'XV', 'XIV']);
  });

  it('marks the dated one "Next" before it, and the one to be announced after it', async () => {
    setClock(() => new Date('2025-03-01T12:00:00Z'));
    expect(marked(await history())).to.deep.equal(['XV', 'Next']);
    setClock(() => new Date('2025-11-15T12:00:00Z'));
    expect(marked(await history())).to.deep.equal(['XVI', 'Next']);
    // The year over without a date for it: the latest by its place in the series.
    setClock(() => new Date('2026-02-01T12:00:00Z'));
    expect(marked(await history())).to.deep.equal(['XVI', 'Latest conference']);
  });
});
