/**
 * A single line break within a paragraph of a feed's text (an address, lines without list markers,
 * an imported abstract's lines, which pretalx's own widget shows as lines) starts a new line on the
 * page in every widget that shows paragraphs, as the calendar file keeps it; a blank line still
 * begins a new paragraph. Short lines, so that no widget's column is narrow enough to wrap them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import '../../src/conf-programme/define.js';
import '../../src/jubilee-list/define.js';
import '../../src/partnership-map/define.js';
import { setClock } from '../../src/shared/clock.js';
import { minimalFeed, sampleFeed } from '../support/feeds.js';
import { linesOf, resetPage, settled, shadow, until } from '../support/widgets.js';
import { article, click, programme, tab, XV, type RawFeed, type RawSideEvent, type Text } from '../conf-programme/support.js';

const TEXT = 'Saal 2\nMarkt 1\n\nEin zweiter Absatz.';
/** Each paragraph's text and the number of lines it is laid out on. */
const SHOWN = [
  ['Saal 2\nMarkt 1', 2],
  ['Ein zweiter Absatz.', 1],
];

/** How many lines an element's text is laid out on. */
function lines(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return linesOf(range);
}

/**
 * The paragraphs under `root`, each with its number of lines, once they are laid out: content
 * skipped by `content-visibility: auto` has no boxes until a frame finds it in view.
 */
async function shown(root: ParentNode, selector: string): Promise<[string, number][]> {
  const paragraphs = () => [...root.querySelectorAll<HTMLElement>(selector)];
  await until(() => paragraphs().length > 0 && paragraphs().every((p) => lines(p) > 0), `no text laid out in ${selector}`);
  return paragraphs().map((p) => [p.textContent!, lines(p)]);
}

/** The sample feed with `text` as the description of the XV conference's first session and first side event. */
async function described(text = TEXT): Promise<RawFeed> {
  const feed = (await sampleFeed()) as unknown as RawFeed;
  const conference = feed.conferences.find(({ id }) => id === XV)!;
  conference.sessions![0].description = { en: text };
  (conference.sideEvents![0] as RawSideEvent & { description?: Text }).description = { en: text };
  return feed;
}

/**
 * A text of two paragraphs, the first of two lines: a line in Hebrew, one in Latin letters, and a
 * paragraph in Arabic. Several lines are not isolated as one line is (isolated() in feed/text.ts):
 * each line takes its direction from its first letter, as `dir="auto"` would give it.
 */
const MIXED = 'שלום עולם.\nHaifa, 1991.\n\nمرحبا بكم.';
/** Each line of MIXED by its first letter, and whether its final full stop is laid out before it on the left (right to left). */
const MIXED_LINES: [string, boolean][] = [
  ['ש', true],
  ['H', false],
  ['م', true],
];

/** Each line's first letter in MIXED_LINES, with whether its full stop is left of it, read from the paragraphs under `root`. */
async function directions(root: ParentNode, selector: string): Promise<[string, boolean][]> {
  const paragraphs = () => [...root.querySelectorAll<HTMLElement>(selector)];
  await until(() => paragraphs().length > 0 && paragraphs().every((p) => lines(p) > 0), `no text laid out in ${selector}`);
  // The character's box of some width: WebKit adds a box of none at the edge of a line or a run.
  const left = (node: globalThis.Text, at: number) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return [...range.getClientRects()].find((box) => box.width > 0)!.left;
  };
  return MIXED_LINES.map(([letter]) => {
    const node = paragraphs()
      .flatMap((p) => [...p.childNodes])
      .find((child): child is globalThis.Text => child.nodeType === Node.TEXT_NODE && (child as globalThis.Text).data.includes(letter))!;
    const start = node.data.indexOf(letter);
    return [letter, left(node, node.data.indexOf('.', start)) < left(node, start)];
  });
}

describe('line breaks within a paragraph', function () {
  this.timeout(30_000);
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('conf-programme, conf-overview, jubilee-list, partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it("<conf-programme> shows them in a session's description and a side event's", async () => {
    const feed = await described();
    const first = feed.conferences.find(({ id }) => id === XV)!.sessions![0].id;
    const element = await programme({ feed, conference: XV });
    const details = article(element, first).querySelector<HTMLDetailsElement>('[part~="description"]')!;
    details.open = true;
    expect(await shown(details, 'p')).to.deep.equal(SHOWN);
    await click(element, tab(element, 'side-events'));
    expect(await shown(shadow(element).querySelector('[part~="side-event"]')!, 'p:not([part])')).to.deep.equal(SHOWN);
  });

  it("<conf-overview> shows them in a side event's description", async () => {
    const feed = await described();
    const element = await fixture(html`<conf-overview .feed=${feed} conference=${XV} variant="full"></conf-overview>`);
    await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
    await until(() => shadow(element).querySelector('[part~="side-event"]'), 'no side event');
    expect(await shown(shadow(element).querySelector('[part~="side-event"]')!, 'p')).to.deep.equal(SHOWN);
  });

  it("<jubilee-list> and <partnership-map> show them in a partnership's notes", async () => {
    const feed = minimalFeed();
    (feed['partnerships'] as Record<string, unknown>[])[0]['notes'] = { en: TEXT };
    const list = await fixture(html`<jubilee-list .feed=${feed} year="2021"></jubilee-list>`);
    await settled(list);
    expect(await shown(shadow(list), '[part~="notes"]')).to.deep.equal(SHOWN);

    const map = document.createElement('partnership-map');
    map.feed = feed as never;
    map.setAttribute('city', 'essen');
    document.body.append(map);
    await until(() => shadow(map).querySelector('[part~="notes"]'), 'no notes in the panel');
    expect(await shown(shadow(map), '[part~="notes"]')).to.deep.equal(SHOWN);
  });
});

/**
 * Lines and paragraphs in a right-to-left script read from the right in every widget that shows
 * paragraphs, also in a text of several lines: before, a paragraph in Arabic or Hebrew of a text of
 * several lines was laid out left to right as the widget is, its final full stop at its right end, where it
 * begins (".مرحبا بكم" read from the right).
 */
describe('lines in a right-to-left script', function () {
  this.timeout(30_000);
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('conf-programme, conf-overview, jubilee-list, partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it("<conf-programme> in a session's description and a side event's", async () => {
    const feed = await described(MIXED);
    const first = feed.conferences.find(({ id }) => id === XV)!.sessions![0].id;
    // The side events' tab, chosen by the test above, is in the address: the first day's instead.
    history.replaceState(null, '', location.pathname + location.search);
    const element = await programme({ feed, conference: XV });
    const details = article(element, first).querySelector<HTMLDetailsElement>('[part~="description"]')!;
    details.open = true;
    expect(await directions(details, 'p')).to.deep.equal(MIXED_LINES);
    await click(element, tab(element, 'side-events'));
    expect(await directions(shadow(element).querySelector('[part~="side-event"]')!, 'p:not([part])')).to.deep.equal(MIXED_LINES);
  });

  it("<conf-overview> in a side event's description", async () => {
    const feed = await described(MIXED);
    const element = await fixture(html`<conf-overview .feed=${feed} conference=${XV} variant="full"></conf-overview>`);
    await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
    await until(() => shadow(element).querySelector('[part~="side-event"]'), 'no side event');
    expect(await directions(shadow(element).querySelector('[part~="side-event"]')!, 'p')).to.deep.equal(MIXED_LINES);
  });

  it("<jubilee-list> and <partnership-map> in a partnership's notes", async () => {
    const feed = minimalFeed();
    (feed['partnerships'] as Record<string, unknown>[])[0]['notes'] = MIXED;
    const list = await fixture(html`<jubilee-list .feed=${feed} year="2021"></jubilee-list>`);
    await settled(list);
    expect(await directions(shadow(list), '[part~="notes"]')).to.deep.equal(MIXED_LINES);

    const map = document.createElement('partnership-map');
    map.feed = feed as never;
    map.setAttribute('city', 'essen');
    document.body.append(map);
    await until(() => shadow(map).querySelector('[part~="notes"]'), 'no notes in the panel');
    expect(await directions(shadow(map), '[part~="notes"]')).to.deep.equal(MIXED_LINES);
  });
});
