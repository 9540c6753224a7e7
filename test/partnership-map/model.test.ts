import { expect } from '@open-wc/testing';
import { readFeedObject } from '../../src/feed/loader.js';
import type { Feed } from '../../src/feed/model.js';
import { ClusterIndex, CLUSTER_RADIUS, levelFor, levelScale, LEVELS } from '../../src/partnership-map/clusters.js';
import { filterMap, mapModelOf, yearsLasted, type MapModel } from '../../src/partnership-map/model.js';
import { nameRanksOf } from '../../src/partnership-map/name-ranks.js';
import { foundingOrder } from '../../src/i18n/founding.js';
import { TableData, tableRows, type SortDirection, type TableColumn, type TableRow } from '../../src/partnership-map/table-rows.js';
import { matchesSearch, searchKeys } from '../../src/partnership-map/search-keys.js';
import { sampleFeed } from '../support/feeds.js';
import { plainLookups } from '../support/map-reference.js';

async function sample(): Promise<Feed> {
  const result = await readFeedObject(await sampleFeed());
  if (!result.ok) throw new Error('the sample feed does not load');
  return result.feed;
}

const names = (rows: { city: { id: string } }[]) => rows.map((row) => row.city.id);

/** The rows in the order the table shows them. */
const sortRows = (rows: TableRow[], model: MapModel, column: TableColumn, direction: SortDirection) =>
  [...new TableData(rows, nameRanksOf(model, 'en')).order(column, direction)].map((index) => rows[index]);

describe('partnership-map search', () => {
  it('finds Nizhny Novgorod by its German, English and Russian spellings, in any one of them', () => {
    for (const query of ['Nischni', 'Nizhny', 'Нижний', 'nizhnij', 'NISCHNI']) {
      expect(matchesSearch(query, ['Нижний Новгород']), `${query} in Cyrillic`).to.equal(true);
      expect(matchesSearch(query, ['Nizhny Novgorod']), `${query} in English`).to.equal(true);
      expect(matchesSearch(query, ['Nischni Nowgorod']), `${query} in German`).to.equal(true);
    }
  });

  it('ignores accents and German umlaut spellings', () => {
    expect(matchesSearch('Osnabruck', ['Osnabrück'])).to.equal(true);
    expect(matchesSearch('Osnabrueck', ['Osnabrück'])).to.equal(true);
    expect(matchesSearch('Dusseldorf', ['Düsseldorf'])).to.equal(true);
    expect(matchesSearch('Ёлка', ['Елка'])).to.equal(true);
  });

  it('matches transliterations of one sound: Mytishchi, Mytischtschi, Мытищи; Yekaterinburg, Jekaterinburg', () => {
    expect(searchKeys('Mytischtschi')).to.deep.equal(searchKeys('Мытищи'));
    expect(searchKeys('Mytishchi')).to.deep.equal(searchKeys('Мытищи'));
    // Екатеринбург is also keyed as "Ekaterinburg" (a word's first е as E), which Jekaterinburg is not.
    expect(searchKeys('Екатеринбург')).to.include.members(searchKeys('Jekaterinburg'));
    expect(searchKeys('Yekaterinburg')).to.deep.equal(searchKeys('Екатеринбург'));
  });

  it('does not find what is not there', () => {
    expect(matchesSearch('Berlin', ['Нижний Новгород', 'Nizhny Novgorod'])).to.equal(false);
    expect(matchesSearch('Moskau', ['Kaluga'])).to.equal(false);
  });
});

describe('partnership-map filters', () => {
  it('shows every partnership of the sample feed and only cities that have one', async () => {
    const feed = await sample();
    const all = filterMap(mapModelOf(feed), {});
    expect(all.partnerships.length).to.equal(feed.partnerships.length);
    expect(all.cities.size).to.equal(36);
    expect(all.cities.has('moscow'), 'a conference host without a partnership').to.equal(false);
  });

  it('filters by country, founding years and search (any spelling), together', async () => {
    const model = mapModelOf(await sample());
    expect(filterMap(model, { country: 'RU' }).partnerships.length).to.equal(18);
    expect(filterMap(model, { country: 'fr' }).partnerships.length).to.equal(0);
    const old = filterMap(model, { to: 1970 });
    expect(old.partnerships.map((entry) => entry.partnership.id).sort()).to.deep.equal(['dresden--st-petersburg', 'suhl--kaluga']);
    const recent = filterMap(model, { from: 2001, to: 2011 });
    expect(recent.partnerships.map((entry) => entry.partnership.id).sort()).to.deep.equal([
      'aachen--kostroma',
      'berlin-lichtenberg--kaliningrad',
      'dueren-district--mytishchi',
      'zarrentin-am-schaalsee--murino',
    ]);
    for (const query of ['Nischni', 'Nizhny', 'Нижний']) {
      const found = filterMap(model, { search: query });
      expect(
        found.partnerships.map((entry) => entry.partnership.id),
        query,
      ).to.deep.equal(['essen--nizhny-novgorod']);
      expect([...found.cities.keys()].sort(), query).to.deep.equal(['essen', 'nizhny-novgorod']);
    }
    expect(filterMap(model, { search: 'Nizhny', from: 1995 }).partnerships).to.deep.equal([]);
  });

  it('counts whole years: not yet on the day before the anniversary, and only the year with a qualifier', () => {
    const since = { year: 1991, month: 9, day: 9, precision: 'day' as const };
    expect(yearsLasted(since, { year: 2021, month: 9, day: 8 })).to.equal(29);
    expect(yearsLasted(since, { year: 2021, month: 9, day: 9 })).to.equal(30);
    // 29 February: the 28th in a common year, the 29th in a leap year.
    const leapDay = { year: 1996, month: 2, day: 29, precision: 'day' } as const;
    expect(yearsLasted(leapDay, { year: 2026, month: 2, day: 27 })).to.equal(29);
    expect(yearsLasted(leapDay, { year: 2026, month: 2, day: 28 })).to.equal(30);
    expect(yearsLasted(leapDay, { year: 2016, month: 2, day: 28 })).to.equal(19);
    expect(yearsLasted(leapDay, { year: 2016, month: 2, day: 29 })).to.equal(20);
    expect(yearsLasted({ year: 1991, month: 10, precision: 'month' }, { year: 2021, month: 9, day: 30 })).to.equal(29);
    expect(yearsLasted({ year: 1991, month: 10, precision: 'month' }, { year: 2021, month: 9, day: 30 }, true)).to.equal(30);
    expect(yearsLasted({ year: 2030, precision: 'year' }, { year: 2021, month: 1, day: 1 })).to.equal(undefined);
  });
});

describe('partnership-map table rows', () => {
  it('names the focused city first, else a city of the filtered country, and sorts by any column', async () => {
    const model = mapModelOf(await sample());
    const filtered = filterMap(model, {});
    const today = { year: 2021, month: 6, day: 1 };
    const focused = tableRows(filtered, { focus: 'nizhny-novgorod' }, today, yearsLasted, foundingOrder);
    expect(focused.find((row) => row.entry.partnership.id === 'essen--nizhny-novgorod')?.city.id).to.equal('nizhny-novgorod');
    const russianFirst = tableRows(filtered, { country: 'RU' }, today, yearsLasted, foundingOrder);
    expect(russianFirst.every((row) => row.city.country === 'RU')).to.equal(true);

    const rows = tableRows(filtered, {}, today, yearsLasted, foundingOrder);
    const byCity = sortRows(rows, model, 'city', 'ascending');
    expect(names(byCity).slice(0, 3)).to.deep.equal(['aachen', 'berlin-lichtenberg', 'berlin-neukoelln']);
    expect(names(sortRows(rows, model, 'city', 'descending'))[0]).to.equal('zarrentin-am-schaalsee');
    const bySince = sortRows(rows, model, 'since', 'ascending');
    expect(bySince[0].entry.partnership.id).to.equal('dresden--st-petersburg');
    const byYears = sortRows(rows, model, 'years', 'descending');
    expect(byYears[0].entry.partnership.id).to.equal('dresden--st-petersburg');
    expect(byYears[0].years).to.equal(60);
  });
});

describe('partnership-map clustering', () => {
  const points = [
    { id: 'a', x: 100, y: 100, weight: 3 },
    { id: 'b', x: 101, y: 100, weight: 1 },
    { id: 'c', x: 110, y: 100, weight: 2 },
    { id: 'far', x: 600, y: 300, weight: 1 },
    // Two districts at one place: never apart.
    { id: 'd1', x: 400, y: 400, weight: 1 },
    { id: 'd2', x: 400, y: 400, weight: 1 },
  ];
  const index = new ClusterIndex(points, plainLookups(points));

  it('groups nearby cities at low zoom, with a count and the heaviest city as key', () => {
    const top = index.at(0);
    const near = top.find((cluster) => cluster.members.includes('a'))!;
    expect([...near.members].sort()).to.deep.equal(['a', 'b', 'c']);
    expect(near.key).to.equal('a');
    expect(near.weight).to.equal(6);
    expect(top.find((cluster) => cluster.members.includes('far'))!.members).to.deep.equal(['far']);
  });

  it('splits as the zoom grows, and never merges what a deeper level keeps apart', () => {
    const split = index.splitLevel(index.clusterOf('a', 0)!, 0)!;
    expect(split).to.be.greaterThan(0);
    expect(index.clusterOf('c', split)!.key).not.to.equal(index.clusterOf('a', split)!.key);
    for (let level = 1; level < LEVELS; level++) {
      for (const cluster of index.at(level)) {
        const parent = index.clusterOf(cluster.members[0], level - 1)!;
        expect(
          cluster.members.every((id) => parent.members.includes(id)),
          `level ${level}`,
        ).to.equal(true);
      }
    }
    // At the deepest level, a and b (one unit apart) are apart too.
    expect(index.clusterOf('a', LEVELS - 1)!.members).to.deep.equal(['a']);
  });

  it('keeps markers at least the cluster radius apart on screen at every level', () => {
    for (let level = 0; level < LEVELS; level++) {
      const scale = levelScale(level);
      expect(levelFor(scale * 1.01)).to.equal(level);
      const clusters = index.at(level);
      for (const a of clusters) {
        for (const b of clusters) {
          if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y) * scale).to.be.at.least(CLUSTER_RADIUS * 0.5);
        }
      }
    }
  });

  it('treats cities at one place as a place that zooming cannot split', () => {
    const place = index.clusterOf('d1', LEVELS - 1)!;
    expect([...place.members].sort()).to.deep.equal(['d1', 'd2']);
    expect(index.splitLevel(index.clusterOf('d1', 0)!, 0)).to.equal(undefined);
  });

  // How fast this is, is measured by scripts/bench.mjs (the map at 5,000 partnerships
  // builds this index), not here: a test must not fail because the machine is busy.
  it('clusters the cities of 5,000 partnerships: every city in exactly one cluster at every level', () => {
    const many = Array.from({ length: 3400 }, (_, i) => ({ id: `c${i}`, x: (i * 7919) % 1000, y: (i * 104729) % 700, weight: 1 + (i % 5) }));
    const big = new ClusterIndex(many, plainLookups(many));
    expect(big.at(0).length).to.be.lessThan(many.length / 5);
    for (let level = 0; level < LEVELS; level++) {
      const members = big.at(level).flatMap((cluster) => cluster.members);
      expect(members.length, `cities at level ${level}`).to.equal(many.length);
      expect(new Set(members).size, `distinct cities at level ${level}`).to.equal(many.length);
      if (level > 0) expect(big.at(level).length, `zooming in at level ${level} never merges`).to.be.at.least(big.at(level - 1).length);
    }
    expect(big.clusterOf('c1234', LEVELS - 1)?.members).to.include('c1234');
  });
});
