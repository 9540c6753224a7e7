/**
 * The loader fetches the importer of a schedule's own format only (issue 14): pretalx, frab and
 * schedule2 are modules of their own, and a page with a pretalx schedule never requests the
 * frab or schedule2 code. This file imports nothing of src/feed/import itself, so the modules
 * requested are those the loader asked for.
 */
import { expect } from '@open-wc/testing';
import { forgetFeed, loadFeed, readFeedObject } from '../../src/feed/loader.js';
import type { FeedResult } from '../../src/feed/model.js';

const DIR = '/test/fixtures/schedules';

/** The importer modules this page has requested so far: `pretalx`, `frab`, `schedule2`, `index`. */
function importersRequested(): string[] {
  const names = performance
    .getEntriesByType('resource')
    .map((entry) => /\/src\/feed\/import\/(pretalx|frab|schedule2|index)\.[jt]s\b/.exec(entry.name)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)].sort();
}

function sessions(result: FeedResult): number {
  if (!result.ok) throw new Error(`${result.failure.kind}: ${result.failure.detail}`);
  return result.feed.conferences[0]?.sessions?.length ?? 0;
}

async function json(file: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${DIR}/${file}`)).json()) as Record<string, unknown>;
}

describe('the importer of the schedule format alone', () => {
  it('loads a pretalx schedule with the pretalx importer, without the frab and schedule2 code', async () => {
    const url = `${DIR}/pretalx-widget.json`;
    forgetFeed(url);
    expect(sessions(await loadFeed(url))).to.be.greaterThan(0);
    expect(importersRequested()).to.deep.equal(['pretalx']);
  });

  it('loads a frab schedule with the frab importer', async () => {
    const url = `${DIR}/frab-schedule.json`;
    forgetFeed(url);
    expect(sessions(await loadFeed(url))).to.be.greaterThan(0);
    expect(importersRequested()).to.deep.equal(['frab', 'pretalx']);
  });

  it('reads a schedule the keys mislead about with the importer of the format it is', async () => {
    // A frab file with a stray `talks` key (guessed pretalx), and a schedule2 file nested in `schedule` (guessed frab).
    const frab = { ...(await json('frab-schedule.json')), talks: 'none' };
    const flat = await json('schedule2.json');
    const nested = { schedule: { conference: flat['conference'], events: flat['events'] } };
    expect(sessions(await readFeedObject(frab))).to.equal(sessions(await loadFeed(`${DIR}/frab-schedule.json`)));
    expect(sessions(await readFeedObject(nested))).to.equal(sessions(await readFeedObject(flat)));
    expect(importersRequested()).to.deep.equal(['frab', 'pretalx', 'schedule2']);
  });
});
