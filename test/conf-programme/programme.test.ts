import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { ReactiveControllerHost } from 'lit';
import { calendarSessions, programmeCalendar } from '../../src/conf-programme/calendar.js';
import { gridLayout, venueRanks } from '../../src/conf-programme/grid.js';
import { DEFAULT_DURATION_MINUTES } from '../../src/feed/constants.js';
import { ProgrammeLocation, type ProgrammeTarget } from '../../src/conf-programme/location.js';
import {
  ALL_DAYS,
  buildProgramme,
  filterSessions,
  isFiltered,
  nowAndNext,
  SIDE_EVENTS,
  UNDATED,
  type Programme,
  type ProgrammeSession,
} from '../../src/conf-programme/programme.js';
import { isFavouritesKey, readFavourites, readLocalTime, writeFavourites, writeLocalTime } from '../../src/conf-programme/storage.js';
import { sessionCount, sessionTime, zonesDiffer } from '../../src/conf-programme/texts.js';
import { readFeedObject } from '../../src/feed/loader.js';
import type { Feed } from '../../src/feed/model.js';
import { minimalFeed } from '../support/feeds.js';
import type { RawSession } from './support.js';

const MOSCOW = '+03:00';

/** Sessions of a conference in Moscow, in an order that is not time order. */
const SESSIONS: RawSession[] = [
  {
    id: 'closing',
    kind: 'plenary',
    title: { de: 'Abschluss', ru: 'Закрытие', en: 'Closing' },
    start: '2021-06-30T16:00',
    end: '2021-06-30T17:00',
    venue: 'Hall',
  },
  { id: 'undated-wg5', kind: 'working-group', workingGroup: 5, title: 'Five' },
  {
    id: 'wg-2',
    kind: 'working-group',
    workingGroup: 2,
    title: { de: 'Gesundheit', ru: 'Здравоохранение', en: 'Health' },
    start: '2021-06-28T10:00',
    end: '2021-06-28T11:30',
    venue: 'Room A',
    coordinators: ['org'],
  },
  {
    id: 'wg-1',
    kind: 'working-group',
    workingGroup: 1,
    title: { de: 'Bildung in Düren', ru: 'Образование', en: 'Education' },
    start: '2021-06-28T10:00',
    end: '2021-06-28T12:00',
    venue: 'Room B',
  },
  { id: 'opening', kind: 'plenary', title: { de: 'Eröffnung', ru: 'Открытие', en: 'Opening' }, start: '2021-06-28T09:00', venue: 'Hall' },
  { id: 'exhibition', kind: 'culture', title: 'Exhibition', start: '2021-06-28' },
  { id: 'concert-b', kind: 'culture', title: 'Concert B', start: '2021-06-28T14:00', end: '2021-06-28T15:00' },
  { id: 'concert-a', kind: 'culture', title: 'Concert A', start: '2021-06-28T14:00', end: '2021-06-28T15:00', venue: 'Hall' },
  { id: 'undated-wg3', kind: 'working-group', workingGroup: 3, title: 'Three' },
  { id: 'undated-other', kind: 'other', title: 'Something' },
  { id: 'after', kind: 'excursion', title: 'Excursion', start: '2021-07-02T09:00', end: '2021-07-02T18:00' },
];

async function feedWith(conference: Record<string, unknown>): Promise<Feed> {
  const result = await readFeedObject(
    minimalFeed({
      organisations: [{ id: 'org', name: { de: 'Verein für Völkerverständigung', ru: 'Общество дружбы', en: 'Friendship Society' }, country: 'DE' }],
      conferences: [{ id: 'c', ordinal: 16, title: 'Conference', start: '2021-06-28', end: '2021-06-30', hostCities: ['nizhny-novgorod'], ...conference }],
    }),
  );
  if (!result.ok) throw new Error(result.failure.detail);
  return result.feed;
}

async function build(conference: Record<string, unknown> = {}, fallback?: string): Promise<Programme> {
  const feed = await feedWith({ timeZone: 'Europe/Moscow', sessions: SESSIONS, ...conference });
  return buildProgramme(feed.conferences[0], feed, fallback);
}

const ids = (entries: readonly ProgrammeSession[]) => entries.map((entry) => entry.session.id);
const raw = (id: string) => SESSIONS.find((session) => session.id === id)!;
const minutesOf = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

describe('conf-programme model', () => {
  describe('buildProgramme', () => {
    it('makes a tab of each day that sessions name (none for a conference day without sessions), and puts the undated last', async () => {
      const programme = await build();
      // 2021-06-29, a day of the conference, has no sessions: no empty tab.
      expect(programme.days.map((day) => day.key)).to.deep.equal(['2021-06-28', '2021-06-30', '2021-07-02', UNDATED]);
      for (const day of programme.days.slice(0, -1))
        expect(ids(day.sessions)).to.have.members(SESSIONS.filter((s) => s.start?.startsWith(day.key)).map((s) => s.id));
      expect(programme.days.at(-1)!.date).to.equal(undefined);
      expect(programme.sessions).to.have.length(SESSIONS.length);
    });

    it('orders a day: untimed first, then by start, working groups by number, else the feed order', async () => {
      const programme = await build();
      expect(ids(programme.days[0].sessions)).to.deep.equal(['exhibition', 'opening', 'wg-1', 'wg-2', 'concert-b', 'concert-a']);
      expect(ids(programme.days.at(-1)!.sessions)).to.deep.equal(['undated-wg3', 'undated-wg5', 'undated-other']);
      expect(ids(programme.sessions)).to.deep.equal([...ids(programme.days[0].sessions), 'closing', 'after', ...ids(programme.days.at(-1)!.sessions)]);
    });

    it('turns local times into instants in the conference zone', async () => {
      const programme = await build();
      const entry = (id: string) => programme.sessions.find((candidate) => candidate.session.id === id)!;
      expect(programme.timeZone).to.equal('Europe/Moscow');
      expect(new Date(entry('wg-2').startsAt!).toISOString()).to.equal('2021-06-28T07:00:00.000Z');
      for (const id of ['wg-1', 'wg-2', 'closing', 'after']) {
        expect(entry(id).startsAt, id).to.equal(Date.parse(`${raw(id).start}:00${MOSCOW}`));
        expect(entry(id).endsAt, id).to.equal(Date.parse(`${raw(id).end}:00${MOSCOW}`));
        expect(entry(id).timed).to.equal(true);
      }
      // Without an end it lasts the default duration.
      expect(entry('opening').endsAt! - entry('opening').startsAt!).to.equal(DEFAULT_DURATION_MINUTES * 60_000);
      expect(entry('exhibition')).to.include({ timed: false, startsAt: undefined, day: '2021-06-28' });
      expect(entry('undated-other')).to.include({ timed: false, day: UNDATED, start: undefined });
    });

    it('uses the fallback zone for a conference without one, and lists the kinds in schema order', async () => {
      const feed = await feedWith({ sessions: SESSIONS });
      const programme = buildProgramme(feed.conferences[0], feed, 'Asia/Vladivostok');
      expect(programme.timeZone).to.equal('Asia/Vladivostok');
      expect(new Date(programme.sessions.find((entry) => entry.session.id === 'wg-2')!.startsAt!).toISOString()).to.equal('2021-06-28T00:00:00.000Z');
      expect(programme.kinds).to.deep.equal(['plenary', 'working-group', 'culture', 'excursion', 'other']);
    });

    it('makes no tabs for a conference without sessions, not even for its days', async () => {
      const feed = await feedWith({ timeZone: 'Europe/Moscow' });
      const programme = buildProgramme(feed.conferences[0], feed);
      expect(programme.sessions).to.deep.equal([]);
      expect(programme.days).to.deep.equal([]);
    });
  });

  describe('filterSessions', () => {
    let programme: Programme;
    before(async () => (programme = await build()));

    it('matches every word in any language version, ignoring case and accents, and coordinators', () => {
      for (const query of ['gesundheit', 'ЗДРАВООХРАНЕНИЕ', 'Health', 'friendship', 'völkerverständigung', 'VOLKERVERSTANDIGUNG', 'дружбы']) {
        expect(ids(filterSessions(programme.sessions, { query })), query).to.deep.equal(['wg-2']);
      }
      expect(ids(filterSessions(programme.sessions, { query: 'duren' }))).to.deep.equal(['wg-1']);
      expect(ids(filterSessions(programme.sessions, { query: 'concert' }))).to.deep.equal(['concert-b', 'concert-a']);
      expect(ids(filterSessions(programme.sessions, { query: '  concert   a ' }))).to.deep.equal(['concert-a']);
      expect(ids(filterSessions(programme.sessions, { query: 'concert health' }))).to.deep.equal([]);
    });

    it('finds names typed without the letters no accent removed makes plain: "Lodz" finds Łódź, "Tromso" Tromsø', async () => {
      const feed = await feedWith({
        timeZone: 'Europe/Moscow',
        sessions: [
          { id: 'lodz', kind: 'other', title: 'Łódź und Białystok' },
          { id: 'nordic', kind: 'other', title: 'Tromsø, Bærum, Garðabær' },
          { id: 'turkish', kind: 'other', title: 'Bağcılar' },
        ],
      });
      const sessions = buildProgramme(feed.conferences[0], feed).sessions;
      for (const [query, id] of [
        ['lodz', 'lodz'],
        ['Bialystok', 'lodz'],
        ['tromso', 'nordic'],
        ['baerum', 'nordic'],
        ['gardabaer', 'nordic'],
        ['bagcilar', 'turkish'],
        ['Łódź', 'lodz'],
      ]) {
        expect(ids(filterSessions(sessions, { query })), query).to.deep.equal([id]);
      }
    });

    it('filters by kind and by a set of ids, keeping the order', () => {
      expect(ids(filterSessions(programme.sessions, { kind: 'plenary' }))).to.deep.equal(['opening', 'closing']);
      expect(ids(filterSessions(programme.sessions, { only: new Set(['closing', 'wg-1', 'unknown']) }))).to.deep.equal(['wg-1', 'closing']);
      expect(ids(filterSessions(programme.sessions, { kind: 'culture', query: 'concert b' }))).to.deep.equal(['concert-b']);
      expect(filterSessions(programme.sessions, { query: '', kind: '' })).to.have.length(SESSIONS.length);
    });

    it('picks the sessions of a calendar file: one, all, the favourites, or the tab and filters shown', () => {
      const favourites = new Set(['closing', 'wg-1']);
      const none = { tab: ALL_DAYS, filter: {}, favourites };
      expect(ids(calendarSessions(programme, { session: 'wg-2' }, none))).to.deep.equal(['wg-2']);
      expect(ids(calendarSessions(programme, 'all', { ...none, filter: { kind: 'plenary' } }))).to.deep.equal(ids(programme.sessions));
      expect(ids(calendarSessions(programme, 'favourites', none))).to.deep.equal(ids(programme.sessions).filter((id) => favourites.has(id)));
      const day = programme.days[0];
      expect(day.sessions.length).to.be.lessThan(programme.sessions.length);
      expect(ids(calendarSessions(programme, 'shown', { ...none, tab: day.key }))).to.deep.equal(ids(day.sessions));
      expect(ids(calendarSessions(programme, 'shown', { ...none, filter: { kind: 'culture' } }))).to.deep.equal(
        ids(filterSessions(programme.sessions, { kind: 'culture' })),
      );
      expect(ids(calendarSessions(programme, 'shown', { ...none, tab: SIDE_EVENTS }))).to.deep.equal(ids(programme.sessions));
    });

    it('says whether any filter is set', () => {
      expect(isFiltered({})).to.equal(false);
      expect(isFiltered({ query: '   ', kind: '' })).to.equal(false);
      expect(isFiltered({ query: 'x' })).to.equal(true);
      expect(isFiltered({ kind: 'plenary' })).to.equal(true);
      expect(isFiltered({ only: new Set() })).to.equal(true);
    });
  });

  describe('nowAndNext', () => {
    let programme: Programme;
    before(async () => (programme = await build()));
    const at = (local: string) => Date.parse(`${local}:00${MOSCOW}`);
    const timing = (local: string) => Object.fromEntries(nowAndNext(programme.sessions, at(local)));

    it('marks what runs and every session of the next start', () => {
      expect(timing('2021-06-28T10:30')).to.deep.equal({ 'wg-1': 'now', 'wg-2': 'now', 'concert-a': 'next', 'concert-b': 'next' });
      expect(timing('2021-06-28T08:00')).to.deep.equal({ opening: 'next' });
      // The next start may be on a later day.
      expect(timing('2021-06-28T15:30')).to.deep.equal({ closing: 'next' });
      expect(timing('2021-07-03T10:00')).to.deep.equal({});
    });

    it('counts a session from its first minute and not at its end', () => {
      // The opening (09:00, an hour by default) ends exactly when the working groups begin.
      expect(timing('2021-06-28T10:00')).to.deep.equal({ 'wg-1': 'now', 'wg-2': 'now', 'concert-a': 'next', 'concert-b': 'next' });
      expect(timing('2021-06-28T09:59')).to.deep.equal({ opening: 'now', 'wg-1': 'next', 'wg-2': 'next' });
      // wg-2 ends at 11:30 exactly, wg-1 at 12:00.
      expect(timing('2021-06-28T11:30')).to.deep.equal({ 'wg-1': 'now', 'concert-a': 'next', 'concert-b': 'next' });
      expect(nowAndNext(programme.sessions, at('2021-06-28T11:30') - 1).get('wg-2')).to.equal('now');
      // Without an end: the default hour.
      expect(nowAndNext(programme.sessions, at('2021-06-28T09:00') + DEFAULT_DURATION_MINUTES * 60_000 - 1).get('opening')).to.equal('now');
      expect(nowAndNext(programme.sessions, at('2021-06-28T09:00') + DEFAULT_DURATION_MINUTES * 60_000).has('opening')).to.equal(false);
    });

    it('never marks whole-day or undated sessions', () => {
      const whole = programme.sessions.filter((entry) => !entry.timed);
      expect(whole.length).to.be.greaterThan(2);
      for (const local of ['2021-06-28T00:00', '2021-06-28T12:00', '2021-06-28T23:59']) {
        const marks = nowAndNext(programme.sessions, at(local));
        for (const entry of whole) expect(marks.has(entry.session.id), `${entry.session.id} at ${local}`).to.equal(false);
      }
    });
  });

  describe('gridLayout and venueRanks', () => {
    let programme: Programme;
    let day: readonly ProgrammeSession[];
    before(async () => {
      programme = await build();
      day = programme.days[0].sessions;
    });
    const venue = (entry: ProgrammeSession) => (typeof entry.session.venue === 'string' ? entry.session.venue : '');

    it('puts parallel sessions in different columns, a row per 5 minutes from the first start (to the quarter hour) to the last end', () => {
      const layout = gridLayout(day, venue, 'Elsewhere');
      expect(ids(layout.untimed)).to.deep.equal(['exhibition']);
      const timed = SESSIONS.filter((session) => session.start?.startsWith('2021-06-28T'));
      const span = (session: (typeof timed)[number]) => {
        const from = minutesOf(session.start!);
        return [from, session.end ? minutesOf(session.end) : from + DEFAULT_DURATION_MINUTES];
      };
      const starts = timed.map((session) => span(session)[0]);
      const ends = timed.map((session) => span(session)[1]);
      expect(layout.start).to.equal(Math.floor(Math.min(...starts) / 15) * 15);
      expect(layout.end).to.equal(Math.ceil(Math.max(...ends) / 15) * 15);
      expect(layout.venues).to.have.members(['Hall', 'Room A', 'Room B', 'Elsewhere']);
      expect(layout.cells).to.have.length(timed.length);
      for (const cell of layout.cells) {
        const session = raw(cell.entry.session.id);
        const [from, to] = span(session);
        expect(layout.venues[cell.column], session.id).to.equal(typeof session.venue === 'string' ? session.venue : 'Elsewhere');
        expect(layout.start + cell.rowStart * 5, session.id).to.equal(from);
        expect(layout.start + cell.rowEnd * 5, session.id).to.equal(to);
        expect(cell.openEnd, session.id).to.equal(!session.end);
      }
      // In time order, then venue: how a reader and the keyboard meet them.
      const order = layout.cells.map((cell) => [cell.rowStart, cell.column]);
      expect(order).to.deep.equal([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      const cell = (id: string) => layout.cells.find((candidate) => candidate.entry.session.id === id)!;
      expect(cell('wg-1').column).to.not.equal(cell('wg-2').column);
      expect(cell('wg-1').rowStart).to.equal(cell('wg-2').rowStart);
      expect(cell('wg-1').rowEnd).to.be.greaterThan(cell('wg-2').rowEnd);
    });

    it('orders the columns by the venues’ first appearance in the feed’s sessions', () => {
      const positions = new Map((programme.conference.sessions ?? []).map((session, index) => [session, index]));
      const rank = venueRanks(programme.sessions, venue, 'Elsewhere', (entry) => positions.get(entry.session)!);
      const firstSeen = [...new Set(SESSIONS.map((session) => (typeof session.venue === 'string' ? session.venue : 'Elsewhere')))];
      expect(rank(firstSeen[0])).to.equal(0);
      expect(rank('Nowhere')).to.equal(Infinity);
      const layout = gridLayout(day, venue, 'Elsewhere', rank);
      expect(layout.venues).to.deep.equal(firstSeen.filter((name) => layout.venues.includes(name)));
      // A rank that reverses the order moves the columns, and the cells with them.
      const reversed = gridLayout(day, venue, 'Elsewhere', (name) => -rank(name));
      expect(reversed.venues).to.deep.equal([...layout.venues].reverse());
      for (const cell of reversed.cells) expect(reversed.venues[cell.column]).to.equal(venue(cell.entry) || 'Elsewhere');
    });
  });

  describe('ProgrammeLocation', () => {
    const host = { addController() {} } as unknown as ReactiveControllerHost;
    let followed: ProgrammeTarget[];
    let prefix: string;
    let location_: ProgrammeLocation;

    beforeEach(() => {
      followed = [];
      prefix = 'programme';
      location_ = new ProgrammeLocation(
        host,
        () => prefix,
        (target) => followed.push(target),
      );
    });
    afterEach(() => {
      location_.hostDisconnected();
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('reads only its own hashes', () => {
      expect(location_.parse('#programme/2019-06-26')).to.deep.equal({ day: '2019-06-26' });
      expect(location_.parse('#programme/session/xv-wg-3')).to.deep.equal({ session: 'xv-wg-3' });
      expect(location_.parse('#programme/all')).to.deep.equal({ day: 'all' });
      for (const hash of ['', '#', '#programme', '#programme/', '#programme/session/', '#programmes/2019-06-26', '#/about', '#programme/%E0%A4%A']) {
        expect(location_.parse(hash), hash).to.equal(undefined);
      }
      prefix = 'xv';
      expect(location_.parse('#programme/2019-06-26')).to.equal(undefined);
      expect(location_.parse('#xv/2019-06-26')).to.deep.equal({ day: '2019-06-26' });
      // The browser hands back a hash percent-encoded: compared decoded.
      prefix = 'Programm Übersicht';
      expect(location_.parse('#Programm%20%C3%9Cbersicht/2019-06-26')).to.deep.equal({ day: '2019-06-26' });
      expect(location_.parse('#Programm Übersicht/session/a%2Fb')).to.deep.equal({ session: 'a/b' });
    });

    it('makes links that read back as the same target', () => {
      const targets: ProgrammeTarget[] = [{ day: '2019-06-26' }, { day: 'side-events' }, { session: 'xv-wg-3' }, { session: 'a b/ü#?' }, { day: 'session' }];
      for (const target of targets) expect(location_.parse(new URL(location_.href(target)).hash), JSON.stringify(target)).to.deep.equal(target);
      // Built on the document's own address, never a bare hash (a <base href> would send it elsewhere).
      const page = `${location.origin}${location.pathname}${location.search}`;
      expect(location_.href({ session: 'xv-wg-3' })).to.equal(`${page}#programme/session/xv-wg-3`);
      history.replaceState(null, '', '#/about');
      expect(location_.href({ day: '2019-06-26' })).to.equal(`${page}#programme/2019-06-26`);
    });

    it('writes into an empty or own hash, never into the host page’s', () => {
      const entries = history.length;
      location_.write({ day: '2019-06-26' });
      expect(location.hash).to.equal('#programme/2019-06-26');
      location_.write({ session: 'xv-wg-3' });
      expect(location.hash).to.equal('#programme/session/xv-wg-3');
      history.replaceState(null, '', '#/about');
      location_.write({ day: '2019-06-27' });
      expect(location.hash).to.equal('#/about');
      expect(history.length).to.equal(entries);
    });

    it('follows its hashes while connected', () => {
      history.replaceState(null, '', '#programme/session/xv-wg-7');
      location_.hostConnected();
      expect(followed).to.deep.equal([{ session: 'xv-wg-7' }]);
      history.replaceState(null, '', '#/about');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      history.replaceState(null, '', '#programme/2019-06-28');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      expect(followed).to.deep.equal([{ session: 'xv-wg-7' }, { day: '2019-06-28' }]);
      location_.hostDisconnected();
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      expect(followed).to.have.length(2);
    });
  });

  describe('storage', () => {
    // An in-memory storage for this tab only: other test files share the real localStorage.
    let store: Map<string, string>;
    let saved: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

    beforeEach(() => {
      store = new Map();
      saved = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
      Storage.prototype.getItem = (key: string) => store.get(key) ?? null;
      Storage.prototype.setItem = (key: string, value: string) => void store.set(key, String(value));
      Storage.prototype.removeItem = (key: string) => void store.delete(key);
    });
    afterEach(() => Object.assign(Storage.prototype, saved));

    it('keeps favourites per conference', () => {
      expect([...readFavourites('a')]).to.deep.equal([]);
      writeFavourites('a', new Set(['s-1', 's-2']));
      writeFavourites('b', new Set(['s-9']));
      expect([...readFavourites('a')]).to.deep.equal(['s-1', 's-2']);
      expect([...readFavourites('b')]).to.deep.equal(['s-9']);
      expect(store.size).to.equal(2);
      const [keyA] = [...store.keys()].filter((key) => key.endsWith(':a'));
      expect(isFavouritesKey(keyA, 'a')).to.equal(true);
      expect(isFavouritesKey(keyA, 'b')).to.equal(false);
      expect(isFavouritesKey(null, 'a')).to.equal(false);
      writeFavourites('a', new Set());
      expect(store.has(keyA)).to.equal(false);
      expect([...readFavourites('a')]).to.deep.equal([]);
    });

    it('reads damaged entries as no favourites, keeping the ids that are strings', () => {
      writeFavourites('a', new Set(['x']));
      const key = [...store.keys()][0];
      for (const damaged of ['{not json', '"s-1"', '{"0":"s-1"}', 'null', '42']) {
        store.set(key, damaged);
        expect([...readFavourites('a')], damaged).to.deep.equal([]);
      }
      store.set(key, JSON.stringify(['s-1', 7, null, { id: 's-2' }, 's-3']));
      expect([...readFavourites('a')]).to.deep.equal(['s-1', 's-3']);
      store.set(key, JSON.stringify(Array.from({ length: 5000 }, (_, index) => `s-${index}`)));
      expect(readFavourites('a').size).to.equal(2000);
    });

    it('remembers the local-time choice', () => {
      expect(readLocalTime()).to.equal(false);
      writeLocalTime(true);
      expect(readLocalTime()).to.equal(true);
      writeLocalTime(false);
      expect(readLocalTime()).to.equal(false);
      expect(store.size).to.equal(0);
    });

    it('survives blocked storage', () => {
      const blocked = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.assign(Storage.prototype, { getItem: blocked, setItem: blocked, removeItem: blocked });
      expect(() => writeFavourites('a', new Set(['s-1']))).to.not.throw();
      expect(() => writeFavourites('a', new Set())).to.not.throw();
      expect(() => writeLocalTime(true)).to.not.throw();
      expect([...readFavourites('a')]).to.deep.equal([]);
      expect(readLocalTime()).to.equal(false);
    });
  });

  describe('texts', () => {
    it('names the day of a session when the reader’s zone puts it on another day', async () => {
      const feed = await feedWith({
        timeZone: 'Asia/Vladivostok',
        sessions: [{ id: 'early', kind: 'plenary', title: 'Early', start: '2021-06-28T09:00', end: '2021-06-28T10:00' }],
      });
      const [entry] = buildProgramme(feed.conferences[0], feed).sessions;
      const from = Date.parse('2021-06-28T09:00:00+10:00');
      const to = Date.parse('2021-06-28T10:00:00+10:00');
      expect(sessionTime(entry, 'en')).to.deep.equal({
        text: new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Vladivostok' }).formatRange(from, to),
        datetime: '2021-06-28T09:00',
      });
      // 09:00 in Vladivostok is 23:00 the day before in UTC.
      const inUtc = sessionTime(entry, 'en', 'UTC')!;
      expect(inUtc.datetime).to.equal('2021-06-27T23:00:00.000Z');
      expect(inUtc.text).to.equal(
        new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatRange(
          from,
          to,
        ),
      );
      expect(inUtc.text).to.contain('27');
    });

    it('compares zones by their offset at an instant', () => {
      const june = Date.parse('2021-06-28T12:00:00Z');
      const january = Date.parse('2021-01-15T12:00:00Z');
      expect(zonesDiffer('Europe/Berlin', 'Europe/Paris', june)).to.equal(false);
      expect(zonesDiffer('Europe/Berlin', 'Europe/Moscow', june)).to.equal(true);
      // London is on UTC in winter only.
      expect(zonesDiffer('Europe/London', 'UTC', january)).to.equal(false);
      expect(zonesDiffer('Europe/London', 'UTC', june)).to.equal(true);
    });

    it('counts sessions with the plural forms of the language', () => {
      // Without loaded Russian translations the English source words show; the plural choice is still Russian.
      const categories = [0, 1, 2, 5, 21, 22, 25].map((count) => new Intl.PluralRules('ru').select(count));
      expect(categories).to.deep.equal(['many', 'one', 'few', 'many', 'one', 'few', 'many']);
      // The number joined to its word by a no-break space.
      expect(sessionCount(1, 'en')).to.equal('1\u00a0session');
      expect(sessionCount(21, 'en')).to.equal('21\u00a0sessions');
      expect(sessionCount(1000, 'en')).to.equal('1,000\u00a0sessions');
    });
  });

  describe('programmeCalendar', () => {
    it('leaves out undated sessions, spans whole days, and stamps the given time', async () => {
      const feed = await feedWith({
        timeZone: 'Europe/Moscow',
        sessions: [
          { id: 'fair', kind: 'culture', title: 'Fair', start: '2021-06-28', end: '2021-06-30' },
          { id: 'talk', kind: 'plenary', title: 'Talk', start: '2021-06-29T10:00' },
          { id: 'later', kind: 'other', title: 'Later' },
        ],
      });
      const programme = buildProgramme(feed.conferences[0], feed);
      const stamp = new Date('2021-05-01T08:00:00Z');
      const text = programmeCalendar(
        programme,
        programme.sessions,
        {
          name: 'Calendar',
          title: (entry) => String(entry.session.title),
          location: () => '',
          description: () => '',
          url: (entry) => `https://example.org/#${entry.session.id}`,
        },
        stamp,
      );
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events.map((event) => event.summary)).to.deep.equal(['Fair', 'Talk']);
      expect(events[0].startDate.toString()).to.equal('2021-06-28');
      expect(events[0].endDate.toString()).to.equal('2021-07-01');
      expect(events[1].startDate.toJSDate().toISOString()).to.equal('2021-06-29T07:00:00.000Z');
      expect(events[1].endDate.toJSDate().getTime() - events[1].startDate.toJSDate().getTime()).to.equal(DEFAULT_DURATION_MINUTES * 60_000);
      expect(events[0].uid).to.equal('fair.c@staedtepartner-widgets');
      for (const event of events) expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2021-05-01T08:00:00Z');
    });
  });
});
