#!/usr/bin/env node
/**
 * Feed fuzzing (`npm run fuzz`; `npm test` runs it with fixed seeds, `npm run test:fuzz`): feeds
 * made by changing a good one at random (scripts/mutate-feed.mjs: a value of another type or a
 * hostile text, a key gone or added, an entry twice, a value in the wrong place), each read by one
 * widget in headless Chromium or Firefox, from a URL or inline. A feed passes when
 * - the page has no uncaught error or unhandled rejection;
 * - the widget settles (content, empty or error state) within 15 s and shows some text;
 * - clicking its first buttons, tabs and disclosures throws nothing and it settles again;
 * - no payload ran, the host page is as it was, and the widget renders nothing that could run
 *   script or leave the page (`unsafeMarkup` of test/support/unsafe-markup.ts, as the hostile-feed
 *   suites check it).
 * The good feeds: the sample feed (every widget); for the programme also demo/schedule.frab.json,
 * a generated pretalx schedule with breaks and the importer tests' schedules
 * (test/fixtures/schedules/); with `--large` also 3,000 partnerships world-wide and 500 with 300
 * sessions. The same seed makes the same feeds. Each failing feed is written to
 * bench-results/fuzz/ with the changes made to it: a case for test/fixtures/hostile/.
 *
 *   npm run fuzz                                  # 500 feeds, seed 1, English page
 *   npm run fuzz -- --runs 2000 --seed 7 --changes 25 --language ru
 *   npm run fuzz -- --large --widgets partnership-map,jubilee-list
 *   npm run fuzz -- --attributes                  # odd attribute values too
 *   npm run fuzz -- --browser firefox             # Firefox ESR (/usr/bin/firefox-esr) instead
 *
 * The widgets come from the sources, bundled in memory (scripts/widget-page.mjs). Exits with 1
 * when a feed fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChrome, serveFiles } from './chromium.mjs';
import { generateFeed, prng } from './generate-feed.mjs';
import { mutateFeed } from './mutate-feed.mjs';
import { pretalxSchedule } from './pretalx-schedule.mjs';
import { bundleWidgets, settleInPage } from './widget-page.mjs';

const root = resolve(import.meta.dirname, '..');
const SETTLE_LIMIT_MS = 15_000;
const CLICKS = 12;

// ---- options ------------------------------------------------------------------------------

const USAGE =
  'usage: npm run fuzz -- [--runs N] [--seed N] [--changes N] [--language en|de|ru] [--widgets tag,tag] [--large] [--attributes] [--browser chromium|firefox] [--out DIR]';

function parseArguments(argv) {
  const options = {
    runs: 500,
    seed: 1,
    changes: 6,
    language: 'en',
    widgets: undefined,
    large: false,
    attributes: false,
    out: 'bench-results/fuzz',
    browser: 'chromium',
  };
  const count = (name, value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${name} takes a whole number from 1 on, not ${value}`);
    return number;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = count(arg, argv[++i]);
    else if (arg === '--seed') options.seed = count(arg, argv[++i]);
    else if (arg === '--changes') options.changes = count(arg, argv[++i]);
    else if (arg === '--language') options.language = argv[++i];
    else if (arg === '--widgets') options.widgets = argv[++i].split(',');
    else if (arg === '--large') options.large = true;
    else if (arg === '--attributes') options.attributes = true;
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--browser') options.browser = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (!['en', 'de', 'ru'].includes(options.language)) throw new Error(`--language is en, de or ru, not ${options.language}`);
  if (!['chromium', 'firefox'].includes(options.browser)) throw new Error(`--browser is chromium or firefox, not ${options.browser}`);
  return options;
}

const log = (...parts) => console.error('fuzz:', ...parts);

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The browser, as the tests start it (scripts/browsers.mjs): Chromium over CDP, Firefox over WebDriver BiDi. */
function launch(browser) {
  if (browser === 'chromium') return puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROMIUM_FLAGS });
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr, or set FIREFOX_PATH`);
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}

// ---- the good feeds and the widgets -------------------------------------------------------

function goodFeeds(large) {
  const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const sample = { name: 'sample feed', document: read('demo/feed.json') };
  const frab = { name: 'frab schedule', document: read('demo/schedule.frab.json') };
  const pretalx = { name: 'pretalx schedule', document: pretalxSchedule({ sessions: 30, days: 2, rooms: 3, breaks: true }) };
  const world = large ? [{ name: '3,000 partnerships world-wide', document: generateFeed({ partnerships: 3_000, world: true, undated: 0.3, seed: 5 }) }] : [];
  const sessions = large ? [{ name: '500 partnerships, 300 sessions', document: generateFeed({ partnerships: 500, sessions: 300, seed: 6 }) }] : [];
  // The importer tests' schedules: a sloppy frab file, C3VOC's schedule2, pretalx's widget JSON and a sloppy one.
  const fixtures = ['frab-sloppy', 'schedule2', 'pretalx-widget', 'pretalx-sloppy'].map((name) => ({
    name,
    document: read(`test/fixtures/schedules/${name}.json`),
  }));
  return {
    partnerships: [sample, ...world, ...sessions],
    conferences: [sample, ...sessions],
    programme: [sample, frab, pretalx, ...fixtures, ...sessions],
  };
}

/** Each widget with the feeds it reads and the attribute sets it is tried with (ids from the sample feed). */
function widgets(feeds) {
  return [
    {
      tag: 'jubilee-list',
      feeds: feeds.partnerships,
      attributes: [{}, { year: '2021' }, { year: '2026', step: '5' }, { year: '2021', country: 'RU' }, { year: '2021', city: 'aachen' }],
    },
    { tag: 'conf-history', feeds: feeds.conferences, attributes: [{}, { order: 'desc' }, { from: '2010', to: '2020' }, { country: 'DE' }] },
    { tag: 'conf-overview', feeds: feeds.conferences, attributes: [{}, { variant: 'compact' }, { conference: 'xvi-kaluga-2021' }] },
    { tag: 'partnership-map', feeds: feeds.partnerships, attributes: [{}, { view: 'table' }, { from: '1990' }, { city: 'aachen' }] },
    { tag: 'conf-programme', feeds: feeds.programme, attributes: [{}, { view: 'grid' }, { conference: 'xv-dueren-2019' }] },
  ];
}

/** With `--attributes`: up to four of these set to one of the values below, on top of an attribute set. */
const ODD_ATTRIBUTES = [
  'year',
  'step',
  'city',
  'country',
  'heading-level',
  'order',
  'from',
  'to',
  'conference',
  'view',
  'variant',
  'hash-prefix',
  'no-logos',
  'lang',
  'dir',
];
const ODD_VALUES = [
  '',
  ' ',
  'abc',
  '0',
  '-5',
  '1.5',
  '99',
  '1e9',
  '9999999',
  '-2019',
  '__proto__',
  'constructor',
  'grid',
  'table',
  'compact',
  'desc',
  'DE',
  'ru',
  'xx',
  'aachen',
  '#',
  '#/about',
  '<b>',
  '"quoted"',
  'a'.repeat(300),
];

// ---- in the page --------------------------------------------------------------------------

const page = (language) => `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>fuzz</title><link rel="icon" href="data:,"></head>
<body>
<p id="host">The host page's own text.</p>
<div id="stage"></div>
<script>
  window.fuzzErrors = [];
  addEventListener('error', (event) => fuzzErrors.push(String(event.error?.stack ?? event.message)));
  addEventListener('unhandledrejection', (event) => fuzzErrors.push('unhandled rejection: ' + String(event.reason?.stack ?? event.reason)));
</script>
<script type="module" src="/fuzz/bundle/staedtepartner-widgets.js"></script>
</body>
</html>
`;

/** Runs in the page: the widget with its attributes, its feed from `src` or inline; returns when it was put in. */
async function mountInPage({ tag, attributes, src, inline }) {
  const { loadWidget } = await import('/fuzz/bundle/staedtepartner-widgets.js');
  await loadWidget(tag);
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'fuzz-feed';
    script.textContent = inline;
    stage.append(script);
    element.setAttribute('src', '#fuzz-feed');
  } else element.setAttribute('src', src);
  const since = performance.now();
  stage.append(element);
  return since;
}

/** Runs in the page: clicks the widget's first buttons, tabs and disclosures; the errors they threw. */
function clickInPage(limit) {
  const root = document.querySelector('#stage > :not(script)').shadowRoot;
  const thrown = [];
  for (const target of [...root.querySelectorAll('button, [role="tab"], summary')].slice(0, limit)) {
    try {
      target.click();
    } catch (error) {
      thrown.push(String(error));
    }
  }
  return thrown;
}

/** Runs in the page: what is wrong with the page after the widget has settled. */
async function checkInPage() {
  const { deepElements, unsafeMarkup } = await import('/fuzz/bundle/unsafe-markup.js');
  const problems = [...window.fuzzErrors];
  window.fuzzErrors.length = 0;
  if (window.__fuzzPayloadRan) problems.push('a payload ran');
  const host = document.getElementById('host');
  if (host?.textContent !== "The host page's own text." || document.title !== 'fuzz') problems.push('the host page changed');
  const root = document.querySelector('#stage > :not(script)')?.shadowRoot;
  if (!root) return [...problems, 'no shadow root'];
  problems.push(...unsafeMarkup(root).map((markup) => `renders ${markup}`));
  const text = [root, ...deepElements(root).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))].map((node) => node.textContent).join('');
  if (text.trim().length === 0) problems.push('shows no text');
  return problems;
}

// ---- main ---------------------------------------------------------------------------------

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const all = widgets(goodFeeds(options.large));
  const chosen = options.widgets ? all.filter((widget) => options.widgets.includes(widget.tag)) : all;
  if (chosen.length === 0) throw new Error(`no widget named ${options.widgets.join(', ')}`);
  log('bundling src/cdn.ts');
  // The hostile-feed suites' check of the rendered markup, bundled for the page's checkInPage.
  const files = await bundleWidgets({ outdir: '/fuzz/bundle', entries: { 'unsafe-markup': 'test/support/unsafe-markup.ts' } });
  files.set('/fuzz/page.html', Buffer.from(page(options.language)));
  const server = await serveFiles((path) => files.get(path));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch(options.browser);
  const random = prng(options.seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const tally = new Map(chosen.map((widget) => [widget.tag, { feeds: 0, content: 0, empty: 0, error: 0, failed: 0 }]));
  const failures = [];
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    // The widgets report a feed's problems as console errors and warnings prefixed with the
    // package's name; a render that threw is one of them ("could not render": the error state
    // hides a bug). Anything else on the console is a bug too, but for a resource that failed to load
    // (a logo or image address the changes made up).
    tab.on('console', (message) => {
      if (!['error', 'warn', 'warning'].includes(message.type())) return;
      const text = message.text();
      if (/could not render/.test(text) || !/^\[staedtepartner-widgets\]|^Failed to load resource/.test(text))
        pageErrors.push(`console ${message.type()}: ${text.slice(0, 300)}`);
    });
    await tab.goto(`${origin}/fuzz/page.html`);
    for (let run = 1; run <= options.runs; run++) {
      const widget = pick(chosen);
      const good = pick(widget.feeds);
      const { feed, changes } = mutateFeed(good.document, random, options.changes);
      const attributes = { ...pick(widget.attributes) };
      if (options.attributes) for (let i = Math.floor(random() * 4); i >= 0; i--) attributes[pick(ODD_ATTRIBUTES)] = pick(ODD_VALUES);
      const body = JSON.stringify(feed);
      const inline = random() < 0.3;
      const path = `/fuzz/feed-${run}.json`;
      if (!inline) files.set(path, Buffer.from(body));
      pageErrors.length = 0;
      let problems;
      let state;
      try {
        const since = await tab.evaluate(mountInPage, { tag: widget.tag, attributes, src: path, inline: inline ? body : undefined });
        state = (await tab.evaluate(settleInPage, { since, limitMs: SETTLE_LIMIT_MS })).states[0];
        const thrown = await tab.evaluate(clickInPage, CLICKS);
        const again = await tab.evaluate(() => performance.now());
        await tab.evaluate(settleInPage, { since: again, limitMs: SETTLE_LIMIT_MS });
        problems = [...thrown, ...(await tab.evaluate(checkInPage))];
      } catch (error) {
        problems = [String(error.message ?? error).split('\n')[0]];
      }
      problems.push(...pageErrors.filter((error) => !problems.some((problem) => problem.includes(error))));
      files.delete(path);
      const counts = tally.get(widget.tag);
      counts.feeds++;
      if (state) counts[state]++;
      if (problems.length > 0) {
        counts.failed++;
        const name = `seed-${options.seed}-run-${run}-${widget.tag}`;
        mkdirSync(resolve(process.cwd(), options.out), { recursive: true });
        writeFileSync(resolve(process.cwd(), options.out, `${name}.json`), body);
        const report = { widget: widget.tag, good: good.name, attributes, inline, changes, problems };
        writeFileSync(resolve(process.cwd(), options.out, `${name}.txt`), JSON.stringify(report, null, 2) + '\n');
        failures.push({ name, ...report });
        log(`run ${run}: <${widget.tag}> failed: ${problems.join('; ').slice(0, 300)}`);
        // A fresh page, so that one failure does not spill into the next feed.
        await tab.goto(`${origin}/fuzz/page.html`);
      }
      if (run % 100 === 0) log(`${run} of ${options.runs} feeds, ${failures.length} failed`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const out = [
    `## Feed fuzzing (seed ${options.seed}, ${options.runs} feeds, up to ${options.changes} changes each, ${options.language} page in ${options.browser}${options.large ? ', large feeds' : ''}${options.attributes ? ', odd attributes' : ''})`,
    '',
  ];
  out.push('| widget | feeds | content | empty | error state | failed |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [tag, counts] of tally) out.push(`| <${tag}> | ${counts.feeds} | ${counts.content} | ${counts.empty} | ${counts.error} | ${counts.failed} |`);
  out.push('');
  if (failures.length === 0) out.push('No feed failed.');
  else {
    out.push(`${failures.length} feeds failed (each in ${options.out}/ as .json, what was changed and what went wrong as .txt):`);
    for (const failure of failures)
      out.push(`- ${failure.name}: ${failure.problems.join('; ').slice(0, 300)} (after ${failure.changes.join(', ').slice(0, 200)})`);
  }
  console.log(out.join('\n'));
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`fuzz: ${error.stack ?? error}`);
  process.exit(1);
});
