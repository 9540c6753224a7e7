/**
 * Hostile host pages: what the page around the widgets does to the platform.
 * Enumerable methods a host script adds to `Object.prototype` or
 * `Array.prototype` (old libraries and polyfills still do), an
 * `Array.prototype.toJSON` (Prototype.js), a `<base href>` that points
 * elsewhere (Angular apps, TYPO3's `config.baseURL`), and `hash-prefix` values
 * the browser percent-encodes or that would take the host's own hash.
 */
import { expect } from '@open-wc/testing';
import { readFavourites, writeFavourites } from '../../src/conf-programme/storage.js';
import { SAMPLE_FEED_URL, sampleFeed } from '../support/feeds.js';
import { defineAll, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { captureConsole, resetPage, shadow, until } from '../support/widgets.js';

/** Adds `key` to `target` as a host script would with plain assignment: enumerable. Returns the undo. */
function addEnumerable(target: object, key: string, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return () => {
    if (before) Object.defineProperty(target, key, before);
    else delete (target as Record<string, unknown>)[key];
  };
}

let runs = 0;
/** The sample feed under a URL no widget has loaded yet: the loader shares one result per URL. */
function freshFeedUrl(): string {
  runs += 1;
  return `${SAMPLE_FEED_URL}?host-page=${runs}-${Math.random().toString(36).slice(2, 8)}`;
}

const PROTOTYPE_ADDITIONS: { name: string; add: () => (() => void)[] }[] = [
  { name: 'Object.prototype', add: () => [addEnumerable(Object.prototype, 'hostHelper', function hostHelper() {})] },
  { name: 'Array.prototype', add: () => [addEnumerable(Array.prototype, 'hostHelper', function hostHelper() {})] },
  {
    name: 'Object.prototype and Array.prototype, with a plain value too',
    add: () => [
      addEnumerable(Object.prototype, 'hostHelper', function hostHelper() {}),
      addEnumerable(Object.prototype, 'hostFlag', true),
      addEnumerable(Array.prototype, 'hostLast', function hostLast(this: unknown[]) {
        return this[this.length - 1];
      }),
    ],
  },
];

describe('hostile host pages', () => {
  before(defineAll);
  afterEach(async () => {
    document.querySelectorAll(WIDGET_CASES.map((widget) => widget.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  describe('enumerable methods on built-in prototypes', () => {
    /** Shows `widget` while the additions are in place; what it rendered, and what was logged. */
    async function render(widget: WidgetCase, additions: () => (() => void)[], through: 'src' | 'feed', feed: string) {
      const { value, logged } = await captureConsole(async () => {
        const undo = additions();
        try {
          const element = document.createElement(widget.tag) as HTMLElement & { feed?: unknown };
          for (const [name, value] of Object.entries(widget.full)) if (name !== 'src') element.setAttribute(name, value);
          // The feed object is built while the page's prototypes are changed, as a host script would build it.
          if (through === 'feed') element.feed = JSON.parse(feed);
          else element.setAttribute('src', freshFeedUrl());
          document.body.append(element);
          await until(() => element.shadowRoot?.querySelector(`${widget.content}, [part~="error"], [part~="empty"]`), `<${widget.tag}> did not settle`);
          const root = shadow(element);
          return { content: root.querySelectorAll(widget.content).length, error: root.querySelector('[part~="error"]')?.textContent?.trim() };
        } finally {
          undo.forEach((remove) => remove());
        }
      });
      return { ...value, logged };
    }

    for (const { name, add } of PROTOTYPE_ADDITIONS) {
      for (const through of ['src', 'feed'] as const) {
        it(`every widget shows the feed (${through}) on a page that adds to ${name}`, async () => {
          const feed = JSON.stringify(await sampleFeed());
          for (const widget of WIDGET_CASES) {
            const shown = await render(widget, add, through, feed);
            expect(shown.error, `<${widget.tag}> shows an error`).to.equal(undefined);
            expect(shown.content, `<${widget.tag}> shows its content`).to.be.greaterThan(0);
            expect(shown.logged, `<${widget.tag}> logged`).to.deep.equal([]);
          }
        });
      }
    }
  });

  describe('favourites with a host Array.prototype.toJSON', () => {
    const conference = 'host-page-favourites';
    afterEach(() => writeFavourites(conference, new Set()));

    // Prototype.js 1.6 and its kin: toJSON returns the array already as a JSON string.
    const toJSONs: Record<string, (this: unknown[]) => unknown> = {
      'returns a JSON string (Prototype.js)': function (this: unknown[]) {
        return `[${this.map((item) => `"${String(item)}"`).join(',')}]`;
      },
      'returns something else entirely': function () {
        return { hijacked: true };
      },
    };

    for (const [name, toJSON] of Object.entries(toJSONs)) {
      it(`are kept when toJSON ${name}`, () => {
        const ids = new Set(['xv-wg-3', 'xv-plenary', 'a.b:c_d-e']);
        const undo = addEnumerable(Array.prototype, 'toJSON', toJSON);
        let read: Set<string>;
        try {
          writeFavourites(conference, ids);
          read = readFavourites(conference);
        } finally {
          undo();
        }
        expect([...read]).to.deep.equal([...ids]);
        // Also read back by a page without the override (another page of the site).
        expect([...readFavourites(conference)]).to.deep.equal([...ids]);
      });
    }

    it('written on a page without the override are read on a page with it, and the other way round', () => {
      const ids = new Set(['one', 'two']);
      writeFavourites(conference, ids);
      const undo = addEnumerable(Array.prototype, 'toJSON', toJSONs['returns a JSON string (Prototype.js)']);
      let read: Set<string>;
      try {
        read = readFavourites(conference);
      } finally {
        undo();
      }
      expect([...read]).to.deep.equal([...ids]);
    });

    it('saved as a double-encoded list (by an earlier version on a Prototype.js page) are read back', () => {
      localStorage.setItem(`staedtepartner-widgets:favourites:${conference}`, JSON.stringify('["one","two"]'));
      expect([...readFavourites(conference)]).to.deep.equal(['one', 'two']);
    });
  });
});
