/**
 * "Jump to now" on the second day of a conference with an exhibition running from the first day
 * to the last: the exhibition is listed on the day it began, so the jump went to yesterday's tab and
 * focused it, away from the talk running now on today's tab. It now goes to today's running
 * session, and to the exhibition only when nothing else runs.
 */
import { expect } from '@open-wc/testing';
import { setLanguage } from '../../src/i18n/language.js';
import { wallClockPerTest } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { shadow } from '../support/widgets.js';
import { cleanUp, click, programme, selectedTab, tab, waitForFocus } from './support.js';

const FEED = minimalFeed({
  conferences: [
    {
      id: 'c',
      title: 'Conference',
      start: '2019-06-25',
      end: '2019-06-27',
      timeZone: 'Europe/Moscow',
      hostCities: ['essen'],
      sessions: [
        { id: 'exhibition', kind: 'culture', title: 'Exhibition', start: '2019-06-25T09:00', end: '2019-06-27T17:00' },
        { id: 'talk', kind: 'plenary', title: 'Talk', start: '2019-06-26T12:00', end: '2019-06-26T13:00' },
      ],
    },
  ],
});

describe('<conf-programme> "Jump to now" with a session of several days', function () {
  this.timeout(30_000);
  const wall = wallClockPerTest();
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  for (const [time, expected, day] of [
    ['2019-06-26T12:30:00+03:00', 'talk', '2019-06-26'],
    ['2019-06-26T14:00:00+03:00', 'exhibition', '2019-06-25'],
  ] as const) {
    it(`at ${time.slice(11, 16)} on the second day goes to ${expected}`, async () => {
      await wall.at(time);
      const element = await programme({ feed: FEED });
      await click(element, tab(element, 'all'));
      await click(element, shadow(element).querySelector<HTMLButtonElement>('[part~="jump-to-now"]')!);
      expect(selectedTab(element)).to.equal(day);
      await waitForFocus(element, shadow(element).getElementById(`session-${expected}`), `${expected} was not focused`);
      expect(shadow(element).getElementById(`session-${expected}`)!.parentElement!.getAttribute('part')).to.contain('session-now');
    });
  }
});
