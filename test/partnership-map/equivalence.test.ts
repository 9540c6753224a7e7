/**
 * Issue 12, speed at 25,000 partnerships: the map model, filtering, search and clustering were
 * made several times cheaper (model.ts: cities by number; search.ts: cities listed by the first
 * letters of their words, a longer query compared only with what a shorter one found;
 * clusters.ts: the grid and the order of each level in typed arrays). Their answers must not
 * change: each is compared here with the plain algorithm it replaced (test/support/map-reference.ts),
 * on a world-wide generated feed, and the work a keystroke does is counted.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { readFeedObject } from '../../src/feed/loader.js';
import { ClusterIndex, LEVELS, type ClusterPoint } from '../../src/partnership-map/clusters.js';
import '../../src/partnership-map/define.js';
import { linksOf, markersOf, type LevelLinks, type MarkerInfo } from '../../src/partnership-map/markers.js';
import { filterMap, mapModelOf, type FilteredMap, type MapModel } from '../../src/partnership-map/model.js';
import { arcsAt, clusterIndexOf, markersAt } from '../../src/partnership-map/shared.js';
import { boundsOf } from '../../src/partnership-map/view.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { citiesFound, prepareSearch } from '../../src/partnership-map/search.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { setClock } from '../../src/shared/clock.js';
import { queryKeys } from '../../src/partnership-map/search-keys.js';
import { plainLookups, referenceClusterOf, referenceClusters, referenceFilter, referenceMembers, referenceSplitLevel } from '../support/map-reference.js';
import { resetPage, searchMap, shadow, texts, until } from '../support/widgets.js';

async function worldModel(partnerships: number, seed: number): Promise<MapModel> {
  const read = await readFeedObject(generateFeed({ partnerships, sessions: 0, seed, world: true, undated: Math.round(partnerships / 20) }));
  if (!read.ok) throw new Error('the generated feed does not load');
  return mapModelOf(read.feed);
}

const pointsOf = (filtered: Pick<FilteredMap, 'cities'>): ClusterPoint[] =>
  [...filtered.cities.values()].flatMap((shown) =>
    shown.position ? [{ id: shown.city.id, x: shown.position[0], y: shown.position[1], weight: shown.partnerships.length }] : [],
  );

/** Every level of the index as text: each cluster's key, centre, weight, size, members in order, children, split level; and each city's cluster. */
function describeIndex(index: ClusterIndex, ids: readonly string[]): string[] {
  const lines: string[] = [];
  for (let level = 0; level < LEVELS; level++) {
    for (const cluster of index.at(level))
      lines.push(
        `${level} ${cluster.key} ${cluster.x} ${cluster.y} ${cluster.weight} ${cluster.size} [${cluster.members.join()}] [${cluster.children.map((child) => child.key).join()}] ${index.splitLevel(cluster, level)}`,
      );
    lines.push(ids.map((id) => index.clusterOf(id, level)?.key).join());
  }
  return lines;
}

function describeReference(points: readonly ClusterPoint[]): string[] {
  const { levels, cities } = referenceClusters(points);
  const ids = points.map((point) => point.id);
  const lines: string[] = [];
  for (let level = 0; level < LEVELS; level++) {
    for (const cluster of levels[level])
      lines.push(
        `${level} ${cluster.key} ${cluster.x} ${cluster.y} ${cluster.weight} ${cluster.size} [${referenceMembers(cluster).join()}] [${cluster.children.map((child) => child.key).join()}] ${referenceSplitLevel(cluster, level)}`,
      );
    lines.push(ids.map((id) => referenceClusterOf(cities, id, level)?.key).join());
  }
  return lines;
}

function expectSameClusters(points: readonly ClusterPoint[], what: string): void {
  const fast = describeIndex(
    new ClusterIndex(points, plainLookups(points)),
    points.map((point) => point.id),
  );
  const plain = describeReference(points);
  expect(fast.length, `${what}: lines`).to.equal(plain.length);
  const differing = fast.findIndex((line, i) => line !== plain[i]);
  expect(differing, `${what}: first differing line ${fast[differing]} / ${plain[differing]}`).to.equal(-1);
}

/** A filtered map as text: its partnerships, and each city shown with its position (the model's own) and partnerships, in order. */
function describeFiltered(filtered: Pick<FilteredMap, 'partnerships' | 'cities' | 'undatedHidden'>, model: MapModel): string {
  return JSON.stringify([
    filtered.undatedHidden,
    filtered.partnerships.map((entry) => entry.partnership.id),
    [...filtered.cities.values()].map((shown) => [
      shown.city.id,
      filtered.cities.get(shown.city.id) === shown,
      shown.city === model.cities.get(shown.city.id)!.city,
      shown.position === model.cities.get(shown.city.id)!.position,
      shown.partnerships.map((entry) => entry.partnership.id),
    ]),
  ]);
}

/** A level's arcs and partnerships within markers as text, in order. */
function describeLinks(links: LevelLinks): string {
  return JSON.stringify([
    links.arcs.map((arc) => [arc.from.key, arc.to.key, arc.partnerships.map((entry) => entry.partnership.id)]),
    [...links.within].map(([cluster, count]) => [cluster.key, count]),
  ]);
}

describe('partnership-map: the fast model, filters, search and clustering give what the plain ones gave', function () {
  this.timeout(240_000);

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('clusters 25,000 partnerships world-wide, and the cities a search finds, exactly as before', async () => {
    const model = await worldModel(25_000, 1);
    expectSameClusters(pointsOf(filterMap(model, {})), 'the whole feed');
    expectSameClusters(pointsOf(filterMap(model, { search: 'K' })), 'search "K"');
    expectSameClusters(pointsOf(filterMap(model, { country: 'DE', from: 1990 })), 'Germany from 1990');
  });

  it("a filtered map's own lookups (cities by id, each partnership's places, the index's cities) answer as a Map of its cities would", async () => {
    const model = await worldModel(6_000, 2);
    for (const filters of [{}, { search: 'K' }, { search: 'Stadt 1' }, { country: 'DE', from: 1990 }]) {
      const what = JSON.stringify(filters);
      const filtered = filterMap(model, filters);
      const plain = new Map(referenceFilter(model, filters).cities);
      // Cities by id: as a Map would, for cities shown, cities of the feed not shown, and unknown ids.
      expect(filtered.cities.size, `${what}: size`).to.equal(plain.size);
      expect([...filtered.cities.keys()], `${what}: keys`).to.deep.equal([...plain.keys()]);
      for (const { city } of model.cityList) {
        expect(filtered.cities.get(city.id)?.city, `${what}: get ${city.id}`).to.equal(plain.get(city.id)?.city);
        expect(filtered.cities.has(city.id), `${what}: has ${city.id}`).to.equal(plain.has(city.id));
      }
      expect(filtered.cities.get('no-such-city'), `${what}: an unknown id`).to.equal(undefined);
      expect(
        [...filtered.cities.values()].map((shown) => shown.city.id),
        `${what}: values`,
      ).to.deep.equal([...plain.keys()]);
      // Each partnership's two places and each city's place, as the plain filter's order gives them.
      const placeOf = new Map([...plain.keys()].map((id, place) => [id, place]));
      expect([...filtered.places], `${what}: places`).to.deep.equal(filtered.partnerships.flatMap((entry) => entry.cities.map((city) => placeOf.get(city.id))));
      for (const { city } of model.cityList) expect(filtered.placeOf(city.id), `${what}: placeOf ${city.id}`).to.equal(placeOf.get(city.id));
      // The index with the map's own lookups (its places, ranks by the feed's ids sorted once) gives
      // the clusters that one with plain lookups gives (the points' ids sorted, a Map of them).
      const index = clusterIndexOf(filtered);
      const ids = [...filtered.cities.keys(), 'no-such-city'];
      const points = pointsOf(filtered);
      expect(describeIndex(index, ids), `${what}: clusters`).to.deep.equal(describeIndex(new ClusterIndex(points, plainLookups(points)), ids));
      // The shared levels find each city's cluster by its place: the same arcs, and the same
      // partnerships within markers, as found by ids (as the clusters with pinned cities find them).
      const counts = (markers: Map<string, MarkerInfo>) =>
        [...markers].map(([key, marker]) => `${key} ${marker.kind} ${marker.partnerships} ${marker.cities.map((city) => city.id).join()}`);
      for (const level of [0, 3, 8, LEVELS - 1]) {
        const byIds = linksOf(index, level, filtered);
        expect(describeLinks({ arcs: arcsAt(index, level, filtered), within: new Map() }), `${what}: arcs at level ${level}`).to.equal(
          describeLinks({ arcs: byIds.arcs, within: new Map() }),
        );
        expect(counts(markersAt(index, level, filtered, 'en')), `${what}: markers at level ${level}`).to.deep.equal(
          counts(markersOf(index, level, filtered, 'en', byIds)),
        );
      }
      // The countries gathered while filtering: each once, in the order of their first city.
      expect(filtered.countries, `${what}: countries`).to.deep.equal([...new Set([...plain.values()].map((shown) => shown.city.country))]);
    }
  });

  it('bounds the positions given, skipping cities without one', () => {
    expect(boundsOf([])).to.equal(undefined);
    expect(boundsOf([undefined, undefined])).to.equal(undefined);
    expect(boundsOf([[3, -2], undefined, [-1, 5], [2, 0]])).to.deep.equal([
      [-1, -2],
      [3, 5],
    ]);
    expect(boundsOf(new Set([[7, 7] as const]))).to.deep.equal([
      [7, 7],
      [7, 7],
    ]);
  });

  it('clusters points with fractional, zero and equal weights, shared places and repeated ids exactly as before', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const fractional = Array.from({ length: 2000 }, (_, i) => ({ id: `f${i % 1900}`, x: random() * 1000, y: random() * 700, weight: random() * 3 }));
    const zero = Array.from({ length: 1500 }, (_, i) => ({
      id: `z${i}`,
      x: Math.round(random() * 50) * 20,
      y: Math.round(random() * 35) * 20,
      weight: i % 3 === 0 ? 0 : 1,
    }));
    const huge = [...zero.slice(0, 200), { id: 'far', x: 5e7, y: -3e7, weight: 2 }];
    expectSameClusters(fractional, 'fractional weights, repeated ids');
    expectSameClusters(zero, 'zero weights, shared places');
    expectSameClusters(huge, 'a point far outside the frame');
    expectSameClusters([], 'no points');
  });

  it('filters and searches as before: the same partnerships and cities in the same order, for queries typed on, narrowed and mixed with other filters', async () => {
    const model = await worldModel(6_000, 3);
    const queries = [
      '',
      'K',
      'Ka',
      'Kar',
      'Ka',
      'Stadt 1',
      'Stadt 12',
      'Town 1',
      'Nischni',
      'Nizhny',
      'Нижний',
      'Город 3',
      'e',
      'es',
      'ess',
      'sch',
      's',
      'Sc',
      'T',
      'Ts',
      'Tsc',
      'C',
      'Kh',
      'Z',
      'Čeljabinsk',
      'ö',
      '1',
      '12',
      'x',
      'zz',
      '-',
      ' a ',
      'москва',
      'Пекин',
    ];
    for (const filters of [{}, { country: 'DE' }, { from: 1990 }, { to: 1970, country: 'ru' }]) {
      for (const search of queries) {
        const fast = describeFiltered(filterMap(model, { ...filters, search }), model);
        const plain = describeFiltered(referenceFilter(model, { ...filters, search }), model);
        let at = 0;
        while (at < fast.length && fast[at] === plain[at]) at++;
        expect(fast === plain, `${JSON.stringify(filters)} "${search}": differs at ${at}: …${fast.slice(at, at + 80)} / …${plain.slice(at, at + 80)}`).to.equal(
          true,
        );
      }
    }
  });

  it('a query is compared only with the cities that have a word of its first letter, then only with those the shorter query found', async () => {
    const model = await worldModel(6_000, 4);
    for (const step of prepareSearch(model)) void step;
    const cities = model.cityList.length;
    let compared = mapWork.searchCompares;
    const m = citiesFound(model, queryKeys('M'));
    // One letter: exactly the cities listed under it, each found.
    expect(mapWork.searchCompares - compared, 'compared for "M"').to.equal(m.list.length);
    expect(m.list.length, 'cities found by "M"').to.be.within(1, cities / 3);
    compared = mapWork.searchCompares;
    const ma = citiesFound(model, queryKeys('Ma'));
    expect(mapWork.searchCompares - compared, 'compared for "Ma"').to.equal(m.list.length);
    compared = mapWork.searchCompares;
    citiesFound(model, queryKeys('Mar'));
    expect(mapWork.searchCompares - compared, 'compared for "Mar"').to.equal(ma.list.length);
    // "K" may begin "Kh" (one letter in the keys): the cities listed under either, each found once; "Ka" then only those under k.
    compared = mapWork.searchCompares;
    const k = citiesFound(model, queryKeys('K'));
    expect(mapWork.searchCompares - compared, 'compared for "K"').to.equal(k.list.length);
    expect(new Set(k.list).size, 'each city found by "K" once').to.equal(k.list.length);
    compared = mapWork.searchCompares;
    citiesFound(model, queryKeys('Ka'));
    expect(mapWork.searchCompares - compared, 'compared for "Ka"').to.be.within(1, k.list.length);
  });

  it('a keystroke in the map clusters only the cities it finds, once, and makes no search key', async () => {
    const feed = generateFeed({ partnerships: 6_000, sessions: 0, seed: 5, world: true });
    const read = await readFeedObject(feed);
    if (!read.ok) throw new Error('the generated feed does not load');
    const cities = mapModelOf(read.feed).cityList.length;
    const keyed = mapWork.searchKeys;
    const element = document.createElement('partnership-map') as PartnershipMap;
    element.feed = feed as FeedDocument;
    document.body.append(element);
    const root = shadow(element);
    await until(() => root.querySelector('[part~="marker"]'), 'no marker');
    await element.updateComplete;
    element.dispatchEvent(new PointerEvent('pointerenter'));
    // The search keys, then a search rehearsed (once per page, test/partnership-map/rehearsal.test.ts): the keystroke's work is counted after it.
    await until(() => mapWork.searchKeys - keyed === cities && mapWork.rehearsals > 0, 'search keys not prepared, or no search rehearsed');
    const before = { ...mapWork };
    const summary = texts(root, '[part~="summary"]')[0];
    await searchMap(element, 'K');
    await until(() => texts(root, '[part~="summary"]')[0] !== summary && root.querySelector('[part~="marker"]'), 'the search changed nothing');
    await element.updateComplete;
    expect(mapWork.clusterIndexes - before.clusterIndexes, 'cluster indexes built').to.equal(1);
    expect(mapWork.clusterPoints - before.clusterPoints, 'cities clustered').to.be.within(1, cities / 2);
    expect(mapWork.searchCompares - before.searchCompares, 'cities compared').to.be.within(1, cities / 3);
  });
});
