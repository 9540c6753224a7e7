/**
 * Feeds a host page builds in script and sets as `element.feed`: they can hold
 * what JSON never does (a BigInt, a cycle, a getter that throws, a Proxy whose
 * traps throw). Whatever such an object holds, and wherever, every widget ends
 * in the error state or shows what is usable, says why in the console, and
 * nothing escapes as an uncaught error or unhandled rejection.
 */
import { expect } from '@open-wc/testing';
import { buildHostPage, mountWatched } from '../support/hostile.js';
import { sampleFeed } from '../support/feeds.js';
import { defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage } from '../support/widgets.js';
import { fastPathLoaded } from '../../src/feed/validate.js';

type Json = Record<string, unknown>;
const list = (value: unknown) => value as Json[];

function throwing(target: object, key: PropertyKey): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error(`host getter ${String(key)} throws`);
    },
  });
}

/** A Proxy whose every trap throws, standing in for `target`. */
function hostileProxy(target: object): object {
  const fail = () => {
    throw new Error('host proxy trap throws');
  };
  return new Proxy(target, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

/** The conference of the sample feed with sessions and side events (the one the widgets show). */
function kaluga(feed: Json): Json {
  return list(feed['conferences']).find((conference) => conference['id'] === 'xvi-kaluga-2021')!;
}

interface HostCase {
  name: string;
  /** The document the case starts from (default: the sample feed). */
  base?: 'sample' | 'pretalx' | 'frab';
  /** Changes a fresh copy of the base document in place, or returns what to set instead. */
  change: (feed: Json) => unknown;
  /** Only a field no widget reads is touched: the feed is shown as it is, with a warning that names the unknown field. */
  unread?: true;
}

function frabEvent(feed: Json): Json {
  const days = list(((feed['schedule'] as Json)['conference'] as Json)['days']);
  return list(Object.values(days[0]['rooms'] as Json)[0])[0];
}

const CASES: HostCase[] = [
  // The whole object.
  { name: 'a BigInt as the feed', change: () => 1n },
  { name: 'a Proxy whose traps throw, as the feed', change: (feed) => hostileProxy(feed) },
  {
    name: 'a revoked Proxy as the feed',
    change: (feed) => {
      const { proxy, revoke } = Proxy.revocable(feed, {});
      revoke();
      return proxy;
    },
  },
  // BigInt, anywhere.
  { name: 'a BigInt as a city latitude', change: (feed) => void (list(feed['cities'])[0]['lat'] = 51n) },
  { name: 'a BigInt as a session title', change: (feed) => void (list(kaluga(feed)['sessions'])[0]['title'] = 7n) },
  { name: 'a BigInt in a localised text', change: (feed) => void (kaluga(feed)['title'] = { de: 1n, en: 'Kaluga' }) },
  { name: 'a BigInt in a field the feed does not know', change: (feed) => void (kaluga(feed)['extra'] = { deep: [1n] }), unread: true },
  { name: 'a BigInt in a list of ids', change: (feed) => void (kaluga(feed)['hostCities'] = [1n]) },
  // Cycles, in any list or object.
  {
    name: 'the document in its own city list',
    change: (feed) => void list(feed['cities']).push(feed),
  },
  {
    name: 'a conference among its own sessions',
    change: (feed) => void list(kaluga(feed)['sessions']).push(kaluga(feed)),
  },
  {
    name: 'a list that holds itself (session topics)',
    change: (feed) => {
      const topics: unknown[] = ['a'];
      topics.push(topics);
      list(kaluga(feed)['sessions'])[0]['topics'] = topics;
    },
  },
  {
    name: 'a localised text that holds itself',
    change: (feed) => {
      const name: Json = { de: 'Kaluga' };
      name['en'] = name;
      list(feed['cities'])[0]['name'] = name;
    },
  },
  {
    name: 'a link whose label is the link',
    change: (feed) => {
      const link: Json = { url: 'https://example.org/' };
      link['label'] = link;
      kaluga(feed)['links'] = [link];
    },
  },
  // Getters that throw, anywhere.
  { name: 'a getter that throws on the conference list', change: (feed) => throwing(feed, 'conferences') },
  { name: 'a getter that throws on a city name', change: (feed) => throwing(list(feed['cities'])[0], 'name') },
  { name: 'a getter that throws on a session title', change: (feed) => throwing(list(kaluga(feed)['sessions'])[0], 'title') },
  { name: 'a getter that throws on a list entry', change: (feed) => throwing(list(kaluga(feed)['sessions']), 1) },
  { name: 'a getter that throws on a field the feed does not know', change: (feed) => throwing(kaluga(feed), 'extra'), unread: true },
  { name: 'a getter that throws on a partnership date', change: (feed) => throwing(list(feed['partnerships'])[0], 'since') },
  {
    name: 'a Proxy whose traps throw, as a localised text',
    change: (feed) => void (kaluga(feed)['motto'] = hostileProxy({ de: 'Motto' })),
  },
  {
    name: 'a Proxy whose traps throw, as the session list',
    change: (feed) => void (kaluga(feed)['sessions'] = hostileProxy([])),
  },
  // The same in schedules the loader imports (pretalx, frab) before validating.
  { name: 'pretalx: a BigInt as a talk title', base: 'pretalx', change: (feed) => void (list(feed['talks'])[0]['title'] = 1n) },
  // Without its end, so that the duration is read (with an end it is not, and there is nothing to report).
  {
    name: 'pretalx: a BigInt as the duration of a talk without end',
    base: 'pretalx',
    change: (feed) => {
      const talk = list(feed['talks'])[0];
      delete talk['end'];
      talk['duration'] = 90n;
    },
  },
  { name: 'pretalx: the document among its talks', base: 'pretalx', change: (feed) => void list(feed['talks']).push(feed) },
  {
    name: 'pretalx: a talk whose speakers list holds itself',
    base: 'pretalx',
    change: (feed) => {
      const speakers: unknown[] = ['ABCDEF'];
      speakers.push(speakers);
      list(feed['talks'])[0]['speakers'] = speakers;
    },
  },
  { name: 'pretalx: a getter that throws on a talk start', base: 'pretalx', change: (feed) => throwing(list(feed['talks'])[0], 'start') },
  { name: 'pretalx: a getter that throws on the talk list', base: 'pretalx', change: (feed) => throwing(feed, 'talks') },
  { name: 'frab: a BigInt as an event date', base: 'frab', change: (feed) => void (frabEvent(feed)['date'] = 1n) },
  { name: 'frab: an event that holds itself as a person', base: 'frab', change: (feed) => void (frabEvent(feed)['persons'] = [frabEvent(feed)]) },
  { name: 'frab: a getter that throws on an event title', base: 'frab', change: (feed) => throwing(frabEvent(feed), 'title') },
  {
    name: 'frab: a Proxy whose traps throw, as the rooms of a day',
    base: 'frab',
    change: (feed) => {
      const days = list(((feed['schedule'] as Json)['conference'] as Json)['days']);
      days[0]['rooms'] = hostileProxy({});
    },
  },
];

describe('feed objects built by the host page (element.feed)', () => {
  const bases: Record<string, Json> = {};
  before(async () => {
    await defineAll();
    // The unknown-field warning comes with validation's lazy chunk (src/feed/authoring.ts).
    await fastPathLoaded;
    bases['sample'] = await sampleFeed();
    for (const [name, file] of [
      ['pretalx', 'pretalx-widget.json'],
      ['frab', 'frab-schedule.json'],
    ]) {
      bases[name] = (await (await fetch(`/test/fixtures/schedules/${file}`)).json()) as Json;
    }
  });
  afterEach(resetPage);

  for (const widget of WIDGET_CASES) {
    describe(`<${widget.tag}>`, () => {
      for (const { name, base = 'sample', change, unread } of CASES) {
        it(`${name}: ${unread ? 'content' : 'error or content, a console message'}, nothing uncaught`, async () => {
          const copy = structuredClone(bases[base]);
          const feed = change(copy) ?? copy;
          const { stage, remove } = buildHostPage();
          try {
            const { mounted, warnings, errors, uncaught } = await mountWatched(widget, { feed }, stage, { quiet: 5 });
            expect(uncaught, 'uncaught errors or unhandled rejections').to.deep.equal([]);
            const root = mounted.root;
            const shown = root.querySelector(`${widget.content}, [part~="empty"]`) !== null;
            const failed = root.querySelector('[part~="error"]') !== null;
            expect(shown || failed, 'content, empty or error state').to.equal(true);
            const logged = [...warnings, ...errors].filter((line) => line.startsWith('[staedtepartner-widgets]'));
            if (unread) {
              expect(failed, `error state: ${mounted.failure?.detail}`).to.equal(false);
              // Named as a field the format does not know (issue 15), its value never read.
              expect(logged, 'console messages').to.have.length(1);
              expect(logged[0]).to.match(/\n {2}\$\.conferences\[\d+\]\.extra: unknown field "extra"; ignored$/);
              return;
            }
            expect(logged, 'a console message').not.to.deep.equal([]);
            if (failed) expect(mounted.failure?.detail, 'the failure names the cause').to.be.a('string').and.not.equal('');
          } finally {
            remove();
          }
        });
      }
    });
  }
});
