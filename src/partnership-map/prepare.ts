/**
 * Work a visitor is about to need, done in idle time: once the pointer, a
 * touch or the focus reaches a map, every city's search keys (search.ts) and
 * the ranks of the city names in the page's language (table-rows.ts) are
 * worked out in steps of a few milliseconds, so that the first keystroke and
 * the first table do not wait for them. Then, once per page, a search is
 * rehearsed (the map's `rehearseSearch`): a page's first search would otherwise
 * run the search's code for the first time on new data, at several times the
 * cost of a later one (docs/performance.md, "A search rehearsed"). Not when the
 * map opens: fifty maps on a page that nobody touches cost nothing. Shared per
 * feed and language by every map on the page (the steps skip what is done
 * already).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapModel } from './model.js';
import { prepareSearch } from './search.js';
import { prepareTable } from './name-ranks.js';

/** Events that say a visitor reaches for the map. */
const REACHING = ['pointerenter', 'pointerdown', 'focusin', 'touchstart'] as const;

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
    for (const type of REACHING) this.host.addEventListener(type, this.start, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of REACHING) this.host.removeEventListener(type, this.start);
  }

  /** A visitor reached for the map before its feed was there (or in another language): prepared once it is. */
  hostUpdated(): void {
    if (this.reached) this.start();
  }

  private reached = false;

  private readonly start = () => {
    this.reached = true;
    const what = this.what();
    if (!what) return;
    const { model, language } = what;
    let languages = started.get(model);
    if (!languages) started.set(model, (languages = new Set()));
    if (languages.has(language)) return;
    languages.add(language);
    const steps = [prepareSearch(model), prepareTable(model, language), rehearse(this.rehearsal)];
    // At least one step per callback: one called at its timeout has no time remaining.
    const step = (deadline: { timeRemaining(): number }) => {
      try {
        do {
          if (steps[0].next().done) steps.shift();
        } while (steps.length > 0 && deadline.timeRemaining() > 1);
      } catch (error) {
        // Only a head start: the search and the table do the work themselves when they need it.
        console.error('[staedtepartner-widgets] <partnership-map> could not prepare the search and the table', error);
        return;
      }
      if (steps.length > 0) whenIdle(step);
    };
    whenIdle(step);
  };
}
