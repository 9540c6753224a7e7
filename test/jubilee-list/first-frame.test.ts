/**
 * Issue 12, `<jubilee-list>` against its static-HTML baseline: what a large `feed` object's first
 * entries wait for, kept away without timing anything. The collator and the founding dates'
 * formats are made while the page is idle after the list connects (5–15 ms once per page and
 * language), not when the feed arrives; the whole feed is validated only after the frame that
 * paints the first entries (an idle callback asked for at once could run before that frame), and
 * the first entries come in one update. The validation's code runs once on a feed of its own in
 * that idle time too, so that the engine has compiled it before the feed comes.
 */
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { FEED_VERSION, type FeedDocument } from '../../src/feed/schema.js';
import { validateFeed, validationWork } from '../../src/feed/validate.js';
import { listJubilees } from '../../src/jubilee-list/anniversaries.js';
import '../../src/jubilee-list/define.js';
import { firstEntries } from '../../src/jubilee-list/first-entries.js';
import { firstEntriesReady, JUBILEE_BATCH, warmUpDone, type JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { resetPage, settled, shadow, until } from '../support/widgets.js';

/** Counts the collators and date formats made from now on, by locale, until `restore()`. */
function countIntl(): { collators: string[]; dateFormats: string[]; restore: () => void } {
  const collators: string[] = [];
  const dateFormats: string[] = [];
  const { Collator, DateTimeFormat } = Intl;
  const locale = (locales: unknown) => String(Array.isArray(locales) ? locales[0] : (locales ?? 'default'));
  Intl.Collator = class extends Collator {
    constructor(locales?: string | string[], options?: Intl.CollatorOptions) {
      super(locales, options);
      collators.push(locale(locales));
    }
  } as typeof Intl.Collator;
  Intl.DateTimeFormat = class extends DateTimeFormat {
    constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super(locales, options);
      dateFormats.push(locale(locales));
    }
  } as typeof Intl.DateTimeFormat;
  return {
    collators,
    dateFormats,
    restore: () => Object.assign(Intl, { Collator, DateTimeFormat }),
  };
}

/** A list for 2025 that lists every partnership (step 1), on the page without a feed yet (it shows "no data source" until it gets one). */
function emptyList(): JubileeList {
  const element = Object.assign(document.createElement('jubilee-list'), { year: 2025, step: 1 });
  document.body.append(element);
  return element;
}

describe('<jubilee-list>: what the first entries of a large feed wait for', function () {
  this.timeout(60_000);
  // 3,000 partnerships: the first entries are shown before the whole is validated (first-entries.ts).
  const feed = () => generateFeed({ partnerships: 3_000, sessions: 0 }) as unknown as FeedDocument;
  before(firstEntriesReady);
  afterEach(async () => {
    document.querySelectorAll('jubilee-list').forEach((element) => element.remove());
    await resetPage();
  });

  // First in this file: no list of this page has made a collator yet.
  it('makes its collator and date formats while the page is idle after it connects, not when the feed arrives', async () => {
    const made = countIntl();
    const validatedBefore = validationWork.fastParsed + validationWork.schemaParsed;
    try {
      const element = emptyList();
      await until(() => made.collators.includes('en') && made.dateFormats.includes('en-GB'), 'no collator and date format made after the list connected');
      // And the validation's code has run once (on a feed of its own), so that it is compiled before the feed comes.
      await warmUpDone();
      expect(validationWork.fastParsed + validationWork.schemaParsed - validatedBefore, 'items validated before the feed').to.be.above(0);
      const collators = made.collators.length;
      const dateFormats = made.dateFormats.length;
      element.feed = feed();
      await settled(element, '[part~="summary"]');
      expect(shadow(element).querySelectorAll('[part~="entry"]')).to.have.length(JUBILEE_BATCH);
      expect(made.collators.slice(collators), 'collators made once the feed was set').to.deep.equal([]);
      expect(made.dateFormats.slice(dateFormats), 'date formats made once the feed was set').to.deep.equal([]);
    } finally {
      made.restore();
    }
  });

  it('validates the whole feed only after the frame that paints its first entries', async () => {
    const element = emptyList();
    await element.updateComplete;
    const whole = feed();
    let framed = false;
    // Where there is requestIdleCallback (not in WebKit): whether each one was asked for after that frame.
    const askedAfterFrame: boolean[] = [];
    const requestIdle = window.requestIdleCallback as typeof window.requestIdleCallback | undefined;
    if (requestIdle) window.requestIdleCallback = (run, options) => (askedAfterFrame.push(framed), requestIdle.call(window, run, options));
    try {
      const validatedBefore = validationWork.fastParsed + validationWork.schemaParsed;
      let atFrame = { entries: 0, validated: NaN, updates: NaN };
      // Updates of the list, counted on this element only.
      let updates = 0;
      const updated = Object.getPrototypeOf(element).updated as (changed: Map<PropertyKey, unknown>) => void;
      Object.assign(element, {
        updated(this: JubileeList, changed: Map<PropertyKey, unknown>) {
          updates++;
          updated.call(this, changed);
        },
      });
      element.feed = whole;
      // Asked for before the list renders (a microtask after this), so it runs first in the frame that paints the entries.
      requestAnimationFrame(() => {
        framed = true;
        atFrame = {
          entries: shadow(element).querySelectorAll('[part~="entry"]').length,
          validated: validationWork.fastParsed + validationWork.schemaParsed - validatedBefore,
          updates,
        };
      });
      await settled(element, '[part~="summary"]');
      await until(() => framed, 'no frame drawn');
      expect(atFrame.entries, 'entries in the frame after the feed was set').to.equal(JUBILEE_BATCH);
      expect(atFrame.updates, 'updates before that frame').to.equal(1);
      // The first entries' part (their partnerships and cities): far fewer than the whole feed.
      expect(atFrame.validated, 'items validated before that frame')
        .to.be.above(0)
        .and.below(3_000 / 4);
      if (requestIdle) expect(askedAfterFrame, 'idle callbacks asked for, after the frame or not').to.deep.equal([true]);
    } finally {
      if (requestIdle) window.requestIdleCallback = requestIdle;
    }
  });
  it('walks the 25,000 partnerships once for their years: asks whether the list owns an index only for items of the part', () => {
    const whole = feed();
    const items = whole.partnerships as unknown[];
    let owns = 0;
    let reads = 0;
    const counted = new Proxy(items, {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) owns++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    const query = { year: 2025, step: 1 };
    const day = { year: 2025, month: 6, day: 1 };
    const first = firstEntries({ ...whole, partnerships: counted }, query, JUBILEE_BATCH, {
      version: FEED_VERSION,
      validate: validateFeed,
      list: (part) => listJubilees(part, query, day, 'en').groups,
    });
    expect(first?.count, 'entries of the first groups').to.be.at.least(JUBILEE_BATCH);
    // The part: the items of the chosen years and those with their ids; the scan for the years asks nothing.
    expect(owns, 'own-index checks on the partnerships list').to.be.at.most(2 * first!.count);
    // Each item is read once for its year and once for its id; the part's items once more.
    expect(reads, 'items read').to.be.at.most(2 * items.length + 2 * first!.count);
  });

  it('renders an entry with only its cities and founding date with five text parts', async () => {
    const element = emptyList();
    element.feed = feed();
    await settled(element, '[part~="summary"]');
    const plain = [...shadow(element).querySelectorAll('[part~="entry"]')].filter(
      (entry) => !entry.querySelector('[part~="notes"], [part~="countdown"]') && entry.querySelectorAll('dt').length === 1,
    );
    expect(plain.length, 'entries without countdown, other dates or notes').to.be.above(0);
    // Each child part of a Lit template leaves one comment marker in the DOM.
    const markers = (entry: Element) => {
      const walker = document.createTreeWalker(entry, NodeFilter.SHOW_COMMENT);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    };
    for (const entry of plain) {
      expect(markers(entry), 'Lit markers in a plain entry').to.equal(5);
      expect(entry.hasAttribute('id'), 'id on an entry').to.equal(false);
    }
  });
});
