/**
 * Issue 13, "Tracks and kinds from real schedules" (times) and two wording bugs: a session that
 * crosses midnight shows its range with the next day marked, in the list, the grid cards and
 * their accessible names; a time in the reader's zone on another day starts with a capital
 * (Russian); English lists have no US comma before "and"; a title or description in another
 * language than the page's carries `lang`.
 */
import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { zonedInstant } from '../../src/feed/zoned-time.js';
import { setLanguage } from '../../src/i18n/language.js';
import type { ProgrammeSession } from '../../src/conf-programme/programme.js';
import { sessionTime } from '../../src/conf-programme/texts.js';
import { minimalFeed } from '../support/feeds.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, container, one, programme, tab } from './support.js';

const LANGUAGES = ['en', 'de', 'ru'] as const;
const NEXT_DAY = { en: '(next day)', de: '(am Folgetag)', ru: '(следующего дня)' };

/** A programme entry of a session in `timeZone` from `start` to `end` (feed local times). */
function entry(start: string, end: string | undefined, timeZone: string): ProgrammeSession {
  const from = parseCalendarDate(start)!;
  const to = end ? parseCalendarDate(end) : undefined;
  return {
    session: { id: 's', kind: 'other', title: 'S', start, ...(end ? { end } : {}) },
    start: from,
    end: to,
    day: start.slice(0, 10),
    timed: true,
    startsAt: zonedInstant(from, timeZone),
    endsAt: to ? zonedInstant(to, timeZone) : undefined,
    searchText: '',
  };
}

describe('session times across midnight', () => {
  // The programme's translations come with its element.
  before(() => void document.createElement('conf-programme'));
  after(() => setLanguage('en'));
  for (const language of LANGUAGES) {
    it(`${language}: shows the range with the next day marked, in the conference's zone and in another`, async () => {
      await setLanguage(language);
      const night = entry('2019-06-25T23:00', '2019-06-26T01:30', 'Europe/Moscow');
      const local = sessionTime(night, language)!.text;
      expect(local).to.contain('23:00').and.contain('01:30').and.contain(NEXT_DAY[language]);
      // In a zone where it still starts on the conference day (Moscow itself, named as the reader's).
      const shifted = sessionTime(night, language, 'Europe/Moscow')!.text;
      expect(shifted).to.contain('23:00').and.contain('01:30').and.contain(NEXT_DAY[language]);
      expect(shifted, 'no dates written out').to.not.match(/2019|06\/|\.6\./);
      // Within one day: a plain range, no mark.
      expect(sessionTime(entry('2019-06-25T10:00', '2019-06-25T11:30', 'Europe/Moscow'), language)!.text).to.not.contain(NEXT_DAY[language]);
    });
  }

  for (const language of LANGUAGES) {
    it(`${language}: a session that ends two or more days after it starts names both days, not only its start time`, async () => {
      await setLanguage(language);
      const days = entry('2019-06-25T09:00', '2019-06-27T17:00', 'Europe/Moscow');
      for (const zone of [undefined, 'Europe/Moscow']) {
        const text = sessionTime(days, language, zone)!.text;
        expect(text, zone)
          .to.contain('09:00')
          .and.contain('17:00')
          .and.match(/25\b[^]*27\b/);
        expect(text[0], 'capitalised as the day tabs are').to.equal(text[0]!.toLocaleUpperCase(language));
      }
    });
  }

  it('ru: a time in the reader’s zone on another day starts with a capital, as the day tabs do', () => {
    // 20:00 in Moscow is 02:00 on the next day in Tokyo.
    const text = sessionTime(entry('2019-06-25T20:00', '2019-06-25T21:00', 'Europe/Moscow'), 'ru', 'Asia/Tokyo')!.text;
    expect(text).to.match(/^Ср/);
    // The month in the genitive, as the day tabs write it ("26 июня", not "26 июн.").
    expect(text).to.contain(new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2019, 5, 26)));
  });
});

describe('<conf-programme> times across midnight and lists', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  const feed = () =>
    minimalFeed({
      people: [
        { id: 'a', name: 'Anna' },
        { id: 'b', name: 'Boris' },
        { id: 'c', name: 'Clara' },
      ],
      conferences: [
        {
          id: 'c',
          title: 'Camp',
          start: '2030-06-25',
          end: '2030-06-26',
          timeZone: 'Europe/Berlin',
          hostCities: ['essen'],
          sessions: [
            {
              id: 'night',
              kind: 'culture',
              title: 'Night concert',
              venue: 'Hall',
              start: '2030-06-25T23:00',
              end: '2030-06-26T01:30',
              speakers: ['a', 'b', 'c'],
            },
            { id: 'day', kind: 'other', title: 'Day talk', venue: 'Hall', start: '2030-06-25T10:00', end: '2030-06-25T11:00' },
          ],
        },
      ],
    });

  for (const language of LANGUAGES) {
    it(`${language}: the list and the grid card show the range and the next day, and the card’s name says it`, async () => {
      await setLanguage(language);
      const list = await programme({ feed: feed() });
      const listTime = article(list, 'night').querySelector('[part~="session-time"]')!.textContent!;
      expect(listTime).to.contain('23:00').and.contain('01:30').and.contain(NEXT_DAY[language]);
      list.remove();

      const grid = await programme({ feed: feed(), attributes: { view: 'grid' }, container: container('1200px') });
      await until(() => shadow(grid).querySelector('[part~="grid"]'), 'the grid');
      const card = article(grid, 'night');
      const name = card
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => shadow(grid).getElementById(id)?.textContent?.trim())
        .join(' ');
      expect(name).to.contain('01:30').and.contain(NEXT_DAY[language]).and.contain('Night concert');
    });
  }

  it('en: lists people as in Britain, without a comma before "and"', async () => {
    const element = await programme({ feed: feed() });
    expect(one(element, '[part~="speakers"]')).to.contain('Anna, Boris and Clara');
  });
});

describe('<conf-programme> texts in another language than the page', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  const feed = () =>
    minimalFeed({
      conferences: [
        {
          id: 'c',
          title: 'Treffen',
          start: '2030-06-25',
          timeZone: 'Europe/Berlin',
          hostCities: ['essen'],
          sessions: [
            // Imported: plain strings, and the language the session is held in.
            { id: 'ru', kind: 'other', title: 'Доклад о партнёрстве', description: 'Подробности.', language: 'ru', start: '2030-06-25T10:00' },
            { id: 'de', kind: 'other', title: 'Vortrag', description: 'Einzelheiten.', language: 'de', start: '2030-06-25T11:00' },
            // Only in Russian: the German page shows the Russian text.
            { id: 'only-ru', kind: 'other', title: { ru: 'Только по-русски' }, description: { ru: 'Текст.' }, start: '2030-06-25T12:00' },
            {
              id: 'both',
              kind: 'other',
              title: { de: 'Zweisprachig', ru: 'Двуязычный' },
              description: { de: 'Text.', ru: 'Текст.' },
              start: '2030-06-25T13:00',
            },
          ],
        },
      ],
    });

  const langOf = (element: Element, id: string, selector: string) => article(element, id).querySelector(selector)?.getAttribute('lang') ?? null;

  it('de: marks Russian titles and descriptions with lang="ru", and nothing in the page’s language', async () => {
    await setLanguage('de');
    const element = await programme({ feed: feed() });
    const expected = { ru: 'ru', de: null, 'only-ru': 'ru', both: null };
    for (const [id, lang] of Object.entries(expected)) {
      expect(langOf(element, id, '[part~="session-title"]'), `title of ${id}`).to.equal(lang);
      expect(langOf(element, id, '[part~="description"] p'), `description of ${id}`).to.equal(lang);
    }
    // The UI's own words stay in the page's language.
    expect(langOf(element, 'ru', '[part~="description"] summary')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('de: marks a link label, a side event’s title and description the feed gives only in Russian with lang="ru"', async () => {
    await setLanguage('de');
    const links = [
      { url: 'https://example.org/ru', label: { ru: 'Презентация' } },
      { url: 'https://example.org/both', label: { de: 'Folien', ru: 'Слайды' } },
    ];
    const withLinks = feed();
    const conference = (withLinks.conferences as { sessions: Record<string, unknown>[]; sideEvents?: unknown[] }[])[0]!;
    conference.sessions[0]!.links = links;
    conference.sideEvents = [
      { id: 'forum', title: { ru: 'Молодёжный форум' }, description: { ru: 'Встреча.' }, start: '2030-06-24', links },
      { id: 'fest', title: { de: 'Stadtfest' }, start: '2030-06-24' },
    ];
    const element = await programme({ feed: withLinks });
    const labels = (root: Element) => [...root.querySelectorAll('a[href^="https://example.org/"]')].map((a) => [a.textContent, a.getAttribute('lang')]);
    const sessionLinks = labels(article(element, 'ru'));
    await click(element, tab(element, 'side-events'));
    const [forum, fest] = [...shadow(element).querySelectorAll('[part~="side-event"]')];
    const expected = [
      ['Презентация', 'ru'],
      ['Folien', null],
    ];
    expect({
      sessionLinks,
      sideEventLinks: labels(forum!),
      russianTitle: forum!.querySelector('[part~="session-title"]')?.getAttribute('lang'),
      russianDescription: forum!.querySelector('p.lines')?.getAttribute('lang'),
      germanTitle: fest!.querySelector('[part~="session-title"]')?.getAttribute('lang'),
    }).to.deep.equal({ sessionLinks: expected, sideEventLinks: expected, russianTitle: 'ru', russianDescription: 'ru', germanTitle: null });
    await expect(element).to.be.accessible();
  });

  it('en: a German-only text shown on an English page is marked de', async () => {
    const element = await programme({ feed: feed() });
    expect(langOf(element, 'de', '[part~="session-title"]')).to.equal('de');
    expect(langOf(element, 'both', '[part~="session-title"]'), 'falls back to German').to.equal('de');
  });
});

describe('<conf-programme> ordinals of titles in another language than the page', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  const feed = () =>
    minimalFeed({
      conferences: [
        {
          id: 'c',
          ordinal: 17,
          title: { ru: 'Российско-германская конференция' },
          start: '2030-06-25',
          timeZone: 'Europe/Berlin',
          hostCities: ['essen'],
          sessions: [{ id: 's', kind: 'other', title: 'Talk', start: '2030-06-25T10:00' }],
          sideEvents: [{ id: 'e', ordinal: 3, title: { de: 'Jugendforum' }, start: '2030-06-24' }],
        },
      ],
    });

  it('writes the ordinal as the title’s language does: no German dot before a Russian title, the dot before a German one', async () => {
    await setLanguage('de');
    const german = await programme({ feed: feed() });
    expect(one(german, '[part~="title"]')).to.contain('XVII Российско-германская');
    german.remove();
    await setLanguage('en');
    const english = await programme({ feed: feed() });
    await click(english, tab(english, 'side-events'));
    expect(one(english, '[part~="side-event"] [part~="session-title"]')).to.equal('III. Jugendforum');
  });

  it('de: the heading marks the Russian title with lang="ru", its own word "Programm" not', async () => {
    await setLanguage('de');
    const element = await programme({ feed: feed() });
    const heading = shadow(element).querySelector('[part~="title"]')!;
    expect(heading.getAttribute('lang'), 'the heading itself').to.equal(null);
    const marked = heading.querySelector('[lang="ru"]');
    expect(marked?.textContent, 'the title in Russian').to.equal('XVII Российско-германская конференция');
    expect(heading.textContent!.trim()).to.equal('Programm: XVII Российско-германская конференция');
  });
});
