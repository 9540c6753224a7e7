import { expect } from '@open-wc/testing';
import { forgetFeed, loadFeed, loaderSettings, readFeedObject } from '../../src/feed/loader.js';
import type { FeedResult } from '../../src/feed/model.js';
import { installFakeTimers } from '../support/fake-timers.js';
import { captureConsole as quietly, heldAnswer, type HeldAnswer } from '../support/widgets.js';
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

  it('reports an empty answer as not JSON', async () => {
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=&k=${key('x')}`));
    const failure = failureOf(value);
    expect(failure.kind).to.equal('not-json');
    expect(failure.detail).to.contain('empty');
  });

  it('refuses an HTML page answered in place of the feed', async () => {
    // The test page itself is an HTML page served with status 200.
    const { value } = await quietly(() => loadFeed(`${location.href}&k=${key('html')}`));
    expect(failureOf(value).kind).to.equal('not-json');
  });

  it('reports an unknown version', async () => {
    const { value } = await quietly(() => loadFeed(`/__test__/json?body=${encodeURIComponent('{"version":7}')}&k=${key('x')}`));
    expect(failureOf(value).kind).to.equal('version');
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
