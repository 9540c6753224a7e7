import { expect } from '@open-wc/testing';
import { allVersions, localise, paragraphs, safeHref } from '../../src/feed/text.js';

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

  it('returns plain strings as they are, and nothing for nothing', () => {
    expect(localise('Kaluga', 'ru')).to.equal('Kaluga');
    expect(localise(undefined, 'ru')).to.equal('');
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
