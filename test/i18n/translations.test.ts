/**
 * Fails when any message lacks its German or Russian translation, or when a
 * translation loses or invents a placeholder. `npm test` runs
 * `lit-localize extract` first, so a new msg() in the source shows up here.
 */
import { expect } from '@open-wc/testing';

async function units(language: string) {
  const response = await fetch(`/locales/${language}.xlf`);
  expect(response.ok, `locales/${language}.xlf`).to.equal(true);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...xml.getElementsByTagName('trans-unit')];
}

const placeholders = (element: Element | undefined) => [...(element?.getElementsByTagName('x') ?? [])].map((x) => x.getAttribute('equiv-text')).sort();

for (const language of ['de', 'ru']) {
  describe(`${language} translations`, () => {
    it('exist for every message, with the same placeholders', async () => {
      const all = await units(language);
      expect(all.length).to.be.greaterThan(10);
      // A target may be a placeholder alone: the Russian of "${roman}" is just the numeral.
      const translated = (target: Element | undefined) => Boolean(target?.textContent?.trim() || target?.getElementsByTagName('x').length);
      const missing = all.filter((unit) => !translated(unit.getElementsByTagName('target')[0])).map((unit) => unit.id);
      expect(missing, `untranslated in locales/${language}.xlf`).to.deep.equal([]);
      const mismatched = all
        .filter(
          (unit) =>
            JSON.stringify(placeholders(unit.getElementsByTagName('source')[0])) !== JSON.stringify(placeholders(unit.getElementsByTagName('target')[0])),
        )
        .map((unit) => unit.id);
      expect(mismatched, `placeholders differ in locales/${language}.xlf`).to.deep.equal([]);
    });

    it('differ from the English source where the text is a sentence', async () => {
      const same = (await units(language))
        .filter((unit) => {
          const source = unit.getElementsByTagName('source')[0]?.textContent ?? '';
          const target = unit.getElementsByTagName('target')[0]?.textContent ?? '';
          return source.includes(' ') && source === target;
        })
        .map((unit) => unit.id);
      expect(same, 'copied English text').to.deep.equal([]);
    });
  });
}

/**
 * The per-widget modules (scripts/split-translations.mjs) hold exactly what
 * lit-localize's whole-locale module holds, each id once (an id made from the
 * message's text shortened to its first `messageIdLength` characters); and every widget
 * class names its own group with loaders of that group's modules.
 */
describe('translations split per widget', () => {
  // A computed path: the test server serves the .ts source as it is named.
  const loadGroup = (language: string, group: string) =>
    import(`../../src/generated/locales/${language}/${group}.ts`) as Promise<{ default: Record<string, unknown> }>;

  for (const language of ['de', 'ru'] as const) {
    it(`${language}: every message is in exactly one group`, async () => {
      const { translationGroups, messageIdLength } = await import('../../src/generated/translation-groups.js');
      const whole = language === 'de' ? await import('../../src/generated/locales/de.js') : await import('../../src/generated/locales/ru.js');
      const ids: string[] = [];
      for (const group of translationGroups) ids.push(...Object.keys((await loadGroup(language, group)).default));
      expect(ids.length, 'ids in more than one group').to.equal(new Set(ids).size);
      const short = (id: string) => (/^[sh][0-9a-f]{16}$/.test(id) ? id.slice(0, messageIdLength) : id);
      expect([...ids].sort()).to.deep.equal(Object.keys(whole.templates).map(short).sort());
      expect(
        ids.filter((id) => id.length === messageIdLength),
        'short ids',
      ).to.not.be.empty;
    });
  }

  for (const language of ['de', 'ru'] as const) {
    it(`${language}: the module of every group (for pages with most widgets, src/cdn.ts) holds every group's strings`, async () => {
      const { translationGroups } = await import('../../src/generated/translation-groups.js');
      const groups = await Promise.all(translationGroups.map((group) => loadGroup(language, group)));
      expect((await loadGroup(language, 'all')).default).to.deep.equal(Object.assign({}, ...groups.map((module) => module.default)));
    });
  }

  it('every widget loads its own group', async () => {
    const { translationGroups } = await import('../../src/generated/translation-groups.js');
    const { WIDGET_MODULES } = await import('../../src/registry.js');
    const widgets = translationGroups.filter((group) => group !== 'shared');
    expect(widgets).to.have.members(Object.keys(WIDGET_MODULES));
    for (const tag of widgets) {
      await WIDGET_MODULES[tag as keyof typeof WIDGET_MODULES]();
      const translations = (customElements.get(tag) as unknown as { translations?: Record<string, unknown> & { group: string } }).translations;
      expect(translations?.group, `<${tag}> static translations`).to.equal(tag);
      for (const language of ['de', 'ru']) {
        const loaded = await (translations![language] as () => Promise<{ default: object }>)();
        expect(loaded.default, `<${tag}> ${language}`).to.equal((await loadGroup(language, tag)).default);
      }
    }
  });
});
