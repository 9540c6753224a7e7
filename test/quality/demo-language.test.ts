/**
 * The demo pages speak the language they declare: a screen reader reads a page
 * with `lang="de"` in a German voice, so an English sentence in it is read as
 * German. Text in `<code>` is left out (commands and file names).
 */
import { expect } from '@open-wc/testing';

/** English words that do not occur in German or Russian prose. */
const ENGLISH = ['the', 'and', 'first', 'run', 'only', 'this', 'with', 'of', 'to', 'is', 'page'];

async function proseOf(url: string): Promise<{ lang: string; words: string[] }> {
  const answer = await fetch(url);
  const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
  page.querySelectorAll('code, script, style').forEach((element) => element.remove());
  const lang = page.documentElement.lang;
  // Text inside an element that declares another language is that language's.
  page.querySelectorAll(`body [lang]:not([lang="${lang}"])`).forEach((element) => element.remove());
  const text = `${page.title} ${page.body.textContent ?? ''}`;
  return { lang, words: text.toLowerCase().match(/\p{L}+/gu) ?? [] };
}

describe('demo pages', () => {
  it('embed.html is German throughout, as its lang="de" says', async () => {
    const { lang, words } = await proseOf('/demo/embed.html');
    expect(lang).to.equal('de');
    expect(words.length).to.be.greaterThan(10);
    expect(words.filter((word) => ENGLISH.includes(word))).to.deep.equal([]);
  });

  it('configurator.html is German throughout, as its lang="de" says', async () => {
    const { lang, words } = await proseOf('/demo/configurator.html');
    expect(lang).to.equal('de');
    expect(words.length).to.be.greaterThan(10);
    expect(words.filter((word) => ENGLISH.includes(word))).to.deep.equal([]);
  });
});
