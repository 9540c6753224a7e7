/**
 * A schedule given by `src` is read in tasks of its own (issue 14: no long task before the first
 * session): the import, the validation and whatever the widget does with the result (its first
 * render) each start in a new task once the work before took a slice, and the time-zone data
 * every widget needs is made ready while the feed downloads. Nothing is timed: the clock the
 * loader reads is replaced by one on which all work is long, and each new task the loader asks
 * for notes what was done by then.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { forgetFeed, loadFeed, readFeedObject } from '../../src/feed/loader.js';
import { ENTRIES_PER_STEP } from '../../src/feed/import/build.js';
import { pretalxSchedule } from '../../scripts/pretalx-schedule.mjs';
import { watchReads } from '../support/reads.js';
import { fastPathLoaded, validationWork } from '../../src/feed/validate.js';
import { heldAnswer } from '../support/widgets.js';
import type { FeedResult } from '../../src/feed/model.js';

describe('the time-zone data, made ready while the feed downloads', () => {
  // First in this file: nothing before it has built a formatter with a time zone.
  it('builds a formatter with a time zone before the feed has arrived', async () => {
    const Original = Intl.DateTimeFormat;
    const zones: string[] = [];
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        if (args[1]?.timeZone) zones.push(args[1].timeZone);
        return new target(...args);
      },
    });
    const held = heldAnswer();
    try {
      const result = loadFeed(held.url);
      await held.reached();
      await waitUntil(() => zones.length > 0, 'no formatter with a time zone was built while the feed was held', { timeout: 10_000 });
      await held.release();
      expect((await result).ok).to.equal(true);
    } finally {
      Intl.DateTimeFormat = Original;
      await held.release();
      forgetFeed(held.url);
    }
  });
});

/**
 * Runs `work` on a clock on which every piece of work takes a second, noting `state()` when each new
 * task the loader asks for (nextTask: a message on a new MessageChannel) is asked for and when it
 * runs. (A chain of message tasks of the test's own, watched for running in between, would not do:
 * WebKit does not keep the order of messages across channels.)
 */
async function watchTasks<S, R>(state: () => S, work: () => Promise<R>): Promise<{ result: R; tasks: { asked: S; ran?: S }[] }> {
  const now = performance.now;
  let fake = now.call(performance);
  performance.now = () => (fake += 1_000);
  const tasks: { asked: S; ran?: S }[] = [];
  const Channel = MessageChannel;
  window.MessageChannel = class extends Channel {
    constructor() {
      super();
      const task: { asked: S; ran?: S } = { asked: state() };
      tasks.push(task);
      // Heard before the loader's own handler, which goes on with the work.
      this.port1.addEventListener('message', () => (task.ran = state()));
    }
  };
  try {
    return { result: await work(), tasks };
  } finally {
    window.MessageChannel = Channel;
    performance.now = now;
  }
}

describe('a src schedule read in tasks of its own', () => {
  it('imports, validates and resolves in separate tasks when each took a slice', async () => {
    // The importer and the validation's fast path are in before the schedule arrives, as on a page
    // (the loader asks for the importer while the schedule downloads), so no module load splits the work.
    await Promise.all([import('../../src/feed/import/pretalx.js'), fastPathLoaded]);
    const url = `/test/fixtures/schedules/pretalx-widget.json?tasks=${Date.now()}`;
    const validated = () => validationWork.fastParsed + validationWork.schemaParsed;

    // The import is seen by its reading the document's talks (the parsed document is wrapped): once
    // the last read has happened, it is done (the validation reads the imported document, not this one).
    let talksRead = 0;
    const parse = JSON.parse;
    JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      const value: unknown = parse(text, reviver);
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'talks')) return value;
      return new Proxy(value, {
        get(target, key, receiver) {
          if (key === 'talks') talksRead++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    };
    // Each new task the loader asks for notes what was done when it was asked for and when it ran.
    type Done = { talksRead: number; validated: number };
    try {
      const before = validated();
      const { result, tasks } = await watchTasks<Done, FeedResult>(
        () => ({ talksRead, validated: validated() }),
        () => loadFeed(url),
      );
      const after = validated();
      expect(result.ok && result.feed.conferences[0]?.sessions?.length).to.be.greaterThan(0);
      expect(after, 'items validated').to.be.greaterThan(before);
      expect(talksRead, 'reads of the talks').to.be.greaterThan(0);
      const done = (state: Done | undefined, talks: number, items: number) => state?.talksRead === talks && state.validated === items;
      // The zone data (taken here as slow, being cold) are made ready in a task before the import.
      expect(
        tasks.some((task) => done(task.asked, 0, before) && done(task.ran, 0, before)),
        'a task asked for before the import ran before it',
      ).to.equal(true);
      expect(
        tasks.some((task) => done(task.asked, talksRead, before) && done(task.ran, talksRead, before)),
        'a task asked for after the import ran before the validation started',
      ).to.equal(true);
      expect(
        tasks.some((task) => done(task.asked, talksRead, after) && done(task.ran, talksRead, after)),
        'a task asked for after the validation ran before the result',
      ).to.equal(true);
    } finally {
      JSON.parse = parse;
      forgetFeed(url);
    }
  });

  it('pauses for a new task between the steps of a large import when each took a slice', async () => {
    await Promise.all([import('../../src/feed/import/pretalx.js'), fastPathLoaded]);
    const talks = 3 * ENTRIES_PER_STEP;
    const document = pretalxSchedule({ sessions: talks, days: 4, rooms: 20 });
    const touched = new Set<unknown>();
    document['talks'] = watchReads(document['talks'] as unknown[], touched);
    // How many talks had been read when each new task was asked for, and when it ran.
    const { result, tasks } = await watchTasks(
      () => touched.size,
      () => readFeedObject(document),
    );
    expect(result.ok && result.feed.conferences[0]?.sessions?.length, 'sessions').to.equal(talks);
    expect(touched.size, 'talks read').to.equal(talks);
    const amid = tasks.filter((task) => task.asked > 0 && task.asked < talks && task.ran === task.asked);
    expect(amid.length, 'tasks that ran amid the reading of the talks, before it went on').to.be.at.least(2);
  });
});
