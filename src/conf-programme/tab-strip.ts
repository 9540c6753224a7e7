import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The day tabs as one row that scrolls sideways. Marks the ends of the row that have tabs
 * beyond them (`data-more-start`, `data-more-end`) and fades those edges (a mask), and
 * scrolls a newly selected tab into view, clear of the fade. Writes attributes of the
 * tablist only, no reactive state, so it never schedules another update.
 */
export class TabStripController implements ReactiveController {
  private list?: HTMLElement;
  private selected?: string;
  /** The selected tab changed: scroll it into view when next measured. */
  #reveal = false;
  private frame = 0;
  /** The tabs observed: a tab that changes size (a new label, another language) changes how far the row scrolls. */
  private readonly tabs = new Set<Element>();
  // Called after layout: measuring here forces none.
  readonly #resize = new ResizeObserver(() => this.#measure());

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Added once the widget may have rendered (this module is loaded lazily), and back in the page. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdated();
  }

  /**
   * Reads no size: right after an update that would lay out everything the update changed (a day of
   * hundreds of sessions) in its task, and again after every search keystroke. Tabs new in the row
   * are observed, and the ends marked once they are laid out; a newly selected tab is scrolled into
   * view in the next frame.
   */
  hostUpdated(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('[role="tablist"]') ?? undefined;
    if (list !== this.list) {
      this.hostDisconnected();
      this.list = list;
      list?.addEventListener('scroll', this.mark, { passive: true });
      if (list) this.#resize.observe(list);
    }
    if (!list) return;
    // A tab taken off the row (another conference, fewer days) is let go.
    for (const tab of this.tabs) {
      if (!tab.isConnected) {
        this.#resize.unobserve(tab);
        this.tabs.delete(tab);
      }
    }
    for (const tab of list.querySelectorAll('[role="tab"]')) {
      if (!this.tabs.has(tab)) {
        this.tabs.add(tab);
        this.#resize.observe(tab);
      }
    }
    const tab = list.querySelector<HTMLElement>('[aria-selected="true"]');
    if (tab && tab.id !== this.selected) {
      this.selected = tab.id;
      this.#reveal = true;
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.#measure();
      });
    }
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('scroll', this.mark);
    this.#resize.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.tabs.clear();
    this.list = this.selected = undefined;
  }

  #measure(): void {
    const list = this.list;
    if (!list) return;
    const tab = this.#reveal ? list.querySelector<HTMLElement>('[aria-selected="true"]') : null;
    this.#reveal = false;
    if (tab) {
      // The tabs' offsets are from the tablist (positioned); keep the fade's width clear on either side.
      const clear = tab.offsetWidth / 2;
      const from = tab.offsetLeft - clear;
      const to = tab.offsetLeft + tab.offsetWidth + clear - list.clientWidth;
      if (list.scrollLeft > from) list.scrollLeft = from;
      else if (list.scrollLeft < to) list.scrollLeft = to;
    }
    this.mark();
  }

  private readonly mark = (): void => {
    const list = this.list;
    if (!list) return;
    const start = list.scrollLeft > 1;
    const end = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
    list.toggleAttribute('data-more-start', start);
    list.toggleAttribute('data-more-end', end);
    // Here rather than in the stylesheet, so that its bytes stay in this lazily loaded chunk.
    list.style.maskImage =
      start || end ? `linear-gradient(to right, ${start ? 'transparent' : '#000'}, #000 2em calc(100% - 2em), ${end ? 'transparent' : '#000'})` : '';
  };
}
