/**
 * A schedule is imported in steps (issue 14, and issue 11's freeze budget): a pretalx file of
 * 25,000 talks was one task of about 0.9 s on the project's machine. Nothing is timed: each
 * format's steps are driven one at a time, and the events each step read are counted.
 */
import { expect } from '@open-wc/testing';
import { ENTRIES_PER_STEP } from '../../src/feed/import/build.js';
import * as frab from '../../src/feed/import/frab.js';
import * as pretalx from '../../src/feed/import/pretalx.js';
import * as schedule2 from '../../src/feed/import/schedule2.js';
import { pretalxSchedule } from '../../scripts/pretalx-schedule.mjs';
import { watchReads } from '../support/reads.js';

const EVENTS = 700;
const DIR = '/test/fixtures/schedules';

async function json(file: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${DIR}/${file}`)).json()) as Record<string, unknown>;
}

/** `count` copies of `events` (round robin), each with its own ids. */
function copies(events: Record<string, unknown>[], count: number, ids: readonly string[]): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => {
    const event = structuredClone(events[index % events.length]);
    for (const key of ids) if (key in event) event[key] = `${String(event[key])}-${index}`;
    return event;
  });
}

/** Drives `steps` one at a time: how many events each step read, and the result. */
function drive<T>(steps: Generator<void, T, void>, touched: Set<unknown>): { perStep: number[]; result: T } {
  const perStep: number[] = [];
  for (;;) {
    touched.clear();
    const step = steps.next();
    perStep.push(touched.size);
    if (step.done) return { perStep, result: step.value };
  }
}

const FORMATS = [
  {
    name: 'pretalx',
    importer: pretalx,
    // `events`: where the document keeps its events, to watch them.
    document: async () => pretalxSchedule({ sessions: EVENTS, days: 4, rooms: 20 }),
    events: (document: Record<string, unknown>) => ({ owner: document, key: 'talks' }),
  },
  {
    name: 'frab',
    importer: frab,
    document: async () => {
      const document = await json('frab-schedule.json');
      const { conference } = document['schedule'] as { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } };
      // One day with one room of EVENTS events.
      const day = conference.days[0];
      const [room, events] = Object.entries(day.rooms)[0];
      day.rooms = { [room]: copies(events, EVENTS, ['id', 'guid']) };
      conference.days = [day];
      return document;
    },
    events: (document: Record<string, unknown>) => {
      const day = (document['schedule'] as { conference: { days: { rooms: Record<string, unknown> }[] } }).conference.days[0];
      return { owner: day.rooms, key: Object.keys(day.rooms)[0] };
    },
  },
  {
    name: 'schedule2',
    importer: schedule2,
    document: async () => {
      const document = await json('schedule2.json');
      document['events'] = copies(document['events'] as Record<string, unknown>[], EVENTS, ['id', 'guid']);
      return document;
    },
    events: (document: Record<string, unknown>) => ({ owner: document, key: 'events' }),
  },
];

describe('a schedule imported in steps', () => {
  for (const format of FORMATS) {
    it(`reads and converts at most ${ENTRIES_PER_STEP} of a ${format.name} file's ${EVENTS} events a step, with the same result as at once`, async () => {
      const document = await format.document();
      const expected = format.importer.importFormat(structuredClone(document));
      expect(typeof expected === 'object' && expected.document.conferences?.[0]?.sessions?.length, 'sessions imported at once').to.equal(EVENTS);

      const touched = new Set<unknown>();
      const { owner, key } = format.events(document) as { owner: Record<string, unknown>; key: string };
      owner[key] = watchReads(owner[key] as unknown[], touched);
      const { perStep, result } = drive(format.importer.importSteps(document), touched);

      expect(result, 'the result in steps').to.deep.equal(expected);
      expect(Math.max(...perStep), 'events read in one step').to.be.at.most(ENTRIES_PER_STEP);
      expect(
        perStep.reduce((sum, count) => sum + count, 0),
        'events read in all',
      ).to.equal(EVENTS);
      // Reading the events is split (the counts above), and so is converting them into sessions, which
      // reads the drafts, not the file: as many steps again.
      const reading = Math.ceil(EVENTS / ENTRIES_PER_STEP);
      expect(perStep.length, 'steps').to.be.at.least(2 * reading - 1);
    });
  }

  it("reads a list's length once, as `map` does, though a host page's list says more each time", async () => {
    const document = pretalxSchedule({ sessions: EVENTS, days: 4, rooms: 20 });
    const expected = pretalx.importFormat(structuredClone(document));
    const talks = document['talks'] as unknown[];
    // A host page's Proxy of the talk list whose length grows by a step's worth at every read.
    let reads = 0;
    const probed: number[] = [];
    document['talks'] = new Proxy(talks, {
      get(target, key, receiver) {
        if (key === 'length') return target.length + ENTRIES_PER_STEP * reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
      has(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) probed.push(Number(key));
        return Reflect.has(target, key);
      },
    });
    const { result } = drive(pretalx.importSteps(document), new Set());
    expect(result, 'the result').to.deep.equal(expected);
    expect(Math.max(...probed), 'the last index looked at').to.equal(EVENTS - 1);
  });
});
