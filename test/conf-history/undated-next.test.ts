/**
 * The next conference announced only by its year ("start": "2027") while the last one has taken
 * place: once that year has begun, its date is "to be announced" (as <conf-overview> says), not
 * past, so <conf-history> still marks it "Next", not "Latest conference" (which reads as the last
 * one held), also on a page left open over New Year's night.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-history/define.js';
import type { ConfHistory } from '../../src/conf-history/conf-history.js';
import { passTime, wallClockPerTest } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { pageLanguage, resetPage, settled, shadow, texts } from '../support/widgets.js';

const MINUTE = 60_000;

const feed = minimalFeed({
  conferences: [
    { id: 'xvii', ordinal: 17, title: 'Conference', start: '2025-06-01', end: '2025-06-03', timeZone: 'Europe/Berlin', hostCities: ['essen'] },
    { id: 'xviii', ordinal: 18, title: 'Conference', start: '2027', timeZone: 'Europe/Moscow', hostCities: ['essen'], expectedParticipants: 300 },
  ],
});

/** [ordinal, badge] of the marked entry. */
function marked(element: Element): string[] {
  const entry = shadow(element).querySelector('[part~="marked"]')!;
  return [texts(entry, '[part~="ordinal"]')[0], texts(entry, '[part~="badge"]')[0]];
}

describe('<conf-history>: the next conference known only by its year, in that year', () => {
  const wall = wallClockPerTest();
  afterEach(resetPage);

  for (const [language, next] of [
    ['en', 'Next'],
    ['de', 'Nächste'],
    ['ru', 'Следующая'],
  ] as const) {
    it(`${language}: marks it "${next}" before and after New Year, left open over the night`, async () => {
      await pageLanguage(language);
      // 23:59 on 31 December 2026 in Moscow.
      await wall.at('2026-12-31T20:59:00Z');
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      expect(marked(element)).to.deep.equal(['XVIII' + (language === 'de' ? '.' : ''), next]);

      await passTime(wall.clock, element, 2 * MINUTE);
      expect(marked(element)).to.deep.equal(['XVIII' + (language === 'de' ? '.' : ''), next]);
    });
  }
});
