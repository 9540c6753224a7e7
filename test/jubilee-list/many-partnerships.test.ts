/**
 * Issue 11, freeze budget: a feed of 25,000 partnerships (scripts/generate-feed.mjs, as
 * `npm run freeze` uses) has about 2,000 round anniversaries a year. The list shows a batch of
 * them, says how many there are, and adds the next batch with "Show more", so that the page
 * does not lay out 23,000 elements at once; every jubilee stays reachable, and printing
 * shows them all. No timing: the test counts the entries on the page.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import '../../src/jubilee-list/define.js';
import { JUBILEE_BATCH, type JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { resetPage, settled, shadow, texts, until } from '../support/widgets.js';

type GeneratedFeed = {
  cities: { id: string; name: { en: string } }[];
  partnerships: { id: string; cities: [string, string]; since: string }[];
};

const YEAR = 2026;

/** The jubilees of YEAR in a feed, worked out here from the raw document: "first city|second city" of each. */
function expectedJubilees(feed: GeneratedFeed, year = YEAR): string[] {
  const names = new Map(feed.cities.map((city) => [city.id, city.name.en]));
  return feed.partnerships
    .filter((partnership) => {
      const years = year - Number(partnership.since.slice(0, 4));
      return years > 0 && years % 10 === 0;
    })
    .map(({ cities: [a, b] }) => `${names.get(a)}|${names.get(b)}`);
}

/** The jubilees on the page, the same way: the two visible city names of each entry. */
function shownJubilees(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="entry"] [part~="cities"]')].map((cities) => {
    const spans = [...cities.querySelectorAll(':scope > span:not([aria-hidden]):not(.visually-hidden)')];
    return spans.map((span) => span.textContent!.trim()).join('|');
  });
}

async function list(feed: object): Promise<JubileeList> {
  const element = document.createElement('jubilee-list');
  element.feed = feed as FeedDocument;
  element.year = YEAR;
  document.body.append(element);
  await settled(element);
  return element;
}

async function showMore(element: JubileeList): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
  await element.updateComplete;
}

describe('<jubilee-list> with 25,000 partnerships', function () {
  this.timeout(120_000);

  // One feed object for the file, as a page has.
  const feed = generateFeed({ partnerships: 25_000, sessions: 10 }) as GeneratedFeed;
  const all = expectedJubilees(feed);
  /** A part of the feed with two and a half batches of jubilees, to reach every one. */
  const some = (() => {
    let jubilees = 0;
    const cut = feed.partnerships.findIndex((partnership) => {
      const years = YEAR - Number(partnership.since.slice(0, 4));
      if (years > 0 && years % 10 === 0) jubilees++;
      return jubilees > 2.5 * JUBILEE_BATCH;
    });
    return { ...feed, partnerships: feed.partnerships.slice(0, cut) };
  })();

  beforeEach(() => setClock(() => new Date(`${YEAR}-03-01T12:00:00Z`)));
  afterEach(async () => {
    document.querySelectorAll('jubilee-list').forEach((element) => element.remove());
    await resetPage();
  });

  it('lays out one batch of the jubilees and says how many there are', async () => {
    expect(all.length, 'the feed has many more jubilees than a batch').to.be.above(10 * JUBILEE_BATCH);
    const element = await list(feed);
    const root = shadow(element);
    expect(root.querySelectorAll('[part~="entry"]').length).to.equal(JUBILEE_BATCH);
    expect(texts(root, '[part~="summary"]')).to.deep.equal([`${all.length.toLocaleString('en')} partnerships celebrate a round anniversary in ${YEAR}.`]);
    expect(texts(root, '[part~="more"] span')).to.deep.equal([`${JUBILEE_BATCH} of ${all.length.toLocaleString('en')} shown`]);
    // The entries shown are jubilees of the feed, each once.
    const shown = shownJubilees(element);
    expect(new Set(shown).size).to.equal(JUBILEE_BATCH);
    expect(all).to.include.members(shown);
    // Bounded: about a batch's worth of elements, not ~23,000.
    expect(root.querySelectorAll('*').length).to.be.below(20 * JUBILEE_BATCH);
  });

  it('reaches every jubilee with Show more, which focuses the first entry it adds', async () => {
    const expected = expectedJubilees(some);
    expect(expected.length).to.equal(2.5 * JUBILEE_BATCH);
    const element = await list(some);
    const root = shadow(element);
    expect(shownJubilees(element)).to.have.length(JUBILEE_BATCH);

    await showMore(element);
    expect(shownJubilees(element)).to.have.length(2 * JUBILEE_BATCH);
    await until(() => root.activeElement === root.querySelectorAll('[part~="entry"]')[JUBILEE_BATCH], 'focus on the first entry shown by the button');

    await showMore(element);
    await until(() => root.activeElement === root.querySelectorAll('[part~="entry"]')[2 * JUBILEE_BATCH], 'focus on the first entry shown by the button');
    expect(shownJubilees(element).sort()).to.deep.equal([...expected].sort());
    expect(root.querySelector('[part~="more"]'), 'all shown').to.equal(null);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('starts again with the first batch when the year changes', async () => {
    const element = await list(feed);
    await showMore(element);
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.equal(2 * JUBILEE_BATCH);
    const other = expectedJubilees(feed, YEAR - 5);
    element.year = YEAR - 5;
    await element.updateComplete;
    expect(other.length).to.be.above(JUBILEE_BATCH);
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.equal(JUBILEE_BATCH);
    expect(all).not.to.include.members(shownJubilees(element).slice(0, 1));
  });

  it('prints every jubilee, and shows a batch again after printing', async () => {
    const expected = expectedJubilees(some);
    const element = await list(some);
    window.dispatchEvent(new Event('beforeprint'));
    // Printing begins right after the event: the entries must be there synchronously.
    expect(shownJubilees(element).sort()).to.deep.equal([...expected].sort());
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(shownJubilees(element)).to.have.length(JUBILEE_BATCH);
  });
});
