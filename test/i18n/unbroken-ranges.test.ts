/**
 * A date range or a count never breaks where a copy editor would not let it: not between a number
 * and its word ("30 / июня", "2032 / г.", "через 72 / дня", "· 40 / лет", "36 / городов"), nor
 * within a range of years ("2005– / 2032"), and a line never begins with a range's dash
 * ("June / – 2 July"). The conference widgets' dates (history, overview, the programme's summary),
 * their status, the history's summary, the map's years of a partnership and the counted summaries
 * of the map and the jubilee list, at every width of a narrow column from 200 to 480 pixels.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-history/define.js';
import '../../src/conf-overview/define.js';
import '../../src/conf-programme/define.js';
import '../../src/partnership-map/define.js';
import '../../src/jubilee-list/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { linesOf, resetPage, settled, until } from '../support/widgets.js';

/**
 * What stays on one line: a number and the word after it ("30 июня", "28. Juni", "2021 г.", "72 дня"),
 * the two numbers of a range ("28–30", "2005–2021"; not "2021 – 2 January"), and the dash of a range
 * with the word before it ("June –", "г. –", "2021 –"; not a dash between the words of a motto).
 */
const TOGETHER = [/\d+\.?\s\p{L}+\.?/gu, /(?<!\p{L}\s|\d)\d+\.?\s?–\s?\d+/gu, /[\p{L}\d]+\.?\s–(?=\s\d)/gu];

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The texts of the leaf blocks of `root` whose pieces that belong together are laid out on two lines. */
function brokenApart(root: ShadowRoot, blocks: string): string[] {
  const broken: string[] = [];
  for (const block of root.querySelectorAll<HTMLElement>(blocks)) {
    // The block's text nodes, in order, and where each begins in their concatenation (Lit's markers are comments).
    const nodes: [Text, number][] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Not the text of a block inside it (a side event's description).
      if (node.parentElement!.closest(blocks) !== block) continue;
      nodes.push([node as Text, text.length]);
      text += (node as Text).data;
    }
    const at = (index: number, end: boolean): [Text, number] => {
      const [node, start] = nodes.findLast(([candidate, from]) => (end ? from < index : from <= index) && candidate.data.length > 0)!;
      return [node, index - start];
    };
    for (const pattern of TOGETHER) {
      for (const match of text.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(...at(match.index, false));
        range.setEnd(...at(match.index + match[0].length, true));
        // Wider than its line, a piece may break anywhere (overflow-wrap), no-break space or not.
        const width = [...range.getClientRects()].reduce((sum, box) => sum + box.width, 0);
        if (linesOf(range) > 1 && width < block.clientWidth) broken.push(`${text.trim()} (${match[0]})`);
      }
    }
  }
  return broken;
}

/** The widths from 200 to 480 pixels, 8 apart, at which `element` breaks apart what belongs together. */
async function narrowBreaks(element: Widget, blocks: string): Promise<string[]> {
  const broken = new Set<string>();
  for (let width = 200; width <= 480; width += 8) {
    element.style.width = `${width}px`;
    await element.updateComplete;
    for (const text of brokenApart(element.shadowRoot!, blocks)) broken.add(`${width}px: ${text}`);
  }
  return [...broken];
}

/** The sample feed with a conference across the turn of a year, 72 days ahead of the clock. */
async function feedWithNewYearConference(): Promise<Record<string, unknown>> {
  const feed = await sampleFeed();
  const conferences = feed.conferences as Record<string, unknown>[];
  const kaluga = conferences.find((conference) => conference.id === 'xvi-kaluga-2021')!;
  conferences.push({ id: 'xvii-new-year', ordinal: 17, title: kaluga.title, start: '2031-12-28', end: '2032-01-02', hostCities: kaluga.hostCities });
  return feed;
}

function widget(name: string, feed: unknown, attributes: Record<string, string> = {}): Widget {
  const element = Object.assign(document.createElement(name) as Widget, { feed });
  for (const [attribute, value] of Object.entries({ style: 'display: block', ...attributes })) element.setAttribute(attribute, value);
  document.body.append(element);
  return element;
}

describe('date ranges and counts that do not break apart', () => {
  let feed: Record<string, unknown>;
  before(async () => {
    feed = await feedWithNewYearConference();
  });

  beforeEach(() => {
    // 72 days before the conference across the new year: "через 72 дня", "in 72 Tagen".
    setClock(() => new Date('2031-10-17T10:00:00Z'));
  });

  afterEach(async () => {
    document.querySelectorAll('conf-history, conf-overview, conf-programme, partnership-map, jubilee-list').forEach((element) => element.remove());
    await resetPage();
  });

  for (const language of ['ru', 'de', 'en']) {
    it(`${language}: the history, the overview and the programme keep the pieces of a date range together at any width`, async () => {
      await setLanguage(language);
      const history = widget('conf-history', feed);
      // Same month ("28–30 июня"), and a side event across two months ("23 июня – 1 июля").
      const kaluga = widget('conf-overview', feed, { conference: 'xvi-kaluga-2021', variant: 'full' });
      const newYear = widget('conf-overview', feed, { conference: 'xvii-new-year', variant: 'full' });
      const programme = widget('conf-programme', feed, { conference: 'xvii-new-year' });
      await settled(history);
      await settled(kaluga, '[part~="card"], [part~="error"]');
      await settled(newYear, '[part~="card"], [part~="error"]');
      await settled(programme);
      const overview = 'dd, [part~="side-event"]';
      expect([
        ...(await narrowBreaks(history, '[part~="dates"]')).map((text) => `history ${text}`),
        ...(await narrowBreaks(kaluga, overview)).map((text) => `overview ${text}`),
        ...(await narrowBreaks(newYear, overview)).map((text) => `overview ${text}`),
        ...(await narrowBreaks(programme, '[part~="summary"]')).map((text) => `programme ${text}`),
      ]).to.deep.equal([]);
    });

    it(`${language}: the status "begins in 72 days" and the map's "· 40 years" keep their number with its word at any width`, async () => {
      await setLanguage(language);
      const history = widget('conf-history', feed);
      const overview = widget('conf-overview', feed, { conference: 'xvii-new-year', variant: 'compact' });
      const map = widget('partnership-map', feed, { city: 'essen' });
      await settled(history);
      await settled(overview, '[part~="card"], [part~="error"]');
      await until(() => map.shadowRoot?.querySelector('[part~="partner-years"]'), 'the details of Essen');
      expect([
        ...(await narrowBreaks(history, '[part~="state"]')).map((text) => `history ${text}`),
        ...(await narrowBreaks(overview, '[part~="conference-status"]')).map((text) => `overview ${text}`),
        ...(await narrowBreaks(map, '[part~="partner-since"]')).map((text) => `map ${text}`),
      ]).to.deep.equal([]);
    });

    it(`${language}: the history's summary keeps the range of its years together at any width`, async () => {
      await setLanguage(language);
      const history = widget('conf-history', feed);
      await settled(history);
      expect(await narrowBreaks(history, '[part~="summary"]')).to.deep.equal([]);
    });

    it(`${language}: counted messages keep their number with its word at any width`, async () => {
      await setLanguage(language);
      setClock(() => new Date('2021-03-01T10:00:00Z'));
      const map = widget('partnership-map', feed);
      const list = widget('jubilee-list', feed, { year: '2021' });
      await settled(list);
      await until(() => map.shadowRoot?.querySelector('[part~="summary"]')?.textContent, 'the map summary');
      expect([
        ...(await narrowBreaks(map, '[part~="summary"]')).map((text) => `map ${text}`),
        ...(await narrowBreaks(list, '[part~="summary"]')).map((text) => `list ${text}`),
      ]).to.deep.equal([]);
    });
  }
});
