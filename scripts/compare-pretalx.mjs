/**
 * `<conf-programme>` and pretalx's `<pretalx-schedule>` side by side, for the eye (issue 13,
 * "Compare and keep up"; findings in docs/pretalx-comparison.md). Not part of `npm test`.
 *
 *   npm run build                     # once: ours is loaded from dist/cdn, as a webmaster embeds it
 *   npm run compare:pretalx           # screenshots into /tmp/compare-pretalx/ (path printed)
 *   npm run compare:pretalx -- --out DIR
 *   npm run compare:pretalx -- --schedule camp.json   # real pretalx schedules instead (repeatable)
 *
 * Both widgets get the same file over one local server: the generated 79-session camp of
 * scripts/bench-pretalx.mjs (3 days, 5 rooms, 7 coloured tracks), and
 * test/fixtures/schedules/pretalx-widget.json with its localised texts (`{"de": …, "ru": …}`)
 * made plain strings (English, else German, else the first), since pretalx's widget fails on
 * localised objects. Each is shown at 1280 and 390 px wide, grid and list, in Chromium
 * (playwright-core, the local /usr/bin/chromium). Per shot: the first screen and the whole page
 * (cut at 8,000 px), and a line of figures: page height, where the first session title is, the
 * number of session titles, sessions' heights, the controls each widget offers (role and accessible name), and any page error.
 *
 * pretalx's widget is not part of this project: it is read from ../shared/peers/pretalx-schedule/ (or PRETALX_PEER)
 * and never copied here. Without that folder the script says so and exits with 0.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome } from './chromium.mjs';
import { CDN, PEER, pretalxSchedule, PRETALX_CASES, SCHEDULE_PATH, scheduleCase, servePeers } from './bench-pretalx.mjs';

const root = resolve(import.meta.dirname, '..');
const FIXTURE = join(root, 'test/fixtures/schedules/pretalx-widget.json');
const WIDTHS = [1280, 390];
const HEIGHT = { 1280: 900, 390: 844 };
const FORMATS = ['grid', 'list'];
const FULL_PAGE_LIMIT = 8000;

const { values: options } = parseArgs({ options: { out: { type: 'string', default: '/tmp/compare-pretalx' }, schedule: { type: 'string', multiple: true } } });

/** `{"de": "…", "ru": "…"}` → one string (en, else de, else the first); everything else as it is. */
const LOCALE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
function plainStrings(value) {
  if (Array.isArray(value)) return value.map(plainStrings);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length && keys.every((key) => LOCALE_KEY.test(key) && typeof value[key] === 'string')) {
      return value.en ?? value.de ?? value[keys[0]];
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainStrings(inner)]));
  }
  return value;
}

/** With `--schedule`, real pretalx widget schedules as they are (read as the bench reads them), named after their files. */
const CASES = options.schedule?.length
  ? options.schedule.map((path) => ({ name: basename(path, '.json'), schedule: JSON.parse(scheduleCase(path).body.toString('utf8')) }))
  : [
      { name: 'camp79', schedule: pretalxSchedule(PRETALX_CASES.find((spec) => spec.sessions === 79)) },
      { name: 'fixture', schedule: plainStrings(JSON.parse(readFileSync(FIXTURE, 'utf8'))) },
    ];

const pretalxPage = (origin, format) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>pretalx</title></head>
<body>
<script type="text/javascript" src="/pretalx/pretalx-schedule.min.js"></script>
<pretalx-schedule event-url="${origin}/ev/demo/" locale="en" format="${format}"></pretalx-schedule>
</body></html>`;

const oursPage = (format) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ours</title></head>
<body>
<script type="module" src="/cdn/staedtepartner-widgets.js"></script>
<conf-programme src="${SCHEDULE_PATH}" view="${format}"></conf-programme>
</body></html>`;

const WIDGETS = {
  pretalx: {
    tag: 'pretalx-schedule',
    title: '.c-linear-schedule-session .title, .c-grid-schedule .title',
    session: '.c-linear-schedule-session, .c-grid-schedule-session, a.c-linear-schedule-session',
  },
  ours: { tag: 'conf-programme', title: '[part~="session-title"]', session: '[part~="session"]' },
};

/** Figures of the page as it is now, read inside the widget's shadow root. */
function figures({ tag, title, session }) {
  const host = document.querySelector(tag);
  const shadow = host?.shadowRoot ?? host;
  const titles = shadow ? shadow.querySelectorAll(title) : [];
  const sessions = shadow ? [...shadow.querySelectorAll(session)] : [];
  const heights = sessions
    .map((element) => Math.round(element.getBoundingClientRect().height))
    .filter((h) => h > 0)
    .sort((a, b) => a - b);
  const nameOf = (element) =>
    (
      element.getAttribute('aria-label') ||
      (element.labels && element.labels[0]?.textContent) ||
      element.getAttribute('title') ||
      element.getAttribute('placeholder') ||
      element.textContent ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
  const controls = shadow
    ? [...shadow.querySelectorAll('button, select, input, [role="tab"], [role="button"], summary')]
        .filter((element) => !element.closest('[part~="session"], .c-linear-schedule-session, .c-grid-schedule-session'))
        .map((element) => `${element.tagName.toLowerCase()}${element.type ? `[${element.type}]` : ''}:${nameOf(element)}`)
    : [];
  const first = [...titles].map((element) => element.getBoundingClientRect()).find((box) => box.width > 0 && box.height > 0);
  return {
    pageHeight: document.documentElement.scrollHeight,
    firstTitleTop: first ? Math.round(first.top + scrollY) : undefined,
    widgetHeight: Math.round(host?.getBoundingClientRect().height ?? 0),
    titles: titles.length,
    sessionHeight: heights.length ? { min: heights[0], median: heights[heights.length >> 1], max: heights[heights.length - 1] } : undefined,
    horizontalOverflow: document.documentElement.scrollWidth > innerWidth,
    controls: [...new Set(controls)],
  };
}

async function main() {
  if (!existsSync(join(PEER, 'pretalx-schedule.min.js'))) {
    console.log(`compare:pretalx skipped: ${PEER} is absent (the peer build of pretalx's widget is not part of this project).`);
    return;
  }
  if (!existsSync(join(CDN, 'staedtepartner-widgets.js'))) throw new Error('dist/cdn is missing: run npm run build first');
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });

  const pages = new Map();
  const { server, origin, show } = await servePeers(pages);
  for (const format of FORMATS) {
    pages.set(`/pretalx-${format}.html`, Buffer.from(pretalxPage(origin, format)));
    pages.set(`/ours-${format}.html`, Buffer.from(oursPage(format)));
  }

  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_FLAGS });
  const report = [];
  try {
    for (const { name: caseName, schedule } of CASES) {
      show(Buffer.from(JSON.stringify(schedule)));
      for (const width of WIDTHS) {
        for (const format of FORMATS) {
          for (const widget of ['pretalx', 'ours']) {
            const context = await browser.newContext({ viewport: { width, height: HEIGHT[width] }, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', (error) => errors.push(String(error)));
            page.on('console', (message) => {
              if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text().slice(0, 200)}`);
            });
            const spec = WIDGETS[widget];
            try {
              await page.goto(`${origin}/${widget}-${format}.html`, { waitUntil: 'load' });
              // Settled: session titles shown and their number unchanged for 30 frames (no fixed sleep).
              await page
                .waitForFunction(
                  ({ tag, title }) => {
                    const host = document.querySelector(tag);
                    const count = (host?.shadowRoot ?? host)?.querySelectorAll(title).length ?? 0;
                    const state = (window.__settle ??= { seen: -1, still: 0 });
                    state.still = count > 0 && count === state.seen ? state.still + 1 : 0;
                    state.seen = count;
                    return state.still >= 30;
                  },
                  spec,
                  { polling: 'raf', timeout: 30_000 },
                )
                .catch(() => errors.push('no session title appeared within 30 s'));
              const base = join(out, `${caseName}-${width}-${format}-${widget}`);
              await page.screenshot({ path: `${base}-screen.png` });
              const measured = await page.evaluate(figures, spec);
              await page.screenshot({
                path: `${base}-page.png`,
                fullPage: measured.pageHeight <= FULL_PAGE_LIMIT,
                clip: measured.pageHeight > FULL_PAGE_LIMIT ? { x: 0, y: 0, width, height: FULL_PAGE_LIMIT } : undefined,
              });
              report.push({ case: caseName, width, format, widget, ...measured, errors });
              console.log(
                `${caseName} ${width}px ${format.padEnd(4)} ${widget.padEnd(7)} page ${measured.pageHeight} px, first title at ${measured.firstTitleTop ?? '–'} px, ${measured.titles} titles, session height ${measured.sessionHeight ? `${measured.sessionHeight.min}/${measured.sessionHeight.median}/${measured.sessionHeight.max}` : '–'} px (min/median/max)${measured.horizontalOverflow ? ', scrolls sideways' : ''}${errors.length ? `, ${errors.length} error(s)` : ''}`,
              );
            } finally {
              await context.close();
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(join(out, 'figures.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`\nScreenshots and figures.json (with each widget's controls and errors) in ${out}`);
}

await main();
