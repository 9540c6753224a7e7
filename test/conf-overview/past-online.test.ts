/**
 * A conference's `onlineUrl` is where to follow or join it online (docs/feed.md), not a recording:
 * once the conference has taken place, in its own time zone and after its day change,
 * <conf-overview> no longer offers "Take part online", in the full variant nor as the compact
 * variant's link (which falls back to the conference's first link), also on a page left open over
 * its last night.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { passTime, wallClockPerTest } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { pageLanguage, resetPage, settled, shadow } from '../support/widgets.js';

const MINUTE = 60_000;
const SETTLED = '[part~="card"], [part~="empty"], [part~="error"]';

const feed = minimalFeed({
  conferences: [
    {
      id: 'c',
      ordinal: 17,
      title: 'Conference',
      start: '2027-06-01',
      end: '2027-06-03',
      timeZone: 'Europe/Moscow',
      hostCities: ['essen'],
      onlineUrl: 'https://example.org/live',
      links: [{ label: { en: 'Report' }, url: 'https://example.org/report' }],
    },
  ],
});

const onlineLinks = (element: Element) => [...shadow(element).querySelectorAll('a')].filter((a) => a.href === 'https://example.org/live');

describe('<conf-overview>: the online link after the conference', () => {
  const wall = wallClockPerTest();
  beforeEach(() => pageLanguage('en'));
  afterEach(resetPage);

  for (const variant of ['full', 'compact'] as const) {
    it(`${variant}: "Take part online" until the conference has taken place in its own zone, then not`, async () => {
      // 23:58 in Moscow on the last day: the conference still runs.
      await wall.at('2027-06-03T20:58:00Z');
      const element = await fixture<ConfOverview>(html`<conf-overview variant=${variant} .feed=${feed}></conf-overview>`);
      await settled(element, SETTLED);
      expect(onlineLinks(element).map((a) => a.textContent?.trim())).to.deep.equal(['Take part online']);

      // Past midnight in Moscow, the page left open: the clock moves it on.
      await passTime(wall.clock, element, 2 * MINUTE);
      expect(shadow(element).querySelector('[part~="conference-status"]')?.textContent?.trim()).to.equal('Took place');
      expect(onlineLinks(element), 'no "Take part online"').to.deep.equal([]);
      if (variant === 'compact') expect(shadow(element).querySelector<HTMLAnchorElement>('[part~="link"]')?.href).to.equal('https://example.org/report');
    });
  }
});
