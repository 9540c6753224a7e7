import type { ReactiveControllerHost } from 'lit';
import { ProgrammeLocation, type ProgrammeTarget } from './location.js';
import { ALL_DAYS, type Programme, type ProgrammeSession } from './programme.js';

export interface RouteOptions {
  /** The `hash-prefix` attribute. */
  prefix(): string | null | undefined;
  /** The reader chose a tab (the element's `day-select` event). */
  selected(day: string): void;
}

/**
 * Which tab the programme shows, and links into it: the tab chosen goes into the URL hash
 * (location.ts says when), and a hash of the widget's, on loading or when it changes, selects
 * its day or, once the feed is in, a session on its day. The element asks `take()` in willUpdate
 * for the session a link named, and shows and focuses it.
 */
export class ProgrammeRoute {
  /** The tab the reader (or a link) chose; undefined for the default one. */
  tab?: string;
  /** A link to follow once the feed is in. */
  private target?: ProgrammeTarget;
  private readonly location: ProgrammeLocation;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RouteOptions,
  ) {
    this.location = new ProgrammeLocation(host, options.prefix, (target) => {
      this.target = target;
      host.requestUpdate();
    });
  }

  /** The address of a session on this page (links, calendar entries). */
  href(session: string): string {
    return this.location.href({ session });
  }

  /** Shows the tab `key`, puts it in the address bar, and tells the page. */
  select(key: string): void {
    this.tab = key;
    this.location.write({ day: key });
    this.options.selected(key);
    this.host.requestUpdate();
  }

  /**
   * The link followed in this update: a day's selects its tab at once; a session's waits until
   * the feed is in (`ready`), then selects its day (unless all days are shown) and returns the
   * session, when the programme has it.
   */
  take(programme: Programme | undefined, ready: boolean): ProgrammeSession | undefined {
    const target = this.target;
    if (!target || (!('day' in target) && !ready)) return undefined;
    this.target = undefined;
    if ('day' in target) {
      this.tab = target.day;
      return undefined;
    }
    const entry = programme?.sessions.find((candidate) => candidate.session.id === target.session);
    if (entry && this.tab !== ALL_DAYS) this.tab = entry.day;
    return entry;
  }
}
