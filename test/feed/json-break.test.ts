/**
 * A hand-edited feed whose JSON breaks: the console says on which line and in which column, and what
 * usually went wrong there, in every engine (the engines' own messages differ: WebKit's names no place,
 * Chromium's at times only a quoted excerpt). Inline and fetched, as webmasters embed feeds.
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from '../../src/feed/loader.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

const key = () => Math.random().toString(36).slice(2);

/** Damaged feeds as they are written by hand, with where they break and the hint the console gives. */
const SLIPS: [name: string, text: string, where: string][] = [
  ['a missing comma', '{\n  "version": 1\n  "cities": []\n}', 'line 3, column 3: a comma is missing before this'],
  ['a comma after the last entry', '{\n  "version": 1,\n  "cities": [],\n}\n', 'line 4, column 1: a comma before "}"'],
  ['a comment', '{\n  // Partnerstädte\n  "version": 1\n}', 'line 2, column 3: JSON has no comments'],
  ['a name without quotes (as in JavaScript)', '{\n  "version": 1,\n  cities: []\n}', 'line 3, column 3: a name without double quotes'],
  ['single quotes', "{\n  'version': 1\n}", 'line 2, column 3: a text in single quotes'],
  [
    'an unescaped quote in a text',
    '{\n  "version": 1,\n  "cities": [{ "id": "essen", "name": "Essen "Ruhr"", "country": "DE", "lat": 51.45, "lon": 7.01 }]\n}',
    'line 3, column 47: a " inside a text ends it',
  ],
  // At the start a mark is dropped (test/feed/loader.test.ts); within, a part of the file was saved with one.
  [
    'a byte order mark inside (parts saved with one, put together)',
    '{\n  "version": 1,\n\uFEFF  "cities": []\n}',
    'line 3, column 1: an invisible byte order mark (BOM)',
  ],
  ['a file cut short', '{\n  "version": 1,\n  "cities": [\n    { "id": "essen", "name": "Ess', 'line 4, column 34: the file ends early'],
  // Pasted from a word processor or a web page, or typed where "smart quotes" are on (macOS TextEdit).
  ['typographic quotes', '{\n  “version”: 1\n}', 'line 2, column 3: typographic quotes'],
  ['a non-breaking space', '{\n\u00a0 "version": 1\n}', 'line 2, column 1: a non-breaking space'],
  ['a line break in a text', '{\n  "version": 1,\n  "title": "Jahrestreffen\n  2025"\n}', 'line 3, column 26: a text goes on past the end of its line'],
  ['a backslash in a text', '{ "version": 1, "cities": [{ "id": "c", "name": "C:\\Daten" }] }', 'line 1, column 53: a \\ in a text'],
  // Columns as an editor counts them: in characters, a Cyrillic letter one, an emoji one.
  ['a missing comma after an emoji', '{ "version": 1, "title": "🎉" "cities": [] }', 'line 1, column 30: a comma is missing'],
  [
    'a missing comma after a Russian name',
    '{\n  "version": 1,\n  "cities": [{ "name": "Нижний Новгород" "id": "nn" }]\n}',
    'line 3, column 42: a comma is missing',
  ],
];

/** What the console said of loading `src`, once it failed as not JSON. */
async function consoleOf(src: string): Promise<string> {
  const { value, logged } = await captureConsole(() => loadFeed(src));
  expect(value.ok ? 'ok' : value.failure.kind).to.equal('not-json');
  return logged.join('\n');
}

describe('where a damaged feed’s JSON breaks, in the console', () => {
  afterEach(() => document.getElementById('broken-feed')?.remove());

  for (const [name, text, where] of SLIPS) {
    it(`${name}, fetched`, async () => {
      expect(await consoleOf(`/__test__/json?body=${encodeURIComponent(text)}&k=${key()}`)).to.contain(where);
    });

    it(`${name}, inline`, async () => {
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'broken-feed' });
      script.textContent = text;
      document.body.append(script);
      expect(await consoleOf('#broken-feed')).to.contain(where);
    });
  }

  it('keeps the engine’s own message and how the answer begins', async () => {
    const logged = await consoleOf(`/__test__/json?body=${encodeURIComponent('{"version": 1,,}')}&k=${key()}`);
    expect(logged).to.contain('line 1, column 15');
    expect(logged).to.contain('"{\\"version\\": 1,,}"');
  });
});

/**
 * The script-tag build (dist/cdn/, under /__copy/ as if on another site): the finder is a chunk of its own, asked for only
 * once a feed is not JSON. Without it (a reader gone offline) the page still says the data is damaged, and the console
 * gives the engine's message.
 */
describe('the script-tag build, with and without the finder’s chunk', () => {
  let finder: string;
  before(async () => {
    const response = await fetch('/dist/cdn/.vite/manifest.json');
    if (!response.ok) throw new Error('dist/cdn/ is missing: run npm run build before the browser tests (npm test does)');
    const manifest = (await response.json()) as Record<string, { file: string }>;
    finder = /([^/]+)\.js$/.exec(manifest['src/feed/json-break.ts']!.file)![1]!;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** A page with a jubilee list on a damaged inline feed, the widgets from `folder`; its error message and what it logged as errors. */
  async function damagedPage(folder: string): Promise<{ message: string; logged: string }> {
    const frame = document.createElement('iframe');
    frame.srcdoc = [
      '<script>window.__logged = []; const error = console.error.bind(console); console.error = (...args) => { __logged.push(args.join(" ")); error(...args); };</script>',
      `<script type="module" src="${folder}dist/cdn/staedtepartner-widgets.js"></script>`,
      '<script type="application/json" id="feed">{\n  "version": 1\n  "partnerships": []\n}</script>',
      '<jubilee-list src="#feed" lang="en"></jubilee-list>',
    ].join('\n');
    document.body.append(frame);
    const shown = () => frame.contentDocument?.querySelector('jubilee-list')?.shadowRoot?.querySelector('[part="error-message"]');
    const logged = () => (frame.contentWindow as (Window & { __logged?: string[] }) | null)?.__logged ?? [];
    await until(() => shown() && logged().some((line) => line.includes('(not-json)')), 'the page did not say that the data is damaged');
    return { message: shown()!.textContent!, logged: logged().join('\n') };
  }

  it('names the line on the page and the line and column in the console, the finder loaded from beside the script', async () => {
    const { message, logged } = await damagedPage(`/__copy/${Math.floor(Math.random() * 1e9)}/`);
    expect(message.trim()).to.equal('The data is damaged: it is not in JSON format. The mistake is in line 3.');
    expect(logged).to.contain('line 3, column 3: a comma is missing before this');
  });

  it('says the data is damaged when the finder’s chunk cannot be loaded, with the engine’s message in the console', async () => {
    const { message, logged } = await damagedPage(`/__copy/${Math.floor(Math.random() * 1e9)}-without-${finder}/`);
    expect(message.trim(), 'no line without the finder').to.equal('The data is damaged: it is not in JSON format.');
    expect(logged).to.not.contain('column 3: a comma');
    expect(logged).to.contain('"{\\n  \\"version\\": 1\\n');
  });
});

/** The page's message names the line for whoever edits the file, who may never open the console; in the page's language. */
describe('where a damaged feed’s JSON breaks, on the page', () => {
  before(defineAll);
  afterEach(async () => {
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    document.getElementById('broken-feed')?.remove();
    await resetPage();
  });

  const SAID = {
    en: 'The data is damaged: it is not in JSON format. The mistake is in line 3.',
    de: 'Die Daten sind beschädigt, sie liegen nicht im JSON-Format vor. Der Fehler steht in Zeile 3.',
    ru: 'Данные повреждены: они не в формате JSON. Ошибка в строке 3.',
  };

  for (const language of ['en', 'de', 'ru'] as const) {
    it(`a missing comma in line 3 of an inline feed (${language})`, async () => {
      await pageLanguage(language);
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'broken-feed' });
      script.textContent = '{\n  "version": 1\n  "partnerships": []\n}';
      document.body.append(script);
      const widget = WIDGET_CASES.find((w) => w.tag === 'jubilee-list')!;
      const { value: element } = await captureConsole(async () => {
        const element = createWidget(widget, { ...widget.full, src: '#broken-feed' });
        await until(() => shadow(element).querySelector('[part~="error-message"]'), 'no error message');
        return element;
      });
      expect(shadow(element).querySelector('[part~="error-message"]')!.textContent!.trim()).to.equal(SAID[language]);
    });
  }
});
