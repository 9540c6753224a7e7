import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { formatCalendarDate, formatDaysFromNow, formatYears, plural } from '../../src/i18n/format.js';

const date = (text: string) => {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe('Intl formatting', () => {
  it('counts years with Russian plural forms', () => {
    expect([1, 2, 5, 21, 30, 60].map((n) => formatYears(n, 'ru'))).to.deep.equal(['1 год', '2 года', '5 лет', '21 год', '30 лет', '60 лет']);
    expect(formatYears(30, 'de')).to.equal('30 Jahre');
    expect(formatYears(1, 'en')).to.equal('1 year');
  });

  it('picks messages by plural category', () => {
    const forms = { one: 'партнёрство', few: 'партнёрства', many: 'партнёрств', other: 'партнёрства' };
    expect([1, 2, 5, 21, 11, 22].map((n) => `${n} ${plural(n, forms, 'ru')}`)).to.deep.equal([
      '1 партнёрство',
      '2 партнёрства',
      '5 партнёрств',
      '21 партнёрство',
      '11 партнёрств',
      '22 партнёрства',
    ]);
    expect(plural(1, { one: 'Partnerschaft', other: 'Partnerschaften' }, 'de')).to.equal('Partnerschaft');
    expect(plural(3, { one: 'Partnerschaft', other: 'Partnerschaften' }, 'de')).to.equal('Partnerschaften');
  });

  // English as in Britain: day before month ("26 September 2001"), like the UI's spelling.
  it('formats a partial date at its own precision', () => {
    expect(formatCalendarDate(date('1961'), 'de')).to.equal('1961');
    expect(formatCalendarDate(date('2011-04'), 'de')).to.equal('April 2011');
    expect(formatCalendarDate(date('2001-09-26'), 'de')).to.equal('26. September 2001');
    expect(formatCalendarDate(date('2011-04'), 'ru')).to.match(/^апрель 2011/);
    expect(formatCalendarDate(date('2001-09-26'), 'ru')).to.match(/^26 сентября 2001/);
    expect(formatCalendarDate(date('2001-09-26'), 'en')).to.equal('26 September 2001');
  });

  it('never shifts a date across midnight, whatever the reader’s zone', () => {
    expect(formatCalendarDate(date('2001-01-01'), 'en')).to.equal('1 January 2001');
    expect(formatCalendarDate(date('2001-12-31'), 'en')).to.equal('31 December 2001');
  });

  it('says "today" and "in N days"', () => {
    expect(formatDaysFromNow(0, 'en')).to.equal('today');
    expect(formatDaysFromNow(12, 'de')).to.equal('in 12 Tagen');
    expect(formatDaysFromNow(5, 'ru')).to.equal('через 5 дней');
  });
});
