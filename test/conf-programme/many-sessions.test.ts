/**
 * A day of far more sessions than a batch: every day's sessions were once laid
 * out at once (15,000 sessions on three days, the freeze budget's case, were
 * 100,000 elements that blocked the page for 5–8 s). A day now shows its
 * sessions a batch at a time. These tests count what is rendered and the work
 * done, not the time it takes, and check that every session stays reachable:
 * by "Show more", a link, "Jump to now", search and filters.
 *
 * 3,600 sessions on three days (1,200 a day, in 150 rooms): twelve batches a
 * day, six times the grid's limit, and thousands to format. Counting needs no
 * more; the time 15,000 take is `npm run freeze`'s (docs/performance.md). With
 * 15,000 this file took a seventh of WebKit's time in a whole test run (46 s for one test).
 */
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { SESSION_BATCH } from '../../src/conf-programme/conf-programme.js';
import '../../src/conf-programme/define.js';
import { buildProgramme, type Programme } from '../../src/conf-programme/programme.js';
import { MAX_GRID_SESSIONS } from '../../src/conf-programme/grid.js';
import { validateFeed } from '../../src/feed/validate.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { shadow, texts, until } from '../support/widgets.js';
import {
  article,
  chooseKind,
  cleanUp,
  click,
  conferenceOf,
  GENERATED,
  item,
  programme,
  type RawFeed,
  search,
  selectedTab,
  shownIds,
  tab,
  waitForFocus,
} from './support.js';

const SESSIONS = 3_600;
const PER_DAY = 1_200;
const DAYS = ['2025-06-24', '2025-06-25', '2025-06-26'];

/** A fresh copy of the generated feed (the same every time: the generator is seeded). */
function bigFeed(): RawFeed & Record<string, unknown> {
  return generateFeed({ partnerships: 10, sessions: SESSIONS }) as RawFeed & Record<string, unknown>;
}

/** The programme model of a feed, for the expected order of each day's sessions. */
function modelOf(feed: unknown): Programme {
  const checked = validateFeed(feed);
  if (!checked.ok) throw new Error('the generated feed is invalid');
  return buildProgramme(
    checked.feed.conferences.find((conference) => conference.id === GENERATED)!,
    checked.feed,
  );
}

function dayIds(model: Programme, day: string): string[] {
  return model.dayByKey.get(day)!.sessions.map((entry) => entry.session.id);
}

/** The English title of a session of the feed. */
function titleOf(feed: RawFeed, id: string): string {
  return (conferenceOf(feed, GENERATED).sessions!.find((session) => session.id === id)!.title as Record<string, string>).en;
}

/** A day's sessions whose title is theirs alone (working groups share theirs): "Health (14998)". */
function uniquelyTitled(feed: RawFeed, model: Programme, day: string): string[] {
  return dayIds(model, day).filter((id) => /\(\d+\)$/.test(titleOf(feed, id)));
}

function part(element: Element, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/**
 * Runs axe with the end of the shown sessions on screen. Sessions off screen
 * are not laid out (`content-visibility: auto`, a placeholder height), and axe
 * reads the boxes of their buttons where the placeholder ends, on top of
 * "Show more sessions" (a target-size violation no reader meets).
 */
async function axeAtEnd(element: Element): Promise<string[]> {
  const ids = shownIds(element);
  const lastButton = shadow(element).querySelector(`[part~="favourite"][data-session="${ids.at(-1)}"]`)!;
  const more = part(element, 'more');
  (more ?? lastButton).scrollIntoView({ block: 'center' });
  if (more) await until(() => lastButton.getBoundingClientRect().bottom <= more.getBoundingClientRect().top, 'the last session is laid out above "Show more"');
  return axeViolations(element);
}

function words(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Counts `String.prototype.normalize('NFKD')` (how search texts are folded) while `run` runs. */
async function countFolds<T>(run: () => Promise<T>): Promise<{ value: T; folds: number }> {
  const prototype = String.prototype;
  const original = prototype.normalize;
  let folds = 0;
  prototype.normalize = function (this: string, form?: string) {
    if (form === 'NFKD') folds++;
    return original.call(this, form);
  };
  try {
    return { value: await run(), folds };
  } finally {
    prototype.normalize = original;
  }
}

describe('<conf-programme> with 3,600 sessions on three days', function () {
  // Validating thousands of sessions takes a while in a slow engine; the waits end as soon as the widget is done.
  this.timeout(120_000);

  let feed: RawFeed & Record<string, unknown>;
  let model: Programme;

  before(() => {
    feed = bigFeed();
    model = modelOf(feed);
    expect(DAYS.map((day) => dayIds(model, day).length)).to.deep.equal([PER_DAY, PER_DAY, PER_DAY]);
  });

  afterEach(() => cleanUp((key) => key.startsWith('staedtepartner')));

  it('adds the next batch with "Show more sessions" and moves the focus to the first session it adds', async () => {
    const element = await programme({ feed });
    const ids = dayIds(model, DAYS[0]);
    await click(element, part(element, 'show-more')!);
    expect(shownIds(element)).to.deep.equal(ids.slice(0, 2 * SESSION_BATCH));
    expect(words(part(element, 'shown-range'))).to.equal('Shown: 1–200 of 1,200');
    await waitForFocus(element, article(element, ids[SESSION_BATCH]), 'the first added session was not focused');
    // Another day keeps its own first batch.
    await click(element, tab(element, DAYS[1]));
    expect(shownIds(element)).to.deep.equal(dayIds(model, DAYS[1]).slice(0, SESSION_BATCH));
  });

  it('batches search and filter results, and finds any session', async () => {
    const element = await programme({ feed });
    const last = uniquelyTitled(feed, model, DAYS[0]).at(-1)!;
    expect(dayIds(model, DAYS[0]).indexOf(last)).to.be.at.least(PER_DAY - SESSION_BATCH);
    await search(element, titleOf(feed, last));
    expect(shownIds(element)).to.deep.equal([last]);
    expect(part(element, 'show-more')).to.equal(null);

    // A kind with hundreds of sessions a day: its first batch, then the next.
    await search(element, '');
    await chooseKind(element, 'working-group');
    const groups = model.dayByKey
      .get(DAYS[0])!
      .sessions.filter((entry) => entry.session.kind === 'working-group')
      .map((entry) => entry.session.id);
    expect(groups.length).to.be.greaterThan(2 * SESSION_BATCH);
    expect(shownIds(element)).to.deep.equal(groups.slice(0, SESSION_BATCH));
    expect(words(part(element, 'shown-range'))).to.equal(`Shown: 1–100 of ${groups.length.toLocaleString('en')}`);
    await click(element, part(element, 'show-more')!);
    expect(shownIds(element)).to.deep.equal(groups.slice(0, 2 * SESSION_BATCH));
    await waitForFocus(element, article(element, groups[SESSION_BATCH]), 'the first added session was not focused');
    // Another filter starts again at the first batch.
    await chooseKind(element, '');
    expect(shownIds(element)).to.deep.equal(dayIds(model, DAYS[0]).slice(0, SESSION_BATCH));
  });

  it('folds the search text of no session until the first search, and of each session once', async () => {
    const { value: element, folds } = await countFolds(() => programme({ feed: bigFeed() }));
    // The sessions' texts are folded for the search only; a query is folded per render at most.
    expect(folds, 'texts folded while loading').to.be.below(10);
    // The first search folds those of the day on screen.
    const first = await countFolds(() => search(element, 'health'));
    expect(first.folds, 'texts folded by the first search').to.be.within(PER_DAY, PER_DAY + 10);
    const second = await countFolds(() => search(element, 'culture'));
    expect(second.folds, 'texts folded by the second search').to.be.below(10);
  });

  it('jumps to a running session beyond the first batch, marked as running', async () => {
    // 12:00 in Berlin on the second day: the third slot of the day (11:30–12:45) runs, its sessions from position 300 on.
    setClock(() => new Date('2025-06-25T10:00:00Z'));
    const element = await programme({ feed });
    expect(selectedTab(element)).to.equal(DAYS[1]);
    const running = model.dayByKey
      .get(DAYS[1])!
      .sessions.filter((entry) => entry.startsAt! <= Date.parse('2025-06-25T10:00:00Z') && Date.parse('2025-06-25T10:00:00Z') < entry.endsAt!)
      .map((entry) => entry.session.id);
    expect(running.length).to.be.greaterThan(0);
    const position = dayIds(model, DAYS[1]).indexOf(running[0]);
    expect(position).to.be.at.least(SESSION_BATCH);
    expect(shadow(element).querySelectorAll('[part~="session-now"]')).to.have.length(0);

    await click(element, part(element, 'jump-to-now')!);
    expect(shownIds(element)).to.include(running[0]);
    expect(shownIds(element).length).to.be.at.most(SESSION_BATCH);
    expect(item(element, running[0]).getAttribute('part')).to.equal('session session-now');
    await waitForFocus(element, article(element, running[0]), 'the running session was not focused');
  });

  it('lists a day of more than 200 sessions in a dozen rooms instead of a grid, a batch at a time', async () => {
    const rooms = bigFeed();
    // The same sessions in ten rooms: few enough columns for a grid, far too many cells.
    conferenceOf(rooms, GENERATED).sessions!.forEach(
      (session, index) => (session.venue = { de: `Raum ${index % 10}`, ru: `Зал ${index % 10}`, en: `Room ${index % 10}` }),
    );
    const element = await programme({ feed: rooms, attributes: { view: 'grid' } });
    expect(part(element, 'grid')).to.equal(null);
    expect(words(part(element, 'grid-note'))).to.equal('Too many sessions on this day for the grid (1,200): they are listed.');
    expect(shownIds(element)).to.deep.equal(dayIds(model, DAYS[0]).slice(0, SESSION_BATCH));

    // A search that leaves few enough sessions shows them as a grid.
    const first = uniquelyTitled(rooms, model, DAYS[0])[0];
    await search(element, titleOf(rooms, first));
    expect(part(element, 'grid-note')).to.equal(null);
    expect(part(element, 'grid')).to.not.equal(null);
    expect(shownIds(element)).to.deep.equal([first]);
    expect(MAX_GRID_SESSIONS).to.be.at.least(SESSION_BATCH);
  });

  it('prints every session of every day', async () => {
    const small = generateFeed({ partnerships: 4, sessions: 3 * 150, seed: 1 });
    const element = await programme({ feed: small });
    expect(shownIds(element)).to.have.length(SESSION_BATCH);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(shownIds(element)).to.have.length(3 * 150);
    expect(texts(shadow(element), '[part~="show-more"]')).to.deep.equal([]);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    await until(() => shownIds(element).length === SESSION_BATCH, 'the batch is back after printing');
  });

  // The two tests that run axe-core come last. In WebKit, every test after an axe-core run took several
  // times as long as alone (two searches of 1,200 sessions: 0.14 s alone, 1.4 s after the link's test),
  // and not after a run without its colour-contrast rule: WebKit alone took 15.2 s for this file with
  // them first, 9.7 s with them last (2026-12-07).
  it('shows the first 100 sessions of the day in time order, says how many there are, and is accessible', async () => {
    const element = await programme({ feed });
    expect(selectedTab(element)).to.equal(DAYS[0]);
    expect(shownIds(element)).to.deep.equal(dayIds(model, DAYS[0]).slice(0, SESSION_BATCH));
    expect(words(part(element, 'result-count'))).to.equal('1,200 sessions');
    expect(words(part(element, 'shown-range'))).to.equal('Shown: 1–100 of 1,200');
    expect(words(part(element, 'show-more'))).to.equal('Show more sessions');
    expect(part(element, 'show-previous')).to.equal(null);
    expect(await axeAtEnd(element)).to.deep.equal([]);

    // All days: a batch of each day under its heading.
    await click(element, tab(element, 'all'));
    const sections = [...shadow(element).querySelectorAll('[part~="day"]')];
    expect(sections).to.have.length(DAYS.length);
    expect(shownIds(element)).to.deep.equal(DAYS.flatMap((day) => dayIds(model, day).slice(0, SESSION_BATCH)));
    // One "Show more sessions" per day, each described by its day's heading.
    const buttons = [...shadow(element).querySelectorAll('[part~="show-more"]')];
    expect(buttons.map((button) => words(shadow(element).getElementById(button.getAttribute('aria-describedby') ?? '')))).to.deep.equal(
      texts(shadow(element), '[part~="day-heading"]'),
    );
    expect(buttons).to.have.length(DAYS.length);
  });

  it('opens a link to the last session of a day on its batch, with "Show earlier sessions" above it', async () => {
    const ids = dayIds(model, DAYS[2]);
    const last = ids.at(-1)!;
    history.replaceState(null, '', `#programme/session/${last}`);
    const element = await programme({ feed });
    expect(selectedTab(element)).to.equal(DAYS[2]);
    expect(shownIds(element)).to.deep.equal(ids.slice(PER_DAY - SESSION_BATCH));
    expect(words(part(element, 'shown-range'))).to.equal('Shown: 1,101–1,200 of 1,200');
    expect(part(element, 'show-more')).to.equal(null);
    await waitForFocus(element, article(element, last), 'the linked session was not focused');

    await click(element, part(element, 'show-previous')!);
    expect(shownIds(element)).to.deep.equal(ids.slice(PER_DAY - 2 * SESSION_BATCH));
    await waitForFocus(element, article(element, ids[PER_DAY - 2 * SESSION_BATCH]), 'the first session of the earlier batch was not focused');
    expect(await axeAtEnd(element)).to.deep.equal([]);
  });
});
