import { expect } from '@open-wc/testing';
import { allVersions, isolated, localise, paragraphs, safeHref } from '../../src/feed/text.js';
import { laidOutInOrder } from '../support/widgets.js';

describe('localise', () => {
  const text = { de: 'Gesundheit', ru: 'Здоровье', en: 'Health' };

  it('picks the active language', () => {
    expect(localise(text, 'ru')).to.equal('Здоровье');
    expect(localise(text, 'de-AT')).to.equal('Gesundheit');
  });

  it('falls back to en, then de, then any language present', () => {
    expect(localise(text, 'fr')).to.equal('Health');
    expect(localise({ de: 'Nur Deutsch', ru: 'Только русский' }, 'fr')).to.equal('Nur Deutsch');
    expect(localise({ uk: 'Лише українська' }, 'de')).to.equal('Лише українська');
  });

  it('treats an empty translation as missing', () => {
    expect(localise({ ru: ' ', en: 'Health' }, 'ru')).to.equal('Health');
  });

  it('treats a translation of characters that show nothing (a zero-width space, direction marks, a soft hyphen) as missing', () => {
    for (const blank of ['\u200B', '\u200F\u200E', '\u00AD', ' \u2060 '])
      expect(localise({ de: blank, en: 'Berlin' }, 'de'), JSON.stringify(blank)).to.equal('Berlin');
  });

  it('returns plain strings as they are, and nothing for nothing', () => {
    expect(localise('Kaluga', 'ru')).to.equal('Kaluga');
    expect(localise(undefined, 'ru')).to.equal('');
  });

  it("isolates a line in a right-to-left script, so that it stands among the widgets' words as <bdi> shows it", () => {
    expect(localise({ de: 'Haifa', he: 'חיפה' }, 'he')).to.equal('\u2068חיפה\u2069');
    expect(localise('حلب', 'de')).to.equal('\u2068حلب\u2069');
    expect(localise({ en: 'Aleppo (حلب)' }, 'de')).to.equal('\u2068Aleppo (حلب)\u2069');
  });

  for (const [script, line] of [
    ['Syriac', 'ܐܘܪܗܝ'],
    ['Thaana', 'މާލެ'],
    ["N'Ko", 'ߓߡߊߞߐ'],
  ]) {
    it(`isolates a line with ${script}`, () => expect(isolated(line)).to.equal(`\u2068${line}\u2069`));
  }

  for (const [script, line] of [
    ['Latin', 'Nizhny Novgorod, Städtepartnerschaft 1991'],
    ['Cyrillic', 'Нижний Новгород'],
    ['Greek', 'Θεσσαλονίκη'],
    ['Chinese', '北京'],
    ['Devanagari', 'नगरों'],
    ['emoji', '🇩🇪 🤝 🇷🇺'],
    ['several lines, shown as blocks of their own', 'חיפה\nHaifa'],
  ]) {
    it(`leaves ${script} as it is`, () => expect(isolated(line)).to.equal(line));
  }

  it('drops the bidirectional formatting of a line it isolates: an override left open, a PDI that would end the isolation early, marks before its first letter', () => {
    const [RLE, PDF, RLO, RLI, PDI] = ['\u202B', '\u202C', '\u202E', '\u2067', '\u2069'];
    expect(isolated(`Essen${RLO}1985`)).to.equal('\u2068Essen1985\u2069');
    expect(isolated(`Essen${PDI}${RLO}1985`)).to.equal('\u2068Essen1985\u2069');
    expect(isolated(`Haifa (${RLI}חיפה${PDI}) ${RLE}abc${PDF}`)).to.equal('\u2068Haifa (חיפה) abc\u2069');
    // The marks before the first letter too: that letter decides the line's direction, not a mark.
    expect(isolated('\u200EEssen')).to.equal('\u2068Essen\u2069');
    expect(isolated('\u200F"\u061CEssen')).to.equal('\u2068"Essen\u2069');
    // A mark after a letter opens nothing and sets no direction: it stays where its author put it.
    expect(isolated('Essen\u200F\u200E')).to.equal('\u2068Essen\u200F\u200E\u2069');
  });

  it("keeps a mark after a name in a right-to-left script, which keeps the words and numbers after it in the line's direction", () => {
    // "Essen – الخليل, 1991": without the LRM the number belongs to the Arabic run, laid out "1991 ,الخليل".
    const line = document.createElement('p');
    line.style.cssText = 'font: 16px sans-serif; white-space: nowrap; direction: ltr';
    document.body.append(line);
    try {
      line.textContent = localise('Essen – الخليل\u200E, 1991', 'de');
      expect(laidOutInOrder(line.firstChild as Text, ', 1991'), `"${line.textContent}" laid out in order`).to.equal(true);
    } finally {
      line.remove();
    }
  });

  it('keeps the words and numbers after an isolated name in their order when laid out', () => {
    const line = document.createElement('p');
    line.style.cssText = 'font: 16px sans-serif; white-space: nowrap; direction: ltr';
    document.body.append(line);
    /** Whether `tail` is laid out in order after `name` in the paragraph. */
    const inOrder = (name: string, tail: string) => {
      line.textContent = `Berlin, Hamburg, ${name}${tail}`;
      return laidOutInOrder(line.firstChild as Text, tail);
    };
    try {
      // A map cluster's tooltip names a few cities and counts the partnerships.
      const tail = ' · 30 partnerships';
      // The fault the isolation prevents: the browser takes " · 30" into the Arabic name's run, shown "30 · حلب".
      expect(inOrder('حلب', tail), 'the tail without isolation').to.equal(false);
      expect(inOrder(localise('حلب', 'de'), tail), 'the tail after the isolated name').to.equal(true);
    } finally {
      line.remove();
    }
  });

  it('keeps the words after a text of several lines shown on one line in their order, when it leaves an override or embedding open', () => {
    // A name or title with a line break is not isolated (a text of several lines is shown as blocks of its
    // own), but a heading or table cell shows it on one line: an override it left open reversed the rest.
    const line = document.createElement('p');
    line.style.cssText = 'font: 16px sans-serif; direction: ltr';
    document.body.append(line);
    try {
      for (const opener of ['\u202E', '\u202B', '\u2067']) {
        const name = localise(`Essen ${opener}gnp.exe\nBerlin`, 'de');
        line.textContent = `${name} (1985) hosted the conference`;
        expect(laidOutInOrder(line.firstChild as Text, ' (1985) hosted'), `the words after a name with U+${opener.charCodeAt(0).toString(16)}`).to.equal(true);
      }
      expect(isolated('חיפה\u200F\nHaifa'), 'its marks, which open nothing, are kept').to.equal('חיפה\u200F\nHaifa');
    } finally {
      line.remove();
    }
  });

  it('lists every language version for search', () => {
    expect(allVersions(text)).to.deep.equal(['Gesundheit', 'Здоровье', 'Health']);
  });
});

describe('safeHref', () => {
  for (const url of ['https://example.org/a?b=1', 'http://example.org/', 'mailto:kaiser@example.org', 'tel:+493026390727']) {
    it(`lets ${url} become a link`, () => {
      expect(safeHref(url)).to.be.a('string');
    });
  }
  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/',
    '/relative',
    '',
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeHref(url)).to.equal(undefined);
    });
  }
});

describe('paragraphs', () => {
  it('splits at blank lines and trims', () => {
    expect(paragraphs('One\nline\n\n  Two  \n \nThree')).to.deep.equal(['One\nline', 'Two', 'Three']);
  });
});
