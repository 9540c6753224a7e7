/**
 * "All days" of a large programme is drawn a part at a time (src/conf-programme/day-drawing.ts):
 * the first update draws the first day, or the day of a session a link names, and the other days
 * follow after the frame that painted it. The steps are held back here (`drawing.painted`, a promise
 * the test releases), so what each update drew is counted without timing anything.
 */
import { expect } from '@open-wc/testing';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { SESSION_BATCH } from '../../src/conf-programme/batches.js';
import { drawing } from '../../src/conf-programme/day-drawing.js';
import { buildProgramme } from '../../src/conf-programme/programme.js';
import { validateFeed } from '../../src/feed/validate.js';
import { nextTask } from '../../src/feed/next-task.js';
import type { FeedDocument } from '../../src/feed/schema.js';
import { axeViolations } from '../support/axe.js';
import { shadow, texts, until } from '../support/widgets.js';
import { article, cleanUp, conferenceOf, container, generated, GENERATED, holdSteps, search, shownIds, waitForFocus } from './support.js';

const DAYS = ['2025-06-24', '2025-06-25', '2025-06-26', '2025-06-27'];
const PER_DAY = 150;

/**
 * 600 sessions on four days, 150 a day (100 of each shown until "Show more"); `ids[d]` are day d's in
 * the order shown. Or `perDay` sessions on each of the first `dayCount` days.
 */
function makeDays(perDay = PER_DAY, dayCount = DAYS.length): { feed: FeedDocument; ids: string[][] } {
  const days = DAYS.slice(0, dayCount);
  const feed = generated(days.length * perDay);
  const conference = conferenceOf(feed, GENERATED);
  conference.end = days.at(-1);
  conference.sessions!.forEach((session, index) => {
    const day = days[index % days.length];
    session.start = `${day}${session.start!.slice(10)}`;
    session.end = `${day}${session.end!.slice(10)}`;
  });
  const checked = validateFeed(structuredClone(feed));
  if (!checked.ok) throw new Error('the feed of several days is invalid');
  const model = buildProgramme(
    checked.feed.conferences.find((candidate) => candidate.id === GENERATED)!,
    checked.feed,
  );
  const ids = days.map((day) => model.dayByKey.get(day)!.sessions.map((entry) => entry.session.id));
  return { feed: feed as unknown as FeedDocument, ids };
}

let four: ReturnType<typeof makeDays> | undefined;
/**
 * The 600 sessions on four days, generated and ordered once for the file; the feed a fresh copy for
 * each test, so that each widget validates its own object (the loader keeps a result per object).
 */
function fourDays(): { feed: FeedDocument; ids: string[][] } {
  four ??= makeDays();
  return { feed: structuredClone(four.feed), ids: four.ids };
}

/** The widget on "All days", in `box`; resolves once the panel is there (its first update with the feed), without waiting for `updateComplete`. */
async function onAllDays(feed: FeedDocument, box: HTMLElement = document.body): Promise<ConfProgramme> {
  history.replaceState(null, '', '#programme/all');
  const element = document.createElement('conf-programme');
  element.feed = feed;
  box.append(element);
  await until(() => shadow(element).querySelector('[part~="panel"]'), 'the panel was not rendered');
  return element;
}

function panel(element: Element): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="panel"]')!;
}

/** The days whose sessions are drawn, by the sessions shown under each day heading. */
function drawnDays(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="day"]')]
    .filter((section) => section.querySelector('article[id^="session-"]'))
    .map((section) => section.getAttribute('aria-labelledby')!.slice('day-'.length));
}

function headings(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="day-heading"]')].map((heading) => heading.id);
}

describe('<conf-programme> draws "All days" the first day first', function () {
  this.timeout(60_000);
  let steps: ReturnType<typeof holdSteps>;
  beforeEach(() => (steps = holdSteps()));
  afterEach(async () => {
    steps.restore();
    await cleanUp((key) => key.startsWith('staedtepartner'));
  });

  it('draws the first day in the first update, the others after it, busy until they are all drawn', async () => {
    const { feed, ids } = fourDays();
    const element = await onAllDays(feed);
    let complete = false;
    void element.updateComplete.then(() => (complete = true));

    // The first update: every day's heading, the first day's first batch, no other day's session.
    expect(headings(element)).to.deep.equal(DAYS.map((day) => `day-${day}`));
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    expect(shownIds(element)).to.deep.equal(ids[0].slice(0, SESSION_BATCH));
    expect(shadow(element).querySelectorAll('.pending')).to.have.length(DAYS.length - 1);
    expect(panel(element).getAttribute('aria-busy')).to.equal('true');
    expect(texts(shadow(element), '[part~="result-count"]')).to.deep.equal([`${(DAYS.length * PER_DAY).toLocaleString('en')} sessions`]);
    await nextTask();
    expect(complete, 'updateComplete resolved before every day was drawn').to.equal(false);

    // One step, after the frame that painted the first: the other days together.
    expect(steps.waiting()).to.equal(1);
    steps.release();
    await element.updateComplete;
    expect(complete).to.equal(true);
    expect(drawnDays(element)).to.deep.equal(DAYS);
    expect(shownIds(element)).to.deep.equal(ids.flatMap((day) => day.slice(0, SESSION_BATCH)));
    expect(shadow(element).querySelectorAll('.pending')).to.have.length(0);
    expect(shadow(element).querySelectorAll('[part~="show-more"]')).to.have.length(DAYS.length);
    expect(panel(element).getAttribute('aria-busy')).to.equal('false');
  });

  for (const share of [0.4, 0.75]) {
    it(`draws the days after the first in the first update only while the sessions drawn stay within a batch (days of ${share * 100} % of a batch)`, async () => {
      // Days smaller than a batch: the first update draws as many whole days as fit in one
      // (two of 40 % of a batch, one of 75 %: a second one would take it to 150 %), then the rest.
      const perDay = Math.round(SESSION_BATCH * share);
      const fit = Math.max(1, Math.floor(SESSION_BATCH / perDay));
      const { feed, ids } = makeDays(perDay, 4);
      const element = await onAllDays(feed);
      expect(drawnDays(element)).to.deep.equal(DAYS.slice(0, fit));
      expect(shownIds(element)).to.deep.equal(ids.slice(0, fit).flat());
      expect(shadow(element).querySelectorAll('.pending')).to.have.length(4 - fit);
      steps.release();
      await element.updateComplete;
      expect(drawnDays(element)).to.deep.equal(DAYS.slice(0, 4));
      expect(shownIds(element)).to.deep.equal(ids.flat());
    });
  }

  it('keeps the space of the days still to be drawn: what follows the widget does not move when they arrive', async () => {
    const { feed } = fourDays();
    const box = container('60rem');
    const element = await onAllDays(feed, box);
    const after = document.createElement('p');
    after.textContent = 'After the programme';
    box.append(after);
    const before = after.offsetTop;
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    // All the remaining days at once, laid out before their sessions are sized (session-sizes.ts does that in the frames after).
    drawing.painted = () => Promise.resolve();
    steps.release();
    await element.updateComplete;
    expect(drawnDays(element)).to.deep.equal(DAYS);
    const moved = after.offsetTop - before;
    // The space kept is an estimate (sessions at their placeholder height, the "Shown" and "Show more" lines): a few pixels a day at most.
    expect(Math.abs(moved), `what follows moved by ${moved}px of ${before}px`).to.be.below(10 * (DAYS.length - 1));
  });

  it('draws the day of a session a link names at once, and focuses it, while earlier days are still to be drawn', async () => {
    const { feed, ids } = fourDays();
    const element = await onAllDays(feed);
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    // A session of the fourth day beyond its first batch.
    const target = ids[3][SESSION_BATCH + 10];
    location.hash = `#programme/session/${target}`;
    await until(() => shadow(element).getElementById(`session-${target}`), 'the linked session was not drawn');
    expect(drawnDays(element)).to.include(DAYS[3]);
    expect(drawnDays(element), 'days drawn before the next step').to.not.include(DAYS[1]);
    await waitForFocus(element, article(element, target), 'the linked session was not focused');
    expect(shadow(element).querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab')).to.equal('all');
    while (steps.waiting() > 0) {
      steps.release();
      await nextTask();
    }
    await element.updateComplete;
    expect(drawnDays(element)).to.deep.equal(DAYS);
    expect(shownIds(element)).to.include(target);
    expect(shadow(element).activeElement).to.equal(article(element, target));
  });

  it('prints every session of every day at once, and keeps them drawn after printing', async () => {
    const { feed } = fourDays();
    const element = await onAllDays(feed);
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    // Printing renders in the beforeprint event itself.
    window.dispatchEvent(new Event('beforeprint'));
    expect(shownIds(element)).to.have.length(DAYS.length * PER_DAY);
    expect(panel(element).getAttribute('aria-busy')).to.equal('false');
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(drawnDays(element)).to.deep.equal(DAYS);
    expect(shownIds(element)).to.have.length(DAYS.length * SESSION_BATCH);
  });

  it('follows a search typed while days are still to be drawn: its results on every day, the focus kept', async () => {
    const { feed, ids } = fourDays();
    const element = await onAllDays(feed);
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    const input = shadow(element).querySelector<HTMLInputElement>('[part~="search"]')!;
    input.focus();
    // A few sessions of each day: all of them drawn at once.
    await search(element, 'Tourism');
    const found = shownIds(element);
    expect(found.length).to.be.within(DAYS.length, SESSION_BATCH);
    expect(drawnDays(element)).to.deep.equal(DAYS.filter((_, day) => found.some((id) => ids[day].includes(id))));
    expect(drawnDays(element).length).to.be.above(1);
    expect(shadow(element).querySelectorAll('.pending')).to.have.length(0);
    expect(shadow(element).activeElement).to.equal(input);
    // Cleared: the first day again, the others after it, none left waiting for ever.
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => shadow(element).querySelector('.pending'), 'the days were drawn at once');
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    while (steps.waiting() > 0) {
      steps.release();
      await nextTask();
    }
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(input);
    expect(drawnDays(element)).to.deep.equal(DAYS);
    expect(shownIds(element)).to.deep.equal(ids.flatMap((day) => day.slice(0, SESSION_BATCH)));
  });

  // Last in the file: in WebKit, axe-core's colour-contrast rule over a long list slows the page's later tests (many-sessions.test.ts).
  it('passes axe-core while days are still to be drawn', async () => {
    const { feed, ids } = fourDays();
    const element = await onAllDays(feed);
    expect(drawnDays(element)).to.deep.equal([DAYS[0]]);
    // Sessions off screen are not laid out: axe would read their buttons' boxes on top of "Show more" (see many-sessions.test.ts).
    const last = shadow(element).querySelector(`[part~="favourite"][data-session="${ids[0][SESSION_BATCH - 1]}"]`)!;
    const more = shadow(element).querySelector('[part~="more"]')!;
    more.scrollIntoView({ block: 'center' });
    await until(() => last.getBoundingClientRect().bottom <= more.getBoundingClientRect().top, 'the last session is laid out above "Show more"');
    expect(await axeViolations(element), 'days still to be drawn').to.deep.equal([]);
    expect(shadow(element).querySelectorAll('.pending'), 'the days still to be drawn').to.have.length(DAYS.length - 1);
  });
});
