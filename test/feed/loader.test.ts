import { expect } from '@open-wc/testing';
import { forgetFeed, loadFeed, loaderSettings, readFeedObject } from '../../src/feed/loader.js';
import type { FeedResult } from '../../src/feed/model.js';
import { installFakeTimers } from '../support/fake-timers.js';
import { city, minimalFeed } from '../support/feeds.js';
import { captureConsole as quietly, heldAnswer, nextTask, until, type HeldAnswer } from '../support/widgets.js';
import type { Clock } from '@sinonjs/fake-timers';

const key = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

async function hits(name: string): Promise<number> {
  const response = await fetch(`/__test__/hits/${name}`);
  return ((await response.json()) as { hits: number }).hits;
}

function failureOf(result: FeedResult) {
  if (result.ok) throw new Error('expected a failure');
  return result.failure;
}

/**
 * What `pending` settled to within a few turns of the event loop, or 'pending'.
 * For steps that need no network and no timer (only promise callbacks), so a
 * result that is not there by then never comes.
 */
async function soon<T>(pending: Promise<T>, turns = 10): Promise<T | 'pending'> {
  let outcome: { value: T } | undefined;
  void pending.then((value) => (outcome = { value }));
  for (let turn = 0; turn < turns && !outcome; turn++) await nextTask();
  return outcome ? outcome.value : 'pending';
}

/** Whether `pending` rejects. */
async function rejects(pending: Promise<unknown>): Promise<boolean> {
  try {
    await pending;
    return false;
  } catch {
    return true;
  }
}

/** Requests to /__test__/hold/<key> of `url` the server still holds (0 once the client closed them). */
async function heldCount(url: string): Promise<number> {
  const key = /\/hold\/([^?]+)/.exec(url)![1];
  return ((await (await fetch(`/__test__/held/${key}`)).json()) as { held: number }).held;
}

/** Replaces window.fetch with `wrapper` (given the real one) until the returned function is called. */
function wrapFetch(wrapper: (real: typeof fetch, input: RequestInfo | URL, init?: RequestInit) => Promise<Response>): () => void {
  const real = window.fetch;
  window.fetch = (input, init) => wrapper(real, input, init);
  return () => {
    window.fetch = real;
  };
}

/**
 * Replaces window.fetch with one whose answers have text() but no body stream, as whatwg-fetch's have when an old
 * portal's template forces it over the browser's fetch, until the returned function is called.
 */
function withoutBodyStream(): () => void {
  return wrapFetch(async (real, input, init) => {
    const answer = await real(input, init);
    const text = await answer.text();
    return { ok: answer.ok, status: answer.status, statusText: answer.statusText, headers: answer.headers, text: async () => text } as Response;
  });
}

describe('loadFeed', () => {
  it('fetches one URL once, however it is written and however many ask in the same tick', async () => {
    const name = key('shared');
    const relative = `/__test__/count/${name}`;
    const absolute = new URL(relative, document.baseURI).href;
    const results = await Promise.all([loadFeed(relative), loadFeed(absolute), loadFeed(`/__test__/../__test__/count/${name}`)]);
    expect(results.every((r) => r.ok)).to.equal(true);
    expect(results[0]).to.equal(results[1]);
    expect(await hits(name)).to.equal(1);
    await loadFeed(relative);
    expect(await hits(name)).to.equal(1);
  });

  it('fetches again after forgetFeed', async () => {
    const name = key('forget');
    await loadFeed(`/__test__/count/${name}`);
    forgetFeed(`/__test__/count/${name}`);
    await loadFeed(`/__test__/count/${name}`);
    expect(await hits(name)).to.equal(2);
  });

  it('reports an HTTP error with its status', async () => {
    const { value, logged } = await quietly(() => loadFeed('/__test__/status/404'));
    const failure = failureOf(value);
    expect(failure.kind).to.equal('http');
    expect(failure.status).to.equal(404);
    expect(logged.join('\n')).to.contain('404');
  });

  it('reports a server error and does not keep the failure', async () => {
    const name = key('flaky');
    const first = await quietly(() => loadFeed(`/__test__/flaky/${name}`));
    expect(failureOf(first.value).status).to.equal(500);
    const second = await loadFeed(`/__test__/flaky/${name}`);
    expect(second.ok).to.equal(true);
  });

  it('reports an answer that is not JSON', async () => {
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent('{"version": 1,')}&k=${key('x')}`));
    expect(failureOf(value).kind).to.equal('not-json');
  });

  it('tells in the console how an answer that is not JSON begins (a server script’s warning before the feed)', async () => {
    const body = 'Warning: Undefined variable $feed in /var/www/html/feed.php on line 3\n{"version":1,"cities":[]}';
    const { value, logged } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('warned')}`));
    expect(failureOf(value).kind).to.equal('not-json');
    expect(logged.join('\n')).to.contain('"Warning: Undefined variable $feed in /var/www/html/feed.php');
  });

  it('names the title of a web page answered in place of the feed (a CMS’s page not found, with status 200)', async () => {
    const body =
      '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">\n<title> Seite nicht gefunden – Partnerschaftsverein </title></head><body>…</body></html>';
    const { value, logged } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('soft404')}`));
    expect(failureOf(value).kind).to.equal('other-format');
    expect(logged.join('\n')).to.contain('("Seite nicht gefunden – Partnerschaftsverein")');
  });

  it('reports an empty answer as not JSON', async () => {
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=&k=${key('x')}`));
    const failure = failureOf(value);
    expect(failure.kind).to.equal('not-json');
    expect(failure.detail).to.contain('empty');
  });

  it('reads a feed whatever content type the server gives it, text/html too', async () => {
    const body = encodeURIComponent('{"version":1,"cities":[]}');
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=${body}&type=${encodeURIComponent('text/html; charset=utf-8')}&k=${key('typed')}`));
    expect(value.ok, JSON.stringify(value.ok ? '' : value.failure)).to.equal(true);
  });

  // whatwg-fetch forced over the browser's fetch (old portals' templates): its Response has text() but no body stream.
  it('reads a feed from a fetch whose answers have no body stream (whatwg-fetch)', async () => {
    const restore = withoutBodyStream();
    try {
      const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(JSON.stringify(minimalFeed()))}&k=${key('polyfilled')}`));
      expect(value.ok, JSON.stringify(value.ok ? '' : value.failure)).to.equal(true);
      expect(value.ok && value.feed.cities.map((city) => city.id)).to.deep.equal(['essen', 'nizhny-novgorod']);
    } finally {
      restore();
    }
  });

  describe('the answer’s encoding', () => {
    let restore: (() => void) | undefined;
    afterEach(() => {
      restore?.();
      restore = undefined;
    });

    /** Answers every request with `bytes`, one byte a piece: each character of more than one byte is split between pieces. */
    function answerBytewise(bytes: Uint8Array): void {
      restore = wrapFetch(async () => {
        let at = 0;
        const body = new ReadableStream<Uint8Array>({
          pull: (controller) => (at < bytes.length ? controller.enqueue(bytes.slice(at, ++at)) : controller.close()),
        });
        return new Response(body, { headers: { 'Content-Type': 'application/json' } });
      });
    }

    it('reads UTF-8 whose characters are split between the pieces of the answer', async () => {
      answerBytewise(new TextEncoder().encode(JSON.stringify(minimalFeed())));
      const result = await loadFeed(`/__test__/bytewise/${key('utf8')}`);
      expect(result.ok, JSON.stringify(result.ok ? '' : result.failure)).to.equal(true);
      if (result.ok) expect(JSON.stringify(result.feed.cities)).to.contain('Нижний Новгород').and.not.contain('\ufffd');
    });

    // A Russian partner city's site saving the feed in its old code page: every Cyrillic letter is a byte that UTF-8 does not know.
    it('refuses a feed saved as windows-1251, and says in the console that it is not UTF-8', async () => {
      const text = JSON.stringify(minimalFeed());
      const bytes = Uint8Array.from(text, (character) => {
        const code = character.charCodeAt(0);
        // windows-1251: А–я from 0xC0; the feed's other characters are ASCII.
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
      });
      expect(new TextDecoder('windows-1251').decode(bytes)).to.equal(text);
      answerBytewise(bytes);
      const { value, logged } = await quietly(() => loadFeed(`/__test__/bytewise/${key('cp1251')}`));
      const failure = failureOf(value);
      expect(failure.kind).to.equal('not-json');
      expect(logged.join('\n')).to.contain('not UTF-8');
    });
  });

  it('refuses an HTML page answered in place of the feed', async () => {
    // The test page itself is an HTML page served with status 200.
    const { value } = await quietly(() => loadFeed(`${location.href}&k=${key('html')}`));
    expect(failureOf(value).kind).to.equal('other-format');
  });

  for (const [what, body] of [
    ['XML export', '\uFEFF\n  <?xml version="1.0"?><schedule><conference><title>Konferenz</title></conference></schedule>'],
    ['calendar export', '\r\nbegin:vcalendar\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Eröffnung\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'],
  ]) {
    it(`tells a schedule’s ${what}, linked in place of its JSON, from damaged data, and says what to link`, async () => {
      const { value, logged } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('other')}`));
      const failure = failureOf(value);
      expect(failure.kind).to.equal('other-format');
      expect(logged.join('\n')).to.contain('src must lead to the JSON feed or a schedule.json');
    });
  }

  it('reports an unknown version', async () => {
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent('{"version":7}')}&k=${key('x')}`));
    expect(failureOf(value).kind).to.equal('version');
  });

  it('refuses a document with a key of a schedule that is none of the formats as no schedule, not as a feed without a version', async () => {
    // A bare pretalx-like `talks` list, without the rooms, tracks, speakers or zone beside it that pretalx always writes.
    const body = JSON.stringify({ talks: [{ code: 'A', title: 'Only a talk', start: '2026-06-22T07:00:00Z' }] });
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('x')}`));
    const failure = failureOf(value);
    expect(failure.kind).to.equal('invalid');
    expect(failure.detail).to.contain('not a schedule this widget reads');
  });

  describe('timeout (fake clock on setTimeout, answers held by the server)', () => {
    let clock: Clock | undefined;
    let held: HeldAnswer | undefined;
    afterEach(async () => {
      clock?.uninstall();
      clock = undefined;
      await held?.release();
      held = undefined;
    });

    it('gives up once loaderSettings.timeoutMs has passed without an answer', async () => {
      held = heldAnswer();
      clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { value } = await quietly(async () => {
        const pending = loadFeed(held!.url);
        clock!.tick(loaderSettings.timeoutMs);
        return pending;
      });
      const failure = failureOf(value);
      expect(failure.kind).to.equal('timeout');
      expect(failure.detail).to.contain(`within ${loaderSettings.timeoutMs / 1000} s`);
    });

    it('does not give up before loaderSettings.timeoutMs has passed', async () => {
      held = heldAnswer();
      clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const pending = loadFeed(held.url);
      clock.tick(loaderSettings.timeoutMs - 1);
      await held.release();
      expect((await pending).ok).to.equal(true);
    });
  });

  it('gives up on an answer whose body never ends', async () => {
    // Only the order of events matters here, not speed: the answer never completes,
    // so whenever the real 300 ms timer fires (before or after the headers), it is a timeout.
    const before = loaderSettings.timeoutMs;
    loaderSettings.timeoutMs = 300;
    try {
      const { value } = await quietly(() => loadFeed(`/__test__/hang?k=${key('hang')}`));
      expect(failureOf(value).kind).to.equal('timeout');
    } finally {
      loaderSettings.timeoutMs = before;
    }
  });

  describe('a host page whose fetch wrapper drops init (and with it the abort signal)', () => {
    let clock: Clock | undefined;
    let restore: (() => void) | undefined;
    afterEach(() => {
      clock?.uninstall();
      clock = undefined;
      restore?.();
      restore = undefined;
    });

    it('gives up at loaderSettings.timeoutMs on a fetch that never answers', async () => {
      let calls = 0;
      restore = wrapFetch(() => {
        calls += 1;
        return new Promise<Response>(() => undefined);
      });
      clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { value } = await quietly(async () => {
        const pending = loadFeed(`/__test__/never/${key('never')}`);
        clock!.tick(loaderSettings.timeoutMs - 1);
        expect(await soon(pending), 'settled before the time limit').to.equal('pending');
        clock!.tick(1);
        return soon(pending);
      });
      expect(calls).to.equal(1);
      expect(value, 'still waiting after the time limit').not.to.equal('pending');
      const failure = failureOf(value as FeedResult);
      expect(failure.kind).to.equal('timeout');
      expect(failure.detail).to.contain(`within ${loaderSettings.timeoutMs / 1000} s`);
    });

    it('gives up at loaderSettings.timeoutMs on a body that never ends, and closes it', async () => {
      // The wrapper answers at once, with a body that starts and never ends (and knows no signal).
      let cancelled = false;
      restore = wrapFetch(async () => {
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(new TextEncoder().encode('{"version":1,')),
          cancel: () => {
            cancelled = true;
          },
        });
        return new Response(body, { headers: { 'Content-Type': 'application/json' } });
      });
      clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { value } = await quietly(async () => {
        const pending = loadFeed(`/__test__/endless/${key('endless')}`);
        expect(await soon(pending), 'settled before the time limit').to.equal('pending');
        clock!.tick(loaderSettings.timeoutMs);
        return soon(pending);
      });
      expect(value, 'still waiting after the time limit').not.to.equal('pending');
      const failure = failureOf(value as FeedResult);
      expect(failure.kind).to.equal('timeout');
      expect(failure.detail).to.contain('did not complete');
      expect(cancelled, 'the body was closed').to.equal(true);
    });
  });

  describe('callers that stop waiting (AbortSignal)', () => {
    let held: HeldAnswer | undefined;
    let restore: (() => void) | undefined;
    afterEach(async () => {
      restore?.();
      restore = undefined;
      await held?.release();
      held = undefined;
    });

    /** The signals of the feed requests made while the spy is on (not the test's own questions to the server). */
    function spyOnSignals(): (AbortSignal | undefined)[] {
      const signals: (AbortSignal | undefined)[] = [];
      restore = wrapFetch((real, input, init) => {
        if (/\/__test__\/(hold|count)\//.test(String(input))) signals.push(init?.signal ?? undefined);
        return real(input, init);
      });
      return signals;
    }

    it('aborts the request once every caller left, and asks again for the next', async () => {
      held = heldAnswer();
      const signals = spyOnSignals();
      const [first, second] = [new AbortController(), new AbortController()];
      const left = [loadFeed(held.url, document, first.signal), loadFeed(held.url, document, second.signal)];
      await held.reached();
      first.abort();
      expect(await rejects(left[0]), 'rejected').to.equal(true);
      expect(signals.map((signal) => signal?.aborted)).to.deep.equal([false]);
      second.abort();
      expect(await rejects(left[1]), 'rejected').to.equal(true);
      expect(signals.map((signal) => signal?.aborted)).to.deep.equal([true]);
      // Never released: the server lets go of it only because the browser closed it.
      await until(async () => (await heldCount(held!.url)) === 0, 'the abandoned request is still open at the server');
      const again = loadFeed(held.url);
      expect(signals).to.have.length(2);
      await held.release();
      expect((await again).ok).to.equal(true);
    });

    it('keeps the request while another caller waits for it', async () => {
      held = heldAnswer();
      const signals = spyOnSignals();
      const leaving = new AbortController();
      const left = loadFeed(held.url, document, leaving.signal);
      const staying = loadFeed(held.url, document, new AbortController().signal);
      await held.reached();
      leaving.abort();
      expect(await rejects(left), 'rejected').to.equal(true);
      await held.release();
      expect((await staying).ok).to.equal(true);
      expect(signals).to.have.length(1);
      expect(signals[0]?.aborted).to.equal(false);
    });

    it('keeps the request while a caller without a signal waits for it', async () => {
      held = heldAnswer();
      const signals = spyOnSignals();
      const leaving = new AbortController();
      const left = loadFeed(held.url, document, leaving.signal);
      const staying = loadFeed(held.url);
      await held.reached();
      leaving.abort();
      expect(await rejects(left), 'rejected').to.equal(true);
      await held.release();
      expect((await staying).ok).to.equal(true);
      expect(signals[0]?.aborted).to.equal(false);
    });

    it('rejects at once with a signal aborted before the call, without a request', async () => {
      const signals = spyOnSignals();
      const controller = new AbortController();
      controller.abort();
      expect(await rejects(loadFeed(`/__test__/count/${key('aborted')}`, document, controller.signal)), 'rejected').to.equal(true);
      expect(signals).to.have.length(0);
    });
  });

  describe('answers larger than loaderSettings.maxBytes', () => {
    const { maxBytes, timeoutMs } = loaderSettings;
    // The byte limit is under test, not the time limit: reading 50 MB took WebKit longer than the
    // default 20 s on a loaded machine, and the test then saw 'timeout' (a fresh-clone CI run).
    beforeEach(() => {
      loaderSettings.timeoutMs = 2 ** 31 - 1;
    });
    afterEach(() => {
      loaderSettings.maxBytes = maxBytes;
      loaderSettings.timeoutMs = timeoutMs;
    });

    it('is 50 MB by default', () => {
      expect(loaderSettings.maxBytes).to.equal(50_000_000);
    });

    it('stops a gzip bomb (58 kB on the wire, 60 MB inflated) at the default limit, with its own failure kind', async () => {
      const { value, logged } = await quietly(() => loadFeed(`/__test__/inflate/60000000?k=${key('bomb')}`));
      const failure = failureOf(value);
      expect(failure.kind).to.equal('too-large');
      expect(failure.detail).to.contain('50000000 bytes');
      expect(logged.join('\n')).to.contain('[staedtepartner-widgets]').and.to.contain('(too-large)');
    });

    it('counts the inflated bytes, not those on the wire, and reads an answer of exactly the limit', async () => {
      loaderSettings.maxBytes = 100_000;
      const { value: over } = await quietly(() => loadFeed(`/__test__/inflate/100001?k=${key('over')}`));
      expect(failureOf(over).kind).to.equal('too-large');
      expect((await loadFeed(`/__test__/inflate/100000?k=${key('at')}`)).ok).to.equal(true);
    });

    it('counts bytes, not characters', async () => {
      // 40 Cyrillic letters are 80 bytes in UTF-8.
      const body = JSON.stringify({ version: 1, note: 'ж'.repeat(40) });
      loaderSettings.maxBytes = new TextEncoder().encode(body).length - 1;
      expect(body.length).to.be.below(loaderSettings.maxBytes);
      const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('bytes')}`));
      expect(failureOf(value).kind).to.equal('too-large');
    });

    it('refuses an answer past the limit from a fetch without a body stream (whatwg-fetch), which cannot stop its download, once it is read; in bytes', async () => {
      const restore = withoutBodyStream();
      try {
        // 40 Cyrillic letters are 80 bytes in UTF-8.
        const body = JSON.stringify({ version: 1, note: 'ж'.repeat(40) });
        loaderSettings.maxBytes = new TextEncoder().encode(body).length - 1;
        expect(body.length).to.be.below(loaderSettings.maxBytes);
        const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('bodiless-over')}`));
        const failure = failureOf(value);
        expect(failure.kind).to.equal('too-large');
        expect(failure.detail).to.contain(`${loaderSettings.maxBytes} bytes`);
        loaderSettings.maxBytes++;
        expect((await loadFeed(`/__test__/json?body=${encodeURIComponent(body)}&k=${key('bodiless-at')}`)).ok, 'exactly the limit').to.equal(true);
      } finally {
        restore();
      }
    });
  });

  it('reports a refused cross-origin request as a network failure', async () => {
    // Another port on this machine where nothing listens: fetch fails like a CORS refusal does.
    const { value } = await quietly(() => loadFeed('http://127.0.0.1:9/feed.json'));
    expect(failureOf(value).kind).to.equal('network');
  });

  describe('inline feeds', () => {
    afterEach(() => document.getElementById('inline-feed')?.remove());

    it('reads <script type="application/json"> by #id', async () => {
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'inline-feed' });
      script.textContent = JSON.stringify({ version: 1, cities: [] });
      document.body.append(script);
      const result = await loadFeed('#inline-feed');
      expect(result.ok).to.equal(true);
    });

    it('reads a feed into which WordPress’s classic editor wrote <p> at its blank lines, and says so', async () => {
      // What wpautop (WordPress 6.1's formatting.php) made of a feed written with blank lines, parsed as a page is.
      const host = document.createElement('div');
      host.innerHTML = [
        '<p><script type="application/json" id="inline-feed">',
        '{',
        '  "version": 1,</p>',
        '<p>  "cities": [',
        '    { "id": "essen", "name": "Essen", "country": "DE", "lat": 51.4566, "lon": 7.0116 },',
        '    { "id": "nizhny", "name": "Nischni Nowgorod", "country": "RU", "lat": 56.3269, "lon": 44.0059 }',
        '  ],</p>',
        '<p>  "partnerships": [{ "id": "essen--nizhny", "cities": ["essen", "nizhny"], "since": "1991-09-09", "notes": { "de": "seit 1991</p>" } }]',
        '}',
        '</script></p>',
      ].join('\n');
      const script = host.querySelector('script')!;
      document.body.append(script);
      expect(script.textContent).to.contain('</p>\n<p>');
      const { value, logged } = await quietly(() => loadFeed('#inline-feed'));
      expect(value.ok && value.feed.partnerships.map((pair) => pair.id)).to.deep.equal(['essen--nizhny']);
      // A </p> inside a string, without a line break after it, is the feed's own text.
      expect(value.ok && value.feed.partnerships[0]?.notes).to.deep.equal({ de: 'seit 1991</p>' });
      expect(logged.filter((line) => line.includes('#inline-feed') && line.includes('<p>'))).to.have.length(1);
      // Read once: a second widget on the same script is not told again.
      const again = await quietly(() => loadFeed('#inline-feed'));
      expect(again.value.ok).to.equal(true);
      expect(again.logged).to.deep.equal([]);
    });

    // A server-side include (`<!--#include file="feed.json" -->`, PHP's readfile) of a file saved with a byte order mark:
    // fetched, the decoder drops the mark; inline, it is the script's first character after the line break.
    it('reads an inline feed that begins with a byte order mark, as the same file fetched', async () => {
      const partnerships = [{ id: 'essen--nizhny-novgorod', cities: ['essen', 'nizhny-novgorod'], since: '1991-09-09', notes: { de: '\ufeffmit Marke' } }];
      const json = JSON.stringify(minimalFeed({ partnerships }));
      const fetched = await loadFeed(`/__test__/json?body=${encodeURIComponent(`\ufeff${json}`)}&${key('bom')}`);
      expect(fetched.ok, 'fetched').to.equal(true);
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'inline-feed' });
      script.textContent = `\n\ufeff${json}\n`;
      document.body.append(script);
      const { value } = await quietly(() => loadFeed('#inline-feed'));
      expect(value.ok, JSON.stringify(value.ok || value.failure)).to.equal(true);
      // A mark inside a string is the feed's own text.
      expect(value.ok && value.feed.partnerships[0]?.notes).to.deep.equal({ de: '\ufeffmit Marke' });
    });

    it('reports a missing inline feed', async () => {
      const { value } = await quietly(() => loadFeed('#inline-feed'));
      expect(failureOf(value).kind).to.equal('not-found');
    });
  });
});

describe('readFeedObject with documents that throw while they are read', () => {
  const deep = (depth: number) => JSON.parse(`{"version":${'['.repeat(depth)}${']'.repeat(depth)}}`) as unknown;
  const throwingVersion = Object.defineProperty({}, 'version', {
    enumerable: true,
    get() {
      throw new Error('a getter that throws');
    },
  });
  const cyclic: Record<string, unknown> = { version: 1, cities: [] };
  (cyclic['cities'] as unknown[]).push(cyclic);
  const cases: { name: string; document: () => unknown; kind: string }[] = [
    { name: 'a version nested 100,000 arrays deep', document: () => deep(100_000), kind: 'version' },
    { name: 'a getter that throws', document: () => throwingVersion, kind: 'invalid' },
    { name: 'a BigInt as the version', document: () => ({ version: 1n }), kind: 'version' },
  ];
  for (const { name, document, kind } of cases) {
    it(`${name}: the error state (${kind}), nothing thrown`, async () => {
      const { value } = await quietly(() => readFeedObject(document()));
      expect(failureOf(value).kind).to.equal(kind);
    });
  }

  it('a city list that holds the document itself: read, nothing thrown', async () => {
    const { value } = await quietly(() => readFeedObject(cyclic));
    expect(value.ok).to.equal(true);
  });
});

describe("docs/feed.md's console example", () => {
  it('is what the widgets write to the console for such a feed, word for word, in that order', async () => {
    const doc = await (await fetch('/docs/feed.md')).text();
    const example = /```text\n(\[staedtepartner-widgets\] \d+ problem\(s\) in the feed https:\/\/www\.example\.org\/feed\.json; .*\n(?: {2}.*\n)+)```/.exec(
      doc,
    )![1];
    const partnership = (id: string, since?: string) => ({ id, cities: id.split('--'), since });
    const feed = {
      version: 1,
      people: [{ id: 'anna', name: 'Anna' }],
      cities: [
        city('essen'),
        { ...city('bonn'), lat: '50,8' },
        { ...city('kaluga', 'RU'), name: undefined },
        city('tula', 'RU'),
        city('kursk', 'RU'),
        city('witten'),
      ],
      partnerships: [partnership('essen--tula'), partnership('essen--kursk'), partnership('witten--tula'), partnership('witten--kursk', '2021-02-30')],
      conferences: [{ id: 'c', title: 'T', start: '2025', hostCities: ['essen'], contacts: ['anna', 'ghost'] }],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)]));
    const { logged } = await quietly(() => loadFeed(url));
    URL.revokeObjectURL(url);
    expect(logged.join('\n').replace(url, 'https://www.example.org/feed.json')).to.equal(example.trimEnd());
  });
});
