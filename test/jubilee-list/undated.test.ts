/**
 * Issue 12, "real data is incomplete": partnerships without a founding date have no
 * anniversary, so the list leaves them out and says how many (in the plural form of the
 * language); a feed whose partnerships were all dropped as invalid says so instead of
 * showing an empty list. And the list's own work is bounded: founding dates are parsed
 * at most once per feed, names read once per listing (not per comparison, not per render),
 * and only for the groups the shown entries reach.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import '../../src/jubilee-list/define.js';
import { jubileeWork } from '../../src/jubilee-list/anniversaries.js';
import { firstEntriesReady, warmUpDone, type JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { setClock } from '../../src/shared/clock.js';
import { city } from '../support/feeds.js';
import { captureConsole, pageLanguage, resetPage, settled, shadow, texts } from '../support/widgets.js';

/** One dated partnership (a 30-year jubilee in 2021) and `undated` ones without `since`. */
function feedWith(undated: number): Record<string, unknown> {
  return {
    version: 1,
    cities: [
      city('essen', 'DE', { en: 'Essen', de: 'Essen', ru: 'Эссен' }),
      city('nizhny', 'RU', { en: 'Nizhny Novgorod', de: 'Nischni Nowgorod', ru: 'Нижний Новгород' }),
      ...Array.from({ length: undated }, (_, i) => city(`town-${i}`, 'RU', `Undated ${i}`)),
    ],
    partnerships: [
      { id: 'essen--nizhny', cities: ['essen', 'nizhny'], since: '1991-09-09' },
      ...Array.from({ length: undated }, (_, i) => ({ id: `essen--town-${i}`, cities: ['essen', `town-${i}`] })),
    ],
  };
}

async function list(feed: unknown, attributes: { year?: number; city?: string } = {}): Promise<JubileeList> {
  const element = await fixture<JubileeList>(html`<jubilee-list .feed=${feed} year=${attributes.year ?? 2021} city=${attributes.city ?? ''}></jubilee-list>`);
  await settled(element);
  return element;
}

const note = (element: Element) => texts(shadow(element), '[part~="undated"]');
const entries = (element: Element) => texts(shadow(element), '[part~="entry"] [part~="cities"]');

describe('<jubilee-list> and partnerships without a founding date', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(resetPage);

  it('leaves them out and says how many, in English', async () => {
    const element = await list(feedWith(2));
    expect(entries(element)).to.deep.equal(['Essen – and Nizhny Novgorod']);
    expect(texts(shadow(element), '[part~="summary"]')).to.deep.equal(['1 partnership celebrates a round anniversary in 2021.']);
    expect(note(element)).to.deep.equal(['2 partnerships without a founding date are not listed.']);
    expect(shadow(element).textContent).not.to.contain('Undated');
    await expect(element).to.be.accessible();
  });

  it('uses the singular for one, and says nothing when every partnership has a date', async () => {
    expect(note(await list(feedWith(1)))).to.deep.equal(['1 partnership without a founding date is not listed.']);
    expect(note(await list(feedWith(0)))).to.deep.equal([]);
  });

  it('counts only those of the city asked for', async () => {
    const feed = feedWith(3);
    expect(note(await list(feed, { city: 'town-1' }))).to.deep.equal(['1 partnership without a founding date is not listed.']);
    expect(note(await list(feed, { city: 'nizhny' }))).to.deep.equal([]);
  });

  it('says it next to the empty state when no dated partnership has a jubilee', async () => {
    const element = await list(feedWith(2), { year: 2022 });
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['No partnership celebrates a round anniversary in 2022.']);
    expect(note(element)).to.deep.equal(['2 partnerships without a founding date are not listed.']);
  });

  it('says it in German', async () => {
    await pageLanguage('de');
    expect(note(await list(feedWith(1)))).to.deep.equal(['1 Partnerschaft ohne Gründungsdatum ist nicht aufgeführt.']);
    expect(note(await list(feedWith(2)))).to.deep.equal(['2 Partnerschaften ohne Gründungsdatum sind nicht aufgeführt.']);
  });

  it('says it in Russian with the plural forms one, few and many', async () => {
    await pageLanguage('ru');
    const said = async (count: number) => note(await list(feedWith(count)))[0];
    expect(await said(1)).to.equal('1 партнёрство без даты основания не включено в список.');
    expect(await said(2)).to.equal('2 партнёрства без даты основания не включены в список.');
    expect(await said(5)).to.equal('5 партнёрств без даты основания не включены в список.');
    expect(await said(21)).to.equal('21 партнёрство без даты основания не включено в список.');
  });
});

describe('<jubilee-list> when every partnership was dropped', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(resetPage);

  /** Three partnerships, all invalid: an unknown city, a city dropped for its latitude, a missing city. */
  const broken = () => ({
    version: 1,
    cities: [city('essen'), { ...city('far', 'RU'), lat: 123 }],
    partnerships: [
      { id: 'a', cities: ['essen', 'ghost'], since: '1991' },
      { id: 'b', cities: ['essen', 'far'], since: '2001' },
      { id: 'c', cities: ['essen'], since: '2011' },
    ],
  });

  const emptyText = async () => {
    const { value: element, logged } = await captureConsole(() => list(broken()));
    expect(logged.join('\n'), 'the console has the details').to.contain('unknown city "ghost"');
    return texts(shadow(element), '[part~="empty"]');
  };

  it('says how many entries were left out as invalid, in English', async () => {
    expect(await emptyText()).to.deep.equal([
      'No partnerships can be shown: 3 entries were left out because they are invalid. The browser console has the details.',
    ]);
  });

  it('says it in German and Russian', async () => {
    await pageLanguage('de');
    expect(await emptyText()).to.deep.equal([
      'Es können keine Partnerschaften angezeigt werden: 3 Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.',
    ]);
    await pageLanguage('ru');
    expect(await emptyText()).to.deep.equal([
      'Не удаётся показать партнёрства: 3 записи пропущены, так как содержат ошибки. Подробности — в консоли браузера.',
    ]);
  });

  it('keeps its own empty state for a feed that lists no partnerships', async () => {
    const element = await list({ version: 1, cities: [city('essen')] });
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['No partnership celebrates a round anniversary in 2021.']);
  });
});

/**
 * How many jubilees of `year` (step 10) are in the groups the first `shown` entries reach:
 * the groups are ordered by age, and only those the shown range reaches are read.
 */
function reached(feed: { partnerships: { since: string }[] }, year: number, shown: number): number {
  const sizes = new Map<number, number>();
  for (const { since } of feed.partnerships) {
    const years = year - Number(since.slice(0, 4));
    if (years > 0 && years % 10 === 0) sizes.set(years, (sizes.get(years) ?? 0) + 1);
  }
  let count = 0;
  for (const [, size] of [...sizes].sort(([a], [b]) => a - b)) {
    if (count >= shown) break;
    count += size;
  }
  return count;
}

describe('<jubilee-list> work on a large feed', function () {
  this.timeout(60_000);
  beforeEach(() => setClock(() => new Date('2025-03-01T12:00:00Z')));
  afterEach(resetPage);
  // A feed of 5,000 partnerships shows its first entries before it is validated whole (first-entries.ts).
  before(firstEntriesReady);

  it('parses a founding date at most once per feed, and reads only the groups the shown entries reach, once per listing', async () => {
    const feed = generateFeed({ partnerships: 5_000, sessions: 0 }) as { partnerships: { since: string }[] };
    // The page's first list lists a feed of its own while the page is idle (prepareFormats): not counted here.
    const warming = document.body.appendChild(document.createElement('jubilee-list'));
    await warmUpDone();
    warming.remove();
    const before = { ...jubileeWork };
    const element = await list(feed, { year: 2025 });
    const listed = Number(/^[\d,]+/.exec(texts(shadow(element), '[part~="summary"]')[0])![0].replace(/,/g, ''));
    expect(listed, 'a few hundred jubilees').to.be.above(100);
    const first = reached(feed, 2025, 100);
    expect(first, 'the groups of the first 100 entries hold fewer than all jubilees').to.be.below(listed);
    // Twice: the first entries' partnerships validated alone (their own objects), then the whole feed's.
    expect(jubileeWork.datesParsed - before.datesParsed, 'dates parsed for the first listing').to.equal(2 * first);
    expect(jubileeWork.namesRead - before.namesRead, 'names read for the first listing').to.equal(2 * first);

    // Another year, another language, the next batch: no date parsed again; names read once per new listing, of the groups reached.
    element.year = 2021;
    await element.updateComplete;
    await pageLanguage('de');
    await element.updateComplete;
    shadow(element).querySelector<HTMLButtonElement>('[part~="show-more"]')?.click();
    await element.updateComplete;
    const listed2021 = Number(/^[\d.]+/.exec(texts(shadow(element), '[part~="summary"]')[0])![0].replace(/\./g, ''));
    expect(listed2021, 'more than two batches').to.be.above(200);
    // 2025 and 2021 have no founding year in common (step 10), so no partnership is in both.
    expect(jubileeWork.datesParsed - before.datesParsed, 'dates parsed in all').to.equal(2 * first + reached(feed, 2021, 200));
    expect(jubileeWork.namesRead - before.namesRead, 'names read in all').to.equal(2 * first + reached(feed, 2021, 100) + reached(feed, 2021, 200));
  });
});
