/**
 * <conf-programme> left open on the page follows the clock also before its conference begins and
 * on a day without timed sessions. The clock ran only while now and next applied (the conference
 * running, with timed sessions), so a programme opened the evening before never began: at the
 * first session no "Now" badge and no "Jump to now" until the page was reloaded; and one whose
 * sessions have no hours kept saying "to be announced" after the end. It now follows the
 * conference's own day (in its zone) as well, asking for an update when that day changes, and
 * every minute only while now and next apply. Timers and Date are faked (@sinonjs/fake-timers).
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { passTime, wallClockPerTest, watchUpdates } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { shadow } from '../support/widgets.js';
import { article, cleanUp, item, programme, selectedTab } from './support.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A day in Vladivostok (UTC+10, far from the test machine's zone), its first session at 09:00, and one without hours. */
const feed = minimalFeed({
  conferences: [
    {
      id: 'vl',
      title: 'Conference',
      start: '2030-06-10',
      end: '2030-06-11',
      timeZone: 'Asia/Vladivostok',
      hostCities: ['essen'],
      sessions: [
        { id: 'first', kind: 'plenary', title: 'First', start: '2030-06-10T09:00', end: '2030-06-10T10:00' },
        { id: 'second', kind: 'plenary', title: 'Second', start: '2030-06-11T09:00', end: '2030-06-11T10:00' },
      ],
    },
  ],
});

/** The same days with sessions whose hours are not known. */
const untimed = minimalFeed({
  conferences: [
    {
      id: 'vl',
      title: 'Conference',
      start: '2030-06-10',
      end: '2030-06-11',
      timeZone: 'Asia/Vladivostok',
      hostCities: ['essen'],
      sessions: [{ id: 'open', kind: 'plenary', title: 'Open', start: '2030-06-11' }],
    },
  ],
});

/** The offset of `zone` at `instant` in ms, from Intl's own name of it ("GMT+10:00"). */
function offsetAt(instant: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * MINUTE : 0;
}

/** The ISO instant of a wall clock (`2030-06-10T09:00`) in Vladivostok. */
const vladivostok = (local: string) => {
  const wall = Date.parse(`${local}:00Z`);
  return new Date(wall - offsetAt(wall, 'Asia/Vladivostok')).toISOString();
};

const jumpToNow = (element: Element) => shadow(element).querySelector('[part~="jump-to-now"]');

describe('<conf-programme> and the clock', function () {
  this.timeout(30_000);
  const wall = wallClockPerTest();
  afterEach(() => cleanUp(() => false));

  it('begins at the conference’s midnight: its day’s tab, "Jump to now", then the first session running', async () => {
    await wall.at(vladivostok('2030-06-09T23:50'));
    const element = await programme({ feed });
    expect(selectedTab(element)).to.equal('all');
    expect(jumpToNow(element), 'no "Jump to now" the evening before').to.equal(null);
    // The first tick asks for an update (src/shared/clock-controller.ts: the one that started it may have come just before a change).
    await passTime(wall.clock, element, MINUTE);
    const watch = watchUpdates(element);
    await passTime(wall.clock, element, 8 * MINUTE);
    expect(watch.renders(), 'ticks before the day changes update nothing').to.equal(0);
    watch.stop();

    await passTime(wall.clock, element, 2 * MINUTE);
    expect(jumpToNow(element), '"Jump to now" once the conference runs').to.not.equal(null);
    expect(selectedTab(element), 'the tab the reader did not choose: today’s').to.equal('2030-06-10');
    expect(item(element, 'first').getAttribute('part')).to.contain('session-next');

    await passTime(wall.clock, element, 9 * HOUR);
    expect(item(element, 'first').getAttribute('part')).to.contain('session-now');
  });

  it('says "not recorded" once a conference of sessions without hours is over', async () => {
    await wall.at(vladivostok('2030-06-11T23:58'));
    const element = await programme({ feed: untimed });
    const time = () => article(element, 'open').querySelector('[part~="session-time"]')!.textContent!.trim();
    expect(time()).to.equal('Time to be announced');
    await passTime(wall.clock, element, 3 * MINUTE);
    expect(time()).to.equal('Time not recorded');
    expect(wall.clock.countTimers(), 'no timer once the conference is over').to.equal(0);
  });
});
