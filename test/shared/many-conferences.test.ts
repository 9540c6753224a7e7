/**
 * A series of 20,000 conferences (valid by the schema) once froze the page for
 * 8–17 s: every conference built an Intl.DateTimeFormat (the time-zone check of
 * validation) and read its zone's day anew. These tests count that work, not
 * the time it takes: formatters are built a bounded number of times, and each
 * zone's day is read once.
 */
import { expect } from '@open-wc/testing';
import { manyConferences } from '../../scripts/freeze-feeds.mjs';
import '../../src/conf-history/define.js';
import '../../src/conf-overview/define.js';
import '../../src/conf-programme/define.js';
import { isValidTimeZone } from '../../src/feed/dates.js';
import { validateFeed } from '../../src/feed/validate.js';
import { setClock } from '../../src/shared/clock.js';
import { currentConference, dayInZone, todayIn } from '../../src/shared/conference.js';
import { resetPage, shadow, until } from '../support/widgets.js';

const CONFERENCES = 20_000;
/** Far below one per conference: a handful of languages, zones and styles. */
const FORMATTER_BOUND = 30;

type IntlWithFormat = { DateTimeFormat: typeof Intl.DateTimeFormat };

/** Runs `run` with Intl.DateTimeFormat counting how often it is built (with or without `new`). */
async function countFormatters<T>(run: () => Promise<T>): Promise<{ value: T; built: number }> {
  const intl = Intl as unknown as IntlWithFormat;
  const original = intl.DateTimeFormat;
  let built = 0;
  intl.DateTimeFormat = new Proxy(original, {
    construct(target, args, newTarget) {
      built++;
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      built++;
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    return { value: await run(), built };
  } finally {
    intl.DateTimeFormat = original;
  }
}

/** Counts calls of `formatToParts` (how a zone's day is read) while `run` runs. */
function countFormatToParts<T>(run: () => T): { value: T; calls: number } {
  const prototype = Intl.DateTimeFormat.prototype;
  const original = prototype.formatToParts;
  let calls = 0;
  prototype.formatToParts = function (this: Intl.DateTimeFormat, ...args: Parameters<typeof original>) {
    calls++;
    return original.apply(this, args);
  };
  try {
    return { value: run(), calls };
  } finally {
    prototype.formatToParts = original;
  }
}

/** A widget with the feed as a property, settled: not loading, no update pending, content or empty state shown. */
async function render(tag: 'conf-history' | 'conf-overview' | 'conf-programme', feed: unknown): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const element = document.createElement(tag) as HTMLElement & { feed: unknown; updateComplete: Promise<boolean>; isUpdatePending: boolean };
  element.feed = feed;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="base"][aria-busy="false"]') && !element.isUpdatePending, `<${tag}> did not settle`);
  await element.updateComplete;
  return element;
}

describe('20,000 conferences', function () {
  // Validating 20,000 conferences takes a while in a slow engine; the waits end as soon as the widget is done.
  this.timeout(120_000);

  beforeEach(() => setClock(() => new Date('2024-03-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('conf-history, conf-overview, conf-programme').forEach((element) => element.remove());
    await resetPage();
  });

  for (const tag of ['conf-history', 'conf-overview', 'conf-programme'] as const) {
    it(`<${tag}> validates and renders them with a bounded number of date formatters`, async () => {
      // A fresh document each time: validation is cached per object.
      const { value: element, built } = await countFormatters(() => render(tag, manyConferences(CONFERENCES)));
      expect(shadow(element).querySelector('[part~="error"]'), 'error state').to.equal(null);
      expect(built, 'Intl.DateTimeFormat built').to.be.at.most(FORMATTER_BOUND);
    });
  }

  it('judges each conference on its zone’s day, reading each zone’s day once', () => {
    const checked = validateFeed(manyConferences(CONFERENCES));
    if (!checked.ok) throw new Error('the generated feed is invalid');
    const { conferences } = checked.feed;
    const zones = new Set(conferences.map((conference) => conference.timeZone));
    const now = new Date('2024-03-01T12:00:00Z');
    const { value: current, calls } = countFormatToParts(() => currentConference(conferences, now));
    expect(calls, 'zone days read').to.be.at.most(zones.size);
    // The next one after 1 March 2024: the first to start after that day.
    expect(current?.start).to.equal(conferences.find((conference) => conference.start > '2024-03-01')?.start);
  });

  it('checks each time zone name once', async () => {
    // A zone no other test names, so the first check is this test's.
    const { value: answers, built } = await countFormatters(async () => Array.from({ length: 1_000 }, () => isValidTimeZone('America/Argentina/Ushuaia')));
    expect(answers.every(Boolean)).to.equal(true);
    expect(built, 'Intl.DateTimeFormat built').to.be.at.most(1);
    const { value: refused } = await countFormatters(async () => isValidTimeZone('Mars/Olympus_Mons'));
    expect(refused).to.equal(false);
  });
});

describe('todayIn', () => {
  it('gives each zone’s own day, and reads it once per zone', () => {
    // 23:30 UTC is already the next day in Berlin and Moscow.
    const now = new Date('2024-03-01T23:30:00Z');
    const today = todayIn(now);
    const { value: days, calls } = countFormatToParts(() =>
      ['Europe/Berlin', 'UTC', 'Europe/Moscow', 'Europe/Berlin', 'UTC', 'Europe/Moscow'].map((zone) => today(zone)),
    );
    expect(days.map(({ year, month, day }) => `${year}-${month}-${day}`)).to.deep.equal([
      '2024-3-2',
      '2024-3-1',
      '2024-3-2',
      '2024-3-2',
      '2024-3-1',
      '2024-3-2',
    ]);
    expect(days).to.deep.equal(['Europe/Berlin', 'UTC', 'Europe/Moscow', 'Europe/Berlin', 'UTC', 'Europe/Moscow'].map((zone) => dayInZone(now, zone)));
    expect(calls, 'zone days read').to.equal(3);
  });
});
