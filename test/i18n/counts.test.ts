/**
 * src/i18n/counts.ts writes small whole numbers without an Intl.NumberFormat; it must write
 * exactly what Intl writes (formatYears: Intl's text with a no-break space after the number), for every
 * integer it takes, in each language, and leave every other number (and language) to Intl.
 */
import { expect } from '@open-wc/testing';
import { formatCount, formatYearsCount } from '../../src/i18n/counts.js';
import { formatYears } from '../../src/i18n/format.js';

const LANGUAGES = ['en', 'de', 'ru'];

describe('counts without Intl.NumberFormat', () => {
  for (const language of LANGUAGES) {
    it(`writes every integer 0–999 as Intl does, with and without "years", in ${language}`, () => {
      const plain = new Intl.NumberFormat(language);
      // Intl's, with a no-break space after the number, as formatYears writes them.
      const years = { format: (count: number) => formatYears(count, language) };
      const differ: string[] = [];
      for (let count = 0; count < 1000; count++) {
        if (formatCount(count, language) !== plain.format(count)) differ.push(`${count}: ${formatCount(count, language)} ≠ ${plain.format(count)}`);
        if (formatYearsCount(count, language) !== years.format(count))
          differ.push(`${count} years: ${formatYearsCount(count, language)} ≠ ${years.format(count)}`);
      }
      expect(differ).to.deep.equal([]);
    });

    it(`leaves larger, negative and fractional numbers to Intl in ${language}`, () => {
      // Intl's, with a no-break space after the number, as formatYears writes them.
      const years = { format: (count: number) => formatYears(count, language) };
      for (const count of [1000, 1951, 25_000, -1, 2.5]) {
        expect(formatCount(count, language)).to.equal(new Intl.NumberFormat(language).format(count));
        expect(formatYearsCount(count, language)).to.equal(years.format(count));
      }
    });
  }

  it('leaves another language, or a name that only looks like a key, to Intl', () => {
    expect(formatYearsCount(2, 'fr')).to.equal(formatYears(2, 'fr'));
    expect(formatYearsCount(2, 'toString')).to.equal(formatYears(2, 'toString'));
  });
});
