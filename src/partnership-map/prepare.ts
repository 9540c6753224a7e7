/**
 * Work a visitor is about to need, done in idle time: every city's search keys
 * (search.ts) and the ranks of the city names in the page's language
 * (table-rows.ts) are worked out in steps of a few milliseconds, so that the
 * first keystroke and the first table do not wait for them. Then, once per
 * page, a search is rehearsed (the map's `rehearseSearch`): a page's first
 * search would otherwise run the search's code for the first time on new data,
 * at several times the cost of a later one (docs/performance.md, "A search
 * rehearsed"). It starts once the pointer, a touch or the focus reaches a map,
 * or, for a map of at least EAGER_CITIES cities, once it is in the window:
 * there a visitor who types right after reaching it would wait for all of it
 * (docs/performance.md, "Prepared once a large map is in view"). Never before
 * the map's own markers are placed; fifty small maps, or maps below the fold,
 * that nobody touches cost nothing. Shared per feed and language by every map
 * on the page (the steps skip what is done already).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../feed/next-task.js';
import type { MapModel } from './model.js';
import { prepareSearch } from './search.js';
import { prepareTable } from './name-ranks.js';

/** Events that say a visitor reaches for the map. */
export const REACHING = ['pointerenter', 'pointerdown', 'focusin', 'touchstart'] as const;

/**
 * Cities from which a map prepares as soon as it is in the window, without waiting for a visitor:
 * a first search typed at once after focusing an unprepared map took about 50 ms (30–57) with 1,806
 * cities and 157–304 ms with 15,056, against 33 and 50–68 ms prepared (docs/performance.md).
 */
export const EAGER_CITIES = 1_000;

/** Preparations started, per feed and language: each runs once per page. */
const started = new WeakMap<MapModel, Set<string>>();

/** Whether a search was rehearsed on this page: the code the engine compiled then serves every map. */
let rehearsed = false;

/** A map's rehearsal of a search in steps, or undefined where it has nothing to rehearse yet (no view, a search typed). */
export type Rehearsal = () => Generator<void, void> | undefined;

/** The rehearsal, decided when its turn comes (after the search keys): once per page. */
function* rehearse(rehearsal: Rehearsal): Generator<void, void> {
  const steps = rehearsed ? undefined : rehearsal();
  if (!steps) return;
  rehearsed = true;
  yield* steps;
}

/**
 * Work per task at most (ms). An idle callback may be offered 50 ms; all of it in one task would be
 * a long task right after the first markers, and a visitor's first input would wait behind it. The
 * rest of the idle period is used in further tasks of a slice each.
 */
const SLICE_MS = 10;

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => void;
/** requestIdleCallback where there is one (not Safari): else a task, given a few milliseconds. */
const whenIdle: Idle =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 1000 })
    : (run) => {
        setTimeout(() => {
          const end = performance.now() + 8;
          run({ timeRemaining: () => end - performance.now() });
        });
      };

export class IdlePreparation implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly what: () => { model: MapModel; language: string } | undefined,
    private readonly rehearsal: Rehearsal,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of REACHING) this.host.addEventListener(type, this.reach, { passive: true });
    if (typeof IntersectionObserver === 'function') {
      this.seen = new IntersectionObserver((entries) => {
        this.#inView = entries[entries.length - 1].isIntersecting;
        this.start();
      });
      this.seen.observe(this.host);
    }
  }

  hostDisconnected(): void {
    for (const type of REACHING) this.host.removeEventListener(type, this.reach);
    this.seen?.disconnect();
    this.seen = undefined;
    this.#inView = false;
  }

  /** A visitor reached for the map, or it came into view, before its feed was there (or in another language): prepared once it is. */
  hostUpdated(): void {
    this.start();
  }

  private reached = false;
  #inView = false;
  private seen?: IntersectionObserver;

  private readonly reach = () => {
    this.reached = true;
    this.start();
  };

  private start(): void {
    const what = this.what();
    if (!what) return;
    const { model, language } = what;
    if (!this.reached && !(this.#inView && model.cityList.length >= EAGER_CITIES)) return;
    let languages = started.get(model);
    if (!languages) started.set(model, (languages = new Set()));
    if (languages.has(language)) return;
    languages.add(language);
    const steps = [prepareSearch(model), prepareTable(model, language), rehearse(this.rehearsal)];
    // At least one step per callback: one called at its timeout has no time remaining.
    const step = (deadline: { timeRemaining(): number }) => {
      const end = performance.now() + SLICE_MS;
      try {
        do {
          if (steps[0].next().done) steps.shift();
        } while (steps.length > 0 && deadline.timeRemaining() > 1 && performance.now() < end);
      } catch (error) {
        // Only a head start: the search and the table do the work themselves when they need it.
        console.error('[staedtepartner-widgets] <partnership-map> could not prepare the search and the table', error);
        return;
      }
      if (steps.length === 0) return;
      // The rest of the idle period in tasks of a slice each (input is answered between them), else the next one.
      if (deadline.timeRemaining() > 1) void nextTask().then(() => step(deadline));
      else whenIdle(step);
    };
    // After the map's own markers: its update completes once they are placed (map-ready.ts).
    const later = () => whenIdle(step);
    void this.host.updateComplete.then(later, later);
  }
}
