/**
 * The copy editor's rules of docs/translations.md ("Wording and typography"), held against
 * every text of locales/*.xlf: the English sources and the German and Russian targets; and the sample feed's dashes.
 */
import { expect } from '@open-wc/testing';

/** Each unit's id and its source or target text, placeholders as their equiv-text ("${n}"). */
async function texts(language: 'en' | 'de' | 'ru'): Promise<[id: string, text: string][]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${language === 'en' ? 'de' : language}.xlf`)).text(), 'application/xml');
  return [...xml.getElementsByTagName('trans-unit')].map((unit) => {
    const element = unit.getElementsByTagName(language === 'en' ? 'source' : 'target')[0];
    return [unit.id, [...element.childNodes].map((node) => (node instanceof Element ? node.getAttribute('equiv-text') : node.textContent)).join('')];
  });
}

/** The units whose text matches `pattern`, as "id: text". */
async function matching(language: 'en' | 'de' | 'ru', pattern: RegExp): Promise<string[]> {
  return (await texts(language)).filter(([, text]) => pattern.test(text)).map(([id, text]) => `${id}: ${text}`);
}

describe('wording and typography of the texts', () => {
  it('en: typographic apostrophes and quotes, an ellipsis character, no hyphen as a dash', async () => {
    expect(await matching('en', /['"]|\.\.\.| - /)).to.deep.equal([]);
  });

  it('de: „…“ quotes, an ellipsis character, no hyphen as a dash', async () => {
    expect(await matching('de', /["”«»']|\.\.\.| - /)).to.deep.equal([]);
    expect(await matching('de', /„[^“]*$/)).to.deep.equal([]);
    // A dash between words is an en dash with spaces in German, never the em dash.
    expect(await matching('de', /—/)).to.deep.equal([]);
  });

  // The texts address the reader as "Sie" ("Wählen Sie …"): a sentence that begins with "Sie" meaning "they"
  // reads as addressing the reader ("Die Daten sind beschädigt: Sie liegen nicht …").
  it('de: no sentence begins with "Sie", which would read as addressing the reader', async () => {
    expect(await matching('de', /(^|[.:!?] )Sie /)).to.deep.equal([]);
  });

  // plural() joins the numbers of a counted message (ids ending in -one, -few, -many, -other) by itself; any other
  // message keeps a value with the unit after it by a no-break space in its target ("в 2021 году", "01:00 Uhr").
  it('de, ru: a value and its unit ("году", "г.", "Uhr") are joined by a no-break space', async () => {
    for (const language of ['de', 'ru'] as const) {
      const found = (await matching(language, /(\}|\d) (году|г\.|Uhr)/)).filter((unit) => !/^[^:]*-(one|few|many|other):/.test(unit));
      expect(found, language).to.deep.equal([]);
    }
  });

  // "AG 3" / "РГ 3" start a session's title ("AG 3: Gesundheit"): a narrow card broke it as "AG" / "3: Gesundheit".
  it('de, ru: a working group’s abbreviation and its number are joined by a no-break space', async () => {
    for (const language of ['de', 'ru'] as const) expect(await matching(language, /(AG|РГ) \$\{/u), language).to.deep.equal([]);
  });

  it('ru: «…» quotes, an ellipsis character, no hyphen as a dash, ё where it belongs', async () => {
    expect(await matching('ru', /["„“”']|\.\.\.| - /)).to.deep.equal([]);
    // A dash between words is the em dash with spaces in Russian («Подробности — в консоли»); – only in ranges, without spaces.
    expect(await matching('ru', / – /)).to.deep.equal([]);
    expect(await matching('ru', /(?<![а-яё])(еще|ее|нее|партнер[а-я]*|объем[а-я]*|идет|начнет[а-я]*|отдален[а-я]*)(?![а-яё])/iu)).to.deep.equal([]);
    // "подходящий под …" is a calque of "match": "соответствующих поиску", as the other empty states say.
    expect(await matching('ru', /подходящ[а-яё]* под/iu)).to.deep.equal([]);
    // Two clauses after a colon are parted by a semicolon, not a comma: "одна линия на пару областей; чем больше …".
    expect(await matching('ru', /, чем больше/u)).to.deep.equal([]);
  });

  // The sample feed is what webmasters copy and what the demo, the stories and the tests show: its texts follow the same dash rules.
  it('the sample feed: a dash between words is an em dash in Russian texts and an en dash in German ones', async () => {
    const found: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value === 'string') {
        if ((key === 'ru' && / – /.test(value)) || (key === 'de' && /—/.test(value))) found.push(`${key}: ${value}`);
      } else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, name);
    };
    walk(await (await fetch('/demo/feed.json')).json());
    expect(found).to.deep.equal([]);
  });
});
