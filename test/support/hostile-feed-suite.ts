/**
 * Every widget against every hostile feed in test/fixtures/hostile/ (listed,
 * with what each one tries, in that folder's README.md). Whatever the feed
 * holds, a widget must not throw, run a payload, touch the host page or render
 * unsafe markup; it ends in the error state (the document is not a feed) or
 * shows what is usable and names each dropped part by its JSON path.
 */
import { expect } from '@open-wc/testing';
import type { FeedFailureKind } from '../../src/feed/model.js';
import type { Language } from '../../src/i18n/language.js';
import { failureMessage } from '../../src/shared/staedtepartner-element.js';
import {
  buildHostPage,
  deepText,
  expectHarmless,
  FIXTURE_DIR,
  freshFixtureUrl,
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
import { pageLanguage, resetPage, until } from './widgets.js';

type DocumentFailure = Extract<FeedFailureKind, 'not-json' | 'other-format' | 'invalid' | 'version'>;

interface ErrorExpectation {
  outcome: 'error';
  /** The failure kind of the `feed-error` event; it picks the message the reader sees. */
  kind: DocumentFailure;
}

interface PartialExpectation {
  outcome: 'partial';
  /** JSON paths that must each be named by a warning (console and `feed-ready`). */
  warns: string[];
  /** JSON paths that are fine and must not be warned about. */
  silent?: string[];
  /** Feed text that must be shown verbatim, as text: for all languages, or per language. */
  visible?: readonly string[] | Record<Language, readonly string[]>;
  /** Languages to render in (default: en). */
  languages?: Language[];
}

type Expectation = ErrorExpectation | PartialExpectation;

const ALL_LANGUAGES: Language[] = ['de', 'ru', 'en'];
const { img, script, svg, javascript } = PAYLOADS;
const TEMPLATE_PAYLOADS = [
  '${window.__hostilePayloadRan=1}',
  "{{constructor.constructor('window.__hostilePayloadRan=1')()}}",
  '<!-- --><img src=x onerror="window.__hostilePayloadRan=1"><!-- -->',
  '</style><script>window.__hostilePayloadRan=1</script><style>',
  '<?lit$1234$><lit$1234$>',
  ']]><![CDATA[<script>window.__hostilePayloadRan=1</script>]]>',
  '<noscript><p title="</noscript><img src=x onerror=window.__hostilePayloadRan=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__hostilePayloadRan=1>',
  '<iframe srcdoc="<script>parent.__hostilePayloadRan=1</script>"></iframe>',
  '<a href="javascript:window.__hostilePayloadRan=1">click</a>',
  '&lt;img src=x onerror=window.__hostilePayloadRan=1&gt;',
  '\\u003cimg src=x onerror=window.__hostilePayloadRan=1\\u003e',
];

/** THE table: what every widget must end in for each fixture. */
const EXPECTATIONS: Record<string, Expectation> = {
  // The document is not a feed: error state.
  'not-json.txt': { outcome: 'error', kind: 'not-json' },
  'empty.txt': { outcome: 'error', kind: 'not-json' },
  'whitespace-only.txt': { outcome: 'error', kind: 'not-json' },
  'truncated.json': { outcome: 'error', kind: 'not-json' },
  'trailing-comma.json': { outcome: 'error', kind: 'not-json' },
  'json-with-comments.json': { outcome: 'error', kind: 'not-json' },
  'html-error-page.html': { outcome: 'error', kind: 'other-format' },
  'schedule-export.xml': { outcome: 'error', kind: 'other-format' },
  'schedule-export.ics': { outcome: 'error', kind: 'other-format' },
  'binary-garbage.bin': { outcome: 'error', kind: 'not-json' },
  'utf16-encoded.json': { outcome: 'error', kind: 'not-json' },
  'null.json': { outcome: 'error', kind: 'invalid' },
  'array.json': { outcome: 'error', kind: 'invalid' },
  'number.json': { outcome: 'error', kind: 'invalid' },
  'string.json': { outcome: 'error', kind: 'invalid' },
  'boolean.json': { outcome: 'error', kind: 'invalid' },
  'unknown-version.json': { outcome: 'error', kind: 'version' },
  'version-as-string.json': { outcome: 'error', kind: 'version' },
  'version-in-array.json': { outcome: 'error', kind: 'version' },
  'missing-version.json': { outcome: 'error', kind: 'version' },
  'version-in-proto.json': { outcome: 'error', kind: 'version' },
  'duplicate-version-key.json': { outcome: 'error', kind: 'version' },

  // Item-level problems: the rest is shown, each problem named by its path.
  'wrong-types-cities.json': {
    outcome: 'partial',
    warns: [
      '$.cities[2].id',
      '$.cities[3].name',
      '$.cities[6].country',
      '$.cities[8].lat',
      '$.cities[9].kind',
      '$.cities[10]',
      '$.cities[14]',
      '$.partnerships[1].cities[1]',
    ],
  },
  'wrong-types-partnerships.json': {
    outcome: 'partial',
    warns: [
      '$.partnerships[1].id',
      '$.partnerships[2].cities',
      '$.partnerships[4].cities[0]',
      '$.partnerships[5].since',
      '$.partnerships[7].sinceQualifier',
      '$.partnerships[7].dates',
      '$.partnerships[8].dates[0]',
      '$.partnerships[9]',
    ],
  },
  'wrong-types-conferences.json': {
    outcome: 'partial',
    warns: [
      '$.conferences[0].ordinal',
      '$.conferences[3].hostCities',
      '$.conferences[5].registration',
      '$.conferences[5].sessions',
      '$.conferences[6].registration.status',
      '$.conferences[7].sessions[0].kind',
      '$.conferences[7].sideEvents[1].places',
      '$.conferences[8]',
    ],
    // An empty `hostCities` list is allowed since imported schedules name no host city: that conference is kept without a place.
    silent: ['$.conferences[4].hostCities'],
  },
  'wrong-types-people.json': {
    outcome: 'partial',
    warns: ['$.people[1].name', '$.people[3].id', '$.people[4].email', '$.people[4].phone', '$.people[5]', '$.conferences[0].contacts[2]'],
  },
  'wrong-types-organisations.json': {
    outcome: 'partial',
    warns: ['$.organisations[1].name', '$.organisations[2].id', '$.organisations[3].url', '$.organisations[3].logo', '$.conferences[0].organisers[1]'],
  },
  'wrong-types-lists.json': { outcome: 'partial', warns: ['$.organisations', '$.people', '$.conferences'] },
  'missing-required-cities.json': {
    outcome: 'partial',
    warns: ['$.cities[2].id', '$.cities[3].name', '$.cities[4].country', '$.cities[5].lat', '$.cities[6].lon', '$.partnerships[1].cities[1]'],
  },
  'missing-required-partnerships.json': {
    outcome: 'partial',
    // `since` is optional (issue 12): partnership 3 is kept without a founding date, with no warning.
    warns: ['$.partnerships[1].id', '$.partnerships[2].cities', '$.partnerships[4].dates[0].kind'],
  },
  'missing-required-conferences.json': {
    outcome: 'partial',
    warns: [
      '$.conferences[1].title',
      '$.conferences[2].start',
      '$.conferences[3].hostCities',
      '$.conferences[5].registration.status',
      '$.conferences[5].sessions[2].title',
      '$.conferences[5].sideEvents[0].id',
    ],
    // `ordinal` is optional since imported schedules have none: that conference is kept, shown by its title.
    silent: ['$.conferences[0].ordinal'],
  },
  'missing-required-people.json': { outcome: 'partial', warns: ['$.people[1].id', '$.people[2].name', '$.conferences[0].contacts[1]'] },
  'missing-required-organisations.json': {
    outcome: 'partial',
    warns: ['$.organisations[1].id', '$.organisations[2].name', '$.conferences[0].organisers[1]'],
  },
  'dangling-ids.json': {
    outcome: 'partial',
    warns: [
      '$.partnerships[2].cities[1]',
      '$.partnerships[3].cities[0]',
      '$.partnerships[4].cities[0]',
      '$.people[0].organisation',
      '$.conferences[0].hostCities[0]',
      '$.conferences[0].contacts[0]',
      '$.conferences[0].sessions[0].speakers[0]',
      '$.conferences[0].sideEvents[0].places[0]',
    ],
  },
  'duplicate-ids.json': {
    outcome: 'partial',
    warns: [
      '$.organisations[1].id',
      '$.people[1].id',
      '$.cities[2].id',
      '$.partnerships[1].id',
      '$.conferences[1].id',
      '$.conferences[0].sessions[1].id',
      '$.conferences[0].sideEvents[1].id',
    ],
    silent: ['$.conferences[2].sessions[0].id'],
  },
  'proto-keys.json': {
    outcome: 'partial',
    warns: [
      '$.organisations[1].id',
      '$.cities[4].name',
      '$.cities[5].id',
      '$.partnerships[5].id',
      '$.partnerships[2].cities[1]',
      '$.conferences[0].organisers[2]',
    ],
    silent: ['$.cities[0].name', '$.cities[2].id', '$.partnerships[1].cities[0]'],
  },
  'xss-in-every-text-field.json': {
    outcome: 'partial',
    warns: ['$.organisations[4].id', '$.people[4].email', '$.partnerships[4].since'],
    visible: [img, script, svg, javascript],
    languages: ALL_LANGUAGES,
  },
  'xss-in-every-language.json': {
    outcome: 'partial',
    warns: ['$.cities[9].name', '$.partnerships[0].notes.DE', '$.partnerships[4].cities[1]'],
    // Each language has its own payload; texts with only an unknown language fall back to it.
    visible: { de: [img, javascript], ru: [script, javascript], en: [svg, javascript] },
    languages: ALL_LANGUAGES,
  },
  'template-injection.json': {
    outcome: 'partial',
    warns: ['$.partnerships[2].id'],
    visible: TEMPLATE_PAYLOADS,
    languages: ALL_LANGUAGES,
  },
  'javascript-urls.json': {
    outcome: 'partial',
    warns: [
      '$.organisations[0].url',
      '$.organisations[1].url',
      '$.organisations[3].url',
      '$.organisations[4].url',
      '$.organisations[5].url',
      '$.organisations[6].url',
      '$.organisations[7].url',
      '$.conferences[0].onlineUrl',
      '$.conferences[0].registration.url',
      '$.conferences[0].links[0].url',
      '$.conferences[0].sessions[0].links[0].url',
      '$.people[1].phone',
    ],
  },
  'data-urls.json': {
    outcome: 'partial',
    warns: [
      '$.organisations[0].url',
      '$.organisations[2].url',
      '$.organisations[5].url',
      '$.conferences[0].onlineUrl',
      '$.conferences[0].sideEvents[0].links[0].url',
    ],
  },
  'vbscript-urls.json': {
    outcome: 'partial',
    warns: ['$.organisations[0].url', '$.organisations[1].url', '$.organisations[2].url', '$.organisations[3].url', '$.conferences[0].registration.url'],
  },
  'other-url-schemes.json': {
    outcome: 'partial',
    warns: [
      '$.organisations[0].url',
      '$.organisations[2].url',
      '$.organisations[3].url',
      '$.organisations[7].url',
      '$.organisations[8].url',
      '$.organisations[9].url',
      '$.conferences[0].onlineUrl',
    ],
  },
  'impossible-dates.json': {
    outcome: 'partial',
    warns: [
      '$.partnerships[1].since',
      '$.partnerships[2].since',
      '$.partnerships[5].since',
      '$.partnerships[11].since',
      '$.partnerships[12].since',
      '$.partnerships[13].dates[0].date',
      '$.conferences[0].start',
      '$.conferences[1].registration.deadline',
      '$.conferences[1].sessions[0].start',
      '$.conferences[1].sessions[1].start',
      '$.conferences[1].sessions[2].start',
      '$.conferences[1].sessions[3].start',
      '$.conferences[1].sessions[4].end',
      '$.conferences[1].sideEvents[0].start',
    ],
    silent: ['$.conferences[1].sessions[6].start'],
  },
  'end-before-start.json': {
    outcome: 'partial',
    warns: [
      '$.conferences[0].end',
      '$.conferences[0].sessions[0].end',
      '$.conferences[0].sessions[1].end',
      '$.conferences[0].sideEvents[0].end',
      '$.conferences[1].end',
    ],
    // Compared only as far as both are known: a month does not end before a day in it.
    silent: ['$.conferences[0].sideEvents[1].end', '$.conferences[0].sessions[2].end'],
  },
  'coordinates-out-of-range.json': {
    outcome: 'partial',
    warns: [
      '$.cities[3].lat',
      '$.cities[4].lat',
      '$.cities[5].lon',
      '$.cities[6].lon',
      '$.cities[7].lat',
      '$.cities[8].lon',
      '$.cities[9].lat',
      '$.partnerships[2].cities[0]',
      '$.partnerships[3].cities[1]',
    ],
    silent: ['$.cities[2].lat', '$.cities[2].lon', '$.cities[10].lat', '$.cities[10].lon', '$.partnerships[1].cities[0]'],
  },
  'coordinates-nan-strings.json': {
    outcome: 'partial',
    warns: [
      '$.cities[2].lat',
      '$.cities[3].lat',
      '$.cities[4].lat',
      '$.cities[5].lat',
      '$.cities[6].lat',
      '$.cities[7].lat',
      '$.cities[11].lat',
      '$.cities[13].lon',
      '$.partnerships[1].cities[1]',
    ],
  },
  'deeply-nested-junk.json': {
    outcome: 'partial',
    warns: ['$.cities[2].name', '$.cities[3].id', '$.partnerships[1].notes', '$.partnerships[2].cities[0]', '$.conferences[0].sessions[0].id'],
  },
  'bad-language-keys.json': {
    outcome: 'partial',
    warns: [
      '$.cities[4].name.DE',
      '$.cities[5].name.de_AT',
      '$.cities[6].name.german',
      `$.cities[12].name[${JSON.stringify(img)}]`,
      '$.cities[13].name',
      '$.partnerships[2].cities[1]',
      '$.partnerships[3].notes.EN',
      '$.partnerships[3].sinceQualifier.summer',
      '$.cities[14].name',
    ],
  },
  'bad-ids.json': {
    outcome: 'partial',
    warns: [
      '$.cities[4].id',
      '$.cities[5].id',
      '$.cities[6].id',
      '$.cities[7].id',
      '$.cities[9].id',
      '$.cities[11].id',
      '$.cities[13].id',
      '$.partnerships[2].id',
      '$.partnerships[3].id',
    ],
    silent: ['$.cities[14].id', '$.partnerships[1].id', '$.partnerships[1].cities[1]'],
  },
  'same-city-twice.json': { outcome: 'partial', warns: ['$.partnerships[1].cities', '$.partnerships[2].cities[1]', '$.partnerships[3].cities[0]'] },
  'unicode-trickery.json': {
    outcome: 'partial',
    warns: ['$.cities[9].name["de\u200b"]', '$.partnerships[7].cities[1]'],
    // The override that would show "Essenexe.png" is dropped with its isolate (isolated() in src/feed/text.ts).
    visible: ['Essengnp.exe', 'Lone \ud800 surrogate \udfff', 'Nizhny\u0000Novgorod\u0007\u001b[31m', '👨‍👩‍👧‍👦🏳️‍🌈🇩🇪🇷🇺'],
    languages: ALL_LANGUAGES,
  },
  'number-edge-cases.json': {
    outcome: 'partial',
    warns: [
      '$.conferences[0].ordinal',
      '$.conferences[1].ordinal',
      '$.conferences[2].ordinal',
      '$.conferences[3].ordinal',
      '$.conferences[4].ordinal',
      '$.conferences[5].expectedParticipants',
      '$.conferences[5].sessions[0].workingGroup',
      '$.conferences[5].sessions[1].workingGroup',
      '$.conferences[5].sideEvents[0].ordinal',
    ],
  },
  'bad-time-zones.json': {
    outcome: 'partial',
    warns: [0, 1, 2, 3, 4, 5, 6].map((index) => `$.conferences[${index}].timeZone`),
  },
  'bom-prefixed.json': { outcome: 'partial', warns: ['$.partnerships[1].since'] },
  'ancient-years.json': { outcome: 'partial', warns: ['$.partnerships[5].since'] },
};

/** The first fixture of each failure kind in EXPECTATIONS. */
const FIRST_OF_KIND = new Set(
  Object.entries(EXPECTATIONS)
    .filter(
      ([, expected], at, all) => expected.outcome === 'error' && all.findIndex(([, other]) => other.outcome === 'error' && other.kind === expected.kind) === at,
    )
    .map(([file]) => file),
);

/** Text that betrays a raw exception or a developer message instead of words for the reader. */
const RAW_EXCEPTION = /SyntaxError|TypeError|RangeError|Unexpected (token|end)|not valid JSON|JSON\.parse|at position|\[object |undefined|Error:/;

async function fixtureDocument(file: string): Promise<unknown> {
  const response = await fetch(FIXTURE_DIR + file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  // text() drops a UTF-8 byte-order mark, as the loader does.
  return JSON.parse(await response.text());
}

/** Whether `selector` matches in `root`; chai gets a boolean, never a DOM node, to print. */
function shows(root: ParentNode, selector: string): boolean {
  return root.querySelector(selector) !== null;
}

function visibleIn(expectation: PartialExpectation, language: Language): readonly string[] {
  const { visible } = expectation;
  if (!visible) return [];
  return Array.isArray(visible) ? visible : (visible as Record<Language, readonly string[]>)[language];
}

/**
 * The suite for the widgets named; test/hostile/feeds/ has one file per widget,
 * so each file stays well inside the runner's per-file limit and files run in parallel.
 */
export function describeHostileFeeds(tag: WidgetTag): void {
  describe(`hostile feeds: <${tag}>`, () => {
    let page: ReturnType<typeof buildHostPage>;
    const englishMessages = new Map<DocumentFailure, string>();

    before(async () => {
      await defineAll();
      await resetPage();
      for (const kind of ['not-json', 'other-format', 'invalid', 'version'] as const) englishMessages.set(kind, failureMessage({ kind, detail: '' }));
    });
    beforeEach(() => {
      page = buildHostPage();
    });
    afterEach(async () => {
      page.remove();
      delete window.__hostilePayloadRan;
      await resetPage();
    });

    /** Mounts the widget on the hostile feed with every watch on; returns what happened. */
    async function attack(widget: WidgetCase, source: FeedSource, retry: boolean): Promise<{ mounted: MountedWidget } & Logs> {
      const before = snapshotPage(page.stage);
      const { mounted, warnings, errors, uncaught } = await mountWatched(widget, source, page.stage, {
        // Try again fetches the same hostile answer: still an error, still harmless.
        then: retry
          ? async (widgetOnFeed) => {
              widgetOnFeed.root.querySelector<HTMLElement>('[part~="retry"]')?.click();
              await until(() => widgetOnFeed.events >= 2, 'retry did not load the feed again');
              await (widgetOnFeed.element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            }
          : undefined,
      });
      expectHarmless(mounted, uncaught, before, page.stage);
      return { mounted, warnings, errors };
    }

    /** `viaSrc`: the feed came from an address, where Try again may help; a feed object would be read the same again. */
    function expectErrorState(
      widget: WidgetCase,
      outcome: { mounted: MountedWidget } & Logs,
      expected: ErrorExpectation,
      language: Language,
      viaSrc: boolean,
    ): void {
      const { root, failure } = outcome.mounted;
      expect(shows(root, widget.content), 'content').to.equal(false);
      expect(shows(root, '[part~="empty"]'), 'empty state').to.equal(false);
      expect(root.querySelector('[part~="error"]')?.getAttribute('role')).to.equal('alert');
      expect(shows(root, '[part~="retry"]'), 'retry button').to.equal(viaSrc);
      expect(failure?.kind, 'feed-error kind').to.equal(expected.kind);
      const message = root.querySelector('[part~="error-message"]')?.textContent?.trim() ?? '';
      expect(message).not.to.equal('');
      // The failure's status too: for `not-json` the line where the JSON breaks, which the message names.
      expect(message).to.equal(failureMessage({ kind: expected.kind, detail: '', ...(failure?.status !== undefined && { status: failure.status }) }));
      if (expected.kind === 'not-json' && failure?.status !== undefined) expect(message, 'names the line').to.contain(String(failure.status));
      expect(message).not.to.match(RAW_EXCEPTION);
      expect(message).not.to.contain(failure?.detail);
      expect(message).not.to.contain('__hostilePayloadRan');
      if (language !== 'en') expect(message, 'a translated message').not.to.equal(englishMessages.get(expected.kind));
      // A web page or a schedule's XML or calendar export is the wrong address, not damaged data: the reader is told which.
      if (expected.kind === 'other-format') expect(message, 'names the wrong kinds of file').to.contain('XML');
      expect(outcome.errors.join('\n'), 'console error with the reason').to.contain(`(${expected.kind})`);
      expect(
        outcome.warnings.filter((line) => line.includes('$.')),
        'item warnings for a document that is no feed',
      ).to.deep.equal([]);
    }

    async function expectPartialRender(
      widget: WidgetCase,
      outcome: { mounted: MountedWidget } & Logs,
      expected: PartialExpectation,
      language: Language,
    ): Promise<void> {
      const { root, failure, warnings } = outcome.mounted;
      expect(shows(root, '[part~="error"]'), `error state (${failure?.kind}: ${failure?.detail})`).to.equal(false);
      expect(shows(root, `${widget.content}, [part~="empty"]`), 'content or empty state').to.equal(true);
      expect(outcome.errors, 'console errors').to.deep.equal([]);
      const paths = warningPaths(warnings);
      const logged = outcome.warnings.join('\n');
      for (const path of expected.warns) {
        expect(paths, 'feed-ready detail.warnings').to.include(path);
        expect(logged, 'console warning').to.contain(`  ${path}: `);
      }
      for (const path of expected.silent ?? []) expect(paths, 'warned about a valid part').not.to.include(path);
      const shown = visibleIn(expected, language);
      if (shown.length > 0) {
        expect(shows(root, widget.content), 'content with the hostile text').to.equal(true);
        // Mounted once settled: for the map, once its markers are placed (updateComplete).
        for (const part of shown) expect(deepText(root).includes(part), `shown as text: ${JSON.stringify(part)}`).to.equal(true);
      }
    }

    for (const widget of WIDGET_CASES.filter((candidate) => candidate.tag === tag)) {
      describe(`<${widget.tag}>`, () => {
        for (const [file, expected] of Object.entries(EXPECTATIONS)) {
          // The reader's message depends on the failure kind alone: each kind's first fixture is read in every
          // language (its message translated), the others in English (the kind each one ends in, harmlessly).
          const languages: Language[] = expected.outcome === 'error' ? (FIRST_OF_KIND.has(file) ? ALL_LANGUAGES : ['en']) : (expected.languages ?? ['en']);
          for (const language of languages) {
            it(`${file} via src, ${language}: ${expected.outcome === 'error' ? `error state (${expected.kind})` : 'partial render'}`, async () => {
              await pageLanguage(language);
              const outcome = await attack(widget, { src: freshFixtureUrl(file) }, expected.outcome === 'error' && language === 'en');
              if (expected.outcome === 'error') expectErrorState(widget, outcome, expected, language, true);
              else await expectPartialRender(widget, outcome, expected, language);
            });
          }
          // The feed property skips fetch and JSON.parse: only for documents that parse. `feed = null` is an
          // app's "not yet", which waits (test/quality/feed-later.test.ts); `null` by src stays an error.
          if (expected.outcome === 'error' && (expected.kind === 'not-json' || expected.kind === 'other-format')) continue;
          if (file === 'null.json') continue;
          it(`${file} via the feed property: ${expected.outcome === 'error' ? `error state (${expected.kind})` : 'partial render'}`, async () => {
            await pageLanguage('en');
            const outcome = await attack(widget, { feed: await fixtureDocument(file) }, false);
            if (expected.outcome === 'error') expectErrorState(widget, outcome, expected, 'en', false);
            else await expectPartialRender(widget, outcome, expected, 'en');
          });
        }
      });
    }
  });
}

/** The fixture README lists exactly the fixtures the suite expects something of. */
export async function expectReadmeListsEveryFixture(): Promise<void> {
  const readme = await (await fetch(`${FIXTURE_DIR}README.md`)).text();
  const listed = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
  expect([...listed].sort()).to.deep.equal(Object.keys(EXPECTATIONS).sort());
  expect(listed.length).to.be.at.least(40);
}
