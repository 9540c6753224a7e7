/**
 * `<conf-programme>` side by side with pretalx's `<pretalx-schedule>` (issue 14), on the same
 * generated schedules in pretalx's widget format, in one headless Chromium with CDP throttling.
 *
 *   npm run bench -- --widgets pretalx            # this section alone (also part of `npm run bench`)
 *   npm run bench -- --widgets pretalx --runs 9
 *   npm run bench -- --widgets pretalx --schedule camp.json --schedule other.json
 *
 * With `--schedule`, real schedules instead of the generated ones: each a pretalx widget JSON as a
 * pretalx event sends it (`https://<host>/<event>/schedule/widgets/schedule.json`, saved to a file),
 * served as it is to pretalx, ours and the floor (scheduleCase below). Ours is measured as it opens
 * and, where that may be one day of several, on "All days" too.
 *
 * pretalx's widget is not part of this project: it is read from ../shared/peers/pretalx-schedule/
 * (a build of pretalx's own `<pretalx-schedule>` with its embed instructions), or from the folder
 * the environment variable PRETALX_PEER names (`PRETALX_PEER=/path/to/pretalx-schedule npm run
 * bench -- --widgets pretalx`, for a clone elsewhere), and never copied here. Without that folder
 * the section is skipped with a note that names it.
 *
 * Both widgets get the same file, `/ev/demo/schedule/widgets/schedule.json` (pretalx fetches it
 * relative to its `event-url`; ours is given it as `src` and imports it with its pretalx
 * importer), over the same local server with gzip, under CPU 4× and "Fast 3G" (1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip). Runs alternate between the two widgets, each in a fresh
 * browser context (empty cache). Measured per run, from navigation start:
 * - **first session**: the first session title of the page laid out in the viewport (a box of
 *   non-zero size whose top is within the window), seen by a requestAnimationFrame poll, timed
 *   after reading that box, so with the layout of that frame (since 2026-12-02; before, the time
 *   was taken at the start of the callback, without that layout);
 * - **painted**: the frame after which the number of session titles stopped changing (the
 *   widget's whole first view drawn), with how many titles that is, timed at the start of the
 *   next frame, so after that frame's style, layout and paint (since 2026-12-02, later: before, it
 *   was timed after a read of the last title's box, and work the frame did beyond that read, such
 *   as laying out sessions the read did not need, was not counted);
 * - **long tasks** (PerformanceObserver `longtask`) before the first session: count and longest;
 * - **JS bytes**: what the network transferred for scripts (gzip), and all bytes.
 * pretalx draws every day at once; ours opens on its first day when there are more than 60
 * sessions, so the 1,000-session case is also run with ours on "All days" (`#programme/all`,
 * at most 100 sessions per day until "Show more"). A third page, the floor (FLOOR_SCRIPT
 * below), is measured in the same runs: the least any widget embedded this way waits for. The
 * last table divides ours by it: what our code and bytes add, whatever the machine's speed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PRETALX_CASES, pretalxSchedule } from './pretalx-schedule.mjs';
import { serveFiles } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
/** The peer build of pretalx's widget: beside the project, or where PRETALX_PEER names it (for a clone elsewhere). */
export const PEER = resolve(process.env.PRETALX_PEER || resolve(root, '../shared/peers/pretalx-schedule'));
export const CDN = join(root, 'dist/cdn');

/** Throttling of the issue: CPU 4×, Fast 3G. */
const CPU_RATE = 4;
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };

export { PRETALX_CASES, pretalxSchedule };

// ---- the schedules ------------------------------------------------------------------------

/** Ours on "All days", the view pretalx always shows: a view is its label and the hash that opens it. */
const ALL_DAYS_VIEW = { label: 'all days', hash: '#programme/all' };
/** Above this many sessions ours opens on one day, not on all days (ALL_DAYS_LIMIT in src/conf-programme/day-tabs.ts). */
const ALL_DAYS_LIMIT = 60;

/**
 * A schedule the comparison runs on: `label` names it in the tables, `body` is the JSON served to
 * every page, `ours` the views ours is measured in. These are the generated cases (PRETALX_CASES):
 * ours opens on the first day of both (more than 60 sessions). Their texts are as long as a real
 * event's (`prose`: abstracts of about 1 kB, descriptions, biographies), since both widgets download and
 * read all of them: the 79-session file is about 200 kB, the 1,000-session one 2.6 MB. With
 * `breaks` (`npm run bench -- --breaks`), the same case with a real event's three breaks a day in
 * every room, as pretalx writes them (`pretalxSchedule`'s `breaks`).
 */
export function generatedCase(spec, { breaks = false } = {}) {
  return {
    label: `${spec.sessions.toLocaleString('en')} sessions${breaks ? ' with breaks' : ''}`,
    sessions: spec.sessions,
    body: Buffer.from(JSON.stringify(pretalxSchedule({ ...spec, prose: true, breaks }))),
    ours: spec.ours.map((view) => (view === 'all days' ? ALL_DAYS_VIEW : { label: view, hash: '' })),
  };
}

/**
 * A real schedule from a file: a pretalx widget JSON (an object with a `talks` list), served as it
 * is. Its sessions are the talks with a start time (those pretalx draws; the floor draws those of
 * the first day). Ours is measured as it opens (the first day above 60 sessions, the current day
 * of a running conference, else all days) and, when that may be one day of several (more than 60
 * talks on more than one day in the schedule's zone), on "All days" as well, which pretalx always
 * shows. Throws, naming the file, when the file cannot be read or is not such a schedule.
 */
export function scheduleCase(path) {
  let body;
  let schedule;
  try {
    body = readFileSync(path);
    schedule = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new Error(`--schedule ${path}: ${error.code === 'ENOENT' ? 'no such file' : `not read as JSON (${error.message})`}`);
  }
  if (!Array.isArray(schedule?.talks)) {
    throw new Error(`--schedule ${path}: not a pretalx widget schedule (no "talks" list); save an event's /schedule/widgets/schedule.json`);
  }
  const starts = schedule.talks.map((talk) => Date.parse(talk?.start)).filter(Number.isFinite);
  if (!starts.length) throw new Error(`--schedule ${path}: no talk has a start time, so neither widget would show a session`);
  let day;
  try {
    day = new Intl.DateTimeFormat('en-CA', { timeZone: schedule.timezone || 'UTC' });
  } catch {
    // An unknown zone: the days are counted in UTC.
    day = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' });
  }
  const days = new Set(starts.map((start) => day.format(start))).size;
  return {
    label: `${basename(path)}: ${starts.length.toLocaleString('en')} session${starts.length === 1 ? '' : 's'}`,
    sessions: starts.length,
    days,
    // The file's own bytes: what an event's server sends, not a copy written again.
    body,
    // Up to ALL_DAYS_LIMIT talks ours opens on all days already.
    ours: [{ label: 'as it opens', hash: '' }, ...(days > 1 && schedule.talks.length > ALL_DAYS_LIMIT ? [ALL_DAYS_VIEW] : [])],
  };
}

// ---- the pages ----------------------------------------------------------------------------

export const SCHEDULE_PATH = '/ev/demo/schedule/widgets/schedule.json';

/** pretalx's page, as its own embed snippet writes it. */
const pretalxPage = (origin) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pretalx</title></head>
<body>
<script type="text/javascript" src="/pretalx/pretalx-schedule.min.js"></script>
<pretalx-schedule event-url="${origin}/ev/demo/" locale="en" format="grid"></pretalx-schedule>
</body></html>`;

/** Ours, as README's embed snippet writes it. */
const oursPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ours</title></head>
<body>
<script type="module" src="/cdn/staedtepartner-widgets.js"></script>
<conf-programme src="${SCHEDULE_PATH}" view="grid"></conf-programme>
</body></html>`;

/**
 * The floor: what any widget embedded this way waits for at least. A page with one module script
 * of a few hundred bytes and no framework, which fetches the same schedule, formats the start
 * times of the first day's sessions with Intl in the schedule's zone and writes them with their
 * titles into a shadow root; no validation, no day tabs, no styles, no features. Measured like the
 * two widgets, its time is a lower bound for ours on this page, network and machine: pretalx's
 * time divided by it is the best ratio any widget could reach in the same run.
 */
const FLOOR_SCRIPT = `customElements.define('programme-floor', class extends HTMLElement {
  async connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const schedule = await (await fetch(this.getAttribute('src'))).json();
    const zone = schedule.timezone || undefined;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
    const talks = schedule.talks.filter((talk) => Number.isFinite(Date.parse(talk.start))).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const first = day.format(new Date(talks[0].start));
    const list = document.createElement('ol');
    for (const talk of talks) {
      const start = new Date(talk.start);
      if (day.format(start) !== first) break;
      const item = document.createElement('li');
      const when = document.createElement('time');
      when.textContent = time.format(start);
      const title = document.createElement('h3');
      title.part = 'session-title';
      // A title in more than one language is an object of them: the first.
      title.textContent = (talk.title && typeof talk.title === 'object' ? Object.values(talk.title)[0] : talk.title) ?? '';
      item.append(when, title);
      list.append(item);
    }
    root.append(list);
  }
});
`;

const floorPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body>
<script type="module" src="/floor/programme-floor.js"></script>
<programme-floor src="${SCHEDULE_PATH}"></programme-floor>
</body></html>`;

/** Frames without a change in the number of titles, after the first title, until a load counts as done. */
const STILL_FRAMES = 40;

/**
 * Installed before any page script: long tasks from the start, and a poll every frame for the
 * first session title in view and for the number of titles. `selector` finds a session title
 * inside the widget's shadow root. `window.__benchDone` resolves once a title is in view and the
 * number of titles has not changed for STILL_FRAMES frames: the bench waits for it in the page's
 * own poll, so that no script of the test driver runs in the page while it loads: Playwright's
 * `waitForFunction` injects its selector engine at the load event, a task of about 150 ms under
 * CPU 4× in the middle of the widget's work (in 9 alternating loads of ours at 79 sessions it moved
 * the first title by about 30 ms, within the spread; a bench still should not time its own work).
 */
const probe = (tag, selector, errorSelector) => `(() => {
  const marks = { first: undefined, count: 0, changed: undefined, drawn: false, longTasks: [], error: undefined };
  window.__bench = marks;
  let done;
  window.__benchDone = new Promise((resolve) => (done = resolve));
  let still = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // performance.now(), not the callback's argument: Chromium passes the frame's begin time, which
  // after a long task lies before the task ended (a 6.5 s task seemed to end before it began).
  // The first title is timed after reading its box, so after the layout that read forced: it is laid out.
  // A change in the number of titles is timed in the next frame, after the frame that drew it was painted.
  const tick = () => {
    if (marks.drawn) {
      marks.changed = performance.now();
      marks.drawn = false;
    }
    const root = document.querySelector(${JSON.stringify(tag)})?.shadowRoot;
    // A widget that shows its error state will show no session: the load ends, with the error's text (its buttons left out).
    const error = ${errorSelector ? `root?.querySelector(${JSON.stringify(errorSelector)})` : 'null'};
    if (error) {
      marks.error = [...error.children].filter((part) => part.localName !== 'button').map((part) => part.textContent.replace(/\\s+/g, ' ').trim()).join(' ');
      return done();
    }
    if (root) {
      const titles = root.querySelectorAll(${JSON.stringify(selector)});
      if (marks.first === undefined) {
        for (const title of titles) {
          const box = title.getBoundingClientRect();
          if (box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0) {
            marks.first = performance.now();
            break;
          }
        }
      }
      if (titles.length !== marks.count) {
        marks.count = titles.length;
        marks.drawn = true;
      }
    }
    // Frames in a row, since the first title, in which the number of titles did not change (drawn: it did in this one).
    if (marks.first !== undefined) {
      still = marks.drawn ? 0 : still + 1;
      if (still >= ${STILL_FRAMES}) return done();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const WIDGETS = {
  pretalx: { tag: 'pretalx-schedule', title: '.c-linear-schedule-session .title, .c-grid-schedule .title' },
  ours: { tag: 'conf-programme', title: '[part~="session-title"]', error: '[part~="error"]' },
  floor: { tag: 'programme-floor', title: '[part~="session-title"]' },
};

/**
 * The local server both widgets are measured (here) or shown (scripts/compare-pretalx.mjs) on:
 * pretalx's build and its messages from the peer folder, our dist/cdn under /cdn/, the caller's
 * `pages` (path → body; fill it once `origin` is known) and, at SCHEDULE_PATH, the schedule last
 * given to `show()`; gzip like a production server.
 */
export async function servePeers(pages) {
  const read = new Map();
  const file = (name) => {
    if (!read.has(name)) read.set(name, existsSync(name) ? readFileSync(name) : undefined);
    return read.get(name);
  };
  let current;
  const server = await serveFiles(
    (path) => {
      if (path === SCHEDULE_PATH) return current;
      if (path === '/ev/demo/schedule/widget/messages.json') return file(join(PEER, 'messages.en.json'));
      if (path === '/pretalx/pretalx-schedule.min.js') return file(join(PEER, 'pretalx-schedule.min.js'));
      if (pages.has(path)) return pages.get(path);
      if (path.startsWith('/cdn/')) {
        const name = join(CDN, path.slice('/cdn/'.length));
        return name.startsWith(CDN + '/') ? file(name) : undefined;
      }
      return undefined;
    },
    {},
    { gzip: true },
  );
  return {
    server,
    origin: `http://127.0.0.1:${server.address().port}`,
    show: (schedule) => {
      current = schedule;
    },
  };
}

// ---- measuring ----------------------------------------------------------------------------

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One page load of one widget under throttling; resolves to its marks. */
async function measure(browser, origin, { widget, page: path, hash = '' }) {
  const { tag, title, error } = WIDGETS[widget];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // An uncaught error in the page fails the load, and ends it at once (the widget may never draw a session).
  const errors = [];
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  page.on('pageerror', (problem) => {
    errors.push(String(problem));
    fail(new Error(`<${tag}>'s page: ${problem}`));
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    const types = new Map();
    let scriptBytes = 0;
    let allBytes = 0;
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    const count = (requestId, bytes) => {
      allBytes += bytes;
      if (types.get(requestId) === 'Script') scriptBytes += bytes;
    };
    cdp.on('Network.loadingFinished', (event) => count(event.requestId, event.encodedDataLength));
    // Chromium reports our schedule's fetch, read to its end through a stream reader, as cancelled
    // (loadingFailed, canceled) in some loads, without loadingFinished: its bytes are counted as received.
    const received = new Map();
    cdp.on('Network.dataReceived', (event) => received.set(event.requestId, (received.get(event.requestId) ?? 0) + event.encodedDataLength));
    cdp.on('Network.loadingFailed', (event) => count(event.requestId, received.get(event.requestId) ?? 0));
    await page.addInitScript(probe(tag, title, error));
    await page.goto(`${origin}${path}${hash}`, { waitUntil: 'load' });
    // Done when the probe says so (a bench waits for a condition, it does not sleep a fixed time),
    // asked through CDP: Runtime.evaluate runs nothing of Playwright's in the page.
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`<${tag}>: no session title in view, or the titles still changing, after 120 s`)), 120_000);
    });
    try {
      await Promise.race([cdp.send('Runtime.evaluate', { expression: 'window.__benchDone', awaitPromise: true }), timeout, failed]);
    } finally {
      clearTimeout(timer);
    }
    const marks = await page.evaluate(() => window.__bench);
    if (errors.length) throw new Error(`<${tag}>'s page: ${errors.join('; ')}`);
    if (marks.error !== undefined) throw new Error(`<${tag}> showed its error state: ${marks.error}`);
    const before = marks.longTasks.filter((task) => task.start < marks.first);
    return {
      first: marks.first,
      painted: marks.changed,
      titles: marks.count,
      longTasks: before.length,
      longestTask: Math.max(0, ...before.map((task) => task.duration)),
      scriptBytes,
      allBytes,
    };
  } finally {
    await context.close();
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : '–');
const times = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** One widget on one page in one view: what a row of the tables is. */
function variantsOf(schedule) {
  return [
    { kind: 'pretalx', view: 'all days', widget: 'pretalx', page: '/pretalx.html' },
    ...schedule.ours.map(({ label, hash }) => ({ kind: 'ours', view: label, widget: 'ours', page: '/ours.html', hash })),
    { kind: 'floor', view: 'first day', widget: 'floor', page: '/floor.html' },
  ].map((variant) => ({ ...variant, label: `${variant.kind} (${variant.view})` }));
}

/**
 * Runs the comparison in `browser` and returns markdown lines (or a note when the peer is absent).
 * `runs` alternating runs per widget and case (at least 7 for the issue's medians). `schedules`:
 * real schedules (scheduleCase) to run instead of the generated cases. A widget that fails
 * on a schedule (an error in its page, its error state, or no session after 120 s) is not run again
 * on it: its row says why, and the result has `failed`.
 */
export async function benchAgainstPretalx(browser, { runs, schedules = [], log = () => undefined }) {
  const script = join(PEER, 'pretalx-schedule.min.js');
  if (!existsSync(script)) {
    return { lines: [`Side-by-side with pretalx skipped: ${PEER} is absent (the peer build of pretalx's widget is not part of this project).`], results: [] };
  }
  if (!existsSync(join(CDN, 'staedtepartner-widgets.js'))) throw new Error('dist/cdn is missing: run npm run build first');
  const cases = schedules.length ? schedules : PRETALX_CASES.map(generatedCase);
  const files = new Map();
  const { server, origin, show } = await servePeers(files);
  files.set('/pretalx.html', Buffer.from(pretalxPage(origin)));
  files.set('/ours.html', Buffer.from(oursPage()));
  files.set('/floor.html', Buffer.from(floorPage()));
  files.set('/floor/programme-floor.js', Buffer.from(FLOOR_SCRIPT));

  const results = [];
  try {
    for (const schedule of cases) {
      show(schedule.body);
      const variants = variantsOf(schedule);
      const samples = new Map(variants.map((variant) => [variant.label, []]));
      const failures = new Map();
      for (let run = 0; run < runs; run++) {
        // Alternate the order from run to run, so that neither always goes first.
        const order = run % 2 ? [...variants].reverse() : variants;
        for (const variant of order) {
          if (failures.has(variant.label)) continue;
          log(`pretalx section: ${schedule.label}, ${variant.label}, run ${run + 1}/${runs}`);
          try {
            samples.get(variant.label).push(await measure(browser, origin, variant));
          } catch (error) {
            failures.set(variant.label, error.message);
            log(`pretalx section: ${schedule.label}, ${variant.label} failed: ${error.message}`);
          }
        }
      }
      for (const variant of variants) {
        const list = samples.get(variant.label);
        results.push({
          schedule: schedule.label,
          sessions: schedule.sessions,
          kind: variant.kind,
          view: variant.view,
          widget: variant.label,
          ...(failures.has(variant.label)
            ? { failed: failures.get(variant.label) }
            : {
                firstMs: median(list.map((s) => s.first)),
                paintedMs: median(list.map((s) => s.painted)),
                titles: median(list.map((s) => s.titles)),
                longTasks: median(list.map((s) => s.longTasks)),
                longestTaskMs: Math.max(...list.map((s) => s.longestTask)),
                scriptBytes: median(list.map((s) => s.scriptBytes)),
                allBytes: median(list.map((s) => s.allBytes)),
              }),
          runs: list.length,
        });
      }
    }
  } finally {
    server.close();
  }

  const rowsOf = (schedule, kind) => results.filter((r) => r.schedule === schedule.label && r.kind === kind);
  const lines = [
    `### <conf-programme> and pretalx's <pretalx-schedule> side by side (CPU ${CPU_RATE}×, Fast 3G: 1.6 Mbit/s, 150 ms RTT; median of ${runs} alternating runs)`,
    '',
    '| schedule | widget | JS (gzip) | all bytes | first session | painted (titles) | long tasks before first (longest) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) =>
      r.failed
        ? `| ${r.schedule} | ${r.widget} | failed: ${r.failed.replace(/\s+/g, ' ').replaceAll('|', '\\|')} | | | | |`
        : `| ${r.schedule} | ${r.widget} | ${kB(r.scriptBytes)} | ${kB(r.allBytes)} | ${ms(r.firstMs)} | ${ms(r.paintedMs)} (${r.titles}) | ${r.longTasks} (${ms(r.longestTaskMs)}) |`,
    ),
    '',
    '| schedule | pretalx ÷ ours | JS bytes (target ≥ 6×) | first session (target ≥ 3×) | painted (target ≥ 3× at 1,000, all days) |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const schedule of cases) {
    const [theirs] = rowsOf(schedule, 'pretalx');
    // Ours in each view, then the floor. Failed rows give no ratio ("–").
    for (const other of [...rowsOf(schedule, 'ours'), ...rowsOf(schedule, 'floor')]) {
      // The floor's bytes are a few hundred of a script that is not a widget: a ratio of them says nothing.
      const bytes = other.kind === 'floor' ? '– (not a widget)' : times(theirs.scriptBytes, other.scriptBytes);
      lines.push(`| ${schedule.label} | ${other.widget} | ${bytes} | ${times(theirs.firstMs, other.firstMs)} | ${times(theirs.paintedMs, other.paintedMs)} |`);
    }
  }
  // What a widget's own code and bytes add: ours against the floor of the same run (1× would be no cost at all).
  lines.push('', '| schedule | ours ÷ floor (the floor: first day) | first session | painted |', '| --- | --- | ---: | ---: |');
  for (const schedule of cases) {
    const [floor] = rowsOf(schedule, 'floor');
    for (const ours of rowsOf(schedule, 'ours')) {
      // The floor draws the first day only: where ours drew more titles ("All days"), painted is not the same work.
      const painted = ours.titles > floor.titles ? '– (ours draws more days)' : times(ours.paintedMs, floor.paintedMs);
      lines.push(`| ${schedule.label} | ${ours.widget} | ${times(ours.firstMs, floor.firstMs)} | ${painted} |`);
    }
  }
  lines.push(
    '',
    'First session: navigation start until the first session title is laid out in the viewport. First session is read after that title’s box in a requestAnimationFrame, so it includes the layout of that frame. Painted: the frame after which the number of session titles stopped changing, read at the start of the next frame, so after that frame’s style, layout and paint. pretalx draws every day; ours opens on the first day above 60 sessions (on a running conference’s current day), and on “All days” (`#programme/all`) shows at most 100 sessions per day until “Show more”. All three read the same pretalx widget JSON over the same gzip server; each run in a fresh browser context. The floor is not a widget: a module script of a few hundred bytes without a framework that fetches the same JSON and writes the first day’s titles with their Intl-formatted times (no validation, no tabs, no styles), so pretalx ÷ floor is the best ratio any widget embedded this way could reach in this run, and ours ÷ floor is what our code and bytes add to it (1× would cost nothing).',
  );
  return { lines, results };
}
