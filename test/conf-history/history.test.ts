import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/model.js';
import {
  historyOf,
  historyOrder,
  hostCountries,
  hostedIn,
  inYears,
  markedConference,
  orderConferences,
  yearBound,
  yearSpan,
} from '../../src/conf-history/history.js';
import { city, sampleFeed } from '../support/feeds.js';

function feedOf(document: unknown): Feed {
  const result = validateFeed(document);
  if (!result.ok) throw new Error(result.failure.detail);
  return result.feed;
}

const SERIES = [
  'viii-yekaterinburg-2005',
  'ix-hamburg-2007',
  'x-volgograd-2009',
  'xi-rothenburg-ob-der-tauber-2011',
  'xii-ulyanovsk-2013',
  'xiii-karlsruhe-baden-baden-2015',
  'xiv-krasnodar-2017',
  'xv-dueren-2019',
  'xvi-kaluga-2021',
];

const ids = (entries: { conference: { id: string } }[]) => entries.map((entry) => entry.conference.id);

function conference(id: string, ordinal: number, start: string, hostCities: string[], extra: Record<string, unknown> = {}) {
  return { id, ordinal, title: 'Conference', start, hostCities, ...extra };
}

describe('conference history (pure logic)', () => {
  let sample: Feed;
  before(async () => {
    sample = feedOf(await sampleFeed());
  });

  describe('with the sample feed', () => {
    const AFTER_THE_SERIES = new Date('2024-03-01T12:00:00Z');

    it('lists the series from Jekaterinburg 2005 to Kaluga 2021, oldest first by default', () => {
      const entries = historyOf(sample, {}, AFTER_THE_SERIES);
      expect(ids(entries)).to.deep.equal(SERIES);
      expect(entries.map((entry) => entry.conference.ordinal)).to.deep.equal([8, 9, 10, 11, 12, 13, 14, 15, 16]);
      expect(entries.map((entry) => entry.start.year)).to.deep.equal([2005, 2007, 2009, 2011, 2013, 2015, 2017, 2019, 2021]);
    });

    it('lists it newest first with order desc', () => {
      expect(ids(historyOf(sample, { order: 'desc' }, AFTER_THE_SERIES))).to.deep.equal([...SERIES].reverse());
    });

    it('keeps the years from and to, both inclusive', () => {
      expect(ids(historyOf(sample, { from: 2013, to: 2017 }, AFTER_THE_SERIES))).to.deep.equal([
        'xii-ulyanovsk-2013',
        'xiii-karlsruhe-baden-baden-2015',
        'xiv-krasnodar-2017',
      ]);
      expect(ids(historyOf(sample, { from: 2019 }, AFTER_THE_SERIES))).to.deep.equal(['xv-dueren-2019', 'xvi-kaluga-2021']);
      expect(ids(historyOf(sample, { to: 2006 }, AFTER_THE_SERIES))).to.deep.equal(['viii-yekaterinburg-2005']);
      expect(historyOf(sample, { from: 1990, to: 1995 }, AFTER_THE_SERIES)).to.deep.equal([]);
    });

    it('keeps the conferences hosted in a country, whatever the case of the code', () => {
      const russian = ['viii-yekaterinburg-2005', 'x-volgograd-2009', 'xii-ulyanovsk-2013', 'xiv-krasnodar-2017', 'xvi-kaluga-2021'];
      expect(ids(historyOf(sample, { country: 'RU' }, AFTER_THE_SERIES))).to.deep.equal(russian);
      expect(ids(historyOf(sample, { country: 'de' }, AFTER_THE_SERIES))).to.deep.equal(SERIES.filter((id) => !russian.includes(id)));
      expect(historyOf(sample, { country: 'PL' }, AFTER_THE_SERIES)).to.deep.equal([]);
    });

    it('groups the host cities of Karlsruhe and Baden-Baden under one country', () => {
      const entry = historyOf(sample, { from: 2015, to: 2015 }, AFTER_THE_SERIES)[0];
      expect(entry.hosts.map((host) => [host.country, host.cities.map((c) => c.id)])).to.deep.equal([['DE', ['karlsruhe', 'baden-baden']]]);
    });

    it('marks Kaluga 2021 as the latest once the series is over, and only that one', () => {
      const entries = historyOf(sample, {}, AFTER_THE_SERIES);
      expect(entries.filter((entry) => entry.mark).map((entry) => [entry.conference.id, entry.mark])).to.deep.equal([['xvi-kaluga-2021', 'latest']]);
    });

    it('marks Kaluga as next before it, as current while it runs, as latest after it', () => {
      const mark = (iso: string) => {
        const found = markedConference(sample.conferences, new Date(iso));
        return [found?.conference.id, found?.mark];
      };
      expect(mark('2021-06-01T12:00:00Z')).to.deep.equal(['xvi-kaluga-2021', 'next']);
      expect(mark('2021-06-29T09:00:00Z')).to.deep.equal(['xvi-kaluga-2021', 'current']);
      expect(mark('2021-07-01T09:00:00Z')).to.deep.equal(['xvi-kaluga-2021', 'latest']);
      expect(mark('2019-06-26T09:00:00Z')).to.deep.equal(['xv-dueren-2019', 'current']);
      expect(mark('2018-01-10T09:00:00Z')).to.deep.equal(['xv-dueren-2019', 'next']);
    });

    it('judges the start on the day in the conference’s own time zone (Moscow), not the reader’s', () => {
      // 21:30 UTC on 27 June is already 28 June, the first day, in Moscow.
      expect(markedConference(sample.conferences, new Date('2021-06-27T21:30:00Z'))?.mark).to.equal('current');
      expect(markedConference(sample.conferences, new Date('2021-06-27T20:30:00Z'))?.mark).to.equal('next');
    });

    it('chooses the mark from the whole series, so a filter never promotes an older conference', () => {
      const entries = historyOf(sample, { to: 2015 }, AFTER_THE_SERIES);
      expect(entries).to.have.length(6);
      expect(entries.some((entry) => entry.mark)).to.equal(false);
      const running = historyOf(sample, { country: 'RU' }, new Date('2021-06-29T09:00:00Z'));
      expect(running.at(-1)?.mark).to.equal('current');
      expect(running.at(-1)?.status).to.deep.equal({ kind: 'running', day: 2, of: 3 });
    });

    it('reports the span of years of what is listed', () => {
      expect(yearSpan(historyOf(sample, {}, AFTER_THE_SERIES))).to.deep.equal({ first: 2005, last: 2021 });
      expect(yearSpan(historyOf(sample, { country: 'DE', order: 'desc' }, AFTER_THE_SERIES))).to.deep.equal({ first: 2007, last: 2019 });
      expect(yearSpan([])).to.equal(undefined);
    });
  });

  describe('with small feeds', () => {
    const feed = feedOf({
      version: 1,
      cities: [city('a'), city('b', 'RU'), city('c', 'RU')],
      conferences: [
        conference('third', 3, '2020-12-30', ['b'], { end: '2021-01-02' }),
        conference('first', 1, '2019', ['a', 'b', 'c']),
        conference('second-late', 2, '2019-11', ['a']),
      ],
    });

    it('orders by first day, known only as far as the feed says, then by ordinal', () => {
      expect(orderConferences(feed.conferences).map((c) => c.id)).to.deep.equal(['first', 'second-late', 'third']);
      const sameDay = [conference('y', 7, '2010-05-01', []), conference('x', 6, '2010-05-01', [])];
      expect(orderConferences(sameDay).map((c) => c.ordinal)).to.deep.equal([6, 7]);
      expect(orderConferences(sameDay, 'desc').map((c) => c.ordinal)).to.deep.equal([7, 6]);
    });

    it('counts a conference in every year it touches', () => {
      const third = feed.conferences.find((c) => c.id === 'third')!;
      expect(inYears(third, 2021, 2021)).to.equal(true);
      expect(inYears(third, 2020, 2020)).to.equal(true);
      expect(inYears(third, 2022)).to.equal(false);
      expect(inYears(third, undefined, 2019)).to.equal(false);
      expect(inYears(third)).to.equal(true);
    });

    it('matches a country when any host city lies in it, and groups cities per country', () => {
      const first = feed.conferences.find((c) => c.id === 'first')!;
      expect(hostedIn(first, feed, 'DE')).to.equal(true);
      expect(hostedIn(first, feed, ' ru ')).to.equal(true);
      expect(hostedIn(first, feed, 'PL')).to.equal(false);
      expect(hostedIn(first, feed, undefined)).to.equal(true);
      expect(hostCountries(first, feed).map((group) => [group.country, group.cities.map((c) => c.id)])).to.deep.equal([
        ['DE', ['a']],
        ['RU', ['b', 'c']],
      ]);
    });

    it('marks the next conference, judged at the precision the feed gives', () => {
      expect(markedConference(feed.conferences, new Date('2019-06-01T12:00:00Z'))?.conference.id).to.equal('second-late');
      expect(markedConference(feed.conferences, new Date('2019-06-01T12:00:00Z'))?.mark).to.equal('next');
      expect(markedConference(feed.conferences, new Date('2021-01-01T12:00:00Z'))).to.deep.include({ mark: 'current' });
      expect(markedConference([], new Date())).to.equal(undefined);
    });
  });

  describe('attribute values', () => {
    it('reads order, falling back to asc', () => {
      expect(historyOrder('desc')).to.equal('desc');
      expect(historyOrder(' DESC ')).to.equal('desc');
      expect(historyOrder('asc')).to.equal('asc');
      expect(historyOrder('newest')).to.equal('asc');
      expect(historyOrder(undefined)).to.equal('asc');
    });

    it('reads a year bound, ignoring what is not a year', () => {
      expect(yearBound('2015')).to.equal(2015);
      expect(yearBound(2015)).to.equal(2015);
      expect(yearBound('')).to.equal(undefined);
      expect(yearBound('soon')).to.equal(undefined);
      expect(yearBound('2015.5')).to.equal(undefined);
      expect(yearBound(undefined)).to.equal(undefined);
      expect(yearBound('-3')).to.equal(undefined);
    });
  });
});
