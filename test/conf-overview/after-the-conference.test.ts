/**
 * What <conf-overview> offers once the conference has taken place, in its own time zone and after
 * its day change, also on a page left open over its last night:
 * - a feed whose registration was never set to "closed" after the conference (the webmaster forgot,
 *   or the deadline was mistyped as a date after it): the registration shows as closed, and no
 *   "Register" is offered;
 * - its `onlineUrl` is where to follow or join it online (docs/feed.md), not a recording: no "Take
 *   part online", in the full variant nor as the compact variant's link (which falls back to the
 *   conference's first link).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { passTime, wallClockPerTest } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { pageLanguage, resetPage, settled, shadow } from '../support/widgets.js';

const MINUTE = 60_000;
const SETTLED = '[part~="card"], [part~="empty"], [part~="error"]';

/** The registration row's text. */
const registration = (element: Element) =>
  [...shadow(element).querySelectorAll('[part~="facts"] > div')]
    .find((row) => row.querySelector('dt')?.textContent?.trim() === 'Registration')
    ?.querySelector('dd')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

/** A conference of three days in Moscow, ending on 3 June 2027, with `fields`. */
const conference = (fields: Record<string, unknown>) => ({
  id: 'c',
  ordinal: 17,
  title: 'Conference',
  start: '2027-06-01',
  end: '2027-06-03',
  timeZone: 'Europe/Moscow',
  hostCities: ['essen'],
  ...fields,
});

const onlineLinks = (element: Element) => [...shadow(element).querySelectorAll('a')].filter((a) => a.href === 'https://example.org/live');

describe('<conf-overview> after the conference', () => {
  const wall = wallClockPerTest();
  beforeEach(() => pageLanguage('en'));
  afterEach(resetPage);

  for (const [name, stale] of [
    ['open without a deadline', { status: 'open', url: 'https://example.org/register' }],
    ['open with a deadline after the conference', { status: 'open', url: 'https://example.org/register', deadline: '2028-05-01' }],
    ['not open yet', { status: 'not-yet' }],
  ] as const) {
    it(`${name}: "Closed" once the conference has taken place in its own zone, and no "Register" link`, async () => {
      // 23:58 in Moscow on the last day: the conference still runs.
      await wall.at('2027-06-03T20:58:00Z');
      const element = await fixture<ConfOverview>(
        html`<conf-overview .feed=${minimalFeed({ conferences: [conference({ registration: stale })] })}></conf-overview>`,
      );
      await settled(element, SETTLED);
      expect(registration(element)).not.to.equal('Closed');

      // Past midnight in Moscow, the page left open: the clock moves it on.
      await passTime(wall.clock, element, 2 * MINUTE);
      expect(shadow(element).querySelector('[part~="conference-status"]')?.textContent?.trim()).to.equal('Took place');
      expect(registration(element)).to.equal('Closed');
      expect(wall.clock.countTimers(), 'nothing left to follow').to.equal(0);

      element.variant = 'compact';
      await element.updateComplete;
      expect(shadow(element).querySelector('[part~="link"]'), 'no "Register" link in the compact variant').to.equal(null);
    });
  }

  const online = minimalFeed({
    conferences: [conference({ onlineUrl: 'https://example.org/live', links: [{ label: { en: 'Report' }, url: 'https://example.org/report' }] })],
  });
  for (const variant of ['full', 'compact'] as const) {
    it(`${variant}: "Take part online" until the conference has taken place in its own zone, then not`, async () => {
      // 23:58 in Moscow on the last day: the conference still runs.
      await wall.at('2027-06-03T20:58:00Z');
      const element = await fixture<ConfOverview>(html`<conf-overview variant=${variant} .feed=${online}></conf-overview>`);
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
