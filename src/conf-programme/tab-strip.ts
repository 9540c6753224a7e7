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
  private readonly resize = new ResizeObserver(() => this.mark());

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Added once the widget may have rendered (this module is loaded lazily), and back in the page. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('[role="tablist"]') ?? undefined;
    if (list !== this.list) {
      this.hostDisconnected();
      this.list = list;
      list?.addEventListener('scroll', this.mark, { passive: true });
      if (list) this.resize.observe(list);
    }
    const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (list && tab && tab.id !== this.selected) {
      this.selected = tab.id;
      // The tabs' offsets are from the tablist (positioned); keep the fade's width clear on either side.
      const clear = tab.offsetWidth / 2;
      const from = tab.offsetLeft - clear;
      const to = tab.offsetLeft + tab.offsetWidth + clear - list.clientWidth;
      if (list.scrollLeft > from) list.scrollLeft = from;
      else if (list.scrollLeft < to) list.scrollLeft = to;
    }
    this.mark();
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('scroll', this.mark);
    this.resize.disconnect();
    this.list = this.selected = undefined;
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
      start || end ? `linear-gradient(to right, ${start ? 'transparent' : '#000'}, #000 2rem calc(100% - 2rem), ${end ? 'transparent' : '#000'})` : '';
  };
}
