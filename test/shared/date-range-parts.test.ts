import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/feed/dates.js';
import { formatDateRange, formatDateRangeParts } from '../../src/shared/conference-text.js';

const day = (value: string) => parseCalendarDate(value);

describe('formatDateRangeParts', () => {
  it('splits a range into the first day, the last day and what they share', () => {
    expect(formatDateRangeParts(day('2021-06-28'), day('2021-06-30'), 'de')).to.deep.equal([
      { text: '28', source: 'startRange' },
      { text: '.–', source: 'shared' },
      { text: '30', source: 'endRange' },
      { text: '.\u00a0Juni 2021', source: 'shared' },
    ]);
    const acrossYears = formatDateRangeParts(day('2021-12-30'), day('2022-01-02'), 'en');
    expect(acrossYears.filter((part) => part.source !== 'shared').map((part) => part.text)).to.deep.equal(['30\u00a0December 2021', '2\u00a0January 2022']);
  });

  it('keeps a single date, or dates of different precision, whole', () => {
    expect(formatDateRangeParts(day('2005'), undefined, 'ru')).to.deep.equal([{ text: '2005', source: 'startRange' }]);
    expect(formatDateRangeParts(day('2019-06-25'), day('2019-06-25'), 'en')).to.deep.equal([{ text: '25\u00a0June 2019', source: 'startRange' }]);
    expect(formatDateRangeParts(day('2019-06'), day('2019-06-28'), 'en').map((part) => part.source)).to.deep.equal(['startRange', 'shared', 'endRange']);
    expect(formatDateRangeParts(undefined, undefined, 'en')).to.deep.equal([]);
  });

  it('adds up to formatDateRange in every language', () => {
    for (const language of ['de', 'ru', 'en']) {
      for (const [start, end] of [
        ['2021-06-28', '2021-06-30'],
        ['2021-05', '2021-07'],
        ['2015', '2016'],
        ['2019-06', '2019-06-28'],
      ]) {
        const parts = formatDateRangeParts(day(start), day(end), language);
        expect(parts.map((part) => part.text).join(''), `${language} ${start}/${end}`).to.equal(formatDateRange(day(start), day(end), language));
        expect(parts.some((part) => part.source === 'startRange') && parts.some((part) => part.source === 'endRange'), `${language} ${start}/${end}`).to.equal(
          true,
        );
      }
    }
  });
});
