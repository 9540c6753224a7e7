/**
 * <conf-overview> left open on the page follows the clock (ClockController): its status, the
 * conference it shows without a `conference` attribute and the registration move on when the
 * conference's own day changes (in its time zone, at its dayChange), within a minute, and the
 * clock runs only while what is shown can still change. Timers and Date are faked
 * (@sinonjs/fake-timers), so the day changes when the test ticks the clock there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { passTime, wallClockPerTest, watchUpdates } from '../support/fake-timers.js';
import { minimalFeed, SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SETTLED = '[part~="card"], [part~="empty"], [part~="error"]';

const one = (element: Element, selector: string) => texts(shadow(element), selector)[0] ?? '';
const status = (element: Element) => one(element, '[part~="conference-status"]');
const title = (element: Element) => one(element, '[part~="title"]');

/** A two-day camp in Berlin whose days change at 04:00, with an open registration until 1 June, and a conference after it. */
const camp = minimalFeed({
  conferences: [
    {
      id: 'camp',
      title: 'Camp 2030',
      start: '2030-06-26',
      end: '2030-06-27',
      timeZone: 'Europe/Berlin',
      dayChange: '04:00',
      hostCities: ['essen'],
      registration: { status: 'open', url: 'https://example.org/register', deadline: '2030-06-01' },
    },
    { id: 'later', title: 'Later 2030', start: '2030-09-10', end: '2030-09-11', timeZone: 'Europe/Berlin', hostCities: ['essen'] },
  ],
});

describe('<conf-overview> and the clock', () => {
  const wall = wallClockPerTest();
  /** Fake timers and Date from a time (without an offset: the reader's own time zone), read through the real clock module. */
  const clockAt = wall.at;

  async function overview(attributes: { conference?: string; feed?: unknown } = {}): Promise<ConfOverview> {
    const element = await fixture<ConfOverview>(
      attributes.feed ? html`<conf-overview .feed=${attributes.feed}></conf-overview>` : html`<conf-overview src=${SAMPLE_FEED_URL}></conf-overview>`,
    );
    if (attributes.conference) element.conference = attributes.conference;
    await settled(element, SETTLED);
    return element;
  }

  /** Moves the clock on by `ms` a minute at a time, each tick followed by the update it asked for, if any (as on a page). */
  const pass = (element: ConfOverview, ms: number) => passTime(wall.clock, element, ms);

  afterEach(resetPage);

  it("goes from upcoming to running to past at the conference's midnights in its own time zone", async () => {
    // Kaluga, 28–30 June 2021, Europe/Moscow (UTC+3): 23:00 there on the 27th.
    await clockAt('2021-06-27T20:00:00Z');
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    expect(status(element)).to.equal('Begins tomorrow');
    expect(wall.clock.countTimers(), 'the clock runs while the status can change').to.equal(1);

    // Past midnight there (the reader's own midnight may be hours away).
    await pass(element, HOUR + MINUTE);
    expect(status(element)).to.equal('Running now (day 1 of 3)');

    await pass(element, 2 * 24 * HOUR);
    expect(status(element)).to.equal('Running now (day 3 of 3)');

    await pass(element, 24 * HOUR);
    expect(status(element)).to.equal('Took place');
    expect(wall.clock.countTimers(), 'no timer once the conference is past').to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('without a conference attribute, moves on from a conference that ends to the next one', async () => {
    // Düren, 25–28 June 2019, Europe/Berlin (UTC+2): 23:00 there on its last day.
    await clockAt('2019-06-28T21:00:00Z');
    const element = await overview();
    expect(title(element)).to.contain('XV ');
    expect(status(element)).to.equal('Running now (day 4 of 4)');

    await pass(element, HOUR + MINUTE);
    expect(title(element)).to.contain('XVI ');
    expect(status(element)).to.equal('Begins in 730 days');
    expect(wall.clock.countTimers()).to.equal(1);
  });

  it("follows the conference's day change: running until 04:00 after its last date, then the next conference", async () => {
    // 03:00 in Berlin (UTC+2) on the 26th: still the day before the camp.
    await clockAt('2030-06-26T01:00:00Z');
    const element = await overview({ feed: camp });
    expect(title(element)).to.equal('Camp 2030');
    expect(status(element)).to.equal('Begins tomorrow');

    await pass(element, HOUR + MINUTE);
    expect(status(element)).to.equal('Running now (day 1 of 2)');

    // 03:59 on the 28th, the day after its last date: its second day still.
    await pass(element, 2 * 24 * HOUR - 2 * MINUTE);
    expect(title(element)).to.equal('Camp 2030');
    expect(status(element)).to.equal('Running now (day 2 of 2)');

    await pass(element, 2 * MINUTE);
    expect(title(element)).to.equal('Later 2030');
    expect(status(element)).to.equal('Begins in 74 days');
  });

  it('moves on once at a day change the clocks pass twice, the night they go back', async () => {
    // Berlin goes from 03:00 CEST back to 02:00 CET on 27 October 2030: 02:30 comes twice. A session
    // written "02:45" starts at the second pass (zonedInstant), and so does the conference's second day.
    const night = minimalFeed({
      conferences: [
        { id: 'night', title: 'Night 2030', start: '2030-10-26', end: '2030-10-27', timeZone: 'Europe/Berlin', dayChange: '02:30', hostCities: ['essen'] },
      ],
    });
    // 02:00 CEST.
    await clockAt('2030-10-27T00:00:00Z');
    const element = await overview({ feed: night });
    const seen: string[] = [status(element)];
    // Minute by minute to 02:40 CET; before, day 2 began at 02:30 CEST, day 1 came back at 02:00 CET for half an hour.
    for (let minute = 0; minute < 100; minute++) {
      const before = status(element);
      await pass(element, MINUTE);
      if (status(element) !== before) seen.push(new Date().toISOString(), status(element));
    }
    expect(seen).to.deep.equal(['Running now (day 1 of 2)', '2030-10-27T01:30:00.000Z', 'Running now (day 2 of 2)']);
  });

  it('closes the registration when its deadline has passed', async () => {
    // 23:00 in Berlin on the deadline, 1 June 2030.
    await clockAt('2030-06-01T21:00:00Z');
    const element = await overview({ feed: camp });
    const registration = () => shadow(element).querySelector('[part~="facts"] > div:last-child dd')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(registration()).to.equal('Open, deadline: 1 June 2030 · Register');

    await pass(element, HOUR + MINUTE);
    expect(registration()).to.equal('Closed');
    // The camp's own day changes at 04:00: 25 days still.
    expect(status(element)).to.equal('Begins in 25 days');
  });

  it('does not update on a tick that changes nothing shown', async () => {
    // 08:00 in Berlin, 27 days before Düren; Kaluga, the next after it, is in Moscow, an hour ahead.
    await clockAt('2019-05-29T06:00:00Z');
    const element = await overview();
    const watch = watchUpdates(element);

    // Fifteen hours of minute ticks, up to 23:00 the same day in Berlin, past midnight in Moscow.
    for (let hour = 0; hour < 15; hour++) await pass(element, HOUR);

    // The first tick after the clock starts may update once (its start may have come just before a day change); no more.
    expect(watch.renders()).to.be.at.most(1);
    expect(watch.mutations()).to.equal(0);
    watch.stop();
    expect(title(element)).to.contain('XV ');
    expect(status(element)).to.equal('Begins in 27 days');
  });

  it('stops the clock when removed, and starts it again when back', async () => {
    await clockAt('2021-06-27T12:00:00Z');
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    expect(wall.clock.countTimers()).to.equal(1);

    element.remove();
    expect(wall.clock.countTimers(), 'no timer after disconnect').to.equal(0);

    // Back in the page the next day: at once the status it has now.
    wall.clock.tick(24 * HOUR);
    document.body.append(element);
    await element.updateComplete;
    expect(status(element)).to.equal('Running now (day 1 of 3)');
    expect(wall.clock.countTimers(), 'the timer after reconnecting').to.equal(1);
    element.remove();
    expect(wall.clock.countTimers()).to.equal(0);
  });

  it('runs no clock where nothing shown can change', async () => {
    await clockAt('2026-11-21T12:00:00Z');
    // Every conference of the sample feed is past: the latest is shown.
    const latest = await overview();
    expect(status(latest)).to.equal('Took place');
    expect(wall.clock.countTimers()).to.equal(0);
    latest.remove();

    // A past conference named while another is ahead, with its registration closed.
    await clockAt('2030-07-01T12:00:00Z');
    const past = await overview({ feed: camp, conference: 'camp' });
    expect(status(past)).to.equal('Took place');
    expect(wall.clock.countTimers()).to.equal(0);
    past.remove();
    const next = await overview({ feed: camp });
    expect(title(next)).to.equal('Later 2030');
    expect(wall.clock.countTimers(), 'the next conference counts down').to.equal(1);
  });
});
