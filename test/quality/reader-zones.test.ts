/**
 * Readers far from the conference, in time zones set in the browser (test/support/time-zone.mjs;
 * Chromium and Firefox): a conference in Vladivostok (UTC+10) read in Berlin and New York, and the
 * jubilee list at New Year east and west of Greenwich. The overview counts the conference's own day
 * (README), the programme's local time names the reader's day where it is another than the tab's,
 * and the jubilee list's "this year" is the reader's. Date and timers are faked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/conf-overview/define.js';
import '../../src/conf-programme/define.js';
import '../../src/jubilee-list/define.js';
import { wallClockPerTest } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';
import { article, cleanUp, click, programme, selectedTab } from '../conf-programme/support.js';

const feed = minimalFeed({
  conferences: [
    {
      id: 'vl',
      title: 'Conference',
      start: '2030-06-10',
      end: '2030-06-11',
      timeZone: 'Asia/Vladivostok',
      hostCities: ['essen'],
      registration: { status: 'open', deadline: '2030-06-05' },
      sessions: [{ id: 'night', title: 'Night', start: '2030-06-11T00:30', end: '2030-06-11T01:30', kind: 'plenary' }],
    },
  ],
});

/** Puts the reader in `zone`, or skips the test where the engine cannot. */
async function readerIn(context: Mocha.Context, zone: string): Promise<void> {
  if (!(await executeServerCommand('time-zone', { zone }))) {
    console.info("skipped: a reader's time zone is emulated in Chromium and Firefox only, not in WebKit");
    context.skip();
  }
}

describe('readers in other time zones', () => {
  const wall = wallClockPerTest();
  after(() => executeServerCommand('time-zone', {}));
  afterEach(resetPage);

  // First: the programme keeps the reader's zone from its first render on.
  it('the programme in a Berlin reader’s time names the day a Vladivostok session falls on there', async function () {
    await readerIn(this, 'Europe/Berlin');
    // 00:00 on 11 June in Vladivostok.
    await wall.at('2030-06-10T14:00:00Z');
    const element = await programme({ feed });
    const time = () => article(element, 'night').querySelector('time[part~="session-time"]')!.textContent;
    expect(selectedTab(element)).to.equal('2030-06-11');
    expect(time()).to.equal('00:30–01:30');
    await click(element, shadow(element).querySelector<HTMLButtonElement>('[part~="time-zone"]')!);
    expect(time()).to.equal('Mon 10 Jun, 16:30–17:30');
    expect(texts(shadow(element), '[part~="zone-note"]')).to.deep.equal(['Times in your time zone (CEST).']);
    await cleanUp(() => true);
  });

  it('the overview in New York closes the registration at the conference’s midnight', async function () {
    await readerIn(this, 'America/New_York');
    const shown = async (iso: string) => {
      await wall.at(iso);
      const element = await fixture(html`<conf-overview .feed=${feed}></conf-overview>`);
      await settled(element, '[part~="card"]');
      const words = [
        texts(shadow(element), '[part~="conference-status"]')[0],
        shadow(element).querySelector('[part~="facts"] > div:last-child dd')?.textContent?.replace(/\s+/g, ' ').trim(),
      ];
      element.remove();
      return words;
    };
    // 09:59 on the deadline day in New York, 23:59 in Vladivostok; then its midnight.
    expect(await shown('2030-06-05T13:59:00Z')).to.deep.equal(['Begins in 5 days', 'Open, deadline: 5 June 2030']);
    expect(await shown('2030-06-05T14:00:00Z')).to.deep.equal(['Begins in 4 days', 'Closed']);
  });

  for (const [zone, year] of [
    ['Asia/Vladivostok', 2031],
    ['America/Los_Angeles', 2030],
  ] as const) {
    it(`the jubilee list's year is the reader's: ${year} at 14:30 UTC on New Year's Eve in ${zone}`, async function () {
      await readerIn(this, zone);
      await wall.at('2030-12-31T14:30:00Z');
      const jubilees = minimalFeed({ partnerships: [{ id: 'p', cities: ['essen', 'nizhny-novgorod'], since: '1991-01-01' }] });
      const element = await fixture(html`<jubilee-list .feed=${jubilees}></jubilee-list>`);
      await settled(element);
      expect(texts(shadow(element), '[part~="summary"], [part~="empty"]')[0]).to.contain(`in ${year}.`);
    });
  }
});
