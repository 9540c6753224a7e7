/**
 * A long series shows a bounded batch of conferences (the one with the marked
 * conference first) and buttons for those before and after, so 20,000
 * conferences do not lay out 20,000 entries at once, and every one stays
 * reachable.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { manyConferences } from '../../scripts/freeze-feeds.mjs';
import { HISTORY_BATCH, type ConfHistory } from '../../src/conf-history/conf-history.js';
import '../../src/conf-history/define.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { resetPage, settled, shadow, texts, until } from '../support/widgets.js';

type Series = ReturnType<typeof manyConferences>;

const TODAY = '2024-03-01';

async function history(feed: Series, order?: 'desc'): Promise<ConfHistory> {
  const element = document.createElement('conf-history');
  element.feed = feed as FeedDocument;
  if (order) element.setAttribute('order', order);
  document.body.append(element);
  await settled(element);
  return element;
}

/** The titles of the conferences shown (each entry names its conference for screen readers), in order. */
function shownTitles(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="entry"]')].map((entry) => texts(entry, '.visually-hidden')[0]);
}

/** The conference the series marks on TODAY: none runs then, so the first one starting after it. */
function nextIndex(feed: Series): number {
  return feed.conferences.findIndex((conference) => String(conference.start) > TODAY);
}

const title = (feed: Series, index: number) => (feed.conferences[index].title as { en: string }).en;

async function press(element: ConfHistory, part: string): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
  await element.updateComplete;
}

describe('<conf-history> with a long series', function () {
  this.timeout(120_000);

  beforeEach(() => setClock(() => new Date(`${TODAY}T12:00:00Z`)));
  afterEach(async () => {
    document.querySelectorAll('conf-history').forEach((element) => element.remove());
    await resetPage();
  });

  it('shows 20,000 conferences a batch at a time, opening on the batch of the marked one', async () => {
    const feed = manyConferences(20_000);
    const element = await history(feed);
    const root = shadow(element);
    const marked = nextIndex(feed);
    const from = marked - (marked % HISTORY_BATCH);
    expect(root.querySelectorAll('[part~="entry"]').length).to.equal(HISTORY_BATCH);
    expect(shownTitles(element)).to.deep.equal(Array.from({ length: HISTORY_BATCH }, (_, index) => title(feed, from + index)));
    expect(texts(root, '[part~="marked"] .visually-hidden')).to.deep.equal([title(feed, marked)]);
    // The count of the whole series stays, and what is shown is said.
    expect(texts(root, '[part~="summary"]')[0]).to.match(/^20,000 conferences, /);
    expect(texts(root, '[part~="shown-range"]')).to.deep.equal([
      `Shown: ${(from + 1).toLocaleString('en')}–${(from + HISTORY_BATCH).toLocaleString('en')} of 20,000`,
    ]);
    expect(root.querySelector('ol[part~="timeline"]')?.getAttribute('start')).to.equal(String(from + 1));
  });

  it('reaches every conference with the buttons, focusing the first one each shows', async () => {
    // Two and a half batches, with the marked conference in the middle one.
    const all = manyConferences(20_000);
    const marked = nextIndex(all);
    const first = marked - (marked % HISTORY_BATCH) - HISTORY_BATCH;
    const feed = { ...all, conferences: all.conferences.slice(first, first + 2.5 * HISTORY_BATCH) };
    const element = await history(feed);
    const root = shadow(element);
    expect(shownTitles(element)).to.deep.equal(feed.conferences.slice(HISTORY_BATCH, 2 * HISTORY_BATCH).map((_, index) => title(feed, HISTORY_BATCH + index)));

    await press(element, 'show-previous');
    expect(root.querySelector('[part~="show-previous"]'), 'nothing before the first').to.equal(null);
    await until(() => root.activeElement?.id === 'entry-0', 'focus on the first conference shown by the button');
    expect(shownTitles(element)).to.have.length(2 * HISTORY_BATCH);

    await press(element, 'show-next');
    expect(root.querySelector('[part~="show-next"]'), 'nothing after the last').to.equal(null);
    await until(() => root.activeElement?.id === `entry-${2 * HISTORY_BATCH}`, 'focus on the first conference shown by the button');
    expect(shownTitles(element)).to.deep.equal(feed.conferences.map((_, index) => title(feed, index)));
    expect(root.querySelector('[part~="shown-range"]'), 'all shown').to.equal(null);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('counts the shown range in the list’s own order when newest first', async () => {
    const feed = manyConferences(250);
    const element = await history(feed, 'desc');
    const root = shadow(element);
    // Newest first: the first batch holds the 100 latest (all past on TODAY, so the latest is marked).
    expect(shownTitles(element)).to.deep.equal(Array.from({ length: HISTORY_BATCH }, (_, index) => title(feed, 249 - index)));
    expect(root.querySelector('ol[part~="timeline"]')?.getAttribute('start')).to.equal('250');
    expect(root.querySelector('[part~="show-previous"]')).to.equal(null);
    await press(element, 'show-next');
    await press(element, 'show-next');
    expect(shownTitles(element)).to.have.length(250);
    expect(root.querySelector('[part~="show-next"]')).to.equal(null);
  });

  it('shows a short series whole, without buttons', async () => {
    const feed = manyConferences(HISTORY_BATCH);
    const element = await history(feed);
    const root = shadow(element);
    expect(root.querySelectorAll('[part~="entry"]').length).to.equal(HISTORY_BATCH);
    expect(root.querySelector('[part~="show-previous"], [part~="show-next"], [part~="shown-range"]')).to.equal(null);
  });
});
