/**
 * Issue 12, the table view's layout at 1280 and 360 px in English, German and
 * Russian: no word of a cell is broken across lines ("Deutschl/and",
 * "Берлин-Лихтенбе/рг"; names wrap at spaces and hyphens only), no header is
 * cut off ("Длительность"), each date is on one line, and at 360 px the table
 * scrolls inside its own frame instead of widening the page.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { linesOf, pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

/** The lines (distinct tops of its boxes) a piece of text is laid out on. */
function lines(node: Text, start: number, end: number): number {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return linesOf(range);
}

function textNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Words of a cell split across lines: each word (between spaces and hyphens) must lie on one line. */
function brokenWords(cell: Element): string[] {
  const broken: string[] = [];
  for (const node of textNodes(cell)) {
    for (const match of node.data.matchAll(/[^\s\-‐‑–]+/gu)) {
      if (lines(node, match.index!, match.index! + match[0].length) > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('<partnership-map> table layout', function () {
  this.timeout(60_000);
  let feed: Record<string, unknown>;

  before(async () => {
    feed = await sampleFeed();
  });
  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('.table-box').forEach((box) => box.remove());
    await resetPage();
  });

  for (const language of ['en', 'de', 'ru']) {
    for (const width of [1280, 360]) {
      it(`${language}, ${width} px: no word broken, no header cut off, dates on one line`, async () => {
        await pageLanguage(language);
        const box = document.createElement('div');
        box.className = 'table-box';
        box.style.inlineSize = `${width}px`;
        const element = document.createElement('partnership-map') as PartnershipMap;
        element.view = 'table';
        element.feed = feed as FeedDocument;
        box.append(element);
        document.body.append(box);
        const root = shadow(element);
        await until(() => root.querySelectorAll('[part~="row"]').length === (feed.partnerships as unknown[]).length, 'not every row of the sample feed');
        await element.updateComplete;

        const broken = [...root.querySelectorAll('.name')].flatMap(brokenWords);
        expect(broken, 'words broken across lines').to.deep.equal([]);
        for (const th of root.querySelectorAll<HTMLElement>('thead th')) {
          const label = th.textContent!.replace(/\s+/g, ' ').trim();
          expect(th.scrollWidth, `header ${label}`).to.be.at.most(th.clientWidth);
          const button = th.querySelector('button')!;
          expect(button.scrollWidth, `header button ${label}`).to.be.at.most(button.clientWidth);
          expect(brokenWords(th), `header ${label} on one line`).to.deep.equal([]);
          const [node] = textNodes(button);
          expect(lines(node, 0, node.data.trim().length + node.data.indexOf(node.data.trim())), `header ${label} lines`).to.equal(1);
        }
        for (const cell of root.querySelectorAll('td.date')) {
          for (const node of textNodes(cell)) expect(lines(node, 0, node.data.length), `date "${node.data.trim()}"`).to.equal(1);
        }
        // Broader than the box, the table scrolls inside its frame: the page does not widen.
        expect(element.getBoundingClientRect().width).to.be.at.most(width);
        const frame = root.querySelector<HTMLElement>('[part~="table-frame"]')!;
        expect(frame.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      });
    }
  }
});
