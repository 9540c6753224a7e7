import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { fastPathLoaded, MAX_COMBINING_MARKS, validateFeed, validateFeedInSteps, validationWork } from '../../src/feed/validate.js';
import { DOCUMENT, isTypo, useHints } from '../../src/feed/authoring.js';
import { enableHints } from '../../src/feed/hints.js';
import { FeedDocumentSchema } from '../../src/feed/schema.js';
import type { FeedResult } from '../../src/feed/model.js';
import { city, minimalFeed } from '../support/feeds.js';

// The hints of the command line (what to write instead), which the widgets' console does not give: see the test below.
enableHints();

function ok(result: FeedResult) {
  if (!result.ok) throw new Error(`expected a valid feed, got ${result.failure.kind}: ${result.failure.detail}`);
  return result;
}

function failureOf(result: FeedResult) {
  if (result.ok) throw new Error('expected a failure');
  return result.failure;
}

describe('validateFeed', () => {
  it('accepts a minimal feed without warnings', () => {
    const result = ok(validateFeed(minimalFeed()));
    expect(result.warnings).to.deep.equal([]);
    expect(result.feed.partnerships.map((p) => p.id)).to.deep.equal(['essen--nizhny-novgorod']);
    expect(result.feed.cityById.get('essen')?.country).to.equal('DE');
  });

  for (const [label, value, found] of [
    ['null', null, 'null'],
    ['an array', [], 'an array'],
    ['a number', 42, 'a number'],
    ['a string', 'feed', 'a string'],
    ['nothing', undefined, 'found undefined'],
  ] as const) {
    it(`rejects ${label} as a whole document`, () => {
      const failure = failureOf(validateFeed(value));
      expect(failure.kind).to.equal('invalid');
      expect(failure.detail).to.contain(found);
    });
  }

  it('rejects a missing or unknown version', () => {
    expect(failureOf(validateFeed({ cities: [] })).kind).to.equal('version');
    const failure = failureOf(validateFeed({ version: 2 }));
    expect(failure.kind).to.equal('version');
    expect(failure.status).to.equal('2');
    expect(failureOf(validateFeed({ version: '1' })).kind).to.equal('version');
  });

  it('drops a partnership naming an unknown city and names its path', () => {
    const feed = minimalFeed();
    (feed.partnerships as unknown[]).push({ id: 'essen--atlantis', cities: ['essen', 'atlantis'], since: '2001' });
    const result = ok(validateFeed(feed));
    expect(result.feed.partnerships.map((p) => p.id)).to.deep.equal(['essen--nizhny-novgorod']);
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0].path).to.equal('$.partnerships[1].cities[1]');
    expect(result.warnings[0].message).to.contain('atlantis');
  });

  it('drops a city whose name shows nothing (a zero-width space, direction marks), and its partnerships, as a blank one', () => {
    for (const blank of ['\u200B', '\u200F\u200E', { de: '\u00AD', ru: ' \u200C' }]) {
      const feed = minimalFeed();
      (feed.cities as Record<string, unknown>[])[1].name = blank;
      const result = ok(validateFeed(feed));
      expect(
        result.feed.cities.map((city) => city.id),
        JSON.stringify(blank),
      ).to.deep.equal(['essen']);
      expect(result.feed.partnerships, JSON.stringify(blank)).to.deep.equal([]);
      expect(result.warnings[0].path, JSON.stringify(blank)).to.equal('$.cities[1].name');
    }
  });

  it('drops a partnership of the same two cities as an earlier one, in either order, and names its path', () => {
    // A list made from both towns' pages names each pair twice: the map would draw it twice, the jubilee list count it twice.
    const feed = minimalFeed();
    (feed.cities as unknown[]).push(city('bonn'));
    (feed.partnerships as unknown[]).push(
      { id: 'nizhny-novgorod--essen', cities: ['nizhny-novgorod', 'essen'], since: '1991' },
      { id: 'bonn--nizhny-novgorod', cities: ['bonn', 'nizhny-novgorod'] },
      { id: 'essen--nizhny-novgorod-again', cities: ['essen', 'nizhny-novgorod'] },
    );
    const result = ok(validateFeed(feed));
    expect(result.feed.partnerships.map((p) => p.id)).to.deep.equal(['essen--nizhny-novgorod', 'bonn--nizhny-novgorod']);
    expect(result.feed.dropped.partnerships).to.equal(2);
    expect(result.warnings.map(({ path, message }) => `${path}: ${message}`)).to.deep.equal([
      '$.partnerships[1].cities: the same two cities as an earlier partnership; partnership dropped',
      '$.partnerships[3].cities: the same two cities as an earlier partnership; partnership dropped',
    ]);
  });

  it('counts a list that is null as left out, not as an entry dropped; one that is an object or a text as one dropped', () => {
    // Go's encoding/json writes an empty slice as null: the programme then says "not published yet", not that the data is damaged.
    const feed = (lists: unknown) =>
      ok(validateFeed({ version: 1, partnerships: lists, conferences: [{ id: 'c', title: 'T', start: '2026', hostCities: [], sessions: lists }] })).feed;
    for (const [lists, dropped] of [
      [null, 0],
      [undefined, 0],
      [{ id: 's', kind: 'plenary', title: 'S' }, 1],
      ['none', 1],
    ] as const) {
      const { dropped: counted, conferences } = feed(lists);
      expect([counted.partnerships, conferences[0].dropped?.sessions], JSON.stringify(lists)).to.deep.equal([dropped, dropped]);
    }
  });

  it('drops items with impossible dates, keeping the rest', () => {
    const feed = minimalFeed();
    (feed.partnerships as unknown[]).push(
      { id: 'a', cities: ['essen', 'nizhny-novgorod'], since: '2021-02-30' },
      { id: 'b', cities: ['essen', 'nizhny-novgorod'], since: '1991-13' },
    );
    feed.conferences = [
      {
        id: 'c',
        ordinal: 15,
        title: 'T',
        start: '2019-06-25',
        hostCities: ['essen'],
        sessions: [
          { id: 's1', kind: 'plenary', title: 'Opening', start: '2019-06-25T10:00' },
          { id: 's2', kind: 'plenary', title: 'Broken', start: '2019-06-31' },
          { id: 's3', kind: 'plenary', title: 'Late', start: '2019-06-25T24:00' },
        ],
      },
    ];
    const result = ok(validateFeed(feed));
    expect(result.feed.partnerships).to.have.length(1);
    expect(result.feed.conferences[0].sessions?.map((s) => s.id)).to.deep.equal(['s1']);
    expect(result.warnings.map((w) => w.path)).to.deep.equal([
      '$.partnerships[1].since',
      '$.partnerships[2].since',
      '$.conferences[0].sessions[1].start',
      '$.conferences[0].sessions[2].start',
    ]);
  });

  it('ignores an end before the start, with a warning', () => {
    const feed = minimalFeed({
      conferences: [{ id: 'c', ordinal: 1, title: 'T', start: '2019-06-25', end: '2019-06-20', hostCities: ['essen'] }],
    });
    const result = ok(validateFeed(feed));
    expect(result.feed.conferences[0].end).to.equal(undefined);
    expect(result.warnings[0].path).to.equal('$.conferences[0].end');
  });

  it('compares partial dates only as far as both are known', () => {
    const feed = minimalFeed({
      conferences: [{ id: 'c', ordinal: 1, title: 'T', start: '2021-06-28', end: '2021-06', hostCities: ['essen'] }],
    });
    const result = ok(validateFeed(feed));
    expect(result.feed.conferences[0].end).to.equal('2021-06');
    expect(result.warnings).to.deep.equal([]);
  });

  it('drops duplicate ids after the first', () => {
    const feed = minimalFeed();
    (feed.cities as unknown[]).push(city('essen', 'RU'));
    const result = ok(validateFeed(feed));
    expect(result.feed.cities).to.have.length(2);
    expect(result.feed.cityById.get('essen')?.country).to.equal('DE');
    expect(result.warnings[0]).to.deep.equal({ path: '$.cities[2].id', message: 'duplicate id "essen"; item dropped' });
  });

  it('drops dangling references from lists but keeps the item', () => {
    const feed = minimalFeed({
      organisations: [{ id: 'drf', name: 'Deutsch-Russisches Forum' }],
      people: [{ id: 'p', name: 'Anna', organisation: 'nobody' }],
      conferences: [{ id: 'c', ordinal: 1, title: 'T', start: '2021', hostCities: ['essen', 'gone'], organisers: ['drf', 'ghost'] }],
    });
    const result = ok(validateFeed(feed));
    expect(result.feed.people[0].organisation).to.equal(undefined);
    expect(result.feed.conferences[0].hostCities).to.deep.equal(['essen']);
    expect(result.feed.conferences[0].organisers).to.deep.equal(['drf']);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['$.people[0].organisation', '$.conferences[0].hostCities[1]', '$.conferences[0].organisers[1]']);
  });

  it('warns about a collection that is not an array and reads the others', () => {
    const result = ok(validateFeed(minimalFeed({ people: 'nobody' })));
    expect(result.feed.people).to.deep.equal([]);
    expect(result.feed.partnerships).to.have.length(1);
    expect(result.warnings[0].path).to.equal('$.people');
  });

  it('rejects coordinates out of range and wrong types', () => {
    const feed = minimalFeed();
    (feed.cities as unknown[]).push({ ...city('north'), lat: 91 }, { ...city('nan'), lon: 'NaN' }, { ...city('bad'), name: 5 });
    const result = ok(validateFeed(feed));
    expect(result.feed.cities.map((c) => c.id)).to.deep.equal(['essen', 'nizhny-novgorod']);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['$.cities[2].lat', '$.cities[3].lon', '$.cities[4].name']);
  });

  it('does not let __proto__ or constructor keys pollute prototypes', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},' +
      '"cities":[{"id":"x","name":{"__proto__":{"polluted":"yes"},"de":"X"},"country":"DE","lat":1,"lon":1,"__proto__":{"polluted":"yes"}}]}';
    const result = ok(validateFeed(JSON.parse(text)));
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    // Without a prototype: a field it leaves out is absent, not a value a host page put on Object.prototype.
    expect('toString' in result.feed.cities[0]).to.equal(false);
    expect((result.feed.cities[0] as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(result.feed.cities[0].name).to.deep.equal({ de: 'X' });
  });

  it('keeps the city kind default and accepts plain-string text', () => {
    const { kind: _kind, ...withoutKind } = city('x');
    const result = ok(validateFeed({ version: 1, cities: [{ ...withoutKind, name: 'Plain' }] }));
    expect(result.feed.cities[0].kind).to.equal('city');
    expect(result.feed.cities[0].name).to.equal('Plain');
  });

  it('leaves out a bad optional field or list entry and keeps the item', () => {
    const feed = minimalFeed({
      organisations: [{ id: 'drf', name: 'DRF', url: 'javascript:alert(1)' }],
      people: [{ id: 'p', name: 'Анна', email: 'анна@пример.рф', phone: 'call me' }],
      conferences: [
        {
          id: 'c',
          ordinal: 16,
          title: 'T',
          start: '2021-06-28',
          hostCities: ['essen'],
          registration: { status: 'closed', deadline: '2021-02-30' },
          links: [
            { url: 'https://example.org', label: 'ok' },
            { url: 'not a url', label: 'bad' },
          ],
          sessions: [{ id: 's', kind: 'working-group', title: 'WG', workingGroup: 'three', topics: ['a', 5] }],
        },
      ],
    });
    (feed.partnerships as Record<string, unknown>[])[0]['dates'] = [
      { kind: 'signed', date: '1990-08' },
      { kind: 'signed', date: '1990-13' },
    ];
    const result = ok(validateFeed(feed));
    expect(result.feed.organisations[0].url).to.equal(undefined);
    expect(result.feed.people[0].email).to.equal('анна@пример.рф');
    expect(result.feed.people[0].phone).to.equal(undefined);
    const conference = result.feed.conferences[0];
    expect(conference.registration).to.equal(undefined);
    expect(conference.links?.map((l) => l.label)).to.deep.equal(['ok']);
    expect(conference.sessions?.[0].workingGroup).to.equal(undefined);
    expect(conference.sessions?.[0].topics).to.deep.equal(['a']);
    expect(result.feed.partnerships[0].dates).to.deep.equal([{ kind: 'signed', date: '1990-08' }]);
    expect(result.warnings.map((w) => w.path)).to.have.members([
      '$.organisations[0].url',
      '$.people[0].phone',
      '$.partnerships[0].dates[1].date',
      '$.conferences[0].registration.deadline',
      '$.conferences[0].links[1].url',
      '$.conferences[0].sessions[0].workingGroup',
      '$.conferences[0].sessions[0].topics[1]',
    ]);
  });

  it('drops a partnership with more or fewer than two cities', () => {
    const feed = minimalFeed();
    (feed.partnerships as unknown[]).push(
      { id: 'three', cities: ['essen', 'nizhny-novgorod', 'essen'], since: '2001' },
      { id: 'one', cities: ['essen'], since: '2001' },
    );
    const result = ok(validateFeed(feed));
    expect(result.feed.partnerships.map((p) => p.id)).to.deep.equal(['essen--nizhny-novgorod']);
  });

  describe('combining marks', () => {
    const ACUTE = '\u0301';
    /** The longest run of combining marks and joiners in `text`. */
    const longestRun = (text: string) => Math.max(0, ...(text.match(/[\p{M}\u200C\u200D]+/gu) ?? []).map((run) => [...run].length));

    /** A feed with `text` in a city name, a localised title, a list entry, a link label and a key that is no plain name. */
    function feedWith(text: string): Record<string, unknown> {
      const feed = minimalFeed({
        conferences: [
          {
            id: 'c',
            title: 'T',
            start: '2021-06-28',
            hostCities: ['essen'],
            links: [{ url: 'https://example.org/', label: { ru: text } }],
            sessions: [{ id: 's', kind: 'plenary', title: { de: text, en: 'Opening' }, topics: ['plain', text] }],
          },
        ],
      });
      (feed.cities as Record<string, unknown>[])[0]['name'] = text;
      (feed.partnerships as Record<string, unknown>[])[0]['notes'] = { 'de-AT': text };
      return feed;
    }

    it(`keeps ${MAX_COMBINING_MARKS} marks in a row on a letter and drops the rest, naming each place`, () => {
      // 19,990 accents on one letter: within the 20,000-character limit.
      const hostile = `a${ACUTE.repeat(19_990)}b`;
      const result = ok(validateFeed(feedWith(hostile)));
      const trimmed = `a${ACUTE.repeat(MAX_COMBINING_MARKS)}b`;
      const conference = result.feed.conferences[0];
      const session = conference.sessions![0];
      expect(result.feed.cities[0].name).to.equal(trimmed);
      expect(session.title).to.deep.equal({ de: trimmed, en: 'Opening' });
      expect(session.topics).to.deep.equal(['plain', trimmed]);
      expect(conference.links![0].label).to.deep.equal({ ru: trimmed });
      expect(result.feed.partnerships[0].notes).to.deep.equal({ 'de-AT': trimmed });
      expect(result.warnings.map((w) => w.path)).to.have.members([
        '$.cities[0].name',
        '$.partnerships[0].notes["de-AT"]',
        '$.conferences[0].links[0].label.ru',
        '$.conferences[0].sessions[0].title.de',
        '$.conferences[0].sessions[0].topics[1]',
      ]);
      expect(result.warnings[0].message).to.contain(`${19_990 - MAX_COMBINING_MARKS} dropped`);
    });

    it('copies a parsed item only to cut a run of marks: none for a large feed without one, one for each item with one', () => {
      let copies = validationWork.copies;
      const large = ok(validateFeed(generateFeed({ partnerships: 2_000, sessions: 40, seed: 3, world: true })));
      expect(large.feed.partnerships).to.have.length(2_000);
      expect(validationWork.copies - copies, 'objects copied for a feed without runs of marks').to.equal(0);
      copies = validationWork.copies;
      ok(validateFeed(feedWith(`a${ACUTE.repeat(20)}b`)));
      // Eight objects hold a cut text or an object that does: the city; the partnership's notes and the partnership;
      // the link's label, the link and the conference; the session's title and the session (lists are copied, not counted).
      expect(validationWork.copies - copies, 'objects copied to cut runs of marks').to.equal(8);
    });

    it('counts zero-width joiners in a run of marks, and cuts every run of a text', () => {
      const hostile = `x${'\u0301\u200D\u0308'.repeat(100)} y ${'\u05B0'.repeat(50)}z`;
      const result = ok(validateFeed(feedWith(hostile)));
      const name = result.feed.cities[0].name as string;
      expect(longestRun(name)).to.equal(MAX_COMBINING_MARKS);
      expect(name.replace(/[\p{M}\u200C\u200D]/gu, '')).to.equal('x y z');
    });

    // Real writing, as people type it (NFC) and decomposed (NFD, as some systems store it).
    const REAL_TEXT: Record<string, string> = {
      Vietnamese: 'Hội nghị các thành phố kết nghĩa Đức – Nga ở Việt Nam: tiếng Việt có dấu',
      Hindi: 'नगरों की साझेदारी का सम्मेलन, क़ुतुब मीनार, स्त्री, क्ष्म्य, ज़्यादा',
      'Vedic Sanskrit with accents': 'अ॒ग्निमी॑ळे पु॒रोहि॑तं य॒ज्ञस्य॑ दे॒वमृ॒त्विज॑म्',
      'Hebrew with niqqud and cantillation': 'בְּרֵאשִׁ֖ית בָּרָ֣א אֱלֹהִ֑ים אֵ֥ת הַשָּׁמַ֖יִם וְאֵ֥ת הָאָֽרֶץ׃',
      Thai: 'การประชุมเมืองพี่เมืองน้อง ที่นี่ น้ำ กั้น',
      'emoji sequences (ZWJ, skin tones, flags, keycaps)': '👨‍👩‍👧‍👦 👩🏽‍❤️‍💋‍👨🏻 🏳️‍🌈 🏴󠁧󠁢󠁥󠁮󠁧󠁿 1️⃣ 🧑🏿‍🤝‍🧑🏻 ❤️‍🔥',
      'polytonic Greek': 'ᾯ ᾧ ἄνθρωπος ῥῆμα',
      Tibetan: 'བསྒྲུབས་ ཧཱུྃ ཨོཾ་མ་ཎི་པདྨེ་ཧཱུྃ',
    };
    for (const [script, sample] of Object.entries(REAL_TEXT)) {
      for (const form of ['NFC', 'NFD'] as const) {
        it(`leaves ${script} (${form}) unchanged, without a warning`, () => {
          const text = sample.normalize(form);
          const result = ok(validateFeed(feedWith(text)));
          expect(result.warnings).to.deep.equal([]);
          expect(result.feed.cities[0].name).to.equal(text);
          expect(result.feed.conferences[0].sessions![0].title).to.deep.equal({ de: text, en: 'Opening' });
        });
      }
    }
  });
});

describe('validateFeed: what feed authors read (issue 15)', () => {
  const messages = (result: FeedResult) => ok(result).warnings.map(({ path, message }) => `${path}: ${message}`);
  // The words and the unknown-field check come with the fast path's chunk (src/feed/authoring.ts).
  before(() => fastPathLoaded);

  it("says in plain words what is wrong, with the JSON path, not valibot's raw message", () => {
    const feed = minimalFeed({
      conferences: [{ id: 'c', title: 'T', start: '2021', ordinal: 1.5 }],
      organisations: [{ id: 'o', name: 'O', country: 'Germany' }],
    });
    (feed.cities as Record<string, unknown>[]).push({ ...city('bonn'), lat: '50.7' }, { ...city('kaluga', 'RU'), kind: 'town' });
    const found = messages(validateFeed(feed));
    expect(found).to.deep.equal([
      '$.organisations[0].country: expected an ISO 3166-1 alpha-2 code such as "DE", found "Germany" (write "DE"); field ignored',
      '$.cities[2].lat: expected a number, found "50.7" (write 50.7, without quotes); item dropped',
      '$.cities[3].kind: expected one of "city", "district", "rayon", "region", "borough", found "town"; field ignored',
      '$.conferences[0].ordinal: expected a whole number, found 1.5; field ignored',
      '$.conferences[0].hostCities: required, but missing; item dropped',
    ]);
    expect(found.join('\n')).not.to.match(/Invalid|received/);
  });

  it('says that "version": "1" is text where the number 1 belongs', () => {
    expect(failureOf(validateFeed({ version: '1' })).detail).to.equal('"version" must be the number 1, found the text "1"');
    expect(failureOf(validateFeed({})).detail).to.equal('"version" must be the number 1, found none');
  });

  it('warns about unknown (misspelt) fields at every level, naming each, and keeps the rest', () => {
    const feed = minimalFeed({
      conferences: [
        {
          id: 'c',
          title: 'T',
          start: '2021',
          hostCities: [],
          registraton: 'open',
          registration: { status: 'open', deadlne: '2021-05-01' },
          links: [{ url: 'https://example.org', label: 'x', titel: 'y' }],
          sessions: [{ id: 's', kind: 'plenary', title: 'S', speaker: ['p'] }],
        },
      ],
    });
    feed['partnerhsips'] = [];
    const first = (feed.partnerships as Record<string, unknown>[])[0];
    Object.assign(first, { sinceQualifer: 'about', dates: [{ kind: 'signed', date: '1991', lable: 'x' }] });
    (feed.cities as Record<string, unknown>[]).push({ id: 'bonn', nmae: 'Bonn', country: 'DE', lat: 50.7, lon: 7.1 });
    const result = validateFeed(feed);
    expect(messages(result)).to.deep.equal([
      '$.partnerhsips: unknown field "partnerhsips"; ignored (did you mean "partnerships"?)',
      '$.cities[2].nmae: unknown field "nmae"; ignored (did you mean "name"?)',
      '$.cities[2].name: required, but missing; item dropped',
      '$.partnerships[0].sinceQualifer: unknown field "sinceQualifer"; ignored (did you mean "sinceQualifier"?)',
      '$.partnerships[0].dates[0].lable: unknown field "lable"; ignored (did you mean "label"?)',
      '$.conferences[0].registraton: unknown field "registraton"; ignored (did you mean "registration"?)',
      '$.conferences[0].registration.deadlne: unknown field "deadlne"; ignored (did you mean "deadline"?)',
      '$.conferences[0].links[0].titel: unknown field "titel"; ignored',
      '$.conferences[0].sessions[0].speaker: unknown field "speaker"; ignored (did you mean "speakers"?)',
    ]);
    expect(ok(result).feed.partnerships).to.have.length(1);
    expect(ok(result).feed.conferences[0].registration).to.deep.equal({ status: 'open' });
  });

  it('suggests the field meant by a slip of the keyboard, only for names long enough to tell', () => {
    for (const [typed, known] of [
      ['partnerhsips', 'partnerships'],
      ['nmae', 'name'],
      ['HostCities', 'hostCities'],
      ['sinceQualifer', 'sinceQualifier'],
      ['coordinater', 'coordinators'],
    ])
      expect(isTypo(typed, known), `${typed} for ${known}`).to.equal(true);
    for (const [typed, known] of [
      ['lng', 'lon'],
      ['ip', 'id'],
      ['notes', 'dates'],
      ['since', 'sinceQualifier'],
      ['partners', 'partnerships'],
    ])
      expect(isTypo(typed, known), `${typed} for ${known}`).to.equal(false);
  });

  // MooTools 1.3–1.6 (old Joomla templates) replaces Array.from with one that ignores a map function
  // and reads `{ length }` as a list of holes: the suggestions were all gone on such a page.
  it('suggests the field meant on a page whose MooTools replaced Array.from', () => {
    const from = Array.from;
    Array.from = function (item: { length?: unknown } | null | undefined) {
      if (item == null) return [];
      return typeof item.length == 'number' && typeof item != 'string' ? (Array.isArray(item) ? item : Array.prototype.slice.call(item)) : [item];
    } as typeof Array.from;
    try {
      expect(isTypo('partnerhsips', 'partnerships')).to.equal(true);
      expect(isTypo('partners', 'partnerships')).to.equal(false);
    } finally {
      Array.from = from;
    }
  });

  it('knows every top-level field of the schema', () => {
    expect(Object.keys(DOCUMENT.entries!)).to.deep.equal(Object.keys(FeedDocumentSchema.entries));
  });

  it('rejects a localised text without a language, a date not in the calendar, an unknown city and a duplicate id', () => {
    const feed = minimalFeed();
    (feed.cities as Record<string, unknown>[]).push(city('empty', 'DE', {}), city('essen', 'RU'));
    (feed.partnerships as unknown[]).push(
      { id: 'feb', cities: ['essen', 'nizhny-novgorod'], since: '2021-02-30' },
      { id: 'atl', cities: ['essen', 'atlantis'] },
      { id: 'essen--nizhny-novgorod', cities: ['essen', 'nizhny-novgorod'] },
    );
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.cities[2].name: expected text in at least one language, found {}; item dropped',
      '$.cities[3].id: duplicate id "essen"; item dropped',
      '$.partnerships[1].since: expected a date that exists in the calendar, found "2021-02-30"; item dropped',
      '$.partnerships[3].id: duplicate id "essen--nizhny-novgorod"; item dropped',
      '$.partnerships[2].cities[1]: unknown city "atlantis"; partnership dropped',
    ]);
  });

  it('writes a key that is no plain name in brackets and quotes, and what it found escaped: each problem stays on one line', () => {
    const feed = minimalFeed();
    feed['x\u001b[2J'] = 1;
    (feed.cities as Record<string, unknown>[]).push(city('bonn', 'DE', { ' de': 'Bonn', 'ru\nen': 'Бонн' }), city('k\r\u009b2K'));
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$["x\\u001b[2J"]: unknown field "x\\u001b[2J"; ignored',
      '$.cities[2].name[" de"]: expected a language code such as "de", found " de"; item dropped',
      '$.cities[3].id: expected an id of 1–128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit, found "k\\r\\u009b2K"; item dropped',
    ]);
  });

  it('says where to find the coordinates of a city without them (real lists of partnerships lack them)', () => {
    const feed = minimalFeed();
    const [essen, nizhny] = feed.cities as Record<string, unknown>[];
    delete essen.lat;
    delete essen.lon;
    delete nizhny.lon;
    expect(messages(validateFeed(feed)).slice(0, 2)).to.deep.equal([
      "$.cities[0].lat: required, but missing (the map needs a place's coordinates, lat and lon in decimal degrees, as OpenStreetMap or Wikipedia give them); item dropped",
      "$.cities[1].lon: required, but missing (the map needs a place's coordinates, lat and lon in decimal degrees, as OpenStreetMap or Wikipedia give them); item dropped",
    ]);
  });

  it('gives what to write instead only where the hints are enabled (the command line), not in the widgets', () => {
    const feed = minimalFeed();
    (feed.cities as Record<string, unknown>[])[0].country = 'Deutschland';
    useHints(undefined);
    try {
      const [message] = messages(validateFeed(feed));
      expect(message).to.contain('found "Deutschland"');
      expect(message).to.not.contain('write');
    } finally {
      enableHints();
    }
    expect(messages(validateFeed(feed))[0]).to.contain('(write "DE")');
  });

  it('says that a partnership naming one city misses its second, of one naming three that the third is one too many, and of one naming a city twice which one', () => {
    const feed = minimalFeed();
    const partnerships = feed.partnerships as Record<string, unknown>[];
    partnerships.push(
      { ...partnerships[0], id: 'one', cities: ['essen'] },
      { ...partnerships[0], id: 'three', cities: ['essen', 'nizhny-novgorod', 'essen'] },
      { ...partnerships[0], id: 'twice', cities: ['essen', 'essen'] },
    );
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.partnerships[1].cities[1]: required, but missing (a partnership names exactly two cities); item dropped',
      '$.partnerships[2].cities[2]: one city too many (a partnership names exactly two cities); item dropped',
      '$.partnerships[3].cities: expected two different cities, found "essen" twice; item dropped',
    ]);
  });

  it('says of a reference to a city that was itself dropped that it was dropped, and where, not that it is unknown', () => {
    const feed = minimalFeed({
      conferences: [{ id: 'c', title: 'T', start: '2025-06-26', hostCities: ['essen', 'atlantis'] }],
    });
    delete (feed.cities as Record<string, unknown>[])[0].lat;
    expect(messages(validateFeed(feed)).filter((line) => !line.includes('required, but missing'))).to.deep.equal([
      '$.partnerships[0].cities[0]: city "essen" was dropped ($.cities[0], above); partnership dropped',
      '$.conferences[0].hostCities[0]: city "essen" was dropped ($.cities[0], above); reference ignored',
      '$.conferences[0].hostCities[1]: unknown city "atlantis"; reference ignored',
    ]);
  });

  it('says of a reference to an organisation or a person that was itself dropped that it was dropped, and where, not that it is unknown', () => {
    const feed = minimalFeed({
      // Each without its name: dropped.
      organisations: [{ id: 'drf' }],
      people: [{ id: 'anna' }, { id: 'nils', name: 'Nils', organisation: 'drf' }],
      conferences: [
        {
          id: 'c',
          title: 'T',
          start: '2025-06-26',
          hostCities: ['essen'],
          organisers: ['drf', 'nobody'],
          contacts: ['anna'],
          sessions: [{ id: 's', kind: 'plenary', title: 'P', start: '2025-06-26T09:00', coordinators: ['drf'], speakers: ['anna'] }],
        },
      ],
    });
    expect(messages(validateFeed(feed)).filter((line) => !line.includes('required, but missing'))).to.deep.equal([
      '$.people[1].organisation: organisation "drf" was dropped ($.organisations[0], above); reference ignored',
      '$.conferences[0].sessions[0].coordinators[0]: organisation "drf" was dropped ($.organisations[0], above); reference ignored',
      '$.conferences[0].sessions[0].speakers[0]: person "anna" was dropped ($.people[0], above); reference ignored',
      '$.conferences[0].organisers[0]: organisation "drf" was dropped ($.organisations[0], above); reference ignored',
      '$.conferences[0].organisers[1]: unknown organisation "nobody"; reference ignored',
      '$.conferences[0].contacts[0]: person "anna" was dropped ($.people[0], above); reference ignored',
    ]);
  });

  it('asks whether lat and lon were swapped only where swapping them gives a place', () => {
    const feed = minimalFeed();
    (feed.cities as Record<string, unknown>[]).push(
      { ...city('irkutsk', 'RU'), lat: 104.28, lon: 52.29 },
      { ...city('pole', 'RU'), lat: -90.0001, lon: 120 },
      { ...city('far', 'RU'), lat: 104.28, lon: 100 },
      { ...city('beyond', 'RU'), lat: 190, lon: 52.29 },
    );
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.cities[2].lat: expected at most 90, found 104.28 (lat and lon swapped?); item dropped',
      '$.cities[3].lat: expected at least -90, found -90.0001; item dropped',
      '$.cities[4].lat: expected at most 90, found 104.28; item dropped',
      '$.cities[5].lat: expected at most 90, found 190; item dropped',
    ]);
  });

  it('says what to write instead for the usual slips of a hand-written feed', () => {
    let conferences = 0;
    const conference = (fields: Record<string, unknown>, session: Record<string, unknown> = {}) => ({
      id: `c${conferences++}`,
      title: 'T',
      start: '2025',
      hostCities: ['essen'],
      ...fields,
      sessions: [{ id: 's', kind: 'plenary', title: 'S', ...session }],
    });
    const feed = minimalFeed({
      organisations: [
        { id: 'o1', name: 'O', url: 'www.example.org', country: 'Deutschland' },
        { id: 'o2', name: 'O', url: 'info@example.org', country: 'ru' },
      ],
      people: [{ id: 'p', name: 'P', email: 'mailto:kaiser@example.org' }],
      conferences: [
        conference({ start: '26.06.2025' }),
        conference({ timeZone: 'Europe/Berlin ' }, { start: '2025-6-26T9:00' }),
        conference({ timeZone: 'MEZ' }, { start: '2025-06-26 09.00' }),
        conference({ timeZone: 'MSK' }, { workingGroup: '7' }),
        conference({ timeZone: 'europe/moscow ' }, { workingGroup: '0x7' }),
        conference({}, { start: '2025-06-26T09:00:00' }),
      ],
    });
    (feed.cities as Record<string, unknown>[]).push(
      { ...city('bonn'), lat: '50,7374', lon: '7,0982' },
      { ...city('kursk', 'RU'), id: 'osnabrück' },
      { ...city('irkutsk', 'RU'), lat: 104.28, lon: 52.29 },
      { ...city('tula', 'RU'), name: { DE: 'Tula' } },
    );
    (feed.partnerships as unknown[]).push({ id: 'p2', cities: ['essen', 'bonn'], since: '9.9.1991' });
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.organisations[0].url: expected an absolute URL, found "www.example.org" (write "https://www.example.org"); field ignored',
      '$.organisations[0].country: expected an ISO 3166-1 alpha-2 code such as "DE", found "Deutschland" (write "DE"); field ignored',
      '$.organisations[1].url: expected an absolute URL, found "info@example.org" (write "mailto:info@example.org"); field ignored',
      '$.organisations[1].country: expected an ISO 3166-1 alpha-2 code such as "DE", found "ru" (write "RU"); field ignored',
      '$.cities[2].lat: expected a number, found "50,7374" (write 50.7374, without quotes); item dropped',
      '$.cities[3].id: expected an id of 1–128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit, found "osnabrück" (write "osnabrueck"); item dropped',
      '$.cities[4].lat: expected at most 90, found 104.28 (lat and lon swapped?); item dropped',
      '$.cities[5].name.DE: expected a language code such as "de", found "DE" (write "de"); item dropped',
      '$.people[0].email: expected an e-mail address, found "mailto:kaiser@example.org" (write "kaiser@example.org"); field ignored',
      '$.partnerships[1].since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "9.9.1991" (write "1991-09-09"); item dropped',
      '$.conferences[0].start: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "26.06.2025" (write "2025-06-26"); item dropped',
      '$.conferences[1].timeZone: expected an IANA time zone such as "Europe/Berlin", found "Europe/Berlin " (write "Europe/Berlin"); field ignored',
      '$.conferences[2].timeZone: expected an IANA time zone such as "Europe/Berlin", found "MEZ" (write "Europe/Berlin"); field ignored',
      '$.conferences[3].timeZone: expected an IANA time zone such as "Europe/Berlin", found "MSK" (write "Europe/Moscow"); field ignored',
      '$.conferences[4].timeZone: expected an IANA time zone such as "Europe/Berlin", found "europe/moscow " (write "Europe/Moscow"); field ignored',
      '$.conferences[1].sessions[0].start: expected a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm, found "2025-6-26T9:00" (write "2025-06-26T09:00"); item dropped',
      '$.conferences[2].sessions[0].start: expected a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm, found "2025-06-26 09.00" (write "2025-06-26T09:00"); item dropped',
      '$.conferences[3].sessions[0].workingGroup: expected a number, found "7" (write 7, without quotes); field ignored',
      '$.conferences[4].sessions[0].workingGroup: expected a number, found "0x7"; field ignored',
      '$.conferences[5].sessions[0].start: expected a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm, found "2025-06-26T09:00:00" (write "2025-06-26T09:00"); item dropped',
    ]);
  });

  it('says to write in quotes an id or a founding year an export wrote as a number; not a number that is no id or year', () => {
    const feed = minimalFeed();
    (feed.cities as Record<string, unknown>[]).push(
      { ...city('bonn'), id: 42 },
      { ...city('tula', 'RU'), id: 1e21 },
      { ...city('orel', 'RU'), id: -1 },
      city('kaluga', 'RU'),
      city('tver', 'RU'),
    );
    (feed.partnerships as unknown[]).push(
      { id: 'p2', cities: ['essen', 'kaluga'], since: 1991 },
      { id: 'p3', cities: ['essen', 'tver'], since: 91 },
      {
        id: 'p4',
        cities: ['kaluga', 'tver'],
        dates: [
          { kind: 'signed', date: 1991.5 },
          { kind: 'signed', date: 1990 },
        ],
      },
    );
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.cities[2].id: expected a text, found 42 (write "42"); item dropped',
      '$.cities[3].id: expected a text, found 1e+21; item dropped',
      '$.cities[4].id: expected a text, found -1; item dropped',
      '$.partnerships[1].since: expected a text, found 1991 (write "1991"); item dropped',
      '$.partnerships[2].since: expected a text, found 91; item dropped',
      '$.partnerships[3].dates[0].date: expected a text, found 1991.5; entry ignored',
      '$.partnerships[3].dates[1].date: expected a text, found 1990 (write "1990"); entry ignored',
    ]);
  });

  it('names an empty language map or list as {} or [] where a text, a number or a list was expected, a map of blank texts so, and a list of texts as a list', () => {
    const feed = minimalFeed({
      organisations: [
        { id: 'o1', name: {} },
        { id: 'o2', name: [] },
        { id: 'o3', name: { de: ' ', ru: '' } },
        { id: 'o4', name: 'O', shortName: {} },
        { id: 'o5', name: ['Essen'] },
        { id: 'o6', name: 'O', shortName: ['E', 'B'] },
      ],
      conferences: [
        { id: 'c1', title: 'T', start: '2025', hostCities: {} },
        { id: 'c2', title: 'T', start: '2025', hostCities: ['essen'], links: {}, organisers: [] },
      ],
    });
    (feed.cities as Record<string, unknown>[]).push({ ...city('bonn'), lat: [] });
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.organisations[0].name: expected text in at least one language, found {}; item dropped',
      '$.organisations[1].name: expected text in at least one language, found []; item dropped',
      '$.organisations[2].name: expected text in at least one language, found blank texts only; item dropped',
      '$.organisations[3].shortName: expected text in at least one language, found {}; field ignored',
      '$.organisations[4].name["0"]: expected a string, or an object of language codes to strings, found a list; item dropped',
      '$.organisations[5].shortName["0"]: expected a string, or an object of language codes to strings, found a list; field ignored',
      '$.cities[2].lat: expected a number, found []; item dropped',
      '$.conferences[0].hostCities: expected a list, found {}; item dropped',
      '$.conferences[1].links: expected a list, found {}; field ignored',
    ]);
  });

  it('says what to write instead for a time of day written with one digit for the hour, a dot or seconds', () => {
    const conference = (id: string, dayChange: string) => ({ id, title: 'T', start: '2025', hostCities: ['essen'], dayChange });
    const feed = minimalFeed({
      conferences: [conference('a', '4:00'), conference('b', '4.30'), conference('c', '04:00:00'), conference('d', '9:60'), conference('e', '24:00')],
    });
    expect(messages(validateFeed(feed))).to.deep.equal([
      '$.conferences[0].dayChange: expected a time of day HH:mm such as "04:00", found "4:00" (write "04:00"); field ignored',
      '$.conferences[1].dayChange: expected a time of day HH:mm such as "04:00", found "4.30" (write "04:30"); field ignored',
      '$.conferences[2].dayChange: expected a time of day HH:mm such as "04:00", found "04:00:00" (write "04:00"); field ignored',
      '$.conferences[3].dayChange: expected a time of day HH:mm such as "04:00", found "9:60"; field ignored',
      '$.conferences[4].dayChange: expected a time of day HH:mm such as "04:00", found "24:00"; field ignored',
    ]);
  });
});

describe('validateFeedInSteps (large feeds, without blocking the page)', () => {
  /** A generated feed with a few faults, so that warnings are compared too. */
  function largeFeed(): Record<string, unknown> {
    const feed = generateFeed({ partnerships: 3_000, sessions: 600 }) as Record<string, unknown> & { partnerships: Record<string, unknown>[] };
    feed.partnerships[10] = { ...feed.partnerships[10], since: '2021-02-30' };
    feed.partnerships[2_900] = { ...feed.partnerships[2_900], cities: ['nowhere', 'elsewhere'] };
    feed.partnerships.push({ ...feed.partnerships[5] });
    return feed;
  }

  it('pauses between steps of a large feed and gives exactly what validateFeed gives', async () => {
    const feed = largeFeed();
    let pauses = 0;
    const stepped = await validateFeedInSteps(feed, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    const whole = validateFeed(feed);
    // 3,000 partnerships, their cities and 600 sessions: a pause every 250 items.
    expect(pauses, 'pauses').to.be.at.least(12);
    expect(stepped.ok && whole.ok).to.equal(true);
    if (!stepped.ok || !whole.ok) return;
    expect(stepped.warnings).to.deep.equal(whole.warnings);
    expect(stepped.warnings.map((warning) => warning.path)).to.include.members([
      '$.partnerships[10].since',
      '$.partnerships[2900].cities[0]',
      '$.partnerships[3000].id',
    ]);
    expect(JSON.stringify(stepped.feed)).to.equal(JSON.stringify(whole.feed));
  });

  it('lets other tasks run while it validates', async () => {
    let ran = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      ran++;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        tick();
      };
      channel.port2.postMessage(null);
    };
    tick();
    const before = ran;
    const result = await validateFeedInSteps(largeFeed(), { sliceMs: 0 });
    running = false;
    expect(result.ok).to.equal(true);
    expect(ran - before, 'tasks that ran during validation').to.be.at.least(5);
  });

  it('refuses a document of another version or shape at once, as validateFeed does', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    for (const document of [{ version: 2 }, [], null, 'feed']) {
      expect(await validateFeedInSteps(document, { sliceMs: 0, pause })).to.deep.equal(validateFeed(document));
    }
    expect(pauses).to.equal(0);
  });
});
