import type { FeedDocument } from '../../src/feed/schema.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/conf-history/define.js';
import type { ConfHistory } from '../../src/conf-history/conf-history.js';
import { setClock } from '../../src/shared/clock.js';
import { city, SAMPLE_FEED_URL } from '../support/feeds.js';
import { captureConsole, expectBusyWhileLoading, linesOf, pageLanguage, resetPage, settled, shadow, texts, until } from '../support/widgets.js';

const at = (iso: string) => () => new Date(iso);

/** Ordinal, year and place of every entry, in the order shown. */
function timeline(element: Element): string[][] {
  return [...shadow(element).querySelectorAll('[part~="entry"]')].map((entry) => [
    texts(entry, '[part~="ordinal"]')[0],
    texts(entry, '[part~="year"]')[0],
    texts(entry, '[part~="place"]')[0],
  ]);
}

function entryOf(element: Element, year: number): Element {
  const entry = [...shadow(element).querySelectorAll('[part~="entry"]')].find((li) => li.querySelector('[part~="year"]')?.textContent === String(year));
  if (!entry) throw new Error(`no entry for ${year}`);
  return entry;
}

/** What is marked: [year, badge, aria-current] of each entry that has a badge or aria-current (only a running conference is current: a screen reader says "current"). */
function marked(element: Element): [string, string, string | null][] {
  return [...shadow(element).querySelectorAll('[part~="entry"]')]
    .filter((entry) => entry.hasAttribute('aria-current') || entry.querySelector('[part~="badge"]'))
    .map((entry) => [texts(entry, '[part~="year"]')[0], texts(entry, '[part~="badge"]')[0], entry.getAttribute('aria-current')]);
}

async function history(attributes: Partial<Record<'order' | 'from' | 'to' | 'country' | 'heading-level', string>> = {}): Promise<ConfHistory> {
  const element = document.createElement('conf-history');
  element.src = SAMPLE_FEED_URL;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return element;
}

const SERIES: Record<'en' | 'de' | 'ru', string[][]> = {
  en: [
    ['VIII', '2005', 'Yekaterinburg, Russia'],
    ['IX', '2007', 'Hamburg, Germany'],
    ['X', '2009', 'Volgograd, Russia'],
    ['XI', '2011', 'Rothenburg ob der Tauber, Germany'],
    ['XII', '2013', 'Ulyanovsk, Russia'],
    ['XIII', '2015', 'Karlsruhe and Baden-Baden, Germany'],
    ['XIV', '2017', 'Krasnodar, Russia'],
    ['XV', '2019', 'Düren District, Germany'],
    ['XVI', '2021', 'Kaluga, Russia'],
  ],
  de: [
    ['VIII.', '2005', 'Jekaterinburg, Russland'],
    ['IX.', '2007', 'Hamburg, Deutschland'],
    ['X.', '2009', 'Wolgograd, Russland'],
    ['XI.', '2011', 'Rothenburg ob der Tauber, Deutschland'],
    ['XII.', '2013', 'Uljanowsk, Russland'],
    ['XIII.', '2015', 'Karlsruhe und Baden-Baden, Deutschland'],
    ['XIV.', '2017', 'Krasnodar, Russland'],
    ['XV.', '2019', 'Kreis Düren, Deutschland'],
    ['XVI.', '2021', 'Kaluga, Russland'],
  ],
  ru: [
    ['VIII', '2005', 'Екатеринбург, Россия'],
    ['IX', '2007', 'Гамбург, Германия'],
    ['X', '2009', 'Волгоград, Россия'],
    ['XI', '2011', 'Ротенбург-на-Таубере, Германия'],
    ['XII', '2013', 'Ульяновск, Россия'],
    ['XIII', '2015', 'Карлсруэ и Баден-Баден, Германия'],
    ['XIV', '2017', 'Краснодар, Россия'],
    ['XV', '2019', 'Район Дюрен, Германия'],
    ['XVI', '2021', 'Калуга, Россия'],
  ],
};

describe('<conf-history>', () => {
  beforeEach(() => setClock(at('2024-03-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('conf-history').forEach((element) => element.remove());
    await resetPage();
  });

  describe('with the sample feed', () => {
    it('keeps the marked conference’s dot apart from the others in forced colours, not only by its fill and shadow (Chromium emulates them)', async function () {
      // Only Chromium emulates forced colours here (CDP, test/support/forced-colors.mjs); Firefox and WebKit cannot.
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const element = await history();
      const dots = [...shadow(element).querySelectorAll('[part~="entry"]')].map((entry) => ({ entry, marked: entry.matches('[part~="marked"]') }));
      expect(dots.filter((dot) => dot.marked).length, 'one marked conference').to.equal(1);
      /** What forced colours leave of a dot: its border, and an outline unless it is transparent (fills and shadows are dropped). */
      const dot = (entry: Element) => {
        const style = getComputedStyle(entry, '::after');
        const outline =
          style.outlineStyle === 'none' || /^(transparent|rgba\(.*, 0\))$/.test(style.outlineColor)
            ? 'none'
            : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        return [style.borderTopWidth, style.borderTopStyle, style.borderTopColor, style.boxShadow, outline].join(' ');
      };
      await executeServerCommand('forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        const marked = dot(dots.find((d) => d.marked)!.entry);
        for (const other of dots.filter((d) => !d.marked)) expect(dot(other.entry), 'the marked dot and another').to.not.equal(marked);
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });

    for (const language of ['en', 'de', 'ru'] as const) {
      it(`lists the series from Jekaterinburg 2005 to Kaluga 2021 in order, in ${language}`, async () => {
        await pageLanguage(language);
        const element = await history();
        expect(timeline(element)).to.deep.equal(SERIES[language]);
        expect(shadow(element).querySelector('[part~="base"]')?.getAttribute('lang')).to.equal(language);
        await expect(element).to.be.accessible();
      });
    }

    it('is one ordered list after its summary, with a heading per conference that says its full title', async () => {
      const element = await history();
      const root = shadow(element);
      const list = root.querySelector('ol[part~="timeline"]')!;
      expect(list.querySelectorAll(':scope > li').length).to.equal(9);
      expect(root.querySelectorAll('ol').length).to.equal(1);
      // The summary is read once, just before the list: it is not also the list's name.
      expect(texts(root, '[part~="summary"]')).to.deep.equal(['9 conferences, 2005–\u20602021']);
      expect(list.previousElementSibling ?? list.parentElement?.previousElementSibling).to.equal(root.querySelector('[part~="summary"]'));
      expect(['aria-labelledby', 'aria-label', 'aria-describedby'].filter((name) => list.hasAttribute(name))).to.deep.equal([]);
      expect(texts(root, 'h3[part~="entry-heading"]')[8]).to.equal('XVI German-Russian Partner Cities Conference 2021');
      expect(list.hasAttribute('reversed')).to.equal(false);
    });

    it('lists newest first with order="desc", as a reversed list', async () => {
      const element = await history({ order: 'desc' });
      expect(timeline(element)).to.deep.equal([...SERIES.en].reverse());
      expect(shadow(element).querySelector('ol')?.hasAttribute('reversed')).to.equal(true);
      element.order = 'asc';
      await element.updateComplete;
      expect(timeline(element)[0]).to.deep.equal(SERIES.en[0]);
    });

    it('shows dates at their own precision in <time datetime>, the motto and the participants', async () => {
      const element = await history();
      const kaluga = entryOf(element, 2021);
      // English dates as in Britain; WebKit's ICU writes the range without spaces around the dash.
      expect(texts(kaluga, '[part~="dates"]').map((text) => text.replace(/ ?– ?/, ' – '))).to.deep.equal(['28 – 30 June 2021']);
      expect([...kaluga.querySelectorAll('[part~="dates"] time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2021-06-28', '2021-06-30']);
      expect(texts(kaluga, '[part~="motto"]')).to.deep.equal(['Strengthening municipal and regional ties – broadening horizons']);
      expect(texts(kaluga, '[part~="participants"]')).to.deep.equal(['200 participants']);
      const yekaterinburg = entryOf(element, 2005);
      // Known only by its year: the year once, in the heading, as a <time>.
      expect(yekaterinburg.querySelector('[part~="year"]')?.getAttribute('datetime')).to.equal('2005');
      expect(yekaterinburg.querySelector('[part~="dates"], [part~="motto"], [part~="participants"]')).to.equal(null);
    });

    it('writes the dates in German and Russian', async () => {
      await pageLanguage('de');
      let element = await history();
      expect(texts(entryOf(element, 2019), '[part~="dates"]')).to.deep.equal(['25.–28. Juni 2019']);
      expect(texts(entryOf(element, 2019), '[part~="participants"]')).to.deep.equal(['700 Teilnehmende']);
      element.remove();
      await pageLanguage('ru');
      element = await history();
      expect(texts(entryOf(element, 2019), '[part~="dates"]')[0]).to.match(/^25–28 июня 2019/);
      expect(texts(entryOf(element, 2019), '[part~="motto"]')[0]).to.equal('Пути взаимопонимания: партнёрства как посредники российско-германского диалога');
    });

    it('says the participants with the Russian plural forms', async () => {
      await pageLanguage('ru');
      const element = await history();
      expect([2017, 2019, 2021].map((year) => texts(entryOf(element, year), '[part~="participants"]')[0])).to.deep.equal([
        '600 участников',
        '700 участников',
        '200 участников',
      ]);
      expect(texts(shadow(element), '[part~="summary"]')).to.deep.equal(['9 конференций, 2005–\u20602021']);
    });

    it('marks Kaluga 2021 as the latest conference today', async () => {
      setClock(undefined);
      const element = await history();
      expect(marked(element)).to.deep.equal([['2021', 'Latest conference', null]]);
      expect(entryOf(element, 2021).getAttribute('part')).to.equal('entry marked');
      expect(entryOf(element, 2021).querySelector('[part~="state"]')).to.equal(null);
    });

    it('marks Kaluga as next before it, with the days to go, and as current while it runs', async () => {
      setClock(at('2021-06-01T09:00:00Z'));
      const element = await history();
      expect(marked(element)).to.deep.equal([['2021', 'Next', null]]);
      expect(texts(entryOf(element, 2021), '[part~="state"]')).to.deep.equal(['Begins in 27 days']);
      expect(texts(entryOf(element, 2021), '[part~="participants"]')).to.deep.equal(['200 participants expected']);
      // 28 June 2021, 10:00 in Moscow: the first day.
      setClock(at('2021-06-28T07:00:00Z'));
      element.requestUpdate();
      await element.updateComplete;
      expect(marked(element)).to.deep.equal([['2021', 'Current', 'true']]);
      expect(texts(entryOf(element, 2021), '[part~="state"]')).to.deep.equal(['Running now (day 1 of 3)']);
      await expect(element).to.be.accessible();
    });

    for (const [language, badge] of [
      ['de', 'Letzte Konferenz'],
      ['ru', 'Последняя конференция'],
    ] as const) {
      it(`calls the latest conference "${badge}" in ${language}`, async () => {
        await pageLanguage(language);
        setClock(undefined);
        const element = await history();
        expect(marked(element)).to.deep.equal([['2021', badge, null]]);
      });
    }

    it('marks Düren as next in 2018 and as current during it, in Russian', async () => {
      await pageLanguage('ru');
      setClock(at('2018-11-01T12:00:00Z'));
      const element = await history();
      expect(marked(element)).to.deep.equal([['2019', 'Следующая', null]]);
      expect(texts(entryOf(element, 2019), '[part~="participants"]')).to.deep.equal(['Ожидается 700 участников']);
      setClock(at('2019-06-27T12:00:00Z'));
      element.requestUpdate();
      await element.updateComplete;
      expect(marked(element)).to.deep.equal([['2019', 'Текущая', 'true']]);
    });

    it('filters by the years from and to, both inclusive, and follows changes', async () => {
      const element = await history({ from: '2011', to: '2017' });
      expect(timeline(element).map(([, year]) => year)).to.deep.equal(['2011', '2013', '2015', '2017']);
      expect(texts(shadow(element), '[part~="summary"]')).to.deep.equal(['4 conferences, 2011–\u20602017']);
      element.removeAttribute('to');
      await element.updateComplete;
      expect(timeline(element).map(([, year]) => year)).to.deep.equal(['2011', '2013', '2015', '2017', '2019', '2021']);
      element.setAttribute('from', 'not a year');
      await element.updateComplete;
      expect(timeline(element)).to.have.length(9);
    });

    it('filters by country and leaves the mark to the whole series', async () => {
      const element = await history({ country: 'DE' });
      expect(timeline(element).map(([ordinal]) => ordinal)).to.deep.equal(['IX', 'XI', 'XIII', 'XV']);
      expect(marked(element)).to.deep.equal([]);
      element.country = 'ru';
      await element.updateComplete;
      expect(timeline(element).map(([ordinal]) => ordinal)).to.deep.equal(['VIII', 'X', 'XII', 'XIV', 'XVI']);
      expect(marked(element)).to.deep.equal([['2021', 'Latest conference', null]]);
    });

    it('shows a localised empty state when no conference matches', async () => {
      await pageLanguage('de');
      const element = await history({ from: '1990', to: '1995' });
      expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['Keine Konferenz der Reihe passt zu dieser Auswahl.']);
      expect(shadow(element).querySelector('[part~="timeline"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('lets the host choose the heading level', async () => {
      const element = await history({ 'heading-level': '2' });
      expect(shadow(element).querySelectorAll('h2[part~="entry-heading"]').length).to.equal(9);
      element.headingLevel = 9;
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('h6[part~="entry-heading"]').length).to.equal(9);
    });
  });

  describe('layout by the width of its container', () => {
    async function inContainer(width: number): Promise<ConfHistory> {
      const container = document.createElement('div');
      container.style.width = `${width}px`;
      const element = document.createElement('conf-history');
      element.src = SAMPLE_FEED_URL;
      container.append(element);
      document.body.append(container);
      await settled(element);
      return element;
    }

    afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.querySelector('conf-history') && div.remove()));

    it('lays the conferences out in rows when wide and one below the other when narrow, in the same window', async () => {
      const wide = await inContainer(900);
      const narrow = await inContainer(320);
      const list = (element: Element) => getComputedStyle(shadow(element).querySelector('[part~="timeline"]')!);
      expect(list(wide).display).to.equal('grid');
      expect(list(wide).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
      expect(list(narrow).display).to.equal('flex');
      expect(list(narrow).flexDirection).to.equal('column');

      const boxes = (element: Element) => [...shadow(element).querySelectorAll('[part~="entry"]')].map((entry) => entry.getBoundingClientRect());
      const [first, second] = boxes(wide);
      expect(second.top, 'wide: side by side').to.equal(first.top);
      expect(second.left).to.be.greaterThan(first.left);
      const [one, two] = boxes(narrow);
      expect(two.top, 'narrow: one below the other').to.be.at.least(one.bottom);
      expect(two.left).to.equal(one.left);
      for (const box of boxes(narrow)) expect(box.right).to.be.at.most(narrow.getBoundingClientRect().right + 0.5);
      for (const box of boxes(wide)) expect(box.right).to.be.at.most(wide.getBoundingClientRect().right + 0.5);
    });
  });

  describe('the wide layout with the sample feed (1280 px)', () => {
    afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.querySelector('conf-history') && div.remove()));

    /** The entries grouped into the rows they stand in, by the top of their box. */
    function rows(element: Element): Element[][] {
      const byTop = new Map<number, Element[]>();
      for (const entry of shadow(element).querySelectorAll('[part~="entry"]')) {
        const top = Math.round(entry.getBoundingClientRect().top);
        byTop.set(top, [...(byTop.get(top) ?? []), entry]);
      }
      return [...byTop.values()];
    }

    /** The client rectangles of each hyphenated word of a text: one for a word on one line, two for a word broken at its hyphen. */
    function hyphenatedWordBoxes(paragraph: Element): [string, number][] {
      const found: [string, number][] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+-\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          found.push([match[0], linesOf(range)]);
        }
      }
      return found;
    }

    for (const language of ['de', 'ru', 'en'] as const) {
      it(`puts each kind of cell of a row on one line, and breaks no name at its hyphen, in ${language}`, async () => {
        await pageLanguage(language);
        setClock(undefined);
        const container = document.createElement('div');
        container.style.width = '1280px';
        const element = document.createElement('conf-history');
        element.src = SAMPLE_FEED_URL;
        container.append(element);
        document.body.append(container);
        await settled(element);
        const found = rows(element);
        expect(found.map((row) => row.length).reduce((a, b) => a + b)).to.equal(9);
        expect(found.length, 'more than one row').to.be.greaterThan(1);
        for (const row of found) {
          for (const part of ['entry-heading', 'place', 'dates', 'motto', 'participants']) {
            const tops = row.flatMap((entry) => [...entry.querySelectorAll(`[part~="${part}"]`)].map((cell) => Math.round(cell.getBoundingClientRect().top)));
            expect(new Set(tops).size, `${part} on one line in the row of ${texts(row[0], '[part~="year"]')[0]}: ${tops.join(', ')}`).to.be.at.most(1);
          }
          for (const entry of row) expect(entry.getBoundingClientRect().right).to.be.at.most(container.getBoundingClientRect().right + 0.5);
        }
        const places = [...shadow(element).querySelectorAll('[part~="place"]')].flatMap(hyphenatedWordBoxes);
        expect(places.length, 'hyphenated names in the sample (Baden-Baden …)').to.be.greaterThan(0);
        expect(places.filter(([, lines]) => lines !== 1)).to.deep.equal([]);
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('with feeds built here', () => {
    function feedWith(conferences: unknown[]) {
      return { version: 1, cities: [city('a', 'DE', { en: 'Aachen', ru: 'Ахен' }), city('b', 'RU', { en: 'Kostroma', ru: 'Кострома' })], conferences };
    }
    const conference = (ordinal: number, year: number, extra: Record<string, unknown> = {}) => ({
      id: `c${ordinal}`,
      ordinal,
      title: 'Conference',
      start: `${year}-05-10`,
      end: `${year}-05-12`,
      hostCities: ['a'],
      ...extra,
    });

    it('uses the one, few and many forms in Russian, and "expected" for what lies ahead', async () => {
      await pageLanguage('ru');
      setClock(at('2020-01-01T12:00:00Z'));
      const feed = feedWith([
        conference(1, 2010, { expectedParticipants: 21 }),
        conference(2, 2012, { expectedParticipants: 3 }),
        conference(3, 2014, { expectedParticipants: 1000 }),
        conference(4, 2021, { expectedParticipants: 2 }),
      ]);
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      expect(texts(shadow(element), '[part~="participants"]')).to.deep.equal(['21 участник', '3 участника', '1 000 участников', 'Ожидаются 2 участника']);
      expect(texts(shadow(element), '[part~="summary"]')).to.deep.equal(['4 конференции, 2010–\u20602021']);
    });

    it('shows a conference without ordinal and host cities (an imported schedule) by its title, without a place', async () => {
      const imported = { id: 'imported', title: { en: 'Autumn meeting', ru: 'Осенняя встреча' }, start: '2011-10-26', hostCities: [] };
      const feed = feedWith([conference(1, 2010), imported]);
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      expect(texts(shadow(element), '[part~="entry-heading"]')).to.deep.equal(['I Conference 2010', 'Autumn meeting 2011']);
      expect(texts(shadow(element), '[part~="entry"] [part~="title"]')).to.deep.equal(['Autumn meeting']);
      expect(texts(shadow(element), '[part~="place"]')).to.deep.equal(['Aachen, Germany']);
    });

    it('names the host cities of two countries each with its country', async () => {
      const feed = feedWith([conference(1, 2010, { hostCities: ['a', 'b'] })]);
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      expect(texts(shadow(element), '[part~="place"]')).to.deep.equal(['Aachen (Germany) and Kostroma (Russia)']);
      expect(texts(shadow(element), '[part~="summary"]')).to.deep.equal(['1 conference, 2010']);
    });

    it('links a conference’s pages, and only with safe addresses', async () => {
      const feed = feedWith([
        conference(1, 2010, {
          links: [
            { url: 'https://example.org/report', label: { en: 'Report', de: 'Bericht' } },
            { url: 'mailto:info@example.org', label: 'Contact' },
            { url: 'https://example.org/bericht', label: { de: 'Bericht' } },
          ],
        }),
      ]);
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
      // A label the feed gives in another language only is marked with that language (WCAG 3.1.2).
      expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.closest('[lang]')?.getAttribute('lang')])).to.deep.equal([
        ['Report', 'https://example.org/report', 'en'],
        ['Contact', 'mailto:info@example.org', 'en'],
        ['Bericht', 'https://example.org/bericht', 'de'],
      ]);
      await expect(element).to.be.accessible();

      const { logged } = await captureConsole(async () => {
        element.feed = feedWith([conference(1, 2010, { links: [{ url: 'javascript:alert(1)', label: 'Bad' }] })]) as FeedDocument;
        await until(() => !shadow(element).querySelector('a'), 'the unsafe link is still shown');
      });
      expect(logged.join('\n')).to.contain('$.conferences[0].links[0]');
      expect(shadow(element).querySelector('[part~="links"]')).to.equal(null);
    });

    it('marks a title the feed gives in another language only with that language (WCAG 3.1.2)', async () => {
      await pageLanguage('en');
      const feed = feedWith([
        conference(1, 2010, { title: { de: 'Städtepartnerkonferenz', ru: 'Конференция городов-партнёров' } }),
        conference(2, 2012, { title: { en: 'Partner Cities Conference', de: 'Städtepartnerkonferenz' } }),
        { ...conference(3, 2014, { title: { ru: 'Осенняя встреча' } }), ordinal: undefined },
      ]);
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      const titles = [...shadow(element).querySelectorAll('[part~="entry-heading"] :is([part~="title"], .visually-hidden)')];
      expect(titles.map((title) => [title.textContent!.trim(), title.closest('[lang]')?.getAttribute('lang')])).to.deep.equal([
        ['Städtepartnerkonferenz', 'de'],
        ['Partner Cities Conference', 'en'],
        ['Осенняя встреча', 'ru'],
      ]);
    });

    it('says so when the feed lists no conference at all', async () => {
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${{ version: 1 }}></conf-history>`);
      await settled(element);
      expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['No conferences are listed yet.']);
    });

    it('shows feed text as text, never as markup', async () => {
      const payload = '<img src=x onerror="window.__spPwned=1">';
      const feed = feedWith([conference(1, 2010, { title: payload, motto: payload })]);
      const element = await fixture<ConfHistory>(html`<conf-history .feed=${feed}></conf-history>`);
      await settled(element);
      expect(shadow(element).querySelector('img')).to.equal(null);
      expect(texts(shadow(element), '[part~="motto"]')).to.deep.equal([payload]);
      expect((window as unknown as Record<string, unknown>)['__spPwned']).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('shows a busy indicator while loading', () =>
      expectBusyWhileLoading((src) => fixture<ConfHistory>(html`<conf-history src=${src}></conf-history>`), '[part~="status"][role="status"]'));

    it('shows the error state, and the series after a retry once the server recovers', async () => {
      await pageLanguage('de');
      const key = `history-retry-${Math.random().toString(36).slice(2)}`;
      const { value: element } = await captureConsole(async () => {
        const created = await fixture<ConfHistory>(html`<conf-history src="/__test__/flaky/${key}"></conf-history>`);
        await settled(created);
        return created;
      });
      const root = shadow(element);
      expect(root.querySelector('[role="alert"]')?.textContent).to.contain('HTTP 500');
      await expect(element).to.be.accessible();
      root.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await settled(element, '[part~="timeline"]');
      expect(root.querySelectorAll('[part~="entry"]').length).to.equal(9);
    });
  });
});
