/**
 * <jubilee-list> left open on the page follows the reader's day (ClockController with `daily`):
 * countdowns change at midnight, a list without `year` moves to the new year at New Year, and
 * the clock runs only while what is shown depends on the day. Timers and Date are faked
 * (@sinonjs/fake-timers), so midnight comes when the test ticks the clock there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import { jubileeWork } from '../../src/jubilee-list/anniversaries.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { passTime, wallClockPerTest, watchUpdates } from '../support/fake-timers.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function entry(element: Element, cityName: string): HTMLElement {
  const found = [...shadow(element).querySelectorAll<HTMLElement>('[part~="entry"]')].find((li) => li.textContent?.includes(cityName));
  if (!found) throw new Error(`no entry with ${cityName}`);
  return found;
}

const countdown = (element: Element, cityName: string) =>
  entry(element, cityName).querySelector('[part~="countdown"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<jubilee-list> and the clock', () => {
  const wall = wallClockPerTest();
  /** Fake timers and Date from a time (without an offset: the reader's own time zone), read through the real clock module. */
  const clockAt = wall.at;

  async function list(year?: number): Promise<JubileeList> {
    const element = await fixture<JubileeList>(
      year === undefined ? html`<jubilee-list src=${SAMPLE_FEED_URL}></jubilee-list>` : html`<jubilee-list src=${SAMPLE_FEED_URL} year=${year}></jubilee-list>`,
    );
    await settled(element);
    return element;
  }

  /** Moves the clock on by `ms` (every minute tick on the way) and waits for the update a tick asked for, if any. */
  const pass = (element: JubileeList, ms: number) => passTime(wall.clock, element, ms, ms);

  afterEach(resetPage);

  it("changes the countdown at midnight on the anniversary's eve, and drops it the day after, with no other update", async () => {
    // Aachen – Kostroma: 26 September 2001, 20 years in 2021.
    await clockAt('2021-09-25T23:59:00');
    const element = await list(2021);
    expect(countdown(element, 'Aachen')).to.equal('(anniversary tomorrow)');
    expect(wall.clock.countTimers(), 'the clock runs while countdowns are shown').to.equal(1);

    await pass(element, 2 * MINUTE);
    expect(countdown(element, 'Aachen')).to.equal('(anniversary today)');

    await pass(element, 24 * HOUR);
    expect(countdown(element, 'Aachen')).to.equal(undefined);
    expect(entry(element, 'Aachen').textContent).to.contain('26\u00a0September 2001');
    // Later anniversaries count down a day less, and keep the clock running.
    expect(countdown(element, 'Kornwestheim')).to.equal('(anniversary in 22 days)');
    expect(wall.clock.countTimers()).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('stops the clock the day after the last countdown of the year', async () => {
    // Munster – Michurinsk, 20 October 1991: the last dated anniversary of 2021.
    await clockAt('2021-10-20T23:59:00');
    const element = await list(2021);
    expect(texts(shadow(element), '[part~="countdown"]')).to.deep.equal(['(anniversary today)']);
    expect(wall.clock.countTimers()).to.equal(1);

    await pass(element, 2 * MINUTE);
    expect(shadow(element).querySelectorAll('[part~="countdown"]')).to.have.length(0);
    expect(wall.clock.countTimers(), 'no timer once nothing shown depends on the day').to.equal(0);
  });

  it("shows the new year's jubilees after New Year's midnight when no year is set", async () => {
    await clockAt('2020-12-31T23:59:00');
    const element = await list();
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['No partnership celebrates a round anniversary in 2020.']);
    expect(wall.clock.countTimers(), 'the year is taken from today').to.equal(1);

    await pass(element, 2 * MINUTE);
    expect(texts(shadow(element), '[part~="summary"]')).to.deep.equal(['17 partnerships celebrate a round anniversary in 2021.']);
    expect(countdown(element, 'Landshut District')).to.equal('(anniversary in 15 days)');
    await expect(element).to.be.accessible();
  });

  it("shows a next year's list with its countdowns from New Year's Day", async () => {
    await clockAt('2020-12-31T23:59:00');
    const element = await list(2021);
    expect(shadow(element).querySelectorAll('[part~="countdown"]')).to.have.length(0);
    expect(wall.clock.countTimers(), 'the countdowns start with the year').to.equal(1);

    await pass(element, 2 * MINUTE);
    expect(countdown(element, 'Aachen')).to.equal('(anniversary in 268 days)');
  });

  it('does not update on a tick of the same day: no listing worked out again, nothing changed in the page', async () => {
    await clockAt('2021-09-26T08:00:00');
    const element = await list(2021);
    const watch = watchUpdates(element);
    const work = { ...jubileeWork };

    // Fifteen hours of minute ticks, up to 23:00 the same day.
    for (let hour = 0; hour < 15; hour++) await pass(element, HOUR);

    // The first tick after the clock starts may update once (its start may have come just before midnight); no more.
    expect(watch.renders()).to.be.at.most(1);
    expect(jubileeWork).to.deep.equal(work);
    expect(watch.mutations()).to.equal(0);
    watch.stop();
    expect(countdown(element, 'Aachen')).to.equal('(anniversary today)');
  });

  it('stops the clock when the list is removed, and starts it again when it is back', async () => {
    await clockAt('2021-09-25T12:00:00');
    const element = await list(2021);
    expect(wall.clock.countTimers()).to.equal(1);

    element.remove();
    expect(wall.clock.countTimers(), 'no timer after disconnect').to.equal(0);

    // Back in the page the next day: at once the day it is now.
    wall.clock.tick(24 * HOUR);
    document.body.append(element);
    await element.updateComplete;
    expect(countdown(element, 'Aachen')).to.equal('(anniversary today)');
    expect(wall.clock.countTimers(), 'the timer after reconnecting').to.equal(1);
    element.remove();
    expect(wall.clock.countTimers()).to.equal(0);
  });

  it('runs no clock for a past year', async () => {
    await clockAt('2021-09-25T12:00:00');
    await list(2011);
    expect(wall.clock.countTimers()).to.equal(0);
  });
});
