/**
 * Issue 12, the first search keystroke: once a visitor reaches for the map (or a map of many cities
 * is in the window: search.test.ts), after the search keys are made, one search is rehearsed in idle
 * time, once per page (prepare.ts, the map's
 * `rehearseSearch`): the cities of one initial filtered, clustered and given markers and labels,
 * then thrown away. A page's first search otherwise runs that code for the first time on new data
 * (docs/performance.md, "A search rehearsed"). Nothing timed: the tests count the work (work.ts) and
 * compare what the map shows. Its own file: the rehearsal runs once per page, and other map tests
 * reach for maps.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { readFeedObject } from '../../src/feed/loader.js';
import '../../src/partnership-map/define.js';
import { mapModelOf } from '../../src/partnership-map/model.js';
import { citiesFound, prepareSearch, searchSample } from '../../src/partnership-map/search.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { setClock } from '../../src/shared/clock.js';
import { belowTheFold, idleTimes, resetPage, searchMap, shadow, texts, until } from '../support/widgets.js';

/** How many cities a feed's map knows. */
async function cityCount(feed: object): Promise<number> {
  const read = await readFeedObject(feed);
  if (!read.ok) throw new Error('the generated feed does not load');
  return mapModelOf(read.feed).cityList.length;
}

/** A map of the feed, its markers and its labels drawn; below the fold, so that it waits for a visitor to reach for it. */
async function openMap(feed: object): Promise<PartnershipMap> {
  const labelLayouts = mapWork.labelLayouts;
  const element = document.createElement('partnership-map');
  element.feed = feed as FeedDocument;
  belowTheFold(element);
  document.body.append(element);
  await until(() => shadow(element).querySelector('[part~="marker"]'), 'no marker');
  await until(() => mapWork.labelLayouts > labelLayouts, 'no labels laid out');
  await element.updateComplete;
  return element;
}

/** What the map shows: its summary, its markers and the search field. */
function shown(element: PartnershipMap): { summary: string; markers: string[]; search: string } {
  const root = shadow(element);
  return {
    summary: texts(root, '[part~="summary"]')[0],
    markers: [...root.querySelectorAll('[part~="marker"]')].map((marker) => marker.getAttribute('aria-label') ?? ''),
    search: root.querySelector<HTMLInputElement>('[part~="search"]')!.value,
  };
}

/**
 * A visitor reaches for the map: until its search keys and name ranks are made, then a few turns of
 * idle time (a task where there is none), each queued after those the preparation asked for, for a
 * rehearsal that would follow them. Returns the work counted before (`before`: counted earlier, when
 * a search typed made the keys already).
 */
async function reachAndPrepare(element: PartnershipMap, reach: Event, cities: number, before = { ...mapWork }): Promise<typeof mapWork> {
  element.dispatchEvent(reach);
  await until(
    () => mapWork.searchKeys - before.searchKeys === cities && mapWork.sortKeys - before.sortKeys >= cities,
    'search keys and name ranks not prepared',
  );
  await idleTimes(3);
  return before;
}

describe('<partnership-map> a search rehearsed in idle time', function () {
  this.timeout(120_000);

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('rehearses the initial with the most cities, as large as the largest search of one letter', async () => {
    // A first search of one letter finds thousands of cities on a large feed; a rehearsal of a few hundred left
    // the keystroke's code unprepared for that size (docs/performance.md, "Stop 61").
    const read = await readFeedObject(generateFeed({ partnerships: 10_000, sessions: 0, seed: 22, world: true }));
    if (!read.ok) throw new Error('the generated feed does not load');
    const model = mapModelOf(read.feed);
    for (const _ of prepareSearch(model));
    const letters = [...'abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщыэюя0123456789'];
    const most = Math.max(...letters.map((letter) => citiesFound(model, [letter]).list.length));
    const sample = searchSample(model)!;
    expect(
      sample.reduce((sum, mark) => sum + mark, 0),
      'cities of the rehearsed initial',
    ).to.equal(most);
  });

  it('none while a visitor has a search typed when its turn comes', async () => {
    const feed = generateFeed({ partnerships: 1_500, sessions: 0, seed: 21, world: true });
    const cities = await cityCount(feed);
    const element = await openMap(feed);
    const summary = shown(element).summary;
    const before = { ...mapWork };
    await searchMap(element, 'K');
    await until(() => shown(element).summary !== summary, 'the search changed nothing');
    await reachAndPrepare(element, new PointerEvent('pointerenter'), cities, before);
    expect(mapWork.rehearsals - before.rehearsals, 'searches rehearsed').to.equal(0);
  });

  it('once a visitor reaches for the map: the cities of one initial clustered, given markers and labels, and nothing shown or kept', async () => {
    const feed = generateFeed({ partnerships: 3_000, sessions: 0, seed: 22, world: true });
    const cities = await cityCount(feed);
    const element = await openMap(feed);
    const before = { ...mapWork };
    const was = shown(element);
    expect(mapWork.rehearsals, 'rehearsed when the map opened').to.equal(0);
    element.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => mapWork.rehearsals > before.rehearsals, 'no search rehearsed');
    expect(mapWork.searchKeys - before.searchKeys, 'search keys made before it').to.equal(cities);
    expect(mapWork.rehearsals - before.rehearsals, 'searches rehearsed').to.equal(1);
    expect(mapWork.filters - before.filters, 'filterings').to.equal(1);
    expect(mapWork.clusterIndexes - before.clusterIndexes, 'cluster indexes').to.equal(1);
    expect(mapWork.clusterPoints - before.clusterPoints, 'cities clustered: one initial’s').to.be.within(1, cities / 2);
    expect(mapWork.markerLevels - before.markerLevels, 'levels given markers').to.equal(1);
    expect(mapWork.labelLayouts - before.labelLayouts, 'label layouts').to.equal(1);
    expect(mapWork.searchCompares - before.searchCompares, 'cities compared with a query').to.equal(0);
    expect(mapWork.markersRendered - before.markersRendered, 'markers rendered').to.equal(0);
    await element.updateComplete;
    expect(shown(element), 'what the map shows').to.deep.equal(was);

    // The first keystroke searches as it would have: its own filtering and index, and the map shows what it finds.
    const typed = { ...mapWork };
    await searchMap(element, 'K');
    await until(() => shown(element).summary !== was.summary && shadow(element).querySelector('[part~="marker"]'), 'the search changed nothing');
    await element.updateComplete;
    expect(mapWork.filters - typed.filters, 'filterings for "K"').to.equal(1);
    expect(mapWork.clusterIndexes - typed.clusterIndexes, 'cluster indexes for "K"').to.equal(1);
    expect(mapWork.searchCompares - typed.searchCompares, 'cities compared for "K"').to.be.within(1, cities / 2);

    // Once per page: another map, on another feed, reached for, prepares its search keys and rehearses nothing.
    const other = generateFeed({ partnerships: 800, sessions: 0, seed: 23, world: true });
    const otherCities = await cityCount(other);
    const second = await openMap(other);
    const again = await reachAndPrepare(second, new FocusEvent('focusin'), otherCities);
    expect(mapWork.rehearsals - again.rehearsals, 'searches rehearsed for the second map').to.equal(0);
    expect(mapWork.clusterIndexes - again.clusterIndexes, 'cluster indexes for the second map').to.equal(0);
  });
});
