#!/usr/bin/env node
/**
 * Render benchmark of the widgets in headless Chromium (`npm run bench`; not part of the tests).
 *
 * For every widget in src/registry.ts that has a case below and is in the CDN build, and
 * for generated feeds of growing size (scripts/generate-feed.mjs), it measures in a fresh
 * page per run:
 * - parse + validate: `JSON.parse` and `validateFeed` of the feed text (outside the widget);
 * - render: from assigning the parsed feed to the element's `feed` property until its
 *   `updateComplete` resolved and its items exist ("script"), then until after the next
 *   frame (requestAnimationFrame, then a task: style, layout and paint are done);
 * - a static-HTML baseline in the same page: the widget's finished markup (its shadow root
 *   as HTML) assigned with one `innerHTML` to a plain div, timed the same way;
 * - JS heap (`performance.memory.usedJSHeapSize` after forced GCs) added by each;
 * - on the largest size of a widget whose case asks for it (the jubilee list, the programme),
 *   a language switch (`<html lang>` en → ru) until the text changed and the next frame is done;
 * - on the largest programme, a search keystroke: one character typed into the search field
 *   (value set, `input` event dispatched) until the filtered sessions are painted.
 * Medians of several runs; the ratio widget ÷ baseline is the figure to watch, since
 * absolute times depend on the machine.
 *
 *   npm run bench                       # 5 runs per case, markdown to stdout
 *   npm run bench -- --runs 9 --json    # also writes bench-results/bench.json
 *   npm run bench -- --json out.json --widgets jubilee-list
 *   npm run bench -- --widgets map --runs 3   # the map section alone
 *   npm run bench -- --widgets map-jubilee     # only its <jubilee-list> case (about a minute)
 *   npm run bench -- --widgets map --profile bench-results/profiles   # also a CPU profile of each
 *                                              # run's search keystroke (open in Chrome DevTools)
 *
 * The map section (issue 12) loads 25,000 partnerships world-wide (generate-feed --world) into
 * `<partnership-map src>` and prints, with PASS/MISS per target: the first markers painted after
 * the feed's body arrived and the longest task after that frame; zoom and pan frames (Ctrl + wheel
 * and a drag sent as CDP Input events; the frame after the drag ends, which draws the map at the
 * new view, is reported apart); the table view's first rows and a sort; a search keystroke typed after a click into the search field (a page's
 * first search; a second one of about the same size is reported apart, not a target); and
 * `<jubilee-list>` on the same feed against its static-HTML baseline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome, serveFiles } from './chromium.mjs';
import { PRETALX_CASES, benchAgainstPretalx, generatedCase, scheduleCase } from './bench-pretalx.mjs';
import { generateFeed } from './generate-feed.mjs';

const root = resolve(import.meta.dirname, '..');
const CDN = join(root, 'dist/cdn');
const CHROMIUM = findChrome();

/**
 * One case per widget: feed sizes (from the issue), the feed for a size, attributes, and
 * the selector of one rendered item. A widget in the registry without a case is skipped
 * with a note; add it here.
 */
const CASES = {
  'jubilee-list': {
    unit: 'partnerships',
    sizes: [1_000, 10_000],
    feed: (n) => ({ partnerships: n, sessions: 0 }),
    // Founding years are 1950–2024: step 1 in 2025 lists every partnership.
    props: { year: 2025, step: 1 },
    item: '[part~="entry"]',
    localeSwitch: true,
  },
  'conf-programme': {
    unit: 'sessions',
    sizes: [100, 1_000, 5_000],
    feed: (n) => ({ partnerships: 20, sessions: n }),
    props: {},
    // The generated conference has three days. With more than 60 sessions the widget opens
    // on the first day only, so about a third of the sessions are on screen (and in the
    // markup the baseline copies).
    item: '[part~="session"]',
    localeSwitch: true,
    // One keystroke into the search field on the largest programme: "w" (as in "Wirtschaft",
    // "Working group") keeps most of the day's sessions, the costly case of a first keystroke.
    searchKeystroke: { field: '[part~="search"]', text: 'w', count: '[part~="result-count"]' },
  },
  'partnership-map': {
    unit: 'partnerships',
    sizes: [500, 5_000],
    feed: (n) => ({ partnerships: n, sessions: 0 }),
    props: {},
    item: '[part~="marker"], [part~="partnership"], [part~="entry"]',
  },
};

// ---- options ------------------------------------------------------------------------------

function parseArguments(argv) {
  const options = { runs: 5, json: undefined, widgets: undefined, profile: undefined, schedules: [], breaks: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--json') options.json = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'bench-results/bench.json';
    else if (arg === '--widgets') options.widgets = argv[++i].split(',');
    else if (arg === '--schedule') {
      const path = argv[++i];
      if (!path || path.startsWith('--')) throw new Error("--schedule needs a file: a pretalx widget schedule (an event's /schedule/widgets/schedule.json)");
      options.schedules.push(path);
    } else if (arg === '--breaks') options.breaks = true;
    else if (arg === '--profile') {
      options.profile = argv[++i];
      if (!options.profile || options.profile.startsWith('--')) throw new Error('--profile needs a folder');
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: npm run bench -- [--runs N] [--json [file]] [--widgets tag,tag] [--profile dir] [--schedule file ... | --breaks]\n' +
          '  --widgets: tags, or "map", "map-jubilee" or "pretalx"\n' +
          "  --profile writes a CPU profile of each counted run of the map's search keystroke to dir, for Chrome DevTools\n" +
          '  --schedule (repeatable) runs the side by side with pretalx on a real schedule instead of the generated ones: a pretalx\n' +
          "    widget JSON saved from an event's /schedule/widgets/schedule.json; alone, it implies --widgets pretalx\n" +
          '  --breaks runs the side by side with pretalx on each generated schedule twice, as it is and with three breaks a day\n' +
          '    in every room as pretalx writes them (the talks placed around them); alone, it implies --widgets pretalx',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  if (options.breaks && options.schedules.length) throw new Error('--breaks is for the generated schedules: a real one (--schedule) has its own breaks');
  if (options.schedules.length || options.breaks) {
    // Real schedules and breaks are for the side by side with pretalx only.
    const flag = options.breaks ? '--breaks' : '--schedule';
    options.widgets ??= ['pretalx'];
    if (!options.widgets.includes('pretalx')) throw new Error(`${flag} is for the side by side with pretalx: add pretalx to --widgets`);
  }
  return options;
}

const log = (...parts) => console.error('bench:', ...parts);

// ---- the build, held in memory ------------------------------------------------------------

function ensureBuild() {
  if (existsSync(join(CDN, 'staedtepartner-widgets.js'))) return;
  log('dist/cdn is missing: running npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * dist/cdn read once: others may rebuild (and empty) dist/ while the benchmark runs.
 * Retried until every file the manifest names is there.
 */
async function snapshotBuild() {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const files = new Map(filesUnder(CDN).map((path) => ['/' + relative(root, path).split(sep).join('/'), readFileSync(path)]));
      const manifest = JSON.parse(files.get('/dist/cdn/.vite/manifest.json').toString('utf8'));
      if (Object.values(manifest).every((chunk) => files.has(`/dist/cdn/${chunk.file}`))) return { files, manifest };
    } catch {
      /* a build is writing dist/cdn; try again */
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('dist/cdn stays incomplete (is a build running?); run npm run build and try again');
}

function registryTags() {
  const text = readFileSync(join(root, 'src/registry.ts'), 'utf8');
  return [...text.matchAll(/['"]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"]\s*:\s*\(\)\s*=>\s*import\(/g)].map((match) => match[1]);
}

async function validatorModule() {
  const result = await build({
    entryPoints: [join(root, 'src/feed/validate.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].text);
}

// ---- the server ---------------------------------------------------------------------------

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"></head>
<body>
<div id="stage"></div>
<script type="module">
  import { loadWidget } from '/dist/cdn/staedtepartner-widgets.js';
  import { validateFeed } from '/bench/validate.js';
  // After the next frame: requestAnimationFrame, then a task, so style, layout and paint are done.
  const afterNextFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(0);
      }),
    );
  // Frame work while a gesture runs (the map section): for each frame that handled input, the
  // time from the first input event's handler to the end of the element's update (script),
  // plus the time from the frame's requestAnimationFrame to a task after it (style, layout,
  // paint). Idle time waiting for the next vsync is not counted.
  const frames = { element: undefined, list: [], pending: undefined, script: 0, running: false };
  const onInput = () => {
    if (!frames.running) return;
    const t = performance.now();
    frames.pending ??= t;
    frames.element?.updateComplete.then(() => (frames.script += performance.now() - t));
  };
  // Not pointerup: its frame draws the map at the view where the gesture ended (reported as "then").
  for (const type of ['wheel', 'pointermove', 'pointerdown']) window.addEventListener(type, onInput, { capture: true, passive: true });
  const frameLoop = () => {
    if (!frames.running) return;
    requestAnimationFrame((start) => {
      const rafStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (frames.pending !== undefined) frames.list.push(frames.script + (performance.now() - rafStart));
        frames.pending = undefined;
        frames.script = 0;
        frameLoop();
      };
      channel.port2.postMessage(0);
    });
  };
  const frameProbe = {
    start(element) {
      Object.assign(frames, { element, list: [], pending: undefined, script: 0, running: true });
      frameLoop();
    },
    stop() {
      frames.running = false;
      return frames.list;
    },
  };
  // Long tasks (over 50 ms) as the page reports them, from the start.
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({
    type: 'longtask',
  });
  window.bench = { loadWidget, validateFeed, afterNextFrame, frameProbe, longTasks };
</script>
</body>
</html>
`;

/** The page and bundles from memory, anything else from the repository. */
function serve(memory) {
  const fromDisk = (path) => {
    const file = resolve(root, '.' + path);
    return file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
  return serveFiles((path) => memory.get(path) ?? fromDisk(path), {
    // Cross-origin isolation enables performance.measureUserAgentSpecificMemory() (JS + DOM).
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'same-origin',
  });
}

// ---- in the page --------------------------------------------------------------------------

/**
 * Runs in the page: renders the widget and the baseline (in the given order) and measures
 * both. Page functions are serialised into the page: they use only their arguments and
 * `window.bench` (set up by PAGE).
 */
async function measureInPage({ tag, url, props, item, markup, widgetFirst, styled = false }) {
  const stage = document.getElementById('stage');
  const { afterNextFrame } = window.bench;
  // Collects until the heap stops shrinking. An async GC runs from a task of its own: a
  // synchronous gc() scans the stack conservatively and keeps removed DOM alive.
  const heap = async () => {
    let last = Infinity;
    for (let round = 0; round < 10; round++) {
      await window.gc({ type: 'major', execution: 'async' });
      const used = performance.memory.usedJSHeapSize;
      if (last - used < 16_384) return used;
      last = used;
    }
    return last;
  };
  const settle = () => new Promise((done) => setTimeout(done, 50));
  /** JS heap, and JS + DOM as the browser counts it (needs the cross-origin isolated page). */
  const memory = async () => {
    const js = await heap();
    const all = window.crossOriginIsolated ? (await performance.measureUserAgentSpecificMemory()).bytes : NaN;
    return { js, all };
  };

  await window.bench.loadWidget(tag);
  await customElements.whenDefined(tag);
  const text = await (await fetch(url)).text();

  let start = performance.now();
  let parsed = JSON.parse(text);
  const parseMs = performance.now() - start;
  start = performance.now();
  let checked = window.bench.validateFeed(parsed);
  const validateMs = performance.now() - start;
  const warnings = checked.ok ? checked.warnings.length : -1;
  parsed = checked = undefined;
  // The widget gets its own parsed copy: it validates it itself (its cache is per object).
  const feed = JSON.parse(text);

  async function widget() {
    const element = document.createElement(tag);
    Object.assign(element, props);
    stage.append(element);
    await element.updateComplete; // the "no data source" state, before the feed is set
    await afterNextFrame();
    await settle();
    const before = await memory();
    const t0 = performance.now();
    element.feed = feed;
    await element.updateComplete;
    const root = element.shadowRoot;
    let note;
    while (!root.querySelector(item)) {
      const base = root.querySelector('[part~="base"]');
      if (base?.getAttribute('aria-busy') === 'false' && !root.querySelector('[part~="error"], [part~="empty"], [part~="status"]')) {
        note = `no ${item} rendered; measured to the end of the update`;
        break;
      }
      if (root.querySelector('[part~="error"], [part~="empty"]'))
        throw new Error(`<${tag}> shows ${root.querySelector('[part~="error"], [part~="empty"]').textContent.trim()}`);
      if (performance.now() - t0 > 60_000) throw new Error(`<${tag}>: ${item} did not appear within 60 s`);
      await new Promise((done) => requestAnimationFrame(done));
    }
    const t1 = performance.now();
    await afterNextFrame();
    const t2 = performance.now();
    const after = await memory();
    const items = root.querySelectorAll(item).length;
    // What the widget still does after its first items are painted (a large feed's whole validation,
    // in idle steps, while it is aria-busy) must end before the baselines are timed, or it falls
    // into their span and flatters the ratio.
    while (root.querySelector('[aria-busy="true"]') && performance.now() - t2 < 60_000) await new Promise((done) => setTimeout(done, 20));
    await settle();
    // Only the capture page needs the markup; a big string left in the heap would skew the baseline.
    const html = markup === undefined ? root.innerHTML.replace(/<!--[\s\S]*?-->/g, '') : undefined;
    element.remove();
    return { scriptMs: t1 - t0, renderMs: t2 - t0, heapBytes: after.js - before.js, memoryBytes: after.all - before.all, items, html, note };
  }

  async function baseline() {
    if (markup === undefined) return undefined;
    const container = document.createElement('div');
    stage.append(container);
    // Blink moves a long string out of the JS heap the first time it parses it; do that
    // now, or the baseline would seem to free the size of its markup.
    document.createElement('template').innerHTML = markup;
    await afterNextFrame();
    await settle();
    const before = await memory();
    const t0 = performance.now();
    container.innerHTML = markup;
    const t1 = performance.now();
    await afterNextFrame();
    const t2 = performance.now();
    const after = await memory();
    // The copy must show what the widget showed (for the programme: the one day tab it opens on).
    const items = container.querySelectorAll(item).length;
    container.remove();
    return { scriptMs: t1 - t0, renderMs: t2 - t0, heapBytes: after.js - before.js, memoryBytes: after.all - before.all, items };
  }

  /**
   * The same markup in a shadow root with the widget's own style sheets (the class's
   * `elementStyles`), timed the same way after the other two: what a page costs that shows the
   * widget's finished, styled entries with no script at all (with warm caches). Not a target; it shows how much of the widget ÷ static
   * HTML ratio is the widget's CSS (its style, layout and paint) rather than its code.
   */
  async function styledBaseline() {
    if (markup === undefined) return undefined;
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = customElements.get(tag).elementStyles.map((style) => style.styleSheet ?? style);
    stage.append(host);
    await afterNextFrame();
    await settle();
    const t0 = performance.now();
    shadow.innerHTML = markup;
    const t1 = performance.now();
    await afterNextFrame();
    const t2 = performance.now();
    const items = shadow.querySelectorAll(item).length;
    host.remove();
    return { scriptMs: t1 - t0, renderMs: t2 - t0, items };
  }

  let widgetResult;
  let baselineResult;
  let styledResult;
  if (widgetFirst) {
    widgetResult = await widget();
    baselineResult = await baseline();
  } else {
    baselineResult = await baseline();
    widgetResult = await widget();
  }
  // Last, so that it warms nothing for the two measured against each other (the font's shaping
  // cache, for one: what is laid out first shapes the names cold); it is itself measured warm.
  if (styled) styledResult = await styledBaseline();
  return { parseMs, validateMs, warnings, widget: widgetResult, baseline: baselineResult, styled: styledResult };
}

/** Runs in the page: renders the widget in English, then times the switch to Russian. */
async function localeSwitchInPage({ tag, url, props, item, localeChunks }) {
  const stage = document.getElementById('stage');
  const { afterNextFrame } = window.bench;
  await window.bench.loadWidget(tag);
  // The translations (shared + the widget's group) are loaded beforehand, so that the switch
  // does not include a download: the widget's loaders then find the modules in the module map.
  await Promise.all(localeChunks.map((chunk) => import(chunk)));
  const feed = await (await fetch(url)).json();
  const element = document.createElement(tag);
  Object.assign(element, props, { feed });
  stage.append(element);
  await element.updateComplete;
  await afterNextFrame();
  await new Promise((done) => setTimeout(done, 50));
  const root = element.shadowRoot;
  const probe = () => root.querySelector(item)?.textContent ?? '';
  const before = probe();
  if (!before) throw new Error(`<${tag}>: no ${item} to compare before the switch`);
  const changed = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (probe() !== before) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
  const t0 = performance.now();
  document.documentElement.lang = 'ru';
  await changed;
  await element.updateComplete;
  const t1 = performance.now();
  await afterNextFrame();
  const t2 = performance.now();
  return { scriptMs: t1 - t0, renderMs: t2 - t0, items: root.querySelectorAll(item).length, sample: probe().replace(/\s+/g, ' ').trim().slice(0, 60) };
}

/**
 * Runs in the page: renders the widget, then types one character into its search field (the
 * value set and an `input` event dispatched, as a keystroke does) and times it until the
 * filtered result is painted: "script" until the update is complete, then after the next frame.
 */
async function searchKeystrokeInPage({ tag, url, props, item, field, text, count }) {
  const stage = document.getElementById('stage');
  const { afterNextFrame } = window.bench;
  await window.bench.loadWidget(tag);
  const feed = await (await fetch(url)).json();
  const element = document.createElement(tag);
  Object.assign(element, props, { feed });
  stage.append(element);
  await element.updateComplete;
  const root = element.shadowRoot;
  while (!root.querySelector(item)) await new Promise((done) => requestAnimationFrame(done));
  await afterNextFrame();
  await new Promise((done) => setTimeout(done, 50));
  const input = root.querySelector(field);
  if (!input) throw new Error(`<${tag}>: no ${field} to type into`);
  const itemsBefore = root.querySelectorAll(item).length;
  const countBefore = root.querySelector(count)?.textContent.trim();
  const t0 = performance.now();
  input.value += text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await element.updateComplete;
  const t1 = performance.now();
  await afterNextFrame();
  const t2 = performance.now();
  const countAfter = root.querySelector(count)?.textContent.trim();
  if (countAfter === countBefore) throw new Error(`<${tag}>: "${countBefore}" did not change after typing "${text}"`);
  return { scriptMs: t1 - t0, renderMs: t2 - t0, itemsBefore, itemsAfter: root.querySelectorAll(item).length, countAfter };
}

// ---- the map at scale (issue 12) ----------------------------------------------------------

/** The map section's feed: 25,000 partnerships world-wide (scripts/generate-feed.mjs, world: true). */
const MAP_SCALE = { partnerships: 25_000, sessions: 0, seed: 1, world: true };

/**
 * Runs in the page: a map with `src` set to the feed; from the moment the feed's body has
 * arrived (its resource timing's responseEnd) until the first marker is in the DOM and
 * painted; then the longest task until the page has been quiet (no long task) for a second.
 */
async function mapLoadInPage({ url }) {
  const { afterNextFrame, longTasks } = window.bench;
  await window.bench.loadWidget('partnership-map');
  const element = document.createElement('partnership-map');
  document.getElementById('stage').append(element);
  await element.updateComplete;
  await afterNextFrame();
  const requested = performance.now();
  element.setAttribute('src', url);
  await element.updateComplete; // from "no data source" to loading
  const root = element.shadowRoot;
  while (!root.querySelector('[part~="marker"]')) {
    if (root.querySelector('[part~="error"], [part~="empty"]'))
      throw new Error(`<partnership-map> shows ${root.querySelector('[part~="error"], [part~="empty"]').textContent.trim()}`);
    if (performance.now() - requested > 60_000) throw new Error('<partnership-map>: no marker within 60 s');
    await new Promise((done) => requestAnimationFrame(done));
  }
  const markersAt = performance.now();
  await afterNextFrame();
  const paintedAt = performance.now();
  const entry = performance.getEntriesByType('resource').find((item) => item.name.endsWith(url));
  if (!entry) throw new Error(`no resource timing for ${url}`);
  const arrived = entry.responseEnd;
  // The frame that paints the first markers is part of showing them; "after" starts once it is done.
  const quiet = await quietAfter(paintedAt);
  window.bench.map = element;
  const box = root.querySelector('[part~="map"]').getBoundingClientRect();
  return {
    downloadMs: arrived - requested,
    markersInDomMs: markersAt - arrived,
    firstMarkersMs: paintedAt - arrived,
    longestBeforeMs: Math.max(0, ...longTasks.filter((task) => task.start + task.duration > arrived && task.start < paintedAt).map((task) => task.duration)),
    longestAfterMs: quiet.longestMs,
    markers: root.querySelectorAll('[part~="marker"]').length,
    elements: root.querySelectorAll('*').length,
    arcPaths: root.querySelectorAll('path.arcs').length,
    map: { x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width, height: box.height },
  };

  /** The longest task that starts after `since`, once a second has gone by without one (15 s at most). */
  async function quietAfter(since) {
    const started = performance.now();
    for (;;) {
      await new Promise((done) => setTimeout(done, 100));
      const after = longTasks.filter((task) => task.start >= since);
      const last = after.length ? Math.max(...after.map((task) => task.start + task.duration)) : since;
      if (performance.now() - last > 1000 || performance.now() - started > 15_000) return { longestMs: Math.max(0, ...after.map((task) => task.duration)) };
    }
  }
}

/** Runs in the page: starts or stops the frame probe on the map; `settle` waits for a quiet second and reports the longest task since `since`. */
async function framesInPage({ action, since }) {
  const { frameProbe, longTasks } = window.bench;
  if (action === 'start') {
    frameProbe.start(window.bench.map);
    return performance.now();
  }
  if (action === 'stop') return { frames: frameProbe.stop(), at: performance.now() };
  const started = performance.now();
  for (;;) {
    await new Promise((done) => setTimeout(done, 100));
    const after = longTasks.filter((task) => task.start >= since);
    const last = after.length ? Math.max(...after.map((task) => task.start + task.duration)) : since;
    if (performance.now() - last > 1000 || performance.now() - started > 15_000) return { longestMs: Math.max(0, ...after.map((task) => task.duration)) };
  }
}

/** Runs in the page: one character typed into the map's search field, until painted. */
async function mapSearchInPage({ text }) {
  const { afterNextFrame } = window.bench;
  const element = window.bench.map;
  const root = element.shadowRoot;
  const input = root.querySelector('[part~="search"]');
  const summary = root.querySelector('[part~="summary"]').textContent;
  if (root.activeElement !== input) throw new Error('<partnership-map>: the search field does not have the focus to type into');
  const t0 = performance.now();
  input.value += text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await element.updateComplete;
  const t1 = performance.now();
  await afterNextFrame();
  const t2 = performance.now();
  const after = root.querySelector('[part~="summary"]').textContent;
  if (after === summary) throw new Error(`<partnership-map>: the summary "${summary}" did not change after typing "${text}"`);
  // Back to everything, for the table.
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
  await element.updateComplete;
  await afterNextFrame();
  return { scriptMs: t1 - t0, renderMs: t2 - t0, summary: after.trim() };
}

/** Runs in the page: the table view until its first rows are painted, then a sort by another column until its first row changed and is painted. */
async function mapTableInPage() {
  const { afterNextFrame } = window.bench;
  const element = window.bench.map;
  const root = element.shadowRoot;
  const button = root.querySelectorAll('[part~="view-switch"] button')[1];
  let t0 = performance.now();
  button.click();
  await element.updateComplete;
  while (!root.querySelector('[part~="row"]')) await new Promise((done) => requestAnimationFrame(done));
  let t1 = performance.now();
  await afterNextFrame();
  let t2 = performance.now();
  const first = { scriptMs: t1 - t0, renderMs: t2 - t0, rows: root.querySelectorAll('[part~="row"]').length };
  const before = root.querySelector('[part~="row"]').textContent;
  const sortButton = root.querySelectorAll('[part~="sort"]')[1];
  t0 = performance.now();
  sortButton.click();
  await element.updateComplete;
  while (root.querySelector('[part~="row"]').textContent === before) {
    if (performance.now() - t0 > 30_000) throw new Error('<partnership-map>: the first row did not change after sorting');
    await new Promise((done) => requestAnimationFrame(done));
  }
  t1 = performance.now();
  await afterNextFrame();
  t2 = performance.now();
  return { first, sort: { scriptMs: t1 - t0, renderMs: t2 - t0, column: sortButton.textContent.trim() } };
}

/**
 * The map section: one fresh page per run; load, zoom, pan, search, table, sort. With `profile`
 * (a file name), the search keystroke is profiled (CDP Profiler, 100 µs) and the profile written
 * there: a profiler slows the page, so its run's keystroke is read for shares, not as a figure.
 */
async function mapScaleRun(page, url, profile) {
  const load = await page.evaluate(mapLoadInPage, { url });
  const { x, y } = load.map;
  const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
  };
  const frame = () => page.evaluate(() => window.bench.afterNextFrame());
  // Zoom: Ctrl + wheel over the middle of the map, 16 steps in, 16 out (CDP Input.dispatchMouseEvent).
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  await page.evaluate(framesInPage, { action: 'start' });
  for (let step = 0; step < 32; step++) {
    await page.mouse.wheel(0, step < 16 ? -60 : 60);
    await frame();
  }
  const zoomed = await page.evaluate(framesInPage, { action: 'stop' });
  await page.keyboard.up('Control');
  const zoomSettle = await page.evaluate(framesInPage, { action: 'settle', since: zoomed.at });
  // Pan: a drag of 40 moves of 6 px from the middle.
  await page.mouse.move(x, y);
  await page.evaluate(framesInPage, { action: 'start' });
  await page.mouse.down();
  for (let step = 1; step <= 40; step++) {
    await page.mouse.move(x + step * 6, y + step * 3);
    await frame();
  }
  const panned = await page.evaluate(framesInPage, { action: 'stop' });
  await page.mouse.up();
  await frame();
  const panSettle = await page.evaluate(framesInPage, { action: 'settle', since: panned.at });
  // The reader clicks into the search field before typing: the pan's press focused a marker, and keys
  // reach the field only once it has the focus (typed programmatically with a marker focused, as the
  // bench did until stop 58, the keystroke also moved the roving focus between markers).
  await page.click('partnership-map [part~="search"]');
  await frame();
  const profiler = profile && (await page.context().newCDPSession(page));
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
  const search = await page.evaluate(mapSearchInPage, { text: 'K' });
  if (profiler) {
    const { profile: cpuProfile } = await profiler.send('Profiler.stop');
    writeFileSync(profile, JSON.stringify(cpuProfile));
    log(`CPU profile of the search keystroke (and the reset after it): ${relative(process.cwd(), profile)}`);
  }
  // Not a target: a second search of about the same size ("M": 5,617 cities against "K"'s 5,605) a second
  // after the first was cleared, as a visitor pauses: the engine has then optimised the code the first search ran.
  await page.waitForTimeout(1000);
  const secondSearch = await page.evaluate(mapSearchInPage, { text: 'M' });
  const table = await page.evaluate(mapTableInPage);
  return {
    ...load,
    zoomFrameMs: percentile(zoomed.frames, 0.95),
    zoomFrameMedianMs: percentile(zoomed.frames, 0.5),
    zoomFrames: zoomed.frames.length,
    zoomSettleMs: zoomSettle.longestMs,
    panFrameMs: percentile(panned.frames, 0.95),
    panFrameMedianMs: percentile(panned.frames, 0.5),
    panFrames: panned.frames.length,
    panSettleMs: panSettle.longestMs,
    searchMs: search.renderMs,
    searchSummary: search.summary,
    secondSearchMs: secondSearch.renderMs,
    secondSearchSummary: secondSearch.summary,
    tableFirstRowsMs: table.first.renderMs,
    tableRows: table.first.rows,
    sortMs: table.sort.renderMs,
    sortColumn: table.sort.column,
  };
}

// ---- statistics and output ----------------------------------------------------------------

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');
const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1_000_000).toFixed(1) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–');
const count = (n) => n.toLocaleString('en-US');

function table(header, rows, left = 1) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) =>
    '| ' + cells.map((cell, column) => (column < left ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join(' | ') + ' |';
  return [
    line(header),
    '| ' + widths.map((width, column) => (column < left ? '-'.repeat(width) : '-'.repeat(width - 1) + ':')).join(' | ') + ' |',
    ...rows.map(line),
  ].join('\n');
}

// ---- main ---------------------------------------------------------------------------------

async function main() {
  const options = parseArguments(process.argv.slice(2));
  // Real schedules read before anything runs: a file that is not one fails at once. With --breaks,
  // each generated case as it is and with breaks, one after the other in the same run.
  const schedules = options.breaks
    ? PRETALX_CASES.flatMap((spec) => [generatedCase(spec), generatedCase(spec, { breaks: true })])
    : options.schedules.map(scheduleCase);
  ensureBuild();
  const { files, manifest } = await snapshotBuild();
  const memory = new Map(files);
  memory.set('/bench/page.html', Buffer.from(PAGE));
  memory.set('/bench/validate.js', await validatorModule());

  const built = new Set((manifest['src/cdn.ts']?.dynamicImports ?? []).map((key) => /^src\/([^/]+)\/define\.ts$/.exec(key)?.[1]).filter(Boolean));
  const notes = [];
  const plan = [];
  const tags = [...new Set([...registryTags(), ...Object.keys(CASES)])].filter((tag) => !options.widgets || options.widgets.includes(tag));
  for (const tag of tags) {
    const spec = CASES[tag];
    if (!spec) notes.push(`<${tag}>: no benchmark case yet (add one to CASES in scripts/bench.mjs); skipped.`);
    else if (!built.has(tag)) notes.push(`<${tag}>: not built yet (${spec.sizes.map(count).join(' / ')} ${spec.unit} planned); skipped.`);
    else for (const size of spec.sizes) plan.push({ tag, size, spec });
  }
  // The map section (issue 12): the map on 25,000 partnerships world-wide, and the jubilee list
  // on the same feed against its static-HTML baseline. `--widgets map` runs it alone, `map-jubilee` only its jubilee case.
  const jubileeOnly = options.widgets?.includes('map-jubilee') ?? false;
  const mapSection = (!options.widgets || options.widgets.includes('map') || jubileeOnly) && built.has('partnership-map');
  if (mapSection && built.has('jubilee-list')) {
    const spec = {
      ...CASES['jubilee-list'],
      sizes: [MAP_SCALE.partnerships],
      feed: (n) => ({ ...MAP_SCALE, partnerships: n }),
      localeSwitch: false,
      section: 'map',
    };
    plan.push({ tag: 'jubilee-list', size: MAP_SCALE.partnerships, spec });
  }

  // Feeds, generated once and served from memory.
  const feedUrl = (spec, size) => {
    const { partnerships, sessions, world = false } = spec.feed(size);
    const path = `/bench/feed-p${partnerships}-s${sessions}${world ? '-world' : ''}.json`;
    if (!memory.has(path)) memory.set(path, Buffer.from(JSON.stringify(generateFeed({ partnerships, sessions, seed: 1, world }))));
    return path;
  };

  const server = await serve(memory);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      '--js-flags=--expose-gc',
      // Without it, performance.memory is rounded into coarse buckets.
      '--enable-precise-memory-info',
      // measureUserAgentSpecificMemory() answers at once instead of at the next idle GC.
      '--enable-blink-features=ForceEagerMeasureMemory',
    ],
  });
  const chromiumVersion = browser.version();

  /** A fresh page (own browser context: no shared cache or memory) for one measurement. */
  async function inFreshPage(run) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(`${origin}/bench/page.html`);
      await page.waitForFunction(() => window.bench !== undefined);
      return await run(page);
    } catch (error) {
      throw new Error(`${error.message}${errors.length ? `\npage errors: ${errors.join('; ')}` : ''}`);
    } finally {
      await context.close();
    }
  }

  const results = [];
  const mapRuns = [];
  let mapFeedBytes = 0;
  let pretalx;
  try {
    for (const { tag, size, spec } of plan) {
      const url = feedUrl(spec, size);
      const job = { tag, url, props: spec.props, item: spec.item };
      // A first page renders the widget to obtain its finished markup for the baseline; it
      // is not counted (and warms the server and the browser).
      const capture = await inFreshPage((page) => page.evaluate(measureInPage, { ...job, markup: undefined, widgetFirst: true }));
      const markup = capture.widget.html;
      const runs = [];
      for (let run = 0; run < options.runs; run++) {
        log(`<${tag}> ${count(size)} ${spec.unit}: run ${run + 1}/${options.runs}`);
        // Alternate which one goes first, so that neither always meets a fresher page.
        runs.push(await inFreshPage((page) => page.evaluate(measureInPage, { ...job, markup, widgetFirst: run % 2 === 0, styled: spec.section === 'map' })));
      }
      const copied = runs[0].baseline.items;
      if (copied !== capture.widget.items)
        notes.push(`<${tag}> ${count(size)}: the static copy has ${count(copied)} ${spec.item}, the widget showed ${count(capture.widget.items)}`);
      const pick = (get) => median(runs.map(get));
      const result = {
        widget: tag,
        section: spec.section,
        unit: spec.unit,
        size,
        items: capture.widget.items,
        feedBytes: memory.get(url).length,
        warnings: capture.warnings,
        markupBytes: Buffer.byteLength(markup),
        note: capture.widget.note,
        runs: options.runs,
        parseMs: pick((r) => r.parseMs),
        validateMs: pick((r) => r.validateMs),
        widgetScriptMs: pick((r) => r.widget.scriptMs),
        widgetRenderMs: pick((r) => r.widget.renderMs),
        baselineScriptMs: pick((r) => r.baseline.scriptMs),
        baselineRenderMs: pick((r) => r.baseline.renderMs),
        styledRenderMs: runs[0].styled ? pick((r) => r.styled.renderMs) : undefined,
        widgetHeapBytes: pick((r) => r.widget.heapBytes),
        baselineHeapBytes: pick((r) => r.baseline.heapBytes),
        widgetMemoryBytes: pick((r) => r.widget.memoryBytes),
        baselineMemoryBytes: pick((r) => r.baseline.memoryBytes),
        raw: runs.map(({ widget, baseline, parseMs, validateMs }) => ({
          parseMs,
          validateMs,
          widget: { scriptMs: widget.scriptMs, renderMs: widget.renderMs, heapBytes: widget.heapBytes, memoryBytes: widget.memoryBytes },
          baseline,
        })),
      };
      results.push(result);

      const largest = size === Math.max(...spec.sizes);
      if (spec.localeSwitch && largest) {
        // Translations are split per widget (docs/translations.md): the shared group and the
        // widget's own group (a widget without strings of its own has none).
        const keys = ['src/generated/locales/ru/shared.ts', `src/generated/locales/ru/${tag}.ts`];
        if (!manifest[keys[0]]) throw new Error(`dist/cdn has no ${keys[0]} (is the build from before the translation split?)`);
        const localeChunks = keys.filter((key) => manifest[key]).map((key) => `/dist/cdn/${manifest[key].file}`);
        const switches = [];
        for (let run = 0; run < options.runs; run++) {
          log(`<${tag}> ${count(size)} ${spec.unit}: language switch, run ${run + 1}/${options.runs}`);
          switches.push(await inFreshPage((page) => page.evaluate(localeSwitchInPage, { ...job, localeChunks })));
        }
        result.localeSwitch = {
          from: 'en',
          to: 'ru',
          scriptMs: median(switches.map((s) => s.scriptMs)),
          renderMs: median(switches.map((s) => s.renderMs)),
          sample: switches[0].sample,
          raw: switches.map(({ scriptMs, renderMs }) => ({ scriptMs, renderMs })),
        };
      }
      if (spec.searchKeystroke && largest) {
        const searches = [];
        for (let run = 0; run < options.runs; run++) {
          log(`<${tag}> ${count(size)} ${spec.unit}: search keystroke, run ${run + 1}/${options.runs}`);
          searches.push(await inFreshPage((page) => page.evaluate(searchKeystrokeInPage, { ...job, ...spec.searchKeystroke })));
        }
        result.searchKeystroke = {
          text: spec.searchKeystroke.text,
          itemsBefore: searches[0].itemsBefore,
          itemsAfter: searches[0].itemsAfter,
          scriptMs: median(searches.map((s) => s.scriptMs)),
          renderMs: median(searches.map((s) => s.renderMs)),
          raw: searches.map(({ scriptMs, renderMs }) => ({ scriptMs, renderMs })),
        };
      }
    }
    if (mapSection && !jubileeOnly) {
      const url = feedUrl({ feed: () => MAP_SCALE }, MAP_SCALE.partnerships);
      // A first page warms the server and the browser; not counted.
      await inFreshPage((page) => mapScaleRun(page, url));
      if (options.profile) mkdirSync(options.profile, { recursive: true });
      for (let run = 0; run < options.runs; run++) {
        log(`map section, ${count(MAP_SCALE.partnerships)} partnerships world-wide: run ${run + 1}/${options.runs}`);
        const profile = options.profile && join(options.profile, `map-search-keystroke-${run + 1}.cpuprofile`);
        mapRuns.push(await inFreshPage((page) => mapScaleRun(page, url, profile)));
      }
      mapFeedBytes = memory.get(url).length;
    }
    // Side by side with pretalx's widget (issue 14): at least 7 alternating runs, as the issue asks.
    if (!options.widgets || options.widgets.includes('pretalx')) {
      pretalx = await benchAgainstPretalx(browser, { runs: Math.max(7, options.runs), schedules, log });
    }
  } finally {
    await browser.close();
    server.close();
  }

  // ---- report ----
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString().slice(0, 10),
  };
  const out = [];
  out.push(`## Render benchmark (${machine.date})`);
  out.push('');
  out.push(
    `Chromium ${machine.chromium} headless, ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}.` +
      // The pretalx section says its own number of runs (at least 7).
      (results.length || mapRuns.length ? ` Medians of ${options.runs} runs, a fresh page each.` : ''),
  );
  // Without widget cases (`--widgets map` or `pretalx` alone) there are no rows for these tables.
  if (results.length) {
    out.push('');
    out.push('### Time');
    out.push('');
    out.push(
      table(
        ['widget', 'items', 'parse + validate ms', 'widget ms (script)', 'static HTML ms (script)', 'widget ÷ HTML', 'widget ms / item'],
        results.map((r) => [
          `<${r.widget}>`,
          `${count(r.items)} of ${count(r.size)} ${r.unit}`,
          `${ms(r.parseMs)} + ${ms(r.validateMs)}`,
          `${ms(r.widgetRenderMs)} (${ms(r.widgetScriptMs)})`,
          `${ms(r.baselineRenderMs)} (${ms(r.baselineScriptMs)})`,
          ratio(r.widgetRenderMs, r.baselineRenderMs),
          r.items ? (r.widgetRenderMs / r.items).toFixed(3) : '–',
        ]),
        2,
      ),
    );
    out.push('');
    out.push('### Memory (added by the widget or the static HTML, after GC)');
    out.push('');
    const memoryRatio = (a, b) => (b > 100_000 ? ratio(a, b) : '–');
    out.push(
      table(
        [
          'widget',
          'items',
          'feed JSON',
          'JS heap: widget',
          'JS heap: HTML',
          'JS + DOM: widget',
          'JS + DOM: HTML',
          'widget ÷ HTML (JS + DOM)',
          'widget kB / item (JS + DOM)',
        ],
        results.map((r) => [
          `<${r.widget}>`,
          count(r.items),
          `${mb(r.feedBytes)} MB`,
          `${mb(r.widgetHeapBytes)} MB`,
          `${mb(r.baselineHeapBytes)} MB`,
          `${mb(r.widgetMemoryBytes)} MB`,
          `${mb(r.baselineMemoryBytes)} MB`,
          memoryRatio(r.widgetMemoryBytes, r.baselineMemoryBytes),
          r.items && Number.isFinite(r.widgetMemoryBytes) ? (r.widgetMemoryBytes / r.items / 1000).toFixed(2) : '–',
        ]),
        1,
      ),
    );
  }
  const switches = results.filter((r) => r.localeSwitch);
  if (switches.length) {
    out.push('');
    out.push('### Language switch (`<html lang>` en → ru, translations already loaded)');
    out.push('');
    out.push(
      table(
        ['widget', 'items', 'switch ms (script)', 'ms / item'],
        switches.map((r) => [
          `<${r.widget}>`,
          count(r.items),
          `${ms(r.localeSwitch.renderMs)} (${ms(r.localeSwitch.scriptMs)})`,
          (r.localeSwitch.renderMs / r.items).toFixed(3),
        ]),
        1,
      ),
    );
  }
  const searches = results.filter((r) => r.searchKeystroke);
  if (searches.length) {
    out.push('');
    out.push('### Search keystroke (one character typed into the search field, until painted)');
    out.push('');
    out.push(
      table(
        ['widget', 'size', 'typed', 'items before → after', 'keystroke ms (script)'],
        searches.map((r) => [
          `<${r.widget}>`,
          `${count(r.size)} ${r.unit}`,
          `"${r.searchKeystroke.text}"`,
          `${count(r.searchKeystroke.itemsBefore)} → ${count(r.searchKeystroke.itemsAfter)}`,
          `${ms(r.searchKeystroke.renderMs)} (${ms(r.searchKeystroke.scriptMs)})`,
        ]),
        1,
      ),
    );
  }
  if (mapRuns.length) {
    const pick = (key) => median(mapRuns.map((run) => run[key]));
    const jubilee = results.find((r) => r.section === 'map');
    const verdict = (value, target) => (Number.isFinite(value) ? (value <= target ? 'PASS' : 'MISS') : '–');
    const rows = [
      [
        'first markers painted after the feed arrived',
        pick('firstMarkersMs'),
        1000,
        `in the DOM after ${ms(pick('markersInDomMs'))} ms; longest task until painted ${ms(pick('longestBeforeMs'))} ms; download ${ms(pick('downloadMs'))} ms (not counted)`,
      ],
      ['longest task after the first markers', pick('longestAfterMs'), 200, `from the painted frame until a second without a long task`],
      [
        'zoom frame (95th percentile)',
        pick('zoomFrameMs'),
        16,
        `median ${ms(pick('zoomFrameMedianMs'))} ms, ${pick('zoomFrames')} frames; then longest task ${ms(pick('zoomSettleMs'))} ms`,
      ],
      [
        'pan frame (95th percentile)',
        pick('panFrameMs'),
        16,
        `median ${ms(pick('panFrameMedianMs'))} ms, ${pick('panFrames')} frames; then longest task ${ms(pick('panSettleMs'))} ms`,
      ],
      ['table view: first rows', pick('tableFirstRowsMs'), 100, `${count(pick('tableRows'))} rows in the DOM`],
      [`table sort (${mapRuns[0].sortColumn})`, pick('sortMs'), 100, ''],
      ['search keystroke ("K", in the focused field)', pick('searchMs'), 50, mapRuns[0].searchSummary],
    ];
    const jubileeRatio = jubilee ? jubilee.widgetRenderMs / jubilee.baselineRenderMs : NaN;
    out.push('');
    out.push(`### Map section: ${count(MAP_SCALE.partnerships)} partnerships world-wide (generate-feed --world, ${mb(mapFeedBytes)} MB)`);
    out.push('');
    out.push(
      `\`<partnership-map src>\` at 1280 × 900 px; medians of ${mapRuns.length} runs, a fresh page each. Markers after the first load: ${count(pick('markers'))}, ` +
        `elements in its shadow root: ${count(pick('elements'))}, arc paths: ${count(pick('arcPaths'))}.`,
    );
    out.push('');
    out.push(
      table(
        ['measure', 'median ms', 'target ms', '', 'notes'],
        [
          ...rows.map(([name, value, target, note]) => [name, ms(value), `≤ ${target}`, verdict(value, target), note]),
          [
            '<jubilee-list> ÷ static HTML',
            jubilee ? `${ms(jubilee.widgetRenderMs)} ÷ ${ms(jubilee.baselineRenderMs)}` : '–',
            '≤ 1.5×',
            verdict(jubileeRatio, 1.5),
            jubilee ? `${ratio(jubilee.widgetRenderMs, jubilee.baselineRenderMs)}, ${count(jubilee.items)} entries` : 'jubilee-list not built',
          ],
          [
            '(not a target) a second search ("M", a second after "K" was cleared)',
            ms(pick('secondSearchMs')),
            '–',
            '',
            `${mapRuns[0].secondSearchSummary}; the bench's keystroke above is a page's first search, which runs the search's code on new data for the first time`,
          ],
          ...(jubilee?.styledRenderMs === undefined
            ? []
            : [
                [
                  '(not a target) <jubilee-list> ÷ the same HTML with its styles',
                  `${ms(jubilee.widgetRenderMs)} ÷ ${ms(jubilee.styledRenderMs)}`,
                  '–',
                  '',
                  `${ratio(jubilee.widgetRenderMs, jubilee.styledRenderMs)}: the markup in a shadow root with the widget's style sheets, no script`,
                ],
              ]),
        ],
        1,
      ),
    );
    out.push('');
    out.push(
      "Frame = script from the first input event of a frame to the end of the map's update, plus requestAnimationFrame to a task after the frame (style, layout, paint); " +
        'wheel and drag are CDP Input events, one per frame. Longest task: PerformanceObserver `longtask`.',
    );
  }
  if (pretalx) out.push('', ...pretalx.lines);
  // A widget that failed on a schedule is in its table; the run fails too, so that a script running the bench sees it.
  if (pretalx?.results.some((r) => r.failed)) process.exitCode = 1;
  for (const r of results.filter((r) => r.styledRenderMs !== undefined))
    notes.push(
      `<${r.widget}> ${count(r.size)}: the same HTML in a shadow root with the widget's style sheets (no script, measured after the others, not a target) ${ms(r.styledRenderMs)} ms; ` +
        `widget ÷ styled HTML ${ratio(r.widgetRenderMs, r.styledRenderMs)}, styled ÷ plain HTML ${ratio(r.styledRenderMs, r.baselineRenderMs)}`,
    );
  const caseNotes = results
    .filter((r) => r.note || r.warnings)
    .map((r) => `<${r.widget}> ${count(r.size)}: ${r.note ?? ''}${r.warnings ? ` ${r.warnings} feed warning(s)` : ''}`);
  if (notes.length || caseNotes.length) {
    out.push('');
    out.push('Notes:');
    for (const note of [...notes, ...caseNotes]) out.push(`- ${note}`);
  }
  out.push('');
  out.push('"ms" = until after the next frame (style, layout, paint); "(script)" = until the items are in the DOM.');
  out.push('"JS heap" = performance.memory.usedJSHeapSize; "JS + DOM" = performance.measureUserAgentSpecificMemory(), which also counts DOM nodes.');
  console.log(out.join('\n'));

  if (options.json) {
    const path = resolve(process.cwd(), options.json);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ machine, runs: options.runs, results, map: mapRuns, pretalx: pretalx?.results, notes }, null, 2) + '\n');
    log(`results written to ${relative(process.cwd(), path) || path}`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
