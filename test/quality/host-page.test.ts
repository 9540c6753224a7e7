/**
 * Hostile host pages: what the page around the widgets does to the platform.
 * Enumerable methods a host script adds to `Object.prototype` or
 * `Array.prototype` (old libraries and polyfills still do), an
 * `Array.prototype.toJSON` (Prototype.js), a `<base href>` that points
 * elsewhere (Angular apps, TYPO3's `config.baseURL`), a page without a doctype
 * (old CMS templates: quirks mode) or with a root font size of 62.5 % (themes
 * that size their own text in rem), containers whose own text is italic, shadowed, outlined or a
 * gradient, or whose icons are painted (which a widget inside inherits), CSS resets that unset every
 * element (`all: unset`), flex columns and grids that do not stretch their items, `hash-prefix` values the browser
 * percent-encodes or that would take the host's own hash, and a page served as XHTML, where the widgets cannot render.
 */
import { expect } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { readFavourites, writeFavourites } from '../../src/conf-programme/storage.js';
import { SAMPLE_FEED_URL, sampleFeed } from '../support/feeds.js';
import { deepElements } from '../support/unsafe-markup.js';
import { createWidget, defineAll, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { captureConsole, completes, nextTask, resetPage, shadow, until } from '../support/widgets.js';
import { click, programme, selectedTab, tab, XV } from '../conf-programme/support.js';

/** Adds `key` to `target` as a host script would with plain assignment: enumerable. Returns the undo. */
function addEnumerable(target: object, key: string, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return () => {
    if (before) Object.defineProperty(target, key, before);
    else delete (target as Record<string, unknown>)[key];
  };
}

/** Resolves after two animation frames of `win`: one in which a change is laid out, and the next. */
function twoFrames(win: Window): Promise<unknown> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

interface FramePage {
  frame: HTMLIFrameElement;
  window: Window & { __embed: { errors: string[]; ready: boolean } };
  /** The frame's address when it loaded, without the hash. */
  address: string;
}

/**
 * test/fixtures/embed/`file` in an iframe, a host page at /test/fixtures/embed/ showing `widgets`
 * with the library's own source (the code under test, without a build).
 */
async function embedPage(
  file: string,
  widgets: { tag: string; attributes: Record<string, string> }[],
  css?: string,
  width = 900,
  dir?: 'rtl',
): Promise<FramePage> {
  const config = { widgets, bundles: ['/src/cdn.ts'], css, dir };
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.src = `/test/fixtures/embed/${file}?config=${encodeURIComponent(JSON.stringify(config))}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as FramePage['window'];
  await until(() => win.__embed?.ready || win.__embed?.errors.length, 'the host page did not load the widgets');
  expect(win.__embed.errors).to.deep.equal([]);
  return { frame, window: win, address: win.location.href.replace(/#.*$/, '') };
}

/** base-href.html: a host page with `<base href="/">`. */
async function baseHrefPage(widgets: { tag: string; attributes: Record<string, string> }[]): Promise<FramePage> {
  const page = await embedPage('base-href.html', widgets);
  expect(page.window.document.baseURI, 'the page has its <base href>').to.equal(`${location.origin}/`);
  return page;
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
            expect(shown.logged.join('\n'), `<${widget.tag}> logged`).to.equal('');
          }
        });
      }
    }

    it('<conf-programme> imports a pretalx schedule on such a page', async () => {
      // The schedule's own problems are logged as on any page; kept out of the test log.
      const { value: sessions } = await captureConsole(async () => {
        const undo = PROTOTYPE_ADDITIONS.at(-1)!.add();
        try {
          const element = document.createElement('conf-programme');
          element.setAttribute('src', `/test/fixtures/schedules/pretalx-widget.json?host-page=${Math.random().toString(36).slice(2, 8)}`);
          document.body.append(element);
          await until(() => element.shadowRoot?.querySelector('[part~="session"], [part~="error"]'), '<conf-programme> did not settle');
          return shadow(element).querySelectorAll('[part~="session"]').length;
        } finally {
          undo.forEach((remove) => remove());
        }
      });
      expect(sessions).to.be.greaterThan(0);
    });
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

  describe('<base href> on the host page', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('day tabs and permalinks stay on the page, and every link on the page resolves to the page', async () => {
      const page = await baseHrefPage(
        WIDGET_CASES.map((widget) => ({ tag: widget.tag, attributes: widget.tag === 'conf-programme' ? { ...widget.full, conference: XV } : widget.full })),
      );
      const doc = page.window.document;
      for (const widget of WIDGET_CASES) {
        await until(() => doc.querySelector(widget.tag)?.shadowRoot?.querySelector(widget.content), `<${widget.tag}> did not render`);
      }
      const pathname = page.window.location.pathname;
      expect(pathname).to.equal('/test/fixtures/embed/base-href.html');

      // Every link the widgets made is absolute; one into the page points at this very page.
      const links = deepElements(doc).filter((element): element is HTMLAnchorElement => element.localName === 'a' && element.hasAttribute('href'));
      const inPage = links.filter((link) => new URL(link.href).hash !== '' && new URL(link.href).origin === location.origin);
      expect(inPage.length, 'the programme has permalinks').to.be.greaterThan(0);
      for (const link of links) {
        const written = link.getAttribute('href')!;
        expect(() => new URL(written), `${written} is absolute`).not.to.throw();
      }
      for (const link of inPage) expect(link.href.replace(/#.*$/, ''), link.getAttribute('href')!).to.equal(page.address);

      const element = doc.querySelector('conf-programme')!;
      const root = shadow(element);
      const day = [...root.querySelectorAll<HTMLElement>('[role="tab"]')].map((button) => button.dataset.tab!).find((key) => /^\d{4}-/.test(key))!;
      root.querySelector<HTMLElement>(`[role="tab"][data-tab="${day}"]`)!.click();
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(page.window.location.pathname, 'a day tab leaves the page').to.equal(pathname);
      expect(page.window.location.hash).to.equal(`#programme/${day}`);
      expect(page.window.location.href.replace(/#.*$/, '')).to.equal(page.address);

      const permalink = root.querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
      const session = new URL(permalink.href).hash;
      expect(session).to.match(/^#programme\/session\//);
      permalink.click();
      await until(() => page.window.location.hash === session || page.window.location.pathname !== pathname, 'the permalink went nowhere');
      expect(page.window.location.pathname, 'a permalink leaves the page').to.equal(pathname);
      expect(page.window.document, 'the same document').to.equal(doc);
      expect(page.window.location.hash).to.equal(session);
    });
  });

  describe('<base target="_blank"> on the host page (every link to a new tab)', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('a permalink goes to its session in this page, not to a copy of the page in a new tab', async () => {
      const widget = WIDGET_CASES.find((entry) => entry.tag === 'conf-programme')!;
      const page = await embedPage('base-target.html', [{ tag: widget.tag, attributes: { ...widget.full, conference: XV } }]);
      const doc = page.window.document;
      expect(doc.querySelector('base')?.target, 'the page has its <base target>').to.equal('_blank');
      await until(() => doc.querySelector(widget.tag)?.shadowRoot?.querySelector(widget.content), `<${widget.tag}> did not render`);
      const permalink = shadow(doc.querySelector(widget.tag)!).querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
      const session = new URL(permalink.href).hash;
      expect(session).to.match(/^#programme\/session\//);
      // A frame of the page's named as its base target stands in for the new tab: a real one would take the
      // window's focus, and its rendering, from the tests that follow.
      const elsewhere = doc.createElement('iframe');
      elsewhere.name = 'elsewhere';
      doc.body.append(elsewhere);
      doc.querySelector('base')!.target = 'elsewhere';
      permalink.click();
      await until(() => page.window.location.hash === session || elsewhere.contentWindow?.location.href !== 'about:blank', 'the permalink went nowhere');
      expect(elsewhere.contentWindow?.location.href, 'opened in the base target').to.equal('about:blank');
      expect(page.window.location.hash).to.equal(session);
      expect(page.window.location.href.replace(/#.*$/, '')).to.equal(page.address);
    });
  });

  describe('the feed on a host page with <base href> (TYPO3: config.baseURL)', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('a relative src is resolved against <base href>, like a link, and an inline #id is found on the page', async () => {
      // README: "a relative address (feed.json) is resolved against <base href>, not against the page's own folder".
      const relative = `${SAMPLE_FEED_URL.slice(1)}?base-href=${Math.random().toString(36).slice(2, 8)}`;
      const page = await baseHrefPage([{ tag: 'jubilee-list', attributes: { src: relative, year: '2021' } }]);
      const doc = page.window.document;
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.id = 'base-href-feed';
      script.textContent = JSON.stringify(await sampleFeed()).replaceAll('<', '\\u003c');
      const inline = doc.createElement('jubilee-list');
      inline.setAttribute('src', '#base-href-feed');
      inline.setAttribute('year', '2021');
      doc.body.append(script, inline);
      for (const list of doc.querySelectorAll('jubilee-list')) {
        await until(() => list.shadowRoot?.querySelector('[part~="entry"], [part~="error"]'), `${list.getAttribute('src')} did not settle`);
        expect(list.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim(), list.getAttribute('src')!).to.equal(undefined);
      }
      expect(page.window.location.pathname, 'the page is not at the root').to.equal('/test/fixtures/embed/base-href.html');
    });
  });

  describe('an "Add to calendar" menu near the bottom of the window', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    for (const file of ['page.html', 'quirks.html']) {
      it(`opens above its button without scrolling the page (${file === 'page.html' ? 'with a doctype' : 'quirks mode'})`, async () => {
        // Without a doctype the root's box is not the window's: the page is as tall as its content.
        const page = await embedPage(file, [{ tag: 'conf-programme', attributes: { src: SAMPLE_FEED_URL, conference: XV } }]);
        const element = page.window.document.querySelector('conf-programme')!;
        await until(() => element.shadowRoot?.querySelector('[part~="session-calendar"]'), 'the programme showed no session');
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const height = page.window.innerHeight;
        // The first session's button below the first screen, scrolled to 20px above the window's bottom (again
        // while sessions coming into view take their real height: they are content-visibility: auto).
        const button = [...shadow(element).querySelectorAll<HTMLElement>('[part~="session-calendar"]')].find(
          (node) => node.getBoundingClientRect().top > height,
        )!;
        expect(button, 'a button below the first screen').to.not.equal(undefined);
        const offset = () => button.getBoundingClientRect().bottom - (height - 20);
        await until(async () => {
          page.window.scrollBy(0, offset());
          await twoFrames(page.window);
          return Math.abs(offset()) < 1;
        }, 'the button did not hold still 20px above the window’s bottom');
        const scrolled = page.window.scrollY;
        expect(scrolled, 'the page scrolled to the button').to.be.greaterThan(0);
        button.click();
        const menu = () => shadow(element).getElementById(button.getAttribute('aria-controls')!);
        await until(() => menu()?.contains(shadow(element).activeElement), 'the focus did not go into the menu');
        expect(page.window.scrollY, 'the page did not scroll to show the menu').to.equal(scrolled);
        const box = menu()!.getBoundingClientRect();
        expect(box.bottom, 'above its button').to.be.at.most(button.getBoundingClientRect().top);
        expect(box.top, 'inside the window').to.be.at.least(0);
      });
    }
  });

  describe('page-wide settings the layout must not depend on', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    /** Every widget with its content, and the map's table view (a `<table>`, which quirks mode styles otherwise). */
    const shown = [
      ...WIDGET_CASES.map((widget) => ({ tag: widget.tag, attributes: widget.full, ready: widget.tag === 'partnership-map' ? 'path.land' : widget.content })),
      { tag: 'partnership-map', attributes: { ...WIDGET_CASES.find((widget) => widget.tag === 'partnership-map')!.full, view: 'table' }, ready: 'td' },
    ];

    /** The inherited properties that paint an SVG drawing's shapes and names. */
    const SVG_PAINT = [
      'fill',
      'fill-opacity',
      'stroke',
      'stroke-width',
      'stroke-opacity',
      'stroke-dasharray',
      'stroke-linecap',
      'stroke-linejoin',
      'paint-order',
      'text-anchor',
      'dominant-baseline',
      'shape-rendering',
    ];

    /**
     * Each widget of `file` with the host style sheet `css`, in a frame `width` wide: each element of
     * its shadow root that has a box (not `<br>`, whose box quirks mode sizes otherwise, nor a
     * drawing's shapes, nor text for screen readers only, which no one sees wherever it is: WebKit
     * places it far off in a vertical-rl parent), its place relative to the widget, its size in whole
     * pixels, and its text's size, colour and look (style, capitals, shadow, fill, outline, last line).
     */
    /** `shownLater`: the page (`css`) hides the widgets' container; it is shown once the widgets have read their feeds and settled. */
    async function layout(file: string, css: string | undefined, width: number, dir?: 'rtl', shownLater = false) {
      const page = await embedPage(
        file,
        shown.map(({ tag, attributes }) => ({ tag, attributes })),
        css,
        width,
        dir,
      );
      const doc = page.window.document;
      const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#widgets > *')];
      if (shownLater) {
        await until(
          () => widgets.every((element) => element.shadowRoot?.querySelector('[part~="base"][aria-busy="false"]')),
          'the hidden widgets did not read their feeds',
        );
        // Settled as they are, hidden: this would time out if one waited to be shown.
        for (const element of widgets) await completes(element, `a hidden <${element.localName}> did not settle`);
        doc.getElementById('widgets')!.style.cssText = 'display: block; content-visibility: visible';
      }
      for (const [index, { tag, ready }] of shown.entries()) {
        // The map's land too, which its geometry's chunk draws after the markers.
        await until(() => widgets[index].shadowRoot?.querySelector(ready), `<${tag}> did not render`);
        await widgets[index].updateComplete;
      }
      // Every entry and session laid out, in view or not: one out of view is otherwise sized by its
      // placeholder (content-visibility: auto) or by the size it had when last in view, which
      // depends on how the page happened to be painted while the list grew.
      // A sheet of the frame's own document: only such a sheet may be adopted there.
      const laidOut = new (page.window as unknown as typeof globalThis).CSSStyleSheet();
      laidOut.replaceSync('* { content-visibility: visible !important; }');
      for (const element of widgets) shadow(element).adoptedStyleSheets = [...shadow(element).adoptedStyleSheets, laidOut];
      // Laid out for good: until two frames pass in which no widget changed its width, the width of its
      // drawing or its number of elements. A scroll bar that appears as the widgets grow narrows them,
      // the map draws itself again at its new width in the frame after its ResizeObserver tells it,
      // and its markers come after its land.
      const frames = () => twoFrames(page.window);
      const drawn = () =>
        JSON.stringify(
          widgets.map((element) =>
            [element, ...shadow(element).querySelectorAll('svg')]
              .map((box) => box.getBoundingClientRect().width)
              .concat(shadow(element).querySelectorAll('*').length),
          ),
        );
      await until(async () => {
        const before = drawn();
        await frames();
        return drawn() === before;
      }, 'the widgets did not settle');
      const boxes = widgets.map((element) => {
        const origin = element.getBoundingClientRect();
        return [...shadow(element).querySelectorAll('*')]
          .filter((box) => box.localName !== 'br' && !box.closest('svg > *, .visually-hidden'))
          .map((box) => [box, box.getBoundingClientRect()] as const)
          .filter(([, rect]) => rect.width > 0 || rect.height > 0)
          .map(([box, rect]) => {
            const style = page.window.getComputedStyle(box);
            const look = ['font-style', 'font-variant-caps', 'text-shadow', '-webkit-text-fill-color', '-webkit-text-stroke-width', 'text-align-last'].map(
              (property) => style.getPropertyValue(property),
            );
            return {
              name: `${box.localName}[${box.getAttribute('part') ?? ''}] ${style.fontSize} ${style.color} ${look.join(' / ')}`,
              box: [rect.x - origin.x, rect.y - origin.y, rect.width, rect.height].map(Math.round),
            };
          });
      });
      // And where each text starts and how far it reaches: a block's box stays put when its line is aligned or ordered otherwise.
      const texts = widgets.map((element) => {
        const origin = element.getBoundingClientRect();
        const walker = doc.createTreeWalker(shadow(element), NodeFilter.SHOW_TEXT);
        const found: { name: string; box: number[] }[] = [];
        const range = doc.createRange();
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const start = node.data.search(/\S/);
          if (start < 0 || node.parentElement?.closest('svg, .visually-hidden')) continue;
          range.selectNodeContents(node);
          const whole = range.getBoundingClientRect();
          if (whole.width === 0) continue;
          range.setStart(node, start);
          range.setEnd(node, start + 1);
          const first = range.getBoundingClientRect();
          found.push({
            name: JSON.stringify(node.data.trim().slice(0, 40)),
            box: [first.x - origin.x, first.y - origin.y, whole.x - origin.x, whole.y - origin.y, whole.width, whole.height].map(Math.round),
          });
        }
        return found;
      });
      // And how each shape and name of a drawing (the map) is painted: where it lies depends on the
      // drawing, its paint must not depend on the page.
      const paints = widgets.map((element) =>
        [...shadow(element).querySelectorAll('svg *')].map((shape) => {
          const style = page.window.getComputedStyle(shape);
          const paint = SVG_PAINT.map((property) => style.getPropertyValue(property));
          return { name: `${shape.localName}.${shape.getAttribute('class') ?? ''} ${paint.join(' / ')}`, box: [] as number[] };
        }),
      );
      const { fontSize: root, direction } = page.window.getComputedStyle(doc.documentElement);
      const container = page.window.getComputedStyle(doc.getElementById('widgets')!);
      const { writingMode } = container;
      const textFill = container.getPropertyValue('-webkit-text-fill-color');
      const hostDisplay = page.window.getComputedStyle(widgets[0]).display;
      const widths = widgets.map((element) => Math.round(element.getBoundingClientRect().width));
      page.frame.remove();
      return { mode: doc.compatMode, root, direction, writingMode, textFill, hostDisplay, widths, boxes, texts, paints };
    }

    let plain: ReturnType<typeof layout> | undefined;
    /** The plain page at 900px, which several tests compare with: laid out once (its figures only; its frame is gone). */
    const plainPage = () => (plain ??= layout('page.html', undefined, 900));

    /** Every box of `actual` where it is in `expected`, give or take 2px (Firefox rounds a line of text a pixel differently in quirks mode, and that adds up down a card). */
    function expectSameLayout(actual: Awaited<ReturnType<typeof layout>>, expected: Awaited<ReturnType<typeof layout>>, setting: string) {
      for (const [index, { tag, attributes }] of shown.entries()) {
        const widget = `<${tag}${attributes.view ? ` view="${attributes.view}"` : ''}>`;
        expect(expected.boxes[index].length, `${widget} has boxes`).to.be.greaterThan(3);
        // Boxes, and texts (where the first character stands, then the whole text's box), in the same order.
        for (const [list, what, measured] of [
          ['boxes', 'box', ''],
          ['texts', 'text', ' (first character, whole)'],
          ['paints', 'drawing', ''],
        ] as const) {
          expect(actual[list][index].length, `${widget}: ${list} ${setting}`).to.equal(expected[list][index].length);
          expected[list][index].forEach(({ name, box }, at) => {
            const other = actual[list][index][at];
            expect(other.name, `${widget} ${what} ${at} ${setting}`).to.equal(name);
            const place = `${widget} ${what} ${name}${measured} at ${box.join(' ')}, ${setting} at ${other.box.join(' ')}`;
            box.forEach((number, n) => expect(Math.abs(other.box[n] - number), place).to.be.at.most(2));
          });
        }
      }
    }

    it('lays every widget out on a page without a doctype (quirks mode: old CMS templates) as with one', async () => {
      // With a host style sheet that sets the text's size and colour on everything, as host pages do.
      const standards = await layout('page.html', 'aggressive.css', 900);
      const quirks = await layout('quirks.html', 'aggressive.css', 900);
      expect(standards.mode).to.equal('CSS1Compat');
      expect(quirks.mode).to.equal('BackCompat');
      expectSameLayout(quirks, standards, 'in quirks mode');
    });

    it('lays every widget out by the text it is given, whatever root font size the theme sets (html { font-size: 62.5% })', async () => {
      // 600px wide: between the container queries' widths in the page's 16px and in the root's 10px.
      const plain = await layout('page.html', undefined, 600);
      const themed = await layout('page.html', 'root-62-5.css', 600);
      expect(themed.root).to.equal('10px');
      expectSameLayout(themed, plain, 'with a 10px root');
    });

    it('lays every widget out inside a parent with font-size: 0 (the inline-block grid of older themes) as at 12px, never as invisible text', async () => {
      const twelve = await layout('page.html', 'font-size-12px.css', 900);
      const zero = await layout('page.html', 'font-size-0.css', 900);
      // Each text of every widget has a size there (a box of 0px text has none).
      expect(zero.boxes.flat().filter(({ name }) => /\] 0px /.test(name))).to.deep.equal([]);
      expectSameLayout(zero, twelve, 'in a parent with font-size: 0');
    });

    it('lays every widget out in a parent written top to bottom (writing-mode: vertical-rl) as on an ordinary page, its lines across', async () => {
      const horizontal = await layout('page.html', 'width-560.css', 900);
      const vertical = await layout('page.html', 'vertical-rl.css', 900);
      expect(vertical.writingMode).to.equal('vertical-rl');
      expectSameLayout(vertical, horizontal, 'in a vertical-rl parent');
    });

    it('draws every widget inside a container whose own text is styled (italic, small capitals, shadow, outline, gradient fill, justified last line, captions below tables, the paint of SVG icons) as on an ordinary page', async () => {
      const plain = await plainPage();
      const effects = await layout('page.html', 'inherited-text.css', 900);
      expect(effects.textFill, 'the container’s text is transparent').to.equal('rgba(0, 0, 0, 0)');
      expectSameLayout(effects, plain, 'inside a container whose text is styled');
    });

    it('lays every widget out and colours it on a page whose CSS reset unsets every element, the widget’s own too (all: unset), as on an ordinary page', async () => {
      const plain = await layout('page.html', 'body-margin-0.css', 900);
      const unset = await layout('page.html', 'all-unset.css', 900);
      expect(unset.hostDisplay, 'the widget’s element is unset').to.equal('inline');
      expectSameLayout(unset, plain, 'with all: unset on every element');
      // And coloured for the background behind it, which the reset leaves to the page: light text on a dark page.
      const dark = await layout('page.html', 'dark.css', 900);
      const unsetDark = await layout('page.html', 'all-unset-dark.css', 900);
      expect(dark.boxes[0][0].name, 'light text on the dark page').to.contain('rgb(233, 236, 242)');
      expectSameLayout(unsetDark, dark, 'with all: unset on every element of a dark page');
    });

    it('lays every widget out as wide as its place where CSS sizes a box by its content (a float, an inline-block, a Row or Stack block, a grid that keeps its items at their own width), as on an ordinary page', async () => {
      const block = await layout('page.html', 'width-800.css', 900);
      for (const css of ['stack.css', 'grid-start.css', 'float.css', 'inline-block.css', 'flex-row.css']) {
        const item = await layout('page.html', css, 900);
        // Sized by their content there, the map and the overview would be 0px wide (their boxes are size containers),
        // and every widget 40em (640px) wide with what the table cell test holds alone.
        expect(item.widths, css).to.deep.equal(block.widths);
        expectSameLayout(item, block, `as an item of ${css}`);
      }
    });

    it('lays every widget out, once shown, as on an ordinary page when it started hidden (a closed <details> or accordion panel, a tab panel with display: none)', async () => {
      const ordinary = await plainPage();
      for (const css of ['hidden-content.css', 'hidden-display.css']) {
        const later = await layout('page.html', css, 900, undefined, true);
        expect(later.widths, css).to.deep.equal(ordinary.widths);
        expectSameLayout(later, ordinary, `shown after ${css}`);
      }
    });

    it('lays every widget out on a right-to-left page (<html dir="rtl">) as on a left-to-right one: its texts are German, Russian or English', async () => {
      const ltr = await plainPage();
      const rtl = await layout('page.html', undefined, 900, 'rtl');
      expect(rtl.direction).to.equal('rtl');
      expectSameLayout(rtl, ltr, 'on a right-to-left page');
    });
  });

  // @webcomponents/custom-elements with `customElements.forcePolyfill = true` (old Polymer-era templates) defines the
  // widgets in its own registry: its elements are not the browser's own custom elements, and attachInternals
  // throws for them. Every widget threw as it was created and stayed empty (checked with the polyfill in
  // Chromium, Firefox and WebKit); here its attachInternals is made to fail the same way.
  it('renders every widget where attachInternals fails (a custom-elements polyfill forced on the page)', async () => {
    const { attachInternals } = HTMLElement.prototype;
    HTMLElement.prototype.attachInternals = () => {
      throw new DOMException('Unable to attach ElementInternals to non-custom elements.', 'NotSupportedError');
    };
    try {
      for (const widget of WIDGET_CASES) {
        const element = createWidget(widget, widget.full);
        await until(() => element.shadowRoot?.querySelector(widget.content), `<${widget.tag}> did not render`);
      }
    } finally {
      HTMLElement.prototype.attachInternals = attachInternals;
    }
  });

  describe('a page served as XHTML (application/xhtml+xml, an XML document)', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    // Lit cannot build its templates in an XML document (its HTML is not well-formed XML), so a widget's
    // render fails there. It must fail once and stay quiet, not load its feed and render again and again
    // (before, each failed first render loaded the feed anew, whose settled result rendered again at once:
    // a loop of microtasks that froze the page's tab in Firefox).
    it('each widget fails its render once, and the page keeps running', async function () {
      const config = { widgets: WIDGET_CASES.map((widget) => ({ tag: widget.tag, attributes: widget.full })), bundles: [] };
      const frame = document.createElement('iframe');
      frame.src = `/test/fixtures/embed/xhtml.xhtml?config=${encodeURIComponent(JSON.stringify(config))}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as FramePage['window'];
      expect(win.document.contentType).to.equal('application/xhtml+xml');
      // Chromium runs no module script in an XML document (crbug.com/717643): the page's own did not run by its load event.
      if (!win.__embed) this.skip();
      const settles = new Map<EventTarget, number>();
      const count = (event: Event) => {
        const times = (settles.get(event.target!) ?? 0) + 1;
        settles.set(event.target!, times);
        // The test's own brake, so that a widget that loops cannot freeze this page too.
        if (times >= 20) (event.target as { shouldUpdate?: () => boolean }).shouldUpdate = () => false;
      };
      win.addEventListener('feed-ready', count);
      win.addEventListener('feed-error', count);
      const script = win.document.createElement('script');
      script.type = 'module';
      script.src = '/src/cdn.ts';
      win.document.head.append(script);
      const widgets = [...win.document.querySelectorAll('#widgets > *')];
      expect(widgets).to.have.length(WIDGET_CASES.length);
      await until(() => widgets.every((element) => settles.has(element)), 'not every widget read its feed');
      for (let turn = 0; turn < 5; turn++) await nextTask();
      for (const element of widgets) expect(settles.get(element), `<${element.localName}> read its feed`).to.equal(1);
      expect(win.document.getElementById('host-text')?.textContent).to.contain('The host');
    });

    // The same in every engine: a widget whose update throws outside render(), where its own catch is not.
    it('a widget whose update throws (Lit’s templates failing) reads its feed once, in every engine', async () => {
      let failures = 0;
      class FailingList extends JubileeList {
        protected override update(changed: PropertyValues<this>): void {
          // The test's own brake, as above.
          if (failures < 20) {
            failures += 1;
            throw new Error('the templates cannot be built');
          }
          super.update(changed);
        }
      }
      customElements.define('failing-jubilee-list', FailingList);
      const unhandled: unknown[] = [];
      const quiet = (event: PromiseRejectionEvent) => {
        unhandled.push(event.reason);
        event.preventDefault();
      };
      window.addEventListener('unhandledrejection', quiet);
      let reads = 0;
      const element = document.createElement('failing-jubilee-list');
      element.addEventListener('feed-ready', () => (reads += 1));
      element.setAttribute('src', `${SAMPLE_FEED_URL}?failing-update=${Math.random().toString(36).slice(2, 8)}`);
      element.setAttribute('year', '2021');
      try {
        document.body.append(element);
        await until(() => reads > 0, 'the widget did not read its feed');
        for (let turn = 0; turn < 5; turn++) await nextTask();
        expect(reads, 'feeds read').to.equal(1);
        expect(failures, 'updates that failed').to.be.at.most(2);
        expect(
          unhandled.map(String).every((reason) => reason.includes('the templates cannot be built')),
          'only the update’s own error',
        ).to.equal(true);
      } finally {
        element.remove();
        window.removeEventListener('unhandledrejection', quiet);
      }
    });
  });

  describe('hash-prefix', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    /** The hash decoded, as a reader sees it in the address bar. */
    const hash = () => decodeURIComponent(location.hash);

    for (const prefix of ['Programm Übersicht', 'программа', 'conf 2019/xv']) {
      it(`"${prefix}": every tab click is written, and the hash reads back`, async () => {
        const element = await programme({ conference: XV, attributes: { 'hash-prefix': prefix } });
        const days = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')]
          .map((button) => button.dataset.tab!)
          .filter((key) => /^\d{4}-/.test(key));
        expect(days.length).to.be.greaterThan(1);
        for (const day of [...days, 'all', days[0]]) {
          await click(element, tab(element, day));
          expect(hash(), `after the tab ${day}`).to.equal(`#${prefix}/${day}`);
        }
        const permalink = shadow(element).querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
        expect(decodeURIComponent(new URL(permalink.href).hash)).to.match(new RegExp(`^#${prefix.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')}/session/`));
        element.remove();
        // A page loaded with that hash opens on its tab.
        const again = await programme({ conference: XV, attributes: { 'hash-prefix': prefix } });
        expect(selectedTab(again)).to.equal(days[0]);
      });
    }

    it('a blank prefix is refused with a warning: the host’s #/about stays, and the default prefix is used', async () => {
      history.replaceState(null, '', '#/about');
      const { value: element, logged } = await captureConsole(() => programme({ conference: XV, attributes: { 'hash-prefix': '' } }));
      expect(logged.filter((line) => line.includes('[staedtepartner-widgets]') && line.includes('hash-prefix'))).to.have.length(1);
      expect(selectedTab(element), 'the host’s #/about is no tab').to.equal('all');
      const [first, second] = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')]
        .map((button) => button.dataset.tab!)
        .filter((key) => /^\d{4}-/.test(key));
      await click(element, tab(element, first));
      expect(location.hash).to.equal('#/about');
      history.replaceState(null, '', location.pathname + location.search);
      const { logged: later } = await captureConsole(async () => {
        await click(element, tab(element, second));
        await click(element, tab(element, first));
      });
      expect(location.hash).to.equal(`#programme/${first}`);
      expect(later, 'warned once, not at every render').to.deep.equal([]);
    });
  });
});
