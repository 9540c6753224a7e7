/**
 * A one-day conference on its day says it is running, without "(day 1 of 1)", in the overview and
 * on the history's mark, in every language; a longer one keeps its day numbers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-history/define.js';
import '../../src/conf-overview/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { minimalFeed } from '../support/feeds.js';
import { resetPage, settled, shadow, texts } from '../support/widgets.js';

/** A one-day meeting in Essen on 12 May 2030, and a two-day one after it. */
const feed = minimalFeed({
  conferences: [
    { id: 'day', title: 'Day', start: '2030-05-12', timeZone: 'Europe/Berlin', hostCities: ['essen'] },
    { id: 'two', title: 'Two', start: '2031-05-12', end: '2031-05-13', timeZone: 'Europe/Berlin', hostCities: ['essen'] },
  ],
});

describe('a one-day conference on its day', () => {
  afterEach(async () => {
    setClock(undefined);
    await setLanguage('en');
    await resetPage();
  });

  for (const [language, running, twoDays] of [
    ['en', 'Running now', 'Running now (day 1 of 2)'],
    ['de', 'Läuft gerade', 'Läuft gerade (Tag 1 von 2)'],
    ['ru', 'Идёт сейчас', 'Идёт сейчас (день 1 из 2)'],
  ] as const) {
    it(`${language}: "${running}" in <conf-overview> and <conf-history>, with day numbers only for more days`, async () => {
      setClock(() => new Date('2030-05-12T10:00:00Z'));
      await setLanguage(language);
      const overview = await fixture(html`<conf-overview .feed=${feed}></conf-overview>`);
      await settled(overview, '[part~="card"], [part~="empty"], [part~="error"]');
      const status = () => texts(shadow(overview), '[part~="conference-status"]')[0]?.replace(/\s+/g, ' ');
      expect(status()).to.equal(running);

      const history = await fixture(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(history);
      expect(texts(shadow(history), '[part~="marked"] [part~="state"]')[0]).to.equal(running);

      setClock(() => new Date('2031-05-12T10:00:00Z'));
      overview.setAttribute('conference', 'two');
      await (overview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(status()).to.equal(twoDays);
    });
  }
});
