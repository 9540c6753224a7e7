/**
 * Issue 12, "real data is incomplete": a partnership's founding date is optional in the
 * feed contract, and validation counts the partnerships it dropped, so that a widget whose
 * list came out empty can say why.
 */
import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import { daysInMonth } from '../../src/feed/dates.js';
import { FeedDocumentSchema } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { city } from '../support/feeds.js';

function validated(document: unknown) {
  const result = validateFeed(document);
  if (!result.ok) throw new Error(result.failure.detail);
  return result;
}

describe('optional founding dates', () => {
  const cities = [city('a'), city('b', 'RU'), city('c', 'RU')];

  it('accepts partnerships without since, without a warning, and keeps partial dates as they are', () => {
    const { feed, warnings } = validated({
      version: 1,
      cities,
      partnerships: [
        { id: 'ab', cities: ['a', 'b'] },
        { id: 'ac', cities: ['a', 'c'], since: '1991', sinceQualifier: { en: 'summer' } },
        { id: 'bc', cities: ['b', 'c'], since: '2011-04' },
      ],
    });
    expect(warnings).to.deep.equal([]);
    expect(feed.partnerships.map((p) => [p.id, p.since])).to.deep.equal([
      ['ab', undefined],
      ['ac', '1991'],
      ['bc', '2011-04'],
    ]);
    expect(feed.dropped.partnerships).to.equal(0);
  });

  it('still drops a partnership whose since is given but is not a real date', () => {
    const { feed, warnings } = validated({
      version: 1,
      cities,
      partnerships: [
        { id: 'ab', cities: ['a', 'b'], since: '2021-02-30' },
        { id: 'ac', cities: ['a', 'c'], since: 1991 },
      ],
    });
    expect(feed.partnerships).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['$.partnerships[0].since', '$.partnerships[1].since']);
    expect(warnings.every((w) => w.message.endsWith('item dropped'))).to.equal(true);
  });

  it('leaves since out of the required fields of the JSON Schema', () => {
    const schema = toJsonSchema(FeedDocumentSchema, { errorMode: 'ignore' }) as {
      properties: { partnerships: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    const partnership = schema.properties.partnerships.items;
    expect(partnership.required).to.include('id').and.include('cities').and.not.include('since');
    expect(partnership.properties).to.have.property('since');
  });
});

describe('dropped partnerships', () => {
  it('counts every partnership validation dropped: bad items, duplicates, unknown or dropped cities', () => {
    const { feed } = validated({
      version: 1,
      // "far" has a latitude beyond 90°: dropped, and with it the partnership that names it.
      cities: [city('a'), city('b', 'RU'), { ...city('far', 'RU'), lat: 123 }],
      partnerships: [
        { id: 'ab', cities: ['a', 'b'], since: '1991' },
        { id: 'ab', cities: ['a', 'b'], since: '1992' },
        { id: 'a-ghost', cities: ['a', 'ghost'], since: '1993' },
        { id: 'a-far', cities: ['a', 'far'] },
        { id: 'bad', cities: ['a'] },
        'not an object',
      ],
    });
    expect(feed.partnerships.map((p) => p.id)).to.deep.equal(['ab']);
    expect(feed.dropped.partnerships).to.equal(5);
  });

  it('counts none for a feed without partnerships, and skips holes as validation does', () => {
    expect(validated({ version: 1 }).feed.dropped.partnerships).to.equal(0);
    const holes = [, { id: 'ab', cities: ['a', 'ghost'] }, ,];
    expect(validated({ version: 1, cities: [city('a')], partnerships: holes }).feed.dropped.partnerships).to.equal(1);
  });
});

describe('daysInMonth', () => {
  it('follows the proleptic Gregorian calendar, as Date does', () => {
    for (const year of [0, 4, 100, 400, 1900, 1991, 2000, 2024, 2100, 9999]) {
      for (let month = 1; month <= 12; month++) {
        const date = new Date(0);
        date.setUTCFullYear(year, month, 0);
        expect(daysInMonth(year, month), `${year}-${month}`).to.equal(date.getUTCDate());
      }
    }
  });
});
