/**
 * Issue 12, `<jubilee-list>` against its static-HTML baseline: a large `feed` object shows its
 * first entries before it is validated whole (src/jubilee-list/first-entries.ts, with
 * src/feed/partial.ts validating only the partnerships of the first groups and their cities).
 * Those entries must be exactly the ones the validated feed lists, here on generated feeds spoilt
 * with invalid and unknown cities, duplicate cities, bad dates, holes, items that are not
 * objects, bad optional fields and runs of combining marks; where a partnership id is used twice
 * (an invalid item before a valid one, a valid one of another year before), they may hold an entry
 * too many, never miss one, and the list shows exactly the validated feed's once it is validated.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { generateFeed, prng } from '../../scripts/generate-feed.mjs';
import { validateFeed } from '../../src/feed/validate.js';
import { readFeedObject } from '../../src/feed/loader.js';
import { FEED_VERSION, type FeedDocument } from '../../src/feed/schema.js';
import type { Feed } from '../../src/feed/model.js';
import '../../src/jubilee-list/define.js';
import { listJubilees, type JubileeGroup, type JubileeQuery } from '../../src/jubilee-list/anniversaries.js';
import { firstEntries, FIRST_ENTRIES_FROM, type FirstEntries } from '../../src/jubilee-list/first-entries.js';
import { firstEntriesReady, JUBILEE_BATCH, type JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { setClock } from '../../src/shared/clock.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

type Item = Record<string, unknown>;
type Document = { version: number; cities: Item[]; partnerships: Item[] };

const TODAY = { year: 2025, month: 3, day: 1 };

/**
 * A generated feed of `partnerships`, spoilt in every way validation has a rule for (without
 * `duplicateIds`, in every way but partnership ids used twice); the same for the same seed.
 */
function spoiltFeed(seed: number, { partnerships = 3_000, duplicateIds = true } = {}): Document {
  const feed = generateFeed({ partnerships, sessions: 0, seed, undated: 0.02 }) as unknown as Document;
  const random = prng(seed * 7919);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const copy = (item: Item): Item => JSON.parse(JSON.stringify(item)) as Item;
  const cities = feed.cities;
  // The latest founding years make the first groups: spoil those most.
  const recent = () => pick(feed.partnerships.filter((item) => typeof item?.since === 'string' && (item.since as string) >= '2014'));
  for (let round = 0; round < 40; round++) {
    const list = feed.partnerships;
    const at = Math.floor(random() * list.length);
    switch (duplicateIds ? round % 13 : 3 + (round % 10)) {
      case 0: // an invalid copy before the valid one: the valid one is kept
        list.splice(at, 0, { ...copy(recent()), since: '2024-02-30' });
        break;
      case 1: {
        // a valid copy of another year before the original: the copy is kept, the original dropped
        const original = recent();
        list.splice(0, 0, { ...copy(original), since: '1990' });
        break;
      }
      case 2: // a valid copy after: dropped
        list.push(copy(recent()));
        break;
      case 3: // an unknown city
        recent().cities = [pick(cities).id, 'nowhere-at-all'];
        break;
      case 4: {
        // an invalid city with the id of a used one, before it: the valid one is kept
        const named = pick(cities);
        cities.splice(0, 0, { ...copy(named), lat: 999 });
        break;
      }
      case 5: {
        // a valid city with the id of a used one, before it, and another name: this one is kept
        const id = (recent().cities as string[])[0];
        const named = cities.find((city) => city.id === id);
        if (named) cities.splice(0, 0, { ...copy(named), name: { en: `Aaa ${seed}-${round}`, de: `Aaa ${round}` } });
        break;
      }
      case 6: // a bad date
        recent().since = '2024-13';
        break;
      case 7: // not objects
        list.splice(at, 0, null as unknown as Item, 42 as unknown as Item, ['2024'] as unknown as Item, 'x' as unknown as Item);
        break;
      case 8: // a hole
        delete list[at];
        break;
      case 9: // a bad optional field: ignored, the partnership kept
        recent().notes = 5;
        break;
      case 10: // a run of combining marks: cut by valibot's path
        recent().notes = { en: `Note${'\u0301'.repeat(40)}` };
        break;
      case 11: // the same city twice
        recent().cities = ['same', 'same'];
        break;
      case 12: // no id
        delete recent().id;
        break;
    }
  }
  return feed;
}

/** Each entry of the first `count` of `groups`: age, id, both cities (id and name), date and notes. */
function entriesOf(groups: readonly JubileeGroup[], count: number): string[] {
  return groups
    .flatMap((group) =>
      group.jubilees.map(({ partnership, cities, since }) =>
        JSON.stringify([group.years, partnership.id, cities.map((city) => [city.id, city.name]), since, partnership.notes]),
      ),
    )
    .slice(0, count);
}

const needs = (query: JubileeQuery) => ({
  version: FEED_VERSION,
  validate: validateFeed,
  list: (feed: Feed) => listJubilees(feed, query, TODAY, 'en').groups,
});

describe('<jubilee-list>: the first entries of a large feed before it is validated whole', function () {
  this.timeout(120_000);
  before(firstEntriesReady);
  beforeEach(() => setClock(() => new Date('2025-03-01T12:00:00Z')));
  afterEach(resetPage);

  /** Each query's first entries on the spoilt feeds of six seeds, beside the validated feed's groups. */
  function eachPreview(duplicateIds: boolean, check: (first: FirstEntries, expected: JubileeGroup[], document: Document, label: string) => void): number {
    let previews = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const document = spoiltFeed(seed, { duplicateIds });
      const whole = validateFeed(structuredClone(document));
      if (!whole.ok) throw new Error('the spoilt feed must still be a feed');
      expect(whole.warnings.length, 'the feed is spoilt').to.be.above(30);
      const cityIds = whole.feed.partnerships.slice(0, 20).map((partnership) => partnership.cities[0]);
      const queries: JubileeQuery[] = [
        { year: 2025, step: 1 },
        { year: 2025, step: 10 },
        { year: 2026, step: 5 },
        { year: 2030, step: 1, country: 'DE' },
        { year: 2025, step: 1, country: 'RU' },
        { year: 2025, step: 1, city: cityIds[seed] },
        { year: 2024, step: 1, city: 'nowhere-at-all' },
      ];
      for (const query of queries) {
        const first = firstEntries(document, query, JUBILEE_BATCH, needs(query));
        const expected = listJubilees(whole.feed, query, TODAY, 'en').groups;
        const all = expected.reduce((sum, group) => sum + group.size, 0);
        if (!first) continue;
        previews++;
        expect(first.count, `${JSON.stringify(query)}: enough entries, or all`).to.be.at.least(Math.min(JUBILEE_BATCH, all));
        check(first, expected, document, `seed ${seed}, ${JSON.stringify(query)}`);
      }
    }
    return previews;
  }

  it('lists exactly the first entries of the validated feed, for spoilt feeds and several queries', () => {
    const previews = eachPreview(false, (first, expected, _document, label) => {
      const count = Math.min(JUBILEE_BATCH, first.count);
      expect(entriesOf(first.groups, count), label).to.deep.equal(entriesOf(expected, count));
      // Each group there is complete: the same size as the whole feed's group of that age.
      for (const group of first.groups) expect(group.size, label).to.equal(expected.find((other) => other.years === group.years)?.size);
    });
    // Not vacuous: the unfiltered queries, at least, are listed before validation.
    expect(previews).to.be.at.least(6 * 3);
  });

  it('with a partnership id used twice, misses no entry and adds only entries whose id is used twice', () => {
    let twice = 0;
    const previews = eachPreview(true, (first, expected, document, label) => {
      const uses = new Map<unknown, number>();
      for (const item of document.partnerships) if (typeof item === 'object' && item !== null) uses.set(item.id, (uses.get(item.id) ?? 0) + 1);
      for (const group of first.groups) {
        const shown = entriesOf([group], Infinity);
        const whole = entriesOf(
          expected.filter((other) => other.years === group.years),
          Infinity,
        );
        const missing = whole.filter((entry) => !shown.includes(entry));
        expect(missing, `${label}, ${group.years} years: no entry missing`).to.deep.equal([]);
        const added = group.jubilees.filter(({ partnership }) => !whole.some((entry) => JSON.parse(entry)[1] === partnership.id));
        for (const { partnership } of added) expect(uses.get(partnership.id), `${label}: ${partnership.id} added`).to.be.at.least(2);
        twice += group.jubilees.filter(({ partnership }) => (uses.get(partnership.id) ?? 0) > 1).length;
      }
    });
    expect(previews).to.be.at.least(6 * 3);
    // Not vacuous: the first groups do show partnerships whose id is used twice.
    expect(twice).to.be.above(0);
  });

  it('leaves small feeds and documents that are not feeds to validation as before', () => {
    const query = { year: 2025, step: 1 };
    expect(firstEntries(generateFeed({ partnerships: FIRST_ENTRIES_FROM - 1, sessions: 0 }), query, JUBILEE_BATCH, needs(query))).to.equal(undefined);
    expect(firstEntries({ ...spoiltFeed(1), version: 2 }, query, JUBILEE_BATCH, needs(query))).to.equal(undefined);
    expect(firstEntries([spoiltFeed(1)], query, JUBILEE_BATCH, needs(query))).to.equal(undefined);
  });

  for (const [seed, duplicateIds] of [
    [11, false],
    [12, false],
    [13, true],
  ] as const) {
    const what = duplicateIds ? 'the same list once validated, where an id is used twice' : 'the same entries first, and the same list once validated';
    it(`shows ${what}, as the feed validated beforehand (seed ${seed})`, async () => {
      const spoilt = spoiltFeed(seed, { duplicateIds });
      // The same document, validated before the list is given it.
      const ready = structuredClone(spoilt);
      await readFeedObject(ready);
      const late = await fixture<JubileeList>(html`<jubilee-list year="2025" step="1" .feed=${ready as unknown as FeedDocument}></jubilee-list>`);
      const early = Object.assign(document.createElement('jubilee-list'), { year: 2025, step: 1, feed: spoilt as unknown as FeedDocument });
      const warnings = new Promise((resolve) =>
        early.addEventListener('feed-ready', (event) => resolve((event as CustomEvent).detail.warnings), { once: true }),
      );
      late.after(early);
      // The first render of the spoilt feed, before it is validated whole: the first batch, no summary yet, marked busy.
      await early.updateComplete;
      const firstRender = texts(shadow(early), '[part~="entry"]');
      expect(firstRender).to.have.length(JUBILEE_BATCH);
      expect(texts(shadow(early), '[part~="summary"]')).to.deep.equal([]);
      expect(shadow(early).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      if (!duplicateIds) expect(firstRender).to.deep.equal(texts(shadow(late), '[part~="entry"]'));

      await settled(early);
      const markup = (element: Element) => shadow(element).innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      expect(markup(early)).to.equal(markup(late));
      expect(shadow(early).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
      const whole = validateFeed(structuredClone(spoilt));
      expect(await warnings).to.deep.equal(whole.ok ? whole.warnings : undefined);
      await expect(early).to.be.accessible();
    });
  }
});
