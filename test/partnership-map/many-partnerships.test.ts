/**
 * Issue 11, freeze budget: a feed of 25,000 partnerships between 15,816 cities
 * (scripts/generate-feed.mjs, as `npm run freeze` uses). No timing: the test
 * counts the work (src/partnership-map/work.ts) that made the map block the
 * page for seconds:
 * - the cluster index listed every city as a member of a cluster at all 17 zoom
 *   levels, and again in a table per level (34 entries per city); now a level's
 *   members are listed when its markers are worked out, and a city's cluster is
 *   found by walking up from the city;
 * - the markers of level 0 were worked out before the map had a size (nothing
 *   was drawn with them), in the same task that read the feed;
 * - every marker of a level got its accessible name, although only the markers
 *   in view are put on the page.
 * What the markers say (partnerships per marker) is checked against a count
 * made here from the feed itself.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { readFeedObject } from '../../src/feed/loader.js';
import type { Feed } from '../../src/feed/model.js';
import { LEVELS } from '../../src/partnership-map/clusters.js';
import '../../src/partnership-map/define.js';
import { filteredOf, mapModelOf } from '../../src/partnership-map/model.js';
import { arcsAt, clusterIndexOf, markersAt } from '../../src/partnership-map/shared.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { setClock } from '../../src/shared/clock.js';
import { belowTheFold, resetPage, shadow, texts, until } from '../support/widgets.js';

type GeneratedFeed = {
  cities: { id: string }[];
  partnerships: { id: string; cities: [string, string] }[];
};

const snapshot = () => ({ ...mapWork });

async function loadedFeed(document: object): Promise<Feed> {
  const result = await readFeedObject(document);
  if (!result.ok) throw new Error('the generated feed does not load');
  return result.feed;
}

describe('<partnership-map> with 25,000 partnerships', function () {
  this.timeout(120_000);

  // One feed object for the file: the widgets keep their work per feed, as a page does.
  const document = generateFeed({ partnerships: 25_000, sessions: 10 }) as GeneratedFeed;
  const cities = new Set(document.partnerships.flatMap((partnership) => partnership.cities));

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    window.document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('opens with one cluster index, and members, markers and arcs of the one level it shows', async () => {
    const before = snapshot();
    const element = window.document.createElement('partnership-map');
    element.feed = document as FeedDocument;
    // Out of the window, so that the search's preparation in idle time (a large map in view) is not counted as the opening's.
    belowTheFold(element);
    window.document.body.append(element);
    await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no marker');
    await element.updateComplete;
    const root = shadow(element);
    expect(texts(root, '[part~="summary"]')).to.deep.equal([`25,000 partnerships, ${cities.size.toLocaleString('en')} cities`]);
    const work = snapshot();
    expect(work.clusterIndexes - before.clusterIndexes, 'cluster indexes built').to.equal(1);
    // One level's members: each city once (it was 34 times: 17 levels, twice each).
    expect(work.clusterMemberships - before.clusterMemberships, 'cities listed as members').to.be.at.most(cities.size);
    expect(work.markerLevels - before.markerLevels, 'levels whose markers were worked out').to.equal(1);
    expect(work.linkLevels - before.linkLevels, 'levels whose arcs were worked out').to.equal(1);
    const markers = root.querySelectorAll('[part~="marker"]');
    expect(work.markerNames - before.markerNames, 'marker names made').to.be.at.most(markers.length);
  });

  it('names the markers of the deepest level only when asked: only those in view are on the page', async () => {
    const feed = await loadedFeed(document);
    const filtered = filteredOf(mapModelOf(feed), {});
    const index = clusterIndexOf(filtered);
    const before = snapshot();
    const markers = markersAt(index, LEVELS - 1, filtered, 'en');
    expect(markers.size, 'a deep level has thousands of markers').to.be.above(1_000);
    expect(mapWork.markerNames - before.markerNames).to.equal(0);
    const [first] = markers.values();
    expect(first.name).to.match(/, \d+\spartnerships?$/);
    expect(mapWork.markerNames - before.markerNames).to.equal(1);
  });

  it('counts each marker’s partnerships and draws each arc as the feed says, at every level', async () => {
    const feed = await loadedFeed(document);
    const filtered = filteredOf(mapModelOf(feed), {});
    const index = clusterIndexOf(filtered);
    const touching = new Map<string, string[]>();
    for (const { id, cities: pair } of document.partnerships) {
      for (const city of new Set(pair)) touching.set(city, [...(touching.get(city) ?? []), id]);
    }
    for (const level of [0, 3, 6, 9, 12, LEVELS - 1]) {
      const markers = markersAt(index, level, filtered, 'en');
      const clusterOf = new Map<string, string>();
      for (const marker of markers.values()) {
        const ids = new Set(marker.cities.flatMap((city) => touching.get(city.id) ?? []));
        expect(marker.partnerships, `partnerships of ${marker.key} at level ${level}`).to.equal(ids.size);
        for (const city of marker.cities) clusterOf.set(city.id, marker.key);
      }
      // Every partnership between two markers is on exactly one arc between them; none within one.
      const between = document.partnerships.filter(({ cities: [a, b] }) => clusterOf.get(a) !== clusterOf.get(b));
      const arcs = arcsAt(index, level, filtered);
      expect(arcs.flatMap((arc) => arc.partnerships.map((entry) => entry.partnership.id)).sort(), `arcs at level ${level}`).to.deep.equal(
        between.map(({ id }) => id).sort(),
      );
      for (const arc of arcs) {
        for (const entry of arc.partnerships) {
          expect([clusterOf.get(entry.cities[0].id), clusterOf.get(entry.cities[1].id)].sort()).to.deep.equal([arc.from.key, arc.to.key].sort());
        }
      }
    }
  });
});
