#!/usr/bin/env node
/**
 * Freeze budget (`npm run freeze`; not part of the tests): feeds the schema accepts but that
 * are built to hurt, each rendered in headless Chromium, with two figures per case:
 * - the longest main-thread block while the widgets load, render and paint: the longest
 *   task (PerformanceObserver `longtask`) or animation frame (`long-animation-frame`, which
 *   also counts style, layout and paint), budget 1 s;
 * - the time until every widget has settled: from the moment the page puts them in (or
 *   the case's action, below) until none is loading or updating and a frame is painted,
 *   budget 5 s.
 * A case may also have an action after the first render (choosing the last of 10,000 days):
 * it is measured the same way, as its own row.
 *
 * The widgets come from the sources, bundled in memory with esbuild (the same entry as the
 * script-tag build, src/cdn.ts), so the figures always show the code in the working tree and
 * nothing is written to dist/.
 *
 *   npm run freeze                       # every case
 *   npm run freeze -- --cases grid       # the cases whose name contains "grid"
 *   npm run freeze -- --json out.json    # also the figures as JSON
 *   npm run freeze -- --profile          # unminified, with the functions that took the most time
 *
 * Adding a case: one more entry in CASES below (a name, a feed, the widgets' markup and,
 * if wanted, an action). The script exits with 1 when a case is over budget.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome, serveFiles } from './chromium.mjs';
import { coincidentCities, manyConferences, sessionPerDay, venuesOnOneDay } from './freeze-feeds.mjs';
import { generateFeed } from './generate-feed.mjs';
import { pretalxSchedule } from './pretalx-schedule.mjs';
import { bundleWidgets, settleInPage } from './widget-page.mjs';

const root = resolve(import.meta.dirname, '..');

/** Budgets from issue 11 (on the project's two-core machine). */
const BUDGET = { blockMs: 1_000, settleMs: 5_000 };

// ---- the cases ----------------------------------------------------------------------------

/**
 * The cases. Each has:
 * - `name`: what the report calls it;
 * - `feed()`: the feed document (served as /freeze/<index>.json);
 * - `markup(src)`: the HTML put into the page, with `src` the feed's URL;
 * - `action` (optional): `{ name, run }`, where `run` is a page function (serialised into the
 *   page, so it uses only `document`, `location` and its argument) that does something a
 *   reader does once the widgets have settled; then the page waits for them to settle again.
 */
const CASES = [
  {
    name: '20,000 conferences: <conf-history>',
    feed: () => manyConferences(20_000),
    markup: (src) => `<conf-history src="${src}"></conf-history>`,
  },
  {
    name: '20,000 conferences: <conf-overview>',
    feed: () => manyConferences(20_000),
    markup: (src) => `<conf-overview src="${src}"></conf-overview>`,
  },
  {
    name: '20,000 conferences: <conf-programme>',
    feed: () => manyConferences(20_000),
    markup: (src) => `<conf-programme src="${src}"></conf-programme>`,
  },
  {
    name: '3,000 venues on one day: <conf-programme view="grid">',
    feed: () => venuesOnOneDay(3_000),
    markup: (src) => `<conf-programme src="${src}" view="grid"></conf-programme>`,
  },
  {
    name: '10,000 sessions on 10,000 days: <conf-programme>',
    feed: () => sessionPerDay(10_000),
    markup: (src) => `<conf-programme src="${src}"></conf-programme>`,
    action: {
      name: 'choose the last day (link #programme/2057-05-18)',
      // The 10,000th day after 2030-01-01; a link into the programme, as a reader may follow.
      run: () => {
        location.hash = '#programme/2057-05-18';
      },
    },
  },
  {
    name: '10,000 cities at one point: <partnership-map>',
    feed: () => coincidentCities(10_000),
    markup: (src) => `<partnership-map src="${src}"></partnership-map>`,
    action: {
      name: 'open the place (click its marker)',
      run: () => {
        document.querySelector('#stage partnership-map').shadowRoot.querySelector('[part~="marker"]').click();
      },
    },
  },
  {
    name: '10,000 cities at one point: <partnership-map view="table">',
    feed: () => coincidentCities(10_000),
    markup: (src) => `<partnership-map src="${src}" view="table"></partnership-map>`,
  },
  {
    name: '15,000 sessions on three days (5,000 a day): <conf-programme>',
    feed: () => generateFeed({ partnerships: 10, sessions: 15_000 }),
    markup: (src) => `<conf-programme src="${src}"></conf-programme>`,
  },
  {
    name: '25,000 partnerships: <jubilee-list>',
    feed: () => generateFeed({ partnerships: 25_000, sessions: 10 }),
    markup: (src) => `<jubilee-list src="${src}"></jubilee-list>`,
  },
  {
    name: '25,000 partnerships: <partnership-map>',
    feed: () => generateFeed({ partnerships: 25_000, sessions: 10 }),
    markup: (src) => `<partnership-map src="${src}"></partnership-map>`,
  },
  {
    name: '25,000 talks in a pretalx schedule (20 days, 150 rooms): <conf-programme>',
    feed: () => pretalxSchedule({ sessions: 25_000, days: 20, rooms: 150 }),
    markup: (src) => `<conf-programme src="${src}"></conf-programme>`,
  },
  {
    name: '50 widgets, 10 of each kind, on one src (the sample feed)',
    feed: sampleFeed,
    markup: (src) => Array.from({ length: 10 }, () => SAMPLE_WIDGETS.map((widget) => widget(src)).join('')).join(''),
  },
  {
    name: '50 <partnership-map> on one src (the sample feed)',
    feed: sampleFeed,
    markup: (src) => Array.from({ length: 50 }, () => `<partnership-map src="${src}"></partnership-map>`).join(''),
  },
];

/** demo/feed.json, the feed the demo and the tests show. */
function sampleFeed() {
  return JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
}

/** Each widget with the sample feed, full of content (as test/support/widget-cases.ts shows them). */
const SAMPLE_WIDGETS = [
  (src) => `<jubilee-list src="${src}" year="2021"></jubilee-list>`,
  (src) => `<conf-overview src="${src}" conference="xvi-kaluga-2021"></conf-overview>`,
  (src) => `<conf-history src="${src}"></conf-history>`,
  (src) => `<conf-programme src="${src}" conference="xvi-kaluga-2021"></conf-programme>`,
  (src) => `<partnership-map src="${src}"></partnership-map>`,
];

// ---- options ------------------------------------------------------------------------------

function parseArguments(argv) {
  const options = { json: undefined, cases: undefined, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'bench-results/freeze.json';
    else if (arg === '--cases') options.cases = argv[++i].split(',');
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run freeze -- [--cases part,part] [--json [file]] [--profile]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const log = (...parts) => console.error('freeze:', ...parts);

// ---- the widgets, bundled in memory -------------------------------------------------------

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>freeze</title><link rel="icon" href="data:,"></head>
<body>
<div id="stage"></div>
<script>
  // Every long task and long animation frame from the start of the page.
  window.blocks = [];
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.blocks.push({ type, start: entry.startTime, duration: entry.duration });
      }).observe({ type, buffered: true });
    } catch {
      /* an engine without this entry type */
    }
  }
</script>
<script type="module" src="/freeze/bundle/staedtepartner-widgets.js"></script>
</body>
</html>
`;

function serve(files) {
  return serveFiles((path) => files.get(path));
}

// ---- in the page --------------------------------------------------------------------------

/** Runs in the page: the longest block that overlaps [from, to]. */
function longestBlockInPage({ from, to }) {
  const overlapping = window.blocks.filter((block) => block.start + block.duration >= from && block.start <= to);
  const longest = (type) => Math.max(0, ...overlapping.filter((block) => block.type === type).map((block) => block.duration));
  return { taskMs: longest('longtask'), frameMs: longest('long-animation-frame') };
}

/** The functions with the most time of their own in a CPU profile, as a few lines. */
function hotspots(profile, top = 15) {
  const self = new Map();
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const id of profile.samples) {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + interval / 1000);
  }
  return [
    'self time:',
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, time]) => `  ${ms(time).padStart(10)}  ${key}`),
  ].join('\n');
}

// ---- main ---------------------------------------------------------------------------------

/** Lines that repeat (fifty widgets showing the same) once, with their number: "50 × <partnership-map> content, …". */
function alike(lines) {
  const counts = new Map();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => (count > 1 ? `${count} × ${line}` : line));
}

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '–');
const verdict = (value, budget) => (value <= budget ? 'ok' : 'OVER');

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const cases = CASES.filter((spec) => !options.cases || options.cases.some((part) => spec.name.includes(part)));
  if (cases.length === 0) throw new Error(`no case matches ${options.cases.join(', ')}`);
  log('bundling src/cdn.ts');
  const files = await bundleWidgets({ outdir: '/freeze/bundle', minify: !options.profile });
  files.set('/freeze/page.html', Buffer.from(PAGE));
  cases.forEach((spec, index) => files.set(`/freeze/${index}.json`, Buffer.from(JSON.stringify(spec.feed()))));
  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROMIUM_FLAGS });
  const rows = [];
  try {
    for (const [index, spec] of cases.entries()) {
      log(spec.name);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const cdp = options.profile ? await context.newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      }
      try {
        await page.goto(`${origin}/freeze/page.html`);
        if (cdp) await cdp.send('Profiler.start');
        // The widgets' code is loaded first (as a page that has them would have it), so the
        // figures are the feed's, not the download's.
        await page.evaluate(
          async (markup) => {
            const stage = document.getElementById('stage');
            const template = document.createElement('template');
            template.innerHTML = markup;
            const tags = [...new Set([...template.content.querySelectorAll('*')].map((element) => element.localName).filter((tag) => tag.includes('-')))];
            const { loadWidget } = await import('/freeze/bundle/staedtepartner-widgets.js');
            await Promise.all(tags.map((tag) => loadWidget(tag)));
            await new Promise((done) => setTimeout(done, 100));
            window.freezeStart = performance.now();
            stage.append(template.content);
          },
          spec.markup(`/freeze/${index}.json`),
        );
        const since = await page.evaluate(() => window.freezeStart);
        const steps = [{ name: 'load and render', since }];
        const first = await page.evaluate(settleInPage, { since, limitMs: 600_000 });
        steps[0].result = first;
        if (spec.action) {
          const actionSince = await page.evaluate(async (run) => {
            await new Promise((done) => setTimeout(done, 100));
            const since = performance.now();
            new Function(`(${run})()`)();
            return since;
          }, spec.action.run.toString());
          steps.push({ name: spec.action.name, since: actionSince, result: await page.evaluate(settleInPage, { since: actionSince, limitMs: 600_000 }) });
        }
        if (cdp) log(hotspots((await cdp.send('Profiler.stop')).profile));
        // Long-task entries arrive after their task: give the observer a moment.
        await page.waitForTimeout(200);
        for (const step of steps) {
          const block = await page.evaluate(longestBlockInPage, { from: step.since, to: step.result.end });
          rows.push({ case: spec.name, step: step.name, ...block, settleMs: step.result.settleMs, shown: step.result.shown, errors: [...errors] });
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const out = [];
  out.push(`## Freeze budget (${new Date().toISOString().slice(0, 10)})`);
  out.push('');
  out.push(
    `Chromium ${browser.version()} headless, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}). Budgets: longest block ≤ ${ms(BUDGET.blockMs)}, settled ≤ ${ms(BUDGET.settleMs)}.`,
  );
  out.push('');
  out.push('| case | step | longest task | longest frame | settled after | verdict |');
  out.push('| --- | --- | ---: | ---: | ---: | --- |');
  let over = false;
  for (const row of rows) {
    const block = Math.max(row.taskMs, row.frameMs);
    const verdicts = [verdict(block, BUDGET.blockMs), verdict(row.settleMs, BUDGET.settleMs)];
    if (verdicts.includes('OVER')) over = true;
    out.push(`| ${row.case} | ${row.step} | ${ms(row.taskMs)} | ${ms(row.frameMs)} | ${ms(row.settleMs)} | block ${verdicts[0]}, settle ${verdicts[1]} |`);
  }
  out.push('');
  out.push('What each case showed when settled:');
  for (const row of rows)
    out.push(`- ${row.case}, ${row.step}: ${alike(row.shown).join('; ')}${row.errors.length ? ` (page errors: ${row.errors.join('; ')})` : ''}`);
  console.log(out.join('\n'));
  if (options.json) writeFileSync(resolve(process.cwd(), options.json), JSON.stringify({ budget: BUDGET, rows }, null, 2) + '\n');
  if (over) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`freeze: ${error.stack ?? error}`);
  process.exit(1);
});
