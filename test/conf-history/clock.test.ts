/**
 * <conf-history> left open on the page follows the clock (ClockController): the mark (current,
 * next, latest), the state on it and the participants' wording move on when a conference's own
 * day changes (in its time zone, at its dayChange), within a minute, and the clock runs only
 * while something in the series can still change. Timers and Date are faked
 * (@sinonjs/fake-timers), so the day changes when the test ticks the clock there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-history/define.js';
import type { ConfHistory } from '../../src/conf-history/conf-history.js';
import { passTime, wallClockPerTest, watchUpdates } from '../support/fake-timers.js';
import { minimalFeed, SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** [year, badge, state] of the marked entry, if one is listed. */
function marked(element: Element): string[] | undefined {
  const entry = shadow(element).querySelector('[part~="marked"]');
  if (!entry) return undefined;
  // A screen reader says "current": only of the conference running now, not of the next or the latest.
  expect(entry.getAttribute('aria-current')).to.equal(texts(entry, '[part~="badge"]')[0] === 'Current' ? 'true' : null);
  return [texts(entry, '[part~="year"]')[0], texts(entry, '[part~="badge"]')[0], texts(entry, '[part~="state"]')[0] ?? ''];
}

function participants(element: Element, year: number): string {
  const entry = [...shadow(element).querySelectorAll('[part~="entry"]')].find((li) => li.querySelector('[part~="year"]')?.textContent === String(year));
  return texts(entry!, '[part~="participants"]')[0];
}

/** A two-day camp in Berlin whose days change at 04:00, and a conference after it. */
const camp = minimalFeed({
  conferences: [
    { id: 'camp', title: 'Camp', start: '2030-06-26', end: '2030-06-27', timeZone: 'Europe/Berlin', dayChange: '04:00', hostCities: ['essen'] },
    { id: 'later', title: 'Later', start: '2031-09-10', end: '2031-09-11', timeZone: 'Europe/Berlin', hostCities: ['essen'] },
  ],
});

describe('<conf-history> and the clock', () => {
  const wall = wallClockPerTest();
  /** Fake timers and Date from a time (without an offset: the reader's own time zone), read through the real clock module. */
  const clockAt = wall.at;

  async function history(options: { feed?: unknown } = {}): Promise<ConfHistory> {
    const element = await fixture<ConfHistory>(
      options.feed ? html`<conf-history .feed=${options.feed}></conf-history>` : html`<conf-history src=${SAMPLE_FEED_URL}></conf-history>`,
    );
    await settled(element);
    return element;
  }

  /** Moves the clock on by `ms` a minute at a time, each tick followed by the update it asked for, if any (as on a page). */
  const pass = (element: ConfHistory, ms: number) => passTime(wall.clock, element, ms);

  /** Sets the clock to `iso` without ticking on the way (a computer that slept), then ticks a minute. */
  async function wake(element: ConfHistory, iso: string): Promise<void> {
    wall.clock.setSystemTime(new Date(iso));
    await pass(element, MINUTE);
  }

  afterEach(resetPage);

  it("moves the mark at the conferences' midnights in their own time zones, and stops after the last", async () => {
    // Düren, 25–28 June 2019, Europe/Berlin (UTC+2): 23:00 there on the 24th.
    await clockAt('2019-06-24T21:00:00Z');
    const element = await history();
    expect(marked(element)).to.deep.equal(['2019', 'Next', 'Begins tomorrow']);
    expect(participants(element, 2019)).to.equal('700 participants expected');
    expect(wall.clock.countTimers(), 'the clock runs while a conference is ahead').to.equal(1);

    // Past midnight there (the reader's own midnight may be hours away).
    await pass(element, HOUR + MINUTE);
    expect(marked(element)).to.deep.equal(['2019', 'Current', 'Running now (day 1 of 4)']);

    // 23:59 in Berlin on its last day, then past: the mark moves on to Kaluga.
    await wake(element, '2019-06-28T21:58:00Z');
    expect(marked(element)).to.deep.equal(['2019', 'Current', 'Running now (day 4 of 4)']);
    await pass(element, 2 * MINUTE);
    expect(marked(element)).to.deep.equal(['2021', 'Next', 'Begins in 730 days']);
    expect(participants(element, 2019)).to.equal('700 participants');

    // Kaluga, 28–30 June 2021, Europe/Moscow (UTC+3): 23:59 there on its last day, then the latest.
    await wake(element, '2021-06-30T20:58:00Z');
    expect(marked(element)).to.deep.equal(['2021', 'Current', 'Running now (day 3 of 3)']);
    await pass(element, 2 * MINUTE);
    expect(marked(element)).to.deep.equal(['2021', 'Latest conference', '']);
    expect(participants(element, 2021)).to.equal('200 participants');
    expect(wall.clock.countTimers(), 'no timer once every conference is past').to.equal(0);
    await expect(element).to.be.accessible();
  });

  it("follows a conference's day change: current until 04:00 after its last date, then the next one", async () => {
    // 03:00 in Berlin (UTC+2) on the 28th, the day after the camp's last date.
    await clockAt('2030-06-28T01:00:00Z');
    const element = await history({ feed: camp });
    expect(marked(element)).to.deep.equal(['2030', 'Current', 'Running now (day 2 of 2)']);

    await pass(element, HOUR + MINUTE);
    expect(marked(element)).to.deep.equal(['2031', 'Next', 'Begins in 439 days']);
  });

  it('does not update on a tick that changes nothing shown', async () => {
    // 08:00 in Berlin, 27 days before Düren.
    await clockAt('2019-05-29T06:00:00Z');
    const element = await history();
    const watch = watchUpdates(element);

    // Fifteen hours of minute ticks, up to 23:00 the same day in Berlin, past midnight in Moscow (Kaluga, listed, ahead).
    for (let hour = 0; hour < 15; hour++) await pass(element, HOUR);

    // The first tick after the clock starts may update once (its start may have come just before a day change); no more.
    expect(watch.renders()).to.be.at.most(1);
    expect(watch.mutations()).to.equal(0);
    watch.stop();
    expect(marked(element)).to.deep.equal(['2019', 'Next', 'Begins in 27 days']);
  });

  it('stops the clock when removed, and starts it again when back', async () => {
    await clockAt('2019-06-24T12:00:00Z');
    const element = await history();
    expect(wall.clock.countTimers()).to.equal(1);

    element.remove();
    expect(wall.clock.countTimers(), 'no timer after disconnect').to.equal(0);

    // Back in the page the next day: at once the mark it has now.
    wall.clock.tick(24 * HOUR);
    document.body.append(element);
    await element.updateComplete;
    expect(marked(element)).to.deep.equal(['2019', 'Current', 'Running now (day 1 of 4)']);
    expect(wall.clock.countTimers(), 'the timer after reconnecting').to.equal(1);
    element.remove();
    expect(wall.clock.countTimers()).to.equal(0);
  });

  it('runs no clock when every conference of the series is past', async () => {
    await clockAt('2026-11-21T12:00:00Z');
    const element = await history();
    expect(marked(element)).to.deep.equal(['2021', 'Latest conference', '']);
    expect(wall.clock.countTimers()).to.equal(0);
  });
});
