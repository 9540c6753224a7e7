/**
 * `prefetchFeed` (issue 14): the script-tag entry asks for a widget's feed when it sees the tag,
 * before the widget's code has loaded; the widget's own `loadFeed` then shares that request and
 * gets its result, a failure too, without asking the server a second time. Requests are counted
 * from the page's resource timing entries, not timed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { forgetFeed, loadFeed, prefetchFeed } from '../../src/feed/loader.js';
import { captureConsole } from '../support/widgets.js';

let serial = 0;
const unique = (path: string) => new URL(`${path}${path.includes('?') ? '&' : '?'}prefetch=${Date.now()}-${++serial}`, location.href).href;
const requests = (url: string) => performance.getEntriesByName(url).length;

describe('the importer asked for while a schedule downloads', () => {
  // First in this file: no test before it has loaded an importer module.
  it('requests the pretalx importer once the first bytes say "talks", before the rest has arrived', async () => {
    const schedule = JSON.stringify({
      talks: [{ code: 'A1', title: 'Opening talk', start: '2031-06-26T10:00:00+02:00', duration: 30 }],
      timezone: 'Europe/Berlin',
      title: 'Camp',
    });
    const key = `sniff-${Date.now()}`;
    const route = (what: string) => new URL(`/__test__/${what}/${key}`, location.href).href;
    const url = `${route('hold')}?head=20&body=${encodeURIComponent(schedule)}`;
    const importerRequested = () => performance.getEntriesByType('resource').some((entry) => /\/src\/feed\/import\/pretalx\.[jt]s\b/.test(entry.name));
    expect(importerRequested(), 'before').to.equal(false);
    const result = loadFeed(url);
    try {
      await waitUntil(importerRequested, 'the importer was not requested while the schedule downloads', { timeout: 10_000, interval: 20 });
      const { held } = (await (await fetch(route('held'))).json()) as { held: number };
      expect(held, 'the rest of the schedule is still held').to.equal(1);
    } finally {
      await fetch(route('release'));
    }
    const feed = await result;
    expect(feed.ok && feed.feed.conferences[0]?.sessions?.[0]?.title).to.equal('Opening talk');
    forgetFeed(url);
  });
});

describe('the frab importer asked for while a C3VOC schedule downloads', () => {
  it('requests the frab importer once the first bytes show "schedule" after "$schema" and "generator"', async () => {
    const response = await fetch('/test/fixtures/schedules/frab-schedule.json');
    const frab = (await response.json()) as { schedule: unknown };
    const body = JSON.stringify({
      $schema: 'https://c3voc.de/schedule/schema.json',
      generator: { name: 'pretalx', version: '2024.1' },
      schedule: frab.schedule,
    });
    const key = `sniff-frab-${Date.now()}`;
    const route = (what: string) => new URL(`/__test__/${what}/${key}`, location.href).href;
    const url = `${route('hold')}?head=150&body=${encodeURIComponent(body)}`;
    const importerRequested = () => performance.getEntriesByType('resource').some((entry) => /\/src\/feed\/import\/frab\.[jt]s\b/.test(entry.name));
    expect(importerRequested(), 'before').to.equal(false);
    const result = loadFeed(url);
    try {
      await waitUntil(importerRequested, 'the frab importer was not requested while the schedule downloads', { timeout: 10_000, interval: 20 });
      const { held } = (await (await fetch(route('held'))).json()) as { held: number };
      expect(held, 'the rest of the schedule is still held').to.equal(1);
    } finally {
      await fetch(route('release'));
    }
    const feed = await result;
    expect(feed.ok && feed.feed.conferences[0]?.sessions?.length).to.be.greaterThan(0);
    forgetFeed(url);
  });
});

describe('prefetchFeed', () => {
  it('starts the request that a widget’s loadFeed then shares', async () => {
    const url = unique('/demo/feed.json');
    const early = prefetchFeed(url);
    expect(early, 'a request started').to.not.equal(undefined);
    const [first, second] = await Promise.all([early, loadFeed(url)]);
    expect(second).to.equal(first);
    expect(second.ok).to.equal(true);
    expect(prefetchFeed(url), 'a request already made is left alone').to.equal(undefined);
    // The browser files a request's timing entry once its loading has ended, which can be after the body was read (Chromium, on a busy machine).
    await waitUntil(() => requests(url) > 0, 'no timing entry for the feed request');
    expect(requests(url), 'requests').to.equal(1);
    forgetFeed(url);
  });

  it('keeps a failure for the first caller, reported once, and asks again on a retry', async () => {
    // The test server fails the first request for this address (500) and answers later ones with the sample feed.
    const url = unique(`/__test__/flaky/prefetch-${Date.now()}`);
    const { value, logged } = await captureConsole(async () => {
      const early = await prefetchFeed(url)!;
      expect(early.ok).to.equal(false);
      // The widget's code arrives after the answer: it gets that answer; a second request would have succeeded.
      return loadFeed(url);
    });
    expect(value.ok ? 'a second request' : value.failure.status).to.equal(500);
    expect(
      logged.filter((line) => line.includes(url)),
      'console errors',
    ).to.have.length(1);
    // Then the failure is forgotten like any other: a retry asks the server again.
    expect((await loadFeed(url)).ok, 'the retry').to.equal(true);
    forgetFeed(url);
  });

  it('leaves inline feeds and addresses that are no URL alone', () => {
    expect(prefetchFeed('#feed')).to.equal(undefined);
    expect(prefetchFeed('http://[not a host')).to.equal(undefined);
  });
});
