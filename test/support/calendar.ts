/** Catching the calendar files the widgets offer, without downloading them. */
import { shadow, until } from './widgets.js';

export interface CaughtCalendar<Detail> {
  text: string;
  type: string;
  fileName: string;
  /** The `calendar-download` event's detail, when the widget sends one. */
  detail?: Detail;
}

/**
 * Clicks `trigger` and catches the calendar file `element` offers: the Blob given to
 * URL.createObjectURL and the name of the link clicked, whose download is cancelled. With
 * `detail`, also waits for the `calendar-download` event.
 */
export async function catchCalendar<Detail = unknown>(element: Element, trigger: HTMLElement, { detail = false } = {}): Promise<CaughtCalendar<Detail>> {
  const files: Blob[] = [];
  const names: string[] = [];
  let sent: Detail | undefined;
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    files.push(blob as Blob);
    return create.call(URL, blob);
  };
  const onClick = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement && link.download) {
      names.push(link.download);
      event.preventDefault();
    }
  };
  const onDownload = (event: Event) => (sent = (event as CustomEvent<Detail>).detail);
  shadow(element).addEventListener('click', onClick, true);
  element.addEventListener('calendar-download', onDownload);
  try {
    trigger.click();
    await until(() => files.length === 1 && (!detail || sent !== undefined), detail ? 'no calendar file or no calendar-download event' : 'no calendar file');
  } finally {
    URL.createObjectURL = create;
    shadow(element).removeEventListener('click', onClick, true);
    element.removeEventListener('calendar-download', onDownload);
  }
  return { text: await files[0]!.text(), type: files[0]!.type, fileName: names[0] ?? '', detail: sent };
}
