import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/model.js';
import { countJubilees, jubileesIn } from '../../src/jubilee-list/anniversaries.js';
import { city, sampleFeed } from '../support/feeds.js';

function feedOf(document: unknown): Feed {
  const result = validateFeed(document);
  if (!result.ok) throw new Error(result.failure.detail);
  return result.feed;
}

const JUNE_1_2021 = { year: 2021, month: 6, day: 1 };

describe('jubileesIn', () => {
  const feed = feedOf({
    version: 1,
    cities: [city('a'), city('b', 'RU'), city('c', 'RU'), city('d', 'RU'), city('e', 'PL')],
    partnerships: [
      { id: 'ab', cities: ['a', 'b'], since: '1991-09-09' },
      { id: 'ac', cities: ['a', 'c'], since: '2001' },
      { id: 'ad', cities: ['a', 'd'], since: '2006-04' },
      { id: 'cd', cities: ['c', 'd'], since: '1991-03-01' },
      { id: 'ae', cities: ['a', 'e'], since: '2021' },
      { id: 'be', cities: ['b', 'e'], since: '1992' },
    ],
  });

  it('groups round anniversaries by age, ascending', () => {
    const groups = jubileesIn(feed, { year: 2021, step: 10 }, JUNE_1_2021, 'en');
    expect(groups.map((g) => [g.years, g.jubilees.map((j) => j.partnership.id)])).to.deep.equal([
      [20, ['ac']],
      [30, ['cd', 'ab']],
    ]);
    expect(countJubilees(groups)).to.equal(3);
  });

  it('adds the half-decades with step 5 and leaves out the founding year itself', () => {
    const groups = jubileesIn(feed, { year: 2021, step: 5 }, JUNE_1_2021, 'en');
    expect(groups.map((g) => g.years)).to.deep.equal([15, 20, 30]);
  });

  it('filters by city and names that city first', () => {
    const groups = jubileesIn(feed, { year: 2021, step: 10, city: 'b' }, JUNE_1_2021, 'en');
    expect(groups).to.have.length(1);
    expect(groups[0].jubilees.map((j) => j.cities.map((c) => c.id))).to.deep.equal([['b', 'a']]);
  });

  it("orders a city's partnerships of one date by the partner's name, as the others by the first city's (a town's own page)", () => {
    // Essen first in some, second in others; the partners in no order of their names.
    const names = ['Tula', 'Grenoble', 'Nizhny Novgorod', 'Changzhou', 'Sunderland'];
    const town = feedOf({
      version: 1,
      cities: [city('essen', 'DE', 'Essen'), ...names.map((name, i) => city(`p${i}`, 'RU', name))],
      partnerships: names.map((_, i) => ({ id: `e${i}`, cities: i % 2 ? ['essen', `p${i}`] : [`p${i}`, 'essen'], since: '1991' })),
    });
    const [group] = jubileesIn(town, { year: 2021, step: 10, city: 'essen' }, JUNE_1_2021, 'en');
    expect(group.jubilees.map((j) => j.cities[0].id)).to.deep.equal(names.map(() => 'essen'));
    expect(group.jubilees.map((j) => j.cities[1].name)).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
  });

  it('filters by country, case-insensitively', () => {
    const groups = jubileesIn(feed, { year: 2022, step: 30, country: 'pl' }, JUNE_1_2021, 'en');
    expect(groups.flatMap((g) => g.jubilees.map((j) => j.partnership.id))).to.deep.equal(['be']);
  });

  it('counts days to an anniversary still ahead this year, and only then', () => {
    const [, thirty] = jubileesIn(feed, { year: 2021, step: 10 }, JUNE_1_2021, 'en');
    const byId = Object.fromEntries(thirty.jubilees.map((j) => [j.partnership.id, j.daysUntil]));
    expect(byId).to.deep.equal({ ab: 100, cd: undefined });
    const onTheDay = jubileesIn(feed, { year: 2021, step: 10 }, { year: 2021, month: 9, day: 9 }, 'en');
    expect(onTheDay[1].jubilees.find((j) => j.partnership.id === 'ab')?.daysUntil).to.equal(0);
    const otherYear = jubileesIn(feed, { year: 2021, step: 10 }, { year: 2020, month: 1, day: 1 }, 'en');
    expect(otherYear[1].jubilees.every((j) => j.daysUntil === undefined)).to.equal(true);
  });

  it('counts down to 28 February for a partnership of 29 February in a common year, to the 29th in a leap year', () => {
    const leap = feedOf({ version: 1, cities: [city('a'), city('b', 'RU')], partnerships: [{ id: 'ab', cities: ['a', 'b'], since: '1996-02-29' }] });
    const daysUntil = (year: number, month: number, day: number) => jubileesIn(leap, { year, step: 10 }, { year, month, day }, 'en')[0]?.jubilees[0].daysUntil;
    expect(daysUntil(2026, 2, 27), 'on 27 February 2026').to.equal(1);
    expect(daysUntil(2026, 2, 28), 'on 28 February 2026').to.equal(0);
    expect(daysUntil(2026, 3, 1), 'on 1 March 2026').to.equal(undefined);
    expect(daysUntil(2016, 2, 28), 'on 28 February 2016, a leap year').to.equal(1);
    expect(daysUntil(2016, 2, 29), 'on 29 February 2016').to.equal(0);
  });

  it('finds every partnership of the 2021 jubilee list in the sample feed', async () => {
    const sample = feedOf(await sampleFeed());
    const groups = jubileesIn(sample, { year: 2021, step: 10 }, JUNE_1_2021, 'de');
    expect(groups.map((g) => [g.years, g.jubilees.length])).to.deep.equal([
      [10, 2],
      [20, 2],
      [30, 12],
      [60, 1],
    ]);
    const names = groups.flatMap((g) => g.jubilees.map((j) => j.cities.map((c) => (typeof c.name === 'string' ? c.name : c.name['de'])).join(' – ')));
    for (const pair of ['Essen – Nischni Nowgorod', 'Dresden – Sankt Petersburg', 'Aachen – Kostroma', 'Witten – Kursk']) {
      expect(names, pair).to.include(pair);
    }
  });
  it('names the country beside a right-to-left name that two countries share, however the feed gives it', () => {
    // Tripoli in Lebanon and in Libya: one a plain string, one in Arabic only; both shown "طرابلس" on an English or German page.
    const tripoli = feedOf({
      version: 1,
      cities: [city('essen'), city('tripoli-lb', 'LB', 'طرابلس'), city('tripoli-ly', 'LY', { ar: 'طرابلس' }), city('tel-aviv', 'IL', { he: 'תל אביב' })],
      partnerships: [
        { id: 'lb', cities: ['essen', 'tripoli-lb'], since: '2001' },
        { id: 'ly', cities: ['essen', 'tripoli-ly'], since: '2001' },
        { id: 'il', cities: ['essen', 'tel-aviv'], since: '2001' },
      ],
    });
    const shown = (language: string) =>
      jubileesIn(tripoli, { year: 2021, step: 10 }, JUNE_1_2021, language)
        .flatMap((g) => g.jubilees.map((j) => j.names[1]))
        .sort();
    expect(shown('en')).to.deep.equal(['\u2068תל אביב\u2069', '\u2068طرابلس\u2069 (Lebanon)', '\u2068طرابلس\u2069 (Libya)'].sort());
    expect(shown('de')).to.deep.equal(['\u2068תל אביב\u2069', '\u2068طرابلس\u2069 (Libanon)', '\u2068طرابلس\u2069 (Libyen)'].sort());
  });
});
