/**
 * Issue 12, search: a query matches at the start of a name or of a word in it,
 * never inside a word ("Essen" finds Essen, not Giessen, Biesenthal, Wesenberg
 * or Jesenice); spellings still meet (Nischni, Nizhny, Нижний). A keystroke
 * compares the query with keys made once per city per feed.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { readFeedObject } from '../../src/feed/loader.js';
import '../../src/partnership-map/define.js';
import { filterMap, mapModelOf } from '../../src/partnership-map/model.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { EAGER_CITIES, REACHING } from '../../src/partnership-map/prepare.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { matchesSearch } from '../../src/partnership-map/search-keys.js';
import { city } from '../support/feeds.js';
import { belowTheFold, idleTimes, resetPage, searchMap, shadow, texts, until } from '../support/widgets.js';

/** Essen and the towns whose names hold "essen" inside a word, each a partner of Nizhny Novgorod. */
const NAMES = ['Essen', 'Giessen', 'Biesenthal', 'Wesenberg', 'Jesenice', 'Essen-Werden', 'Bad Essen', 'Lessenich'];
const idOf = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
const essenFeed = {
  version: 1,
  cities: [
    ...NAMES.map((name) => city(idOf(name), 'DE', name)),
    city('nizhny-novgorod', 'RU', { de: 'Nischni Nowgorod', ru: 'Нижний Новгород', en: 'Nizhny Novgorod' }),
  ],
  partnerships: NAMES.map((name) => ({ id: `${idOf(name)}--nn`, cities: [idOf(name), 'nizhny-novgorod'], since: '1991-09-09' })),
};

async function mapOf(feed: object, place?: (element: PartnershipMap) => void): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.feed = feed as FeedDocument;
  element.view = 'table';
  place?.(element);
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="row"]'), 'no table');
  await element.updateComplete;
  return element;
}

/** A map of the feed on screen, its markers placed: the element, its shadow root and its search field. */
async function mapShown(feed: object): Promise<{ element: PartnershipMap; root: ShadowRoot; field: HTMLInputElement }> {
  const element = document.createElement('partnership-map');
  element.feed = feed as FeedDocument;
  document.body.append(element);
  const root = shadow(element);
  await until(() => root.querySelector('[part~="marker"]'), 'no marker');
  await element.updateComplete;
  return { element, root, field: root.querySelector<HTMLInputElement>('[part~="search"]')! };
}

/** A map of the feed below the fold, its markers placed, after five turns of idle time in which it could have prepared its search. */
async function idleBelowTheFold(feed: object): Promise<{ element: PartnershipMap; root: ShadowRoot }> {
  const element = document.createElement('partnership-map');
  element.feed = feed as FeedDocument;
  belowTheFold(element);
  document.body.append(element);
  const root = shadow(element);
  await until(() => root.querySelector('[part~="marker"]'), 'no marker');
  await element.updateComplete;
  await idleTimes(5);
  return { element, root };
}

describe('<partnership-map> search', function () {
  this.timeout(120_000);

  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('matches at the start of a name or of a word, never inside a word', () => {
    expect(matchesSearch('Essen', ['Essen'])).to.equal(true);
    expect(matchesSearch('Essen', ['Essen-Werden'])).to.equal(true);
    expect(matchesSearch('Essen', ['Bad Essen'])).to.equal(true);
    expect(matchesSearch('Lichtenberg', ['Berlin-Lichtenberg'])).to.equal(true);
    for (const name of ['Giessen', 'Biesenthal', 'Wesenberg', 'Jesenice', 'Lessenich']) expect(matchesSearch('Essen', [name]), name).to.equal(false);
  });

  it('finds names with letters that keep no accent to drop, typed without them: Polish ł, Danish and Norwegian ø and æ, Turkish ı, đ, Icelandic ð and þ', () => {
    const typed: [string, string][] = [
      ['Bialystok', 'Białystok'],
      ['lodz', 'ŁÓDŹ'],
      ['Boleslawiec', 'Bolesławiec'],
      ['Tromso', 'Tromsø'],
      ['Tromsoe', 'Tromsø'],
      ['Baerum', 'Bærum'],
      ['Barum', 'Bærum'],
      ['Bagcilar', 'Bağcılar'],
      ['Da Nang', 'Đà Nẵng'],
      ['Gardabaer', 'Garðabær'],
      ['Thorlakshofn', 'Þorlákshöfn'],
      ['Oeuilly', 'Œuilly'],
    ];
    for (const [query, name] of typed) expect(matchesSearch(query, [name]), `${query} → ${name}`).to.equal(true);
    // The letter itself still finds the name, and no more than before: "Tromsø" is not "Trams".
    expect(matchesSearch('Białystok', ['Bialystok'])).to.equal(true);
    expect(matchesSearch('Tromsø', ['Trams'])).to.equal(false);
  });

  it('finds a name at every keystroke of it, also typed halfway through a sound written with several letters (the ch of Munich, the tsch of Tscheljabinsk)', () => {
    const names = [
      'Munich',
      'Zürich',
      'Tscheljabinsk',
      'Schwerin',
      'Shanghai',
      'Chicago',
      'Kharkiv',
      'Zhengzhou',
      'Mytischtschi',
      'Nizhny Novgorod',
      'Potsdam',
      'Katowice',
    ];
    for (const name of names)
      for (let length = 1; length <= name.length; length++)
        expect(matchesSearch(name.slice(0, length), [name]), `"${name.slice(0, length)}" → ${name}`).to.equal(true);
    // In other spellings too: Челябинск typed in German, Харьков in English.
    for (const [typed, name] of [
      ['Tsc', 'Челябинск'],
      ['K', 'Харьков'],
      ['Z', 'Житомир'],
    ])
      expect(matchesSearch(typed, [name]), `"${typed}" → ${name}`).to.equal(true);
    // No more than the letters typed allow: "Munic" is not "Munster", "Tsc" not "Tambov".
    expect(matchesSearch('Munic', ['Munster'])).to.equal(false);
    expect(matchesSearch('Tsc', ['Tambov'])).to.equal(false);
  });

  it('finds a Greek name at every keystroke typed in capitals, and with σ for a final ς (lower case writes a final Σ as ς)', () => {
    for (const name of ['Θεσσαλονίκη', 'Άγιος Νικόλαος']) {
      const capitals = name.toUpperCase();
      for (let length = 1; length <= capitals.length; length++)
        expect(matchesSearch(capitals.slice(0, length), [name]), `"${capitals.slice(0, length)}" → ${name}`).to.equal(true);
    }
    expect(matchesSearch('Αγιοσ Νικολαοσ', ['Άγιος Νικόλαος'])).to.equal(true);
    expect(matchesSearch('Αγιος', ['ΆΓΙΟΣ ΝΙΚΌΛΑΟΣ'])).to.equal(true);
    expect(matchesSearch('Θεσ', ['Θεά'])).to.equal(false);
  });

  it('finds a Korean name at every keystroke, where the keyboard writes the next consonant as the final of the last syllable until its vowel is typed', () => {
    // 서울 (Seoul) is typed ㅅ, 서, 성, 서우, 서울; 부산 (Busan) 부, 붓, 부사, 부산; of 닭갈비, 달 becomes 닭 (a double final), and 닭갈 takes the ㅂ as one (닭갋) until the ㅣ.
    const typing: [string, string[]][] = [
      ['서울', ['ㅅ', '서', '성', '서우', '서울']],
      ['부산', ['ㅂ', '부', '붓', '부사', '부산']],
      ['광주', ['과', '광', '광ㅈ', '광주']],
      ['춘천', ['추', '춘', '춘ㅊ', '춘처', '춘천']],
      ['닭갈비', ['다', '달', '닭', '닭ㄱ', '닭가', '닭갈', '닭갋', '닭갈비']],
    ];
    for (const [name, keystrokes] of typing) for (const typed of keystrokes) expect(matchesSearch(typed, [name]), `"${typed}" → ${name}`).to.equal(true);
    // Only the final of the last syllable may begin the next one; its vowel stays.
    expect(matchesSearch('성', ['사울'])).to.equal(false);
    expect(matchesSearch('성우', ['서울'])).to.equal(false);
  });

  it('finds a name with a character that shows nothing inside it (a soft hyphen, a zero-width space or joiner), and a scholarly č, š, ž as ch, sh, zh', () => {
    expect(matchesSearch('Berlin', ['Ber\u200Blin'])).to.equal(true);
    expect(matchesSearch('Hamburg', ['Ham\u00ADburg'])).to.equal(true);
    expect(matchesSearch('Köln', ['K\u200Döln'])).to.equal(true);
    expect(matchesSearch('Čeljabinsk', ['Челябинск'])).to.equal(true);
    expect(matchesSearch('Šatura', ['Шатура'])).to.equal(true);
    expect(matchesSearch('Žukovskij', ['Жуковский'])).to.equal(true);
    // Typed without the háček, and with it, the Serbian and Czech names are found as before.
    expect(matchesSearch('Cacak', ['Čačak'])).to.equal(true);
    expect(matchesSearch('Čačak', ['Čačak'])).to.equal(true);
  });

  it('finds a name in Cyrillic alone typed in the German transliteration of з, х, ц and ё, and ё typed as yo', () => {
    const typed: [string, string][] = [
      ['Kasan', 'Казань'],
      ['Chabarowsk', 'Хабаровск'],
      ['Archangelsk', 'Архангельск'],
      ['Lipezk', 'Липецк'],
      ['Orjol', 'Орёл'],
      ['Oryol', 'Орёл'],
      ['Koroljow', 'Королёв'],
      ['Shchyolkovo', 'Щёлково'],
      // A Ukrainian name with an apostrophe, in German.
      ['Kamjanez', 'Кам’янець-Подільський'],
      // A German name typed in Cyrillic.
      ['Хабаровск', 'Chabarowsk'],
    ];
    for (const [query, name] of typed) expect(matchesSearch(query, [name]), `${query} → ${name}`).to.equal(true);
    // The English spellings, and Cyrillic typed with or without ё, as before.
    for (const [query, name] of [
      ['Kazan', 'Казань'],
      ['Khabarovsk', 'Хабаровск'],
      ['Lipetsk', 'Липецк'],
      ['Orel', 'Орёл'],
      ['Орел', 'Орёл'],
      ['Орёл', 'Орел'],
    ])
      expect(matchesSearch(query, [name]), `${query} → ${name}`).to.equal(true);
    // No more than the letters typed allow.
    expect(matchesSearch('Kasan', ['Kazakhstan'])).to.equal(false);
    expect(matchesSearch('Chab', ['Хорол'])).to.equal(false);
  });

  it('finds a name with Sankt, Saint or St. typed with another of them ("St. Petersburg" for Sankt Petersburg, "Sankt Gallen" for St. Gallen), at every keystroke', () => {
    const typed: [string, string][] = [
      ['St. Petersburg', 'Sankt Petersburg'],
      ['St Petersburg', 'Saint Petersburg'],
      ['Sankt Petersburg', 'St. Petersburg'],
      ['Saint Petersburg', 'St. Petersburg'],
      ['Sankt Gallen', 'St. Gallen'],
      ['St. Augustin', 'Sankt Augustin'],
      ['St-Étienne', 'Saint-Étienne'],
      ['Saint-Etienne', 'St-Étienne'],
      ['Sankt-Peterburg', 'St. Peterburg'],
      ['St. Pe', 'Санкт-Петербург'],
    ];
    for (const [query, name] of typed) expect(matchesSearch(query, [name]), `${query} → ${name}`).to.equal(true);
    for (const query of ['S', 'Sa', 'San', 'Sank', 'Sankt', 'Sankt P', 'St', 'St.', 'St. P', 'Sai', 'Saint P'])
      expect(matchesSearch(query, ['St. Petersburg']), `${query} → St. Petersburg`).to.equal(true);
    // Whole words only: Stuttgart is not a saint's town, nor is Santa Cruz.
    expect(matchesSearch('Sankt', ['Stuttgart'])).to.equal(false);
    expect(matchesSearch('St. Cruz', ['Santa Cruz'])).to.equal(false);
  });

  it('finds a name with Sainte or Ste. typed with the other ("Ste-Foy" for Sainte-Foy), at every keystroke, and keeps them apart from Saint and St.', () => {
    for (const [query, name] of [
      ['Ste-Foy-lès-Lyon', 'Sainte-Foy-lès-Lyon'],
      ['Sainte-Geneviève-des-Bois', 'Ste-Geneviève-des-Bois'],
      ['Ste. Maxime', 'Sainte-Maxime'],
    ])
      for (let typed = 1; typed <= query.length; typed++)
        expect(matchesSearch(query.slice(0, typed), [name]), `${query.slice(0, typed)} → ${name}`).to.equal(true);
    // A female saint is not a male one: "St. Foy" is not Sainte-Foy, "Sainte Gallen" not St. Gallen.
    expect(matchesSearch('St. Foy', ['Sainte-Foy'])).to.equal(false);
    expect(matchesSearch('Sainte Gallen', ['St. Gallen'])).to.equal(false);
  });

  it('finds a name that begins a word with е or Ye typed with E, as English and French often write it (Ekaterinburg, Elabuga, Elets), as well as with Ye and Je', () => {
    for (const query of ['Ekaterinburg', 'Yekaterinburg', 'Jekaterinburg', 'Ekat']) expect(matchesSearch(query, ['Екатеринбург']), query).to.equal(true);
    expect(matchesSearch('Elabuga', ['Елабуга'])).to.equal(true);
    expect(matchesSearch('Ekaterinburg', ['Jekaterinburg', 'Yekaterinburg'])).to.equal(true);
    expect(matchesSearch('Elets', ['Yelets'])).to.equal(true);
    // Not a German J: "Essen" is not Jessen.
    expect(matchesSearch('Essen', ['Jessen'])).to.equal(false);
    // Only at a word's start: Sergiyev Posad is not "Sergiev" written as "Sergev".
    expect(matchesSearch('Sergev', ['Сергиев Посад'])).to.equal(false);
  });

  it('finds a name written with an apostrophe typed without it, or with another apostrophe (Nuku’alofa, Кам’янець, Fargʻona)', () => {
    const typed: [string, string][] = [
      ['Nukualofa', "Nuku'alofa"],
      ['Nuku’alofa', "Nuku'alofa"],
      ['Alofa', "Nuku'alofa"],
      ['Kamianets', 'Кам’янець-Подільський'],
      ['Kamyanets', 'Кам’янець-Подільський'],
      ["Кам'янець", 'Кам’янець-Подільський'],
      ['Fargona', 'Fargʻona'],
      ["Farg'ona", 'Fargʻona'],
      ['Villeneuve-d’Ascq', "Villeneuve-d'Ascq"],
    ];
    for (const [query, name] of typed) expect(matchesSearch(query, [name]), `${query} → ${name}`).to.equal(true);
    expect(matchesSearch('Nukualofa', ['Nuku Hiva'])).to.equal(false);
  });

  it('lists Munich in the search field at every keystroke of "Munich"', async () => {
    const feed = {
      version: 1,
      cities: [city('munich', 'DE', { de: 'München', en: 'Munich' }), city('kiev', 'UA', { de: 'Kiew', en: 'Kyiv' }), city('munster', 'DE', 'Münster')],
      partnerships: [
        { id: 'munich--kiev', cities: ['munich', 'kiev'], since: '1989-05-29' },
        { id: 'munster--kiev', cities: ['munster', 'kiev'], since: '1990-01-01' },
      ],
    };
    const element = await mapOf(feed);
    const root = shadow(element);
    for (const typed of ['M', 'Mu', 'Mun', 'Muni', 'Munic', 'Munich']) {
      await searchMap(element, typed);
      await until(() => texts(root, '[part~="row"] th:first-child').includes('Munich'), `"${typed}" did not list Munich`);
    }
    await until(() => texts(root, '[part~="summary"]')[0] === '1 partnership, 2 cities', '"Munich" did not leave Münster out');
  });

  it('"Essen" in the search field lists Essen, Essen-Werden and Bad Essen, not Giessen, Biesenthal, Wesenberg, Jesenice or Lessenich', async () => {
    const element = await mapOf(essenFeed);
    const root = shadow(element);
    await searchMap(element, 'Essen');
    await until(() => texts(root, '[part~="summary"]')[0] === '3 partnerships, 4 cities', 'the search did not narrow the table');
    expect(texts(root, '[part~="row"] th:first-child').sort()).to.deep.equal(['Bad Essen', 'Essen', 'Essen-Werden']);
    const read = await readFeedObject(essenFeed);
    if (!read.ok) throw new Error('the feed does not load');
    const model = mapModelOf(read.feed);
    expect(
      filterMap(model, { search: 'essen' })
        .partnerships.map((entry) => entry.cities[0].id)
        .sort(),
    ).to.deep.equal(['bad-essen', 'essen', 'essen-werden']);
  });

  it('"Nischni", "Nizhny" and "Нижний" find Nizhny Novgorod, in every language of the page', async () => {
    const element = await mapOf(essenFeed);
    const root = shadow(element);
    for (const query of ['Nischni', 'Nizhny', 'Нижний', 'Nowgorod']) {
      await searchMap(element, query);
      await until(
        () => texts(root, '[part~="summary"]')[0] === `${NAMES.length} partnerships, ${NAMES.length + 1} cities`,
        `${query} did not find Nizhny Novgorod`,
      );
      expect(
        texts(root, '[part~="row"] td:nth-child(3)').every((name) => name === 'Nizhny Novgorod'),
        query,
      ).to.equal(true);
    }
    await searchMap(element, 'Novgorodsk');
    await until(() => root.querySelector('[part~="empty"]'), 'a longer query than the name still found it');
  });

  it('once a visitor reaches for the map, its search keys and table names are made in idle time: the first keystroke and the table then make none', async () => {
    const document_ = generateFeed({ partnerships: 3_000, sessions: 0, seed: 12 }) as { partnerships: { cities: string[] }[] };
    const cityCount = new Set(document_.partnerships.flatMap((partnership) => partnership.cities)).size;
    const keyed = mapWork.searchKeys;
    const ranked = mapWork.sortKeys;
    // Out of the window: a map of this many cities in view would prepare without a visitor (the next test).
    const { element, root } = await idleBelowTheFold(document_);
    expect(mapWork.searchKeys - keyed, 'search keys when the map opens').to.equal(0);
    expect(mapWork.sortKeys - ranked, 'names ranked when the map opens').to.equal(0);
    element.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => mapWork.searchKeys - keyed === cityCount && mapWork.sortKeys - ranked >= cityCount, 'search keys and name ranks not prepared');
    const keys = mapWork.searchKeys;
    const sortKeys = mapWork.sortKeys;
    const summary = texts(root, '[part~="summary"]')[0];
    await searchMap(element, 'Town 12');
    await until(() => texts(root, '[part~="summary"]')[0] !== summary, 'the search changed nothing');
    await searchMap(element, '');
    element.view = 'table';
    await until(() => root.querySelector('[part~="row"]'), 'no table');
    expect(mapWork.searchKeys - keys, 'search keys made by the keystroke').to.equal(0);
    expect(mapWork.sortKeys - sortKeys, 'names ranked for the table').to.equal(0);
  });

  it('a map of many cities prepares its search once it is in the window, with no visitor reaching for it; not while below the fold', async () => {
    const document_ = generateFeed({ partnerships: 4_000, sessions: 0, seed: 14 }) as { partnerships: { cities: string[] }[] };
    const cityCount = new Set(document_.partnerships.flatMap((partnership) => partnership.cities)).size;
    expect(cityCount, 'cities: as many as a map prepares for when it is in view').to.be.at.least(EAGER_CITIES);
    const keyed = mapWork.searchKeys;
    const { element, root } = await idleBelowTheFold(document_);
    expect(mapWork.searchKeys - keyed, 'search keys of a map below the fold').to.equal(0);
    const reached: string[] = [];
    for (const type of REACHING) element.addEventListener(type, () => reached.push(type));
    element.style.marginTop = '';
    await until(() => mapWork.searchKeys - keyed === cityCount, 'search keys not prepared once the map is in the window');
    const summary = texts(root, '[part~="summary"]')[0];
    await searchMap(element, 'Town 12');
    await until(() => texts(root, '[part~="summary"]')[0] !== summary, 'the search changed nothing');
    expect(mapWork.searchKeys - keyed, 'search keys made by the keystroke').to.equal(cityCount);
    expect(reached, 'events of a visitor reaching for the map').to.deep.equal([]);
  });

  it('a visitor who reached for the map before its feed was there gets the search prepared once it is', async () => {
    const document_ = generateFeed({ partnerships: 500, sessions: 0, seed: 13 }) as { partnerships: { cities: string[] }[] };
    const cityCount = new Set(document_.partnerships.flatMap((partnership) => partnership.cities)).size;
    const keyed = mapWork.searchKeys;
    const element = document.createElement('partnership-map');
    document.body.append(element);
    await element.updateComplete;
    element.dispatchEvent(new FocusEvent('focusin'));
    element.feed = document_ as FeedDocument;
    await until(() => shadow(element).querySelector('[part~="marker"]'), 'no marker');
    await until(() => mapWork.searchKeys - keyed === cityCount, 'search keys not prepared');
  });

  it('with 25,000 partnerships, each city name is made a search key once per feed, not per keystroke', async () => {
    const document = generateFeed({ partnerships: 25_000, sessions: 10 }) as { partnerships: { cities: string[] }[] };
    const cityCount = new Set(document.partnerships.flatMap((partnership) => partnership.cities)).size;
    const before = mapWork.searchKeys;
    const filtersBefore = mapWork.filters;
    // Out of the window: a map this large in view prepares its search keys in idle time (the test above).
    const element = await mapOf(document, belowTheFold);
    expect(mapWork.searchKeys - before, 'search keys before any search').to.equal(0);
    const root = shadow(element);
    for (const query of ['T', 'To', 'Tow', 'Town', 'Town 1', 'Town 12', 'Town 1', 'Город 12']) {
      await searchMap(element, query);
      await until(() => root.querySelector('[part~="row"], [part~="empty"]'), `no answer to ${query}`);
    }
    expect(mapWork.searchKeys - before, 'cities made search keys').to.equal(cityCount);
    // One filtering per distinct query (Town 1 typed again is kept), and one for the feed with no query.
    expect(mapWork.filters - filtersBefore, 'filterings').to.equal(8);
    expect(texts(root, '[part~="row"] th:first-child, [part~="row"] td:nth-child(3)').some((name) => /^Town 12/.test(name))).to.equal(true);
  });

  it('Enter in the search opens the city it most likely means: a whole name first, else the one with most partnerships; on the map only', async () => {
    // Essen-Werden has two partnerships more than Essen.
    const feed = {
      ...essenFeed,
      cities: [...essenFeed.cities, city('tula', 'RU', 'Tula'), city('tver', 'RU', 'Tver')],
      partnerships: [
        ...essenFeed.partnerships,
        { id: 'essen-werden--tula', cities: ['essen-werden', 'tula'], since: '1995' },
        { id: 'essen-werden--tver', cities: ['essen-werden', 'tver'], since: '1996' },
      ],
    };
    const { element, root, field } = await mapShown(feed);
    const enter = async (query: string) => {
      field.focus();
      await searchMap(element, query);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
    };
    const opened = async () => {
      await until(() => root.activeElement?.part.contains('panel-heading'), 'the details were not opened and focused');
      return root.activeElement!.textContent!.trim();
    };

    await enter('Ess');
    expect(await opened(), 'the most partnerships').to.contain('Essen-Werden');
    await enter('essen');
    expect(await opened(), 'the whole name').to.match(/^Essen\b(?!-)/);
    // In another spelling (the Russian name of Nizhny Novgorod, the partner of every town).
    await enter('нижний');
    expect(await opened()).to.contain('Nizhny Novgorod');

    // Nothing found: Enter does nothing, the focus stays.
    await enter('Qqzx');
    expect(root.activeElement).to.equal(field);
    // The table shows the search's rows already: Enter there leaves the focus in the field too.
    await searchMap(element, '');
    element.view = 'table';
    await until(() => root.querySelector('[part~="row"]'), 'no table');
    await enter('Ess');
    expect(root.activeElement).to.equal(field);
  });

  it('the keyboard help, which is the map’s description, says that Enter in the search field opens the best match (en, de, ru)', async () => {
    const said = { en: /Enter in the search field opens/, de: /Im Suchfeld öffnet die Eingabetaste/, ru: /В поле поиска Enter открывает/ };
    try {
      for (const [language, pattern] of Object.entries(said)) {
        await setLanguage(language);
        const { element, root } = await mapShown(essenFeed);
        const help = root.getElementById(root.querySelector('[part~="map"]')!.getAttribute('aria-describedby')!)!;
        expect(help.textContent, language).to.match(pattern);
        element.remove();
      }
    } finally {
      await setLanguage('en');
    }
  });

  it('Enter that commits an input method’s word (Safari: after compositionend, keyCode 229) opens nothing; the next Enter does', async () => {
    const { element, root, field } = await mapShown(essenFeed);
    field.focus();
    await searchMap(element, 'Essen');
    const selected: string[] = [];
    element.addEventListener('city-select', (event) => selected.push((event as CustomEvent<{ city: { id: string } }>).detail.city.id));
    const enter = (init: KeyboardEventInit) => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init }));
    // Safari sends compositionend first, then the Enter's keydown with isComposing false and keyCode 229 (WebKit bug 165004).
    field.dispatchEvent(new CompositionEvent('compositionend', { data: 'Essen', bubbles: true }));
    enter({ keyCode: 229 });
    enter({ isComposing: true });
    await element.updateComplete;
    expect(selected, 'an Enter of the input method').to.deep.equal([]);
    expect(root.activeElement).to.equal(field);
    enter({ keyCode: 13 });
    expect(selected).to.deep.equal(['essen']);
  });

  it('Enter on a name that several cities bear (Paris in Texas and in France) opens the one with most partnerships, wherever the feed lists it', async () => {
    const feed = {
      version: 1,
      cities: [
        city('paris-tx', 'US', 'Paris'),
        city('paris', 'FR', 'Paris'),
        city('rome', 'IT', 'Rome'),
        city('berlin', 'DE', 'Berlin'),
        city('kyoto', 'JP', 'Kyoto'),
      ],
      partnerships: [
        { id: 'paris-tx--berlin', cities: ['paris-tx', 'berlin'], since: '1990' },
        { id: 'paris--rome', cities: ['paris', 'rome'], since: '1956' },
        { id: 'paris--berlin', cities: ['paris', 'berlin'], since: '1987' },
        { id: 'paris--kyoto', cities: ['paris', 'kyoto'], since: '1958' },
      ],
    };
    const { element, root, field } = await mapShown(feed);
    field.focus();
    await searchMap(element, 'Paris');
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement?.part.contains('panel-heading'), 'the details were not opened and focused');
    expect(texts(root, '[part~="panel-summary"]')[0]).to.match(/^France, 3 partnerships$/);
  });
});
