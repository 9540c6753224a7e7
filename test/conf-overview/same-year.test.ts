/**
 * Which conference a widget shows when none is named, on a page left open across the year: XV held
 * on 1–3 October 2025 and XVI known only by "2025" (its date to be announced). <conf-overview>,
 * <conf-programme> and <conf-history> follow one rule, the series' order (XV before XVI): XV while
 * it runs, XVI once XV has taken place (still to come that year), XVI after the year is over.
 * Before, the overview and the programme showed XV ("Took place"), the latest by start text
 * ("2025-10-01" after "2025"), while the history marked XVI "Next". Date and timers are faked; the
 * overview and the history are left open, the programme (which follows the clock only while its
 * sessions run) is opened anew at each time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/conf-overview/define.js';
import '../../src/conf-history/define.js';
import '../../src/conf-programme/define.js';
import { passTime, wallClockPerTest } from '../support/fake-timers.js';
import { minimalFeed } from '../support/feeds.js';
import { pageLanguage, resetPage, settled, shadow, texts } from '../support/widgets.js';

const conference = (ordinal: number, start: string, end?: string) => ({ id: `c${ordinal}`, ordinal, title: 'Conference', start, end, hostCities: ['essen'] });
const feed = minimalFeed({
  conferences: [conference(16, '2025'), conference(14, '2023-06-01', '2023-06-03'), conference(15, '2025-10-01', '2025-10-03')],
});

/** The overview's status, the history's badge, in each language. */
const WORDS = {
  en: {
    running: 'Running now (day 3 of 3)',
    undated: 'Date to be announced',
    past: 'Took place',
    next: 'Next',
    current: 'Current',
    latest: 'Latest conference',
  },
  de: {
    running: 'Läuft gerade (Tag 3 von 3)',
    undated: 'Termin wird noch bekannt gegeben',
    past: 'Hat stattgefunden',
    next: 'Nächste',
    current: 'Aktuell',
    latest: 'Letzte Konferenz',
  },
  ru: {
    running: 'Идёт сейчас (день 3 из 3)',
    undated: 'Дата будет объявлена',
    past: 'Состоялась',
    next: 'Следующая',
    current: 'Текущая',
    latest: 'Последняя конференция',
  },
} as const;

describe('the conference shown when none is named, across the year', () => {
  const wall = wallClockPerTest();
  afterEach(resetPage);

  for (const language of ['en', 'de', 'ru'] as const) {
    it(`${language}: the overview, the programme and the history agree on XV, then XVI`, async () => {
      await pageLanguage(language);
      const words = WORDS[language];
      // Noon on XV's last day.
      await wall.at('2025-10-03T12:00:00Z');
      const root = await fixture(
        html`<div>
          <conf-overview .feed=${feed}></conf-overview>
          <conf-history .feed=${feed}></conf-history>
        </div>`,
      );
      const [overview, history] = [...root.children] as ReactiveElement[];
      await settled(overview, '[part~="card"]');
      await settled(history);

      /** [overview's ordinal and status, a new programme's ordinal, history's marked ordinal and badge]. */
      const shown = async () => {
        const programme = document.createElement('conf-programme') as ReactiveElement & { feed: unknown };
        programme.feed = feed;
        root.append(programme);
        await settled(programme, '[part~="empty"]');
        const ordinal = (text = '') => /\b[XVI]+\b/.exec(text)?.[0];
        return [
          ordinal(texts(shadow(overview), '[part~="title"]')[0]),
          texts(shadow(overview), '[part~="conference-status"]')[0]?.replace(/\u00a0/g, ' '),
          ordinal(texts(shadow(programme), '[part~="title"]')[0]),
          ordinal(texts(shadow(history), '[part~="marked"] [part~="ordinal"]')[0]),
          texts(shadow(history), '[part~="marked"] [part~="badge"]')[0],
        ];
      };
      /** Sets the clock to `iso` (a page left open), then ticks a minute for the widgets to follow. */
      const wake = async (iso: string) => {
        wall.clock.setSystemTime(new Date(iso));
        root.querySelector('conf-programme')?.remove();
        await passTime(wall.clock, overview, 60_000);
        await history.updateComplete;
      };

      expect(await shown()).to.deep.equal(['XV', words.running, 'XV', 'XV', words.current]);
      // XV has taken place; XVI is still to come this year.
      await wake('2025-10-04T12:00:00Z');
      expect(await shown()).to.deep.equal(['XVI', words.undated, 'XVI', 'XVI', words.next]);
      // The year over without a date for XVI: still the last of the series.
      await wake('2026-01-01T12:00:00Z');
      expect(await shown()).to.deep.equal(['XVI', words.past, 'XVI', 'XVI', words.latest]);
    });
  }
});
