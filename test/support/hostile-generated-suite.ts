/**
 * Hostile feeds too big to commit, built at run time: 100,000-character texts,
 * nesting 10,000 to 1,000,000 levels deep, a 20 MB feed, and one list with
 * 20,000 bad entries. Each is read through the `feed` property (parsed here)
 * and through `src` (a Blob URL, so the loader fetches and parses it).
 */
import { expect } from '@open-wc/testing';
import type { FeedFailureKind } from '../../src/feed/model.js';
import {
  buildHostPage,
  deepText,
  expectHarmless,
  mountWatched,
  PAYLOADS,
  snapshotPage,
  warningPaths,
  type FeedSource,
  type Logs,
  type MountedWidget,
} from './hostile.js';
import type { WidgetTag } from '../../src/registry.js';
import { defineAll, WIDGET_CASES, type WidgetCase } from './widget-cases.js';
import { resetPage } from './widgets.js';

const ESSEN = { id: 'essen', name: { de: 'Essen', ru: 'Эссен', en: 'Essen' }, country: 'DE', lat: 51.45, lon: 7.01 };
const NIZHNY = { id: 'nizhny-novgorod', name: { de: 'Nischni Nowgorod', ru: 'Нижний Новгород', en: 'Nizhny Novgorod' }, country: 'RU', lat: 56.33, lon: 44 };
const ESSEN_NIZHNY = { id: 'essen--nizhny-novgorod', cities: ['essen', 'nizhny-novgorod'], since: '1991-09-09' };
/** The conference the widget cases name (`conference="xvi-kaluga-2021"`), so conference widgets have content too. */
const CONFERENCE = {
  id: 'xvi-kaluga-2021',
  ordinal: 16,
  title: 'Conference',
  start: '2021-06-28',
  end: '2021-06-30',
  hostCities: ['essen'],
  // Something for the programme to show beside the long texts.
  sessions: [{ id: 'opening', kind: 'plenary', title: 'Opening', start: '2021-06-28T10:00' }],
};

/** `text` repeated to exactly `length` characters. */
function filled(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

function nestedArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function nestedObjects(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

type Via = 'feed' | 'src';

/** The document as the widget gets it: parsed here for `feed`, as a Blob URL for `src`. */
function sourceOf(text: string, via: Via, urls: string[]): FeedSource {
  if (via === 'feed') return { feed: JSON.parse(text) };
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  urls.push(url);
  return { src: url };
}

/** How long a widget may take to settle on a generated document. */
const SETTLE_LIMIT = 120_000;

/** What happened: how long it took is the benchmark's business, not the suite's. */
interface Outcome extends Logs {
  mounted: MountedWidget;
}

/**
 * The suite for one widget; test/stress/ has one file per widget. These cases
 * are the stress group (`npm run test:browser -- --group stress`): each test has
 * its own generous mocha limit, and what they assert is the outcome (no uncaught
 * error, the error or content state reached, the host page intact), never a time.
 */
export function describeGeneratedHostileFeeds(tag: WidgetTag): void {
  describe(`hostile feeds generated at run time: <${tag}>`, function () {
    // Generous limits for the biggest documents on a busy machine in any engine:
    // a condition wait returns as soon as the widget settles, so they cost nothing when fast.
    this.timeout(SETTLE_LIMIT + 60_000);
    let page: ReturnType<typeof buildHostPage>;
    const blobUrls: string[] = [];

    before(defineAll);
    beforeEach(async () => {
      await resetPage();
      page = buildHostPage();
    });
    afterEach(async () => {
      page.remove();
      blobUrls.splice(0).forEach((url) => URL.revokeObjectURL(url));
      delete window.__hostilePayloadRan;
      await resetPage();
    });

    async function attack(widget: WidgetCase, source: FeedSource, timeout: number): Promise<Outcome> {
      const before = snapshotPage(page.stage);
      const { mounted, warnings, errors, uncaught } = await mountWatched(widget, source, page.stage, { timeout });
      expectHarmless(mounted, uncaught, before, page.stage);
      return { mounted, warnings, errors };
    }

    function expectError(outcome: Outcome, kind: FeedFailureKind): void {
      const { root, failure } = outcome.mounted;
      expect(failure?.kind, 'feed-error kind').to.equal(kind);
      expect(root.querySelector('[part~="error"]')?.getAttribute('role')).to.equal('alert');
      const message = root.querySelector('[part~="error-message"]')?.textContent?.trim() ?? '';
      expect(message).not.to.equal('');
      expect(message).not.to.match(/Error|Maximum call stack|too much recursion|JSON/);
      expect(outcome.errors.join('\n')).to.contain(`(${kind})`);
    }

    function expectPartial(widget: WidgetCase, outcome: Outcome, paths: readonly string[]): void {
      const { root, failure, warnings } = outcome.mounted;
      expect(failure, `feed-error ${failure?.kind}: ${failure?.detail}`).to.equal(undefined);
      expect(root.querySelector(widget.content) !== null, 'content').to.equal(true);
      expect(outcome.errors, 'console errors').to.deep.equal([]);
      const found = warningPaths(warnings);
      const logged = outcome.warnings.join('\n');
      for (const path of paths) {
        expect(
          found.some((warned) => warned.startsWith(path)),
          `a warning for ${path}`,
        ).to.equal(true);
        expect(logged.includes(`  ${path}`), `a console warning for ${path}`).to.equal(true);
      }
    }

    for (const widget of WIDGET_CASES.filter((candidate) => candidate.tag === tag)) {
      describe(`<${widget.tag}>`, () => {
        describe('100,000-character texts', () => {
          const longPayload = filled(`${PAYLOADS.img} `, 100_000);
          // The longest text the format allows (20,000 characters) is shown whole.
          const longestName = filled(`Долгое имя ${PAYLOADS.svg} `, 20_000);
          const longestNotes = filled(`${PAYLOADS.script}\n\n`, 20_000);
          const feedText = JSON.stringify({
            version: 1,
            organisations: [{ id: 'drf', name: longPayload }],
            cities: [
              ESSEN,
              NIZHNY,
              { ...ESSEN, id: 'long-name', name: longPayload },
              { ...ESSEN, id: 'longest-name', name: longestName },
              { ...NIZHNY, id: 'long-in-every-language', name: { de: longPayload, ru: longPayload, en: longPayload, fr: longPayload } },
              { ...ESSEN, id: filled('a', 100_000) },
            ],
            partnerships: [
              { ...ESSEN_NIZHNY, notes: longPayload, sinceQualifier: longPayload },
              {
                id: 'longest',
                cities: ['longest-name', 'nizhny-novgorod'],
                since: '2001',
                notes: longestNotes,
                dates: [{ kind: 'other', date: '2001', label: longestName }],
              },
              { id: 'long-name--essen', cities: ['long-name', 'essen'], since: '1991' },
            ],
            conferences: [{ ...CONFERENCE, motto: longPayload, hostCities: ['longest-name'] }],
          });

          for (const via of ['feed', 'src'] as const) {
            it(`renders via ${via}, drops what is too long, and keeps the page responsive`, async () => {
              const outcome = await attack(widget, sourceOf(feedText, via, blobUrls), SETTLE_LIMIT);
              expectPartial(widget, outcome, [
                '$.organisations[0].name',
                '$.cities[2].name',
                '$.cities[4].name',
                '$.cities[5].id',
                '$.partnerships[0].notes',
                '$.partnerships[0].sinceQualifier',
                '$.partnerships[2].cities[0]',
                '$.conferences[0].motto',
              ]);
              // Mounted once settled: for the map, once its markers (which name the cities) are placed.
              expect(deepText(outcome.mounted.root).includes(longestName), 'the 20,000-character name, whole').to.equal(true);
              expect(deepText(outcome.mounted.root).includes(longPayload.slice(0, 1000)), 'a text over the limit').to.equal(false);
            });
          }
        });

        describe('deep nesting', () => {
          const deep = nestedArrays(10_000);
          const deepObject = nestedObjects(10_000);
          const junkFeed =
            `{"version":1,"junk":${deep},"moreJunk":${deepObject},` +
            `"cities":[${JSON.stringify(ESSEN)},${JSON.stringify(NIZHNY)},{"id":"deep-name","name":${deepObject},"country":"DE","lat":51,"lon":7}],` +
            `"partnerships":[${JSON.stringify(ESSEN_NIZHNY)},{"id":"deep-notes","cities":["essen","nizhny-novgorod"],"since":"2001","notes":${deep},"dates":[${deep}],"extra":${deepObject}},${deep}],` +
            `"conferences":[{"id":"xvi-kaluga-2021","ordinal":16,"title":"T","start":"2021","hostCities":["essen"],"sessions":${deep},"sideEvents":[{"id":"forum","title":"Forum"}],"links":[${deepObject}]}]}`;
          const cases: { name: string; text: () => string; kind?: FeedFailureKind; warns?: string[] }[] = [
            { name: 'a 10,000-deep array as the whole document', text: () => deep, kind: 'invalid' },
            { name: 'a 100,000-deep array as the whole document', text: () => nestedArrays(100_000), kind: 'invalid' },
            { name: 'a 10,000-deep object as the whole document', text: () => deepObject, kind: 'version' },
            { name: 'a 10,000-deep array as the version', text: () => `{"version":${deep}}`, kind: 'version' },
            { name: 'a 1,000,000-deep array as the version', text: () => `{"version":${nestedArrays(1_000_000)}}`, kind: 'version' },
            {
              name: '10,000-deep junk in unknown and known fields',
              text: () => junkFeed,
              warns: [
                '$.cities[2].name',
                '$.partnerships[1].notes',
                '$.partnerships[1].dates[0]',
                '$.partnerships[2]',
                '$.conferences[0].sessions',
                '$.conferences[0].links[0]',
              ],
            },
          ];
          for (const { name, text, kind, warns } of cases) {
            for (const via of ['feed', 'src'] as const) {
              it(`${name} via ${via}: ${kind ? `error state (${kind})` : 'partial render'}, nothing uncaught`, async function () {
                const outcome = await attack(widget, sourceOf(text(), via, blobUrls), SETTLE_LIMIT);
                if (kind) expectError(outcome, kind);
                else expectPartial(widget, outcome, warns ?? []);
              });
            }
          }
        });

        describe('a 20 MB feed', () => {
          let feedText = '';
          const rounds = { partnerships: 0, junk: 0 };

          before(() => {
            // 2,000 cities; partnerships founded 1952–1960, one in a hundred in 1991 (a round
            // anniversary in 2021); every 50th one broken; then payload-laden junk up to 20 MB.
            const parts: string[] = [];
            const cityCount = 2000;
            const cities = Array.from({ length: cityCount }, (_, i) =>
              JSON.stringify({
                id: `c${i}`,
                name: { de: `Stadt ${i}`, ru: `Город ${i}`, en: `Town ${i}` },
                country: i % 2 ? 'RU' : 'DE',
                lat: (i % 180) - 89.5,
                lon: (i % 360) - 179.5,
              }),
            );
            let index = 0;
            let size = 0;
            const partnerships: string[] = [];
            while (size < 12_000_000) {
              const broken = index % 50 === 49;
              const since = index % 100 === 0 ? '1991-09-09' : `${1952 + (index % 9)}-0${1 + (index % 9)}-1${index % 10}`;
              const item = JSON.stringify({
                id: `p${index}`,
                // Each pair of towns once (a pair named again is dropped, validate.ts): the second town 1, 2, … further on.
                cities: [`c${index % cityCount}`, `c${(index + 1 + Math.floor(index / cityCount)) % cityCount}`],
                since: broken ? '2021-02-30' : since,
                notes: {
                  de: `Partnerschaft ${index}: ${PAYLOADS.img}`,
                  ru: `Партнёрство ${index}: ${PAYLOADS.script}`,
                  en: `Partnership ${index}: ${PAYLOADS.svg}`,
                },
              });
              partnerships.push(item);
              size += item.length;
              index += 1;
              if (broken) rounds.junk += 1;
            }
            rounds.partnerships = index;
            parts.push(
              `{"version":1,"cities":[${cities.join(',')}],"conferences":[${JSON.stringify({ ...CONFERENCE, hostCities: ['c0'] })}],"partnerships":[${partnerships.join(',')}],"junk":[`,
            );
            const junk = JSON.stringify([
              PAYLOADS.img,
              { [PAYLOADS.svg]: PAYLOADS.javascript, ['__proto__']: [1, 2, 3] },
              [[[[PAYLOADS.script]]]],
              1e300,
              null,
              true,
            ]);
            const head = parts.join('');
            const needed = 20 * 1024 * 1024 - head.length;
            feedText = head + Array.from({ length: Math.ceil(needed / (junk.length + 1)) }, () => junk).join(',') + ']}';
          });

          it('is really 20 MB', () => {
            expect(new Blob([feedText]).size).to.be.at.least(20 * 1024 * 1024);
          });

          for (const via of ['feed', 'src'] as const) {
            it(`renders via ${via} with its broken items named, without a crash`, async function () {
              const outcome = await attack(widget, sourceOf(feedText, via, blobUrls), SETTLE_LIMIT);
              expectPartial(widget, outcome, [
                '$.partnerships[49].since',
                `$.partnerships[${rounds.partnerships - 1 - ((rounds.partnerships - 50) % 50)}].since`,
                // The top-level "junk" list is a field the format does not know: named once, never read.
                '$.junk',
              ]);
              expect(outcome.mounted.warnings?.length, 'one warning per broken partnership, and one for the unknown field').to.equal(rounds.junk + 1);
            });
          }
        });

        describe('one list with 20,000 bad entries', () => {
          const bad = Array.from({ length: 20_000 }, () => ({ kind: 'bogus', date: '2021-02-30' }));
          const feedText = JSON.stringify({
            version: 1,
            cities: [ESSEN, NIZHNY],
            conferences: [CONFERENCE],
            partnerships: [{ ...ESSEN_NIZHNY, dates: [...bad, { kind: 'signed', date: '1990-08' }] }],
          });

          // Each bad entry of an optional list is left out on its own, in one pass:
          // the partnership stays. (How long it takes is for the benchmark, not a test.)
          it(`keeps the partnership and drops only the bad entries`, async function () {
            const outcome = await attack(widget, sourceOf(feedText, 'feed', blobUrls), SETTLE_LIMIT);
            const messages = (outcome.mounted.warnings ?? []).map((warning) => warning.message);
            expect(
              messages.some((message) => message.includes('item dropped')),
              'the partnership was dropped',
            ).to.equal(false);
            expectPartial(widget, outcome, ['$.partnerships[0].dates[0]', '$.partnerships[0].dates[19999]']);
            expect(outcome.mounted.warnings?.length, 'one warning per bad entry').to.equal(20_000);
          });
        });
      });
    }
  });
}
