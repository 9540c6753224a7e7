import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { setClock } from '../../src/shared/clock.js';
import { minimalFeed, SAMPLE_FEED_URL } from '../support/feeds.js';
import { captureConsole, pageLanguage, resetPage, settled, shadow, texts, until } from '../support/widgets.js';

const at = (iso: string) => () => new Date(iso);
const SETTLED = '[part~="card"], [part~="empty"], [part~="error"]';

async function overview(attributes: { conference?: string; variant?: string } = {}): Promise<ConfOverview> {
  const element = await fixture<ConfOverview>(
    html`<conf-overview src=${SAMPLE_FEED_URL} conference=${attributes.conference ?? ''} variant=${attributes.variant ?? 'full'}></conf-overview>`,
  );
  if (!attributes.conference) element.removeAttribute('conference');
  await settled(element, SETTLED);
  return element;
}

const one = (element: Element, selector: string) => texts(shadow(element), selector)[0] ?? '';

/** The facts list as label → value. */
function facts(element: Element): Record<string, string> {
  return Object.fromEntries(
    [...shadow(element).querySelectorAll('[part~="facts"] > div')].map((row) => [
      row.querySelector('dt')?.textContent?.trim() ?? '',
      (row.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ]),
  );
}

describe('<conf-overview>', () => {
  beforeEach(() => setClock(at('2026-11-21T12:00:00Z')));
  afterEach(resetPage);

  const kaluga = {
    en: {
      title: 'XVI German-Russian Partner Cities Conference',
      motto: 'Strengthening municipal and regional ties – broadening horizons',
      dates: '28 – 30 June 2021',
      status: 'Took place',
      registration: 'Closed',
    },
    de: {
      title: 'XVI. Deutsch-Russische Städtepartnerkonferenz',
      motto: 'Kommunale und regionale Verbindungen stärken – Horizonte erweitern',
      dates: '28.–30. Juni 2021',
      status: 'Hat stattgefunden',
      registration: 'Geschlossen',
    },
    ru: {
      title: 'XVI Российско-германская конференция городов-партнёров',
      motto: 'Укреплять муниципальные и региональные связи — расширять горизонты',
      dates: '28–30 июня 2021',
      status: 'Состоялась',
      registration: 'Закрыта',
    },
  };

  for (const [language, expected] of Object.entries(kaluga)) {
    it(`shows XVI Kaluga with motto, dates, organisers, supporters and closed registration in ${language}`, async () => {
      await pageLanguage(language);
      const element = await overview({ conference: 'xvi-kaluga-2021' });
      expect(one(element, '[part~="title"]')).to.equal(expected.title);
      expect(one(element, '[part~="motto"]')).to.equal(expected.motto);
      expect(one(element, '[part~="conference-status"]')).to.equal(expected.status);
      const values = Object.values(facts(element));
      // English dates as in Britain; WebKit's ICU writes the range without spaces around the dash.
      expect(
        values.some((value) => value.startsWith(expected.dates) || value.startsWith(expected.dates.replace(' – ', '–'))),
        `${values.join(' | ')}`,
      ).to.equal(true);
      expect(values).to.include(expected.registration);
      const sections = texts(shadow(element), '[part~="section-heading"]');
      expect(sections.length).to.be.greaterThan(3);
      expect(shadow(element).querySelectorAll('[part~="organisation"]').length).to.equal(6 + 4);
      await expect(element).to.be.accessible();
    });
  }

  it('links organisations with a url, and contacts by mailto and tel', async () => {
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    const hrefs = [...shadow(element).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://www.deutsch-russisches-forum.de/');
    expect(hrefs).to.include('mailto:kaiser@deutsch-russisches-forum.de');
    expect(hrefs).to.include('tel:+493026390727');
    expect(texts(shadow(element), '[part~="contact"]').join(' '))
      .to.contain('Anna Kaiser')
      .and.contain('Nils Dudzus')
      .and.contain('Alina Vedmedyeva');
  });

  it('dials a phone number written "+49 (0)…" without the (0), which is only dialled within the country', async () => {
    const feed = minimalFeed({
      people: [
        { id: 'a', name: 'Anna Kaiser', phone: '+49 (0)721 133-1234' },
        { id: 'b', name: 'Иван Петров', phone: '+7 (4842) 56-00-00' },
        { id: 'c', name: 'Nils Dudzus', phone: '(0721) 133-0' },
      ],
      conferences: [{ id: 'c', title: 'Conference', start: '2027-06-01', hostCities: ['essen'], contacts: ['a', 'b', 'c'] }],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="c"></conf-overview>`);
    await settled(element, SETTLED);
    const links = [...shadow(element).querySelectorAll('[part~="contact"] a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['tel:+497211331234', '+49 (0)721 133-1234'],
      ['tel:+74842560000', '+7 (4842) 56-00-00'],
      ['tel:07211330', '(0721) 133-0'],
    ]);
  });

  it('lists the youth forum with its own dates and places', async () => {
    await pageLanguage('de');
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    const forum = texts(shadow(element), '[part~="side-event"]').find((text) => text.includes('Jugendforum'));
    expect(forum).to.contain('IV.').and.contain('23. Juni').and.contain('1. Juli 2021').and.contain('Moskau').and.contain('Kaluga');
  });

  /** Each `<time>` in `root` as [text, datetime]. */
  const times = (root: Element | null | undefined) =>
    [...(root?.querySelectorAll('time') ?? [])].map((time) => [time.textContent, time.getAttribute('datetime')]);

  it('marks up both ends of a date range, each in its own <time datetime>: the conference and its side events', async () => {
    await pageLanguage('de');
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    const dates = [...shadow(element).querySelectorAll('[part~="facts"] > div')].find((row) => row.querySelector('dt')?.textContent === 'Termin');
    // The day numbers, each with the day it stands for (how much of "28." the formatter gives each end is its own).
    expect(times(dates?.querySelector('dd')).map(([text, datetime]) => [text?.match(/\d+/)?.[0], datetime])).to.deep.equal([
      ['28', '2021-06-28'],
      ['30', '2021-06-30'],
    ]);
    expect(dates?.querySelector('dd')?.textContent?.trim()).to.equal('28.–30.\u00a0Juni 2021');
    const forum = [...shadow(element).querySelectorAll('[part~="side-event"]')].find((item) => item.textContent?.includes('Jugendforum'));
    expect(times(forum).map(([text, datetime]) => [text?.match(/^\d+\.\s\p{L}+/u)?.[0], datetime])).to.deep.equal([
      ['23.\u00a0Juni', '2021-06-23'],
      ['1.\u00a0Juli', '2021-07-01'],
    ]);
  });

  it('marks up both ends of the range in the compact variant, and a one-day conference as one <time>', async () => {
    const feed = minimalFeed({
      conferences: [
        { id: 'c', ordinal: 17, title: 'Conference', start: '2027-06-01', end: '2027-06-03', hostCities: ['essen'] },
        { id: 'd', ordinal: 18, title: 'Day', start: '2028-03-04', hostCities: ['essen'] },
      ],
    });
    const compact = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="c" variant="compact"></conf-overview>`);
    await settled(compact, SETTLED);
    expect(times(shadow(compact).querySelector('.when-where')).map(([text, datetime]) => [text?.match(/\d+/)?.[0], datetime])).to.deep.equal([
      ['1', '2027-06-01'],
      ['3', '2027-06-03'],
    ]);
    const day = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="d"></conf-overview>`);
    await settled(day, SETTLED);
    expect(times(shadow(day).querySelector('[part~="facts"] dd'))).to.deep.equal([['4\u00a0March 2028', '2028-03-04']]);
  });

  for (const language of ['en', 'de', 'ru']) {
    it(`lists organisers and supporters by name one below the other, each its own list item, in ${language}`, async () => {
      await pageLanguage(language);
      const element = await fixture<ConfOverview>(html`<conf-overview src=${SAMPLE_FEED_URL} conference="xvi-kaluga-2021" no-logos></conf-overview>`);
      await settled(element, SETTLED);
      const lists = [...shadow(element).querySelectorAll('ul.organisations')];
      expect(lists.map((list) => list.querySelectorAll(':scope > li[part~="organisation"]').length)).to.deep.equal([6, 4]);
      for (const list of lists) {
        const boxes = [...list.children].map((item) => item.getBoundingClientRect());
        // No two names on one line: each begins below the one before, at the same left edge.
        for (let i = 1; i < boxes.length; i++) {
          expect(boxes[i].top, `name ${i + 1} below name ${i}`).to.be.at.least(boxes[i - 1].bottom);
          expect(boxes[i].left).to.equal(boxes[0].left);
        }
      }
      await expect(element).to.be.accessible();
    });
  }

  it('follows the clock: before, during and after the conference', async () => {
    setClock(at('2021-06-05T09:00:00Z'));
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    expect(one(element, '[part~="conference-status"]')).to.equal('Begins in 23 days');
    setClock(at('2021-06-29T09:00:00Z'));
    element.requestUpdate();
    await element.updateComplete;
    expect(one(element, '[part~="conference-status"]')).to.equal('Running now (day 2 of 3)');
    setClock(at('2021-07-01T09:00:00Z'));
    element.requestUpdate();
    await element.updateComplete;
    expect(one(element, '[part~="conference-status"]')).to.equal('Took place');
  });

  it('shows the latest conference without a conference attribute, and the running one during it', async () => {
    const element = await overview();
    expect(one(element, '[part~="title"]')).to.contain('XVI');
    setClock(at('2019-06-26T09:00:00Z'));
    element.requestUpdate();
    await element.updateComplete;
    expect(one(element, '[part~="title"]')).to.contain('XV ');
    expect(one(element, '[part~="conference-status"]')).to.equal('Running now (day 2 of 4)');
  });

  it('writes the ordinal of a title in another language as that language does: no German dot before a Russian title', async () => {
    await pageLanguage('de');
    const feed = minimalFeed({
      conferences: [{ id: 'c', ordinal: 17, title: { ru: 'Российско-германская конференция' }, start: '2027-06-01', hostCities: ['essen'] }],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed}></conf-overview>`);
    await settled(element, SETTLED);
    expect(one(element, '[part~="title"]')).to.equal('XVII Российско-германская конференция');
  });

  it('marks a title or an organisation the feed gives in another language only with that language (WCAG 3.1.2)', async () => {
    await pageLanguage('en');
    const feed = minimalFeed({
      organisations: [
        { id: 'forum', name: { de: 'Deutsch-Russisches Forum', en: 'German-Russian Forum' } },
        { id: 'stadt', name: { ru: 'Город Калуга' } },
      ],
      conferences: [
        {
          id: 'c',
          ordinal: 17,
          title: { de: 'Deutsch-Russische Städtepartnerkonferenz', ru: 'Российско-германская конференция городов-партнёров' },
          start: '2027-06-01',
          end: '2027-06-03',
          hostCities: ['essen'],
          organisers: ['forum', 'stadt'],
        },
      ],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed}></conf-overview>`);
    await settled(element, SETTLED);
    const root = shadow(element);
    const languageOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
    const title = root.querySelector('[part~="title"]')!;
    // The ordinal as the title's language writes it: German with a dot.
    expect(title.textContent!.trim()).to.equal('XVII. Deutsch-Russische Städtepartnerkonferenz');
    expect(languageOf(title), 'the title').to.equal('de');
    const organisations = [...root.querySelectorAll('[part~="organisation"]')];
    expect(organisations.map((item) => [item.textContent!.trim(), languageOf(item)])).to.deep.equal([
      ['German-Russian Forum', 'en'],
      ['Город Калуга', 'ru'],
    ]);
  });

  it('marks a link label and a side event the feed gives in another language only with that language, full and compact (WCAG 3.1.2)', async () => {
    await pageLanguage('en');
    const feed = minimalFeed({
      conferences: [
        {
          id: 'c',
          title: 'Conference',
          start: '2027-06-01',
          hostCities: ['essen'],
          links: [
            { url: 'https://example.org/bericht', label: { de: 'Bericht' } },
            { url: 'https://example.org/report', label: { en: 'Report', de: 'Bericht' } },
          ],
          sideEvents: [{ id: 'y', ordinal: 4, title: { ru: 'Молодёжный форум' }, start: '2027-05-30' }],
        },
      ],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="c"></conf-overview>`);
    await settled(element, SETTLED);
    const languageOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang');
    const root = shadow(element);
    const links = [...root.querySelectorAll('[part~="section"] li > a')];
    expect(links.map((link) => [link.textContent, languageOf(link)])).to.deep.equal([
      ['Bericht', 'de'],
      ['Report', 'en'],
    ]);
    const forum = root.querySelector('[part~="side-event"] .name');
    expect([forum?.textContent, languageOf(forum)]).to.deep.equal(['IV Молодёжный форум', 'ru']);
    element.variant = 'compact';
    await element.updateComplete;
    const link = root.querySelector('[part~="link"]');
    expect([link?.textContent, languageOf(link)]).to.deep.equal(['Bericht', 'de']);
  });

  it('marks a contact’s name, role and organisation the feed gives in another language only with that language (WCAG 3.1.2)', async () => {
    await pageLanguage('de');
    const feed = minimalFeed({
      organisations: [{ id: 'city', name: { ru: 'Администрация города Калуги' } }],
      people: [
        { id: 'mayor', name: { ru: 'Иван Петров' }, role: { ru: 'глава города', en: 'Mayor' }, organisation: 'city' },
        { id: 'kaiser', name: 'Anna Kaiser', role: { de: 'Referentin', ru: 'референт' } },
      ],
      conferences: [{ id: 'c', title: 'Konferenz', start: '2027-06-01', hostCities: ['essen'], contacts: ['mayor', 'kaiser'] }],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="c"></conf-overview>`);
    await settled(element, SETTLED);
    const contacts = [...shadow(element).querySelectorAll('[part~="contact"]')];
    expect(contacts.map((contact) => contact.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Иван Петров, Mayor, Администрация города Калуги',
      'Anna Kaiser, Referentin',
    ]);
    const languages = (contact: Element) =>
      [...contact.querySelectorAll('span')].map((span) => [span.textContent, span.closest('[lang]')?.getAttribute('lang')]);
    expect(languages(contacts[0]!)).to.deep.equal([
      ['Иван Петров', 'ru'],
      ['Mayor', 'en'],
      ['Администрация города Калуги', 'ru'],
    ]);
    expect(languages(contacts[1]!)).to.deep.equal([
      ['Anna Kaiser', 'de'],
      ['Referentin', 'de'],
    ]);
  });

  it('closes an open registration after its deadline and links it before', async () => {
    const feed = minimalFeed({
      conferences: [
        {
          id: 'c',
          ordinal: 17,
          title: 'Conference',
          start: '2027-06-01',
          end: '2027-06-03',
          hostCities: ['essen'],
          registration: { status: 'open', url: 'https://example.org/register', deadline: '2027-05-01' },
        },
      ],
    });
    setClock(at('2027-04-01T12:00:00Z'));
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed}></conf-overview>`);
    await settled(element, SETTLED);
    expect(facts(element)['Registration']).to.match(/^Open, deadline: 1 May 2027 · Register$/);
    setClock(at('2027-05-02T12:00:00Z'));
    element.requestUpdate();
    await element.updateComplete;
    expect(facts(element)['Registration']).to.equal('Closed');
  });

  it('compact variant: heading, dates, place, status and one link', async () => {
    const feed = minimalFeed({
      conferences: [
        {
          id: 'c',
          ordinal: 17,
          title: 'Conference',
          start: '2027-06-01',
          end: '2027-06-03',
          hostCities: ['essen'],
          onlineUrl: 'https://example.org/live',
          links: [{ url: 'https://example.org/', label: 'Website' }],
        },
      ],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} variant="compact"></conf-overview>`);
    await settled(element, SETTLED);
    const root = shadow(element);
    expect(root.querySelector('[part~="facts"]')).to.equal(null);
    expect(one(element, '.when-where'))
      .to.match(/1 ?– ?3 June 2027/)
      .and.contain('Essen, Germany');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/live']);
    expect(one(element, '[part~="conference-status"]')).to.match(/^Begins in \d+ days$/);
    await expect(element).to.be.accessible();
  });

  it('shows a conference without ordinal and host cities by its title, without a place (full and compact)', async () => {
    const feed = minimalFeed({ conferences: [{ id: 'imported', title: 'Autumn meeting', start: '2027-06-01', end: '2027-06-02', hostCities: [] }] });
    const full = await fixture<ConfOverview>(html`<conf-overview .feed=${feed}></conf-overview>`);
    await settled(full, SETTLED);
    expect(one(full, '[part~="title"]')).to.equal('Autumn meeting');
    expect(Object.keys(facts(full)))
      .to.include('Dates')
      .and.not.include('Place');
    const compact = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} variant="compact"></conf-overview>`);
    await settled(compact, SETTLED);
    expect(one(compact, '.when-where')).to.match(/^1 ?– ?2 June 2027$/);
    expect(shadow(compact).querySelector('.when-where br')).to.equal(null);
  });

  it('shows an empty state for an unknown conference id', async () => {
    const { value: element, logged } = await captureConsole(() => overview({ conference: 'xx' }));
    expect(one(element, '[part~="empty"]')).to.equal('No conference to show.');
    expect(logged.join()).to.contain('no conference with that id');
  });

  it('offers the conference as a valid .ics file, loaded only when asked', async () => {
    const element = await overview({ conference: 'xvi-kaluga-2021' });
    const files: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      files.push(blob as Blob);
      return create.call(URL, blob);
    };
    const clicks: string[] = [];
    const onClick = (event: Event) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      clicks.push(link.download);
      event.preventDefault();
    };
    shadow(element).addEventListener('click', onClick, true);
    try {
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('ical-generator'))).to.equal(false);
      shadow(element).querySelector<HTMLButtonElement>('[part~="calendar"]')!.click();
      await until(() => files.length === 1, 'no calendar file');
    } finally {
      URL.createObjectURL = create;
      shadow(element).removeEventListener('click', onClick, true);
    }
    expect(clicks).to.include('xvi-kaluga-2021.ics');
    const text = await files[0].text();
    expect(text.split('\r\n').length, 'CRLF line ends').to.be.greaterThan(8);
    expect(text.replace(/\r\n/g, '').includes('\n'), 'no bare LF').to.equal(false);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).to.have.length(1);
    expect(events[0].summary).to.equal('XVI German-Russian Partner Cities Conference');
    expect(events[0].uid).to.equal('xvi-kaluga-2021@staedtepartner-widgets');
    expect(events[0].startDate.toString()).to.equal('2021-06-28');
    expect(events[0].endDate.toString()).to.equal('2021-07-01');
    expect(events[0].location).to.contain('Kaluga');
  });
});
