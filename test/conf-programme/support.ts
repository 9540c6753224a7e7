/**
 * Helpers shared by the <conf-programme> tests: making an element, reading
 * what it shows, and reading the raw feed JSON so that expected values are
 * computed from the data, not copied from the widget's output.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/conf-programme/define.js';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { setClock } from '../../src/shared/clock.js';
import { drawing } from '../../src/conf-programme/day-drawing.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, settled, shadow, texts, until } from '../support/widgets.js';

export type Text = string | Record<string, string>;

export interface RawSession {
  id: string;
  kind: string;
  workingGroup?: number;
  title: Text;
  description?: Text;
  venue?: Text;
  city?: string;
  topics?: Text[];
  coordinators?: string[];
  speakers?: string[];
  moderators?: string[];
  start?: string;
  end?: string;
}

export interface RawSideEvent {
  id: string;
  kind?: string;
  title: Text;
}

export interface RawConference {
  id: string;
  start: string;
  end?: string;
  timeZone?: string;
  sessions?: RawSession[];
  sideEvents?: RawSideEvent[];
}

export interface RawFeed {
  conferences: RawConference[];
  organisations: { id: string; name: Text }[];
}

export const SETTLED = '[part~="panel"], [part~="empty"], [part~="error"]';
export const XV = 'xv-dueren-2019';
export const GENERATED = 'generated-2025';

/** The text of a localised value in `language` (the feeds used here have every language). */
export function pick(text: Text | undefined, language: string): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[language];
}

/** A generated feed: one conference, Europe/Berlin, 2025-06-24..26, timed sessions in rooms. */
export function generated(sessions = 30): RawFeed & Record<string, unknown> {
  return generateFeed({ partnerships: 4, sessions, seed: 1 }) as RawFeed & Record<string, unknown>;
}

export function conferenceOf(feed: RawFeed, id: string): RawConference {
  const conference = feed.conferences.find((candidate) => candidate.id === id);
  if (!conference) throw new Error(`no conference ${id} in the feed`);
  return conference;
}

/** The instant of a feed's local time (`2025-06-24T09:00`) at a fixed UTC offset (`+02:00`). */
export function instant(local: string, offset: string): number {
  return Date.parse(`${local}:00${offset}`);
}

/** Creates `<conf-programme>` in `container` (the body by default) and waits until it shows something. */
export async function programme(
  options: { conference?: string; feed?: unknown; attributes?: Record<string, string>; container?: HTMLElement } = {},
): Promise<ConfProgramme> {
  const element = document.createElement('conf-programme');
  if (options.feed !== undefined) element.feed = options.feed as FeedDocument;
  else element.src = SAMPLE_FEED_URL;
  if (options.conference) element.setAttribute('conference', options.conference);
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  (options.container ?? document.body).append(element);
  await settled(element, SETTLED);
  return element;
}

/** The ids of the sessions the panel shows, in order. */
export function shownIds(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part~="panel"] article[id^="session-"]')].map((article) => article.id.slice('session-'.length));
}

export function article(element: Element, id: string): HTMLElement {
  const found = shadow(element).getElementById(`session-${id}`);
  if (!found) throw new Error(`session ${id} is not shown`);
  return found;
}

/** The `<li>` of a session (the element that carries its `part`). */
export function item(element: Element, id: string): HTMLElement {
  return article(element, id).parentElement!;
}

export function tab(element: Element, key: string): HTMLButtonElement {
  const found = shadow(element).getElementById(`tab-${key}`);
  if (!found) throw new Error(`no tab ${key}`);
  return found as HTMLButtonElement;
}

export function selectedTab(element: Element): string | undefined {
  return shadow(element).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.dataset.tab;
}

export function one(element: Element, selector: string): string {
  return texts(shadow(element), selector)[0] ?? '';
}

export async function click(element: ConfProgramme, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

/** The "Add to calendar" menu of the programme (in the toolbar) or of a session, opened. */
export async function openMenu(element: ConfProgramme, session?: string): Promise<HTMLElement> {
  const trigger = session
    ? article(element, session).querySelector<HTMLElement>('[part~="session-calendar"]')!
    : shadow(element).querySelector<HTMLElement>('[part~="calendar"] [aria-expanded]')!;
  if (trigger.getAttribute('aria-expanded') !== 'true') await click(element, trigger);
  // Its choices come with the menus' chunk, loaded on the first opening.
  const find = () => shadow(element).getElementById(trigger.getAttribute('aria-controls')!);
  await until(find, 'the menu did not open');
  return find()!;
}

/** The item of an "Add to calendar" menu with the text `label` (or the first), the menu opened. */
export async function menuItem(element: ConfProgramme, label?: string, session?: string): Promise<HTMLButtonElement> {
  const items = [...(await openMenu(element, session)).querySelectorAll('button')];
  const item = label === undefined ? items[0] : items.find((candidate) => candidate.textContent?.trim() === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
}

/** Types into the search field as a reader does. */
export async function search(element: ConfProgramme, query: string): Promise<void> {
  const input = shadow(element).querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

export async function chooseKind(element: ConfProgramme, kind: string): Promise<void> {
  const select = shadow(element).querySelector<HTMLSelectElement>('[part~="kind-filter"]')!;
  select.value = kind;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

export async function waitForFocus(element: Element, target: Element | null, message: string): Promise<void> {
  await until(() => target !== null && shadow(element).activeElement === target, message);
}

/** Removes the widgets and puts back the hash, the clock, the language and the given storage keys. */
export async function cleanUp(storageKeys: (key: string) => boolean): Promise<void> {
  document.querySelectorAll('conf-programme').forEach((element) => element.remove());
  document.querySelectorAll('[data-test-container]').forEach((element) => element.remove());
  for (const key of Object.keys(localStorage)) if (storageKeys(key)) localStorage.removeItem(key);
  if (location.hash !== '') {
    try {
      history.replaceState(null, '', location.pathname + location.search);
    } catch {
      // WebKit refuses more than 100 history changes in 10 s (SecurityError): many tab clicks in a
      // fast run reach that. An empty hash is "no hash" for the widget as well.
      location.hash = '';
    }
  }
  setClock(undefined);
  await resetPage();
}

/** A block of a given width for the widget, without touching the window. */
export function container(width: string): HTMLElement {
  const box = document.createElement('div');
  box.dataset.testContainer = '';
  box.style.inlineSize = width;
  document.body.append(box);
  return box;
}

/** Replaces navigator.clipboard for one test; `fail` makes writing to it fail. */
export function stubClipboard(fail = false): { written: string[]; restore(): void } {
  const written: string[] = [];
  const writeText = (text: string) => {
    if (fail) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    written.push(text);
    return Promise.resolve();
  };
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}

/** Whether a session is laid out: checkVisibility's `contentVisibilityAuto` is false for what content-visibility: auto skips. */
export function laidOut(session: Element): boolean {
  return session.querySelector('[part~="session-title"]')!.checkVisibility({ contentVisibilityAuto: true });
}

/** What `watchLayout` saw, growing every frame until `stop()`. */
export interface LayoutWatch {
  /** Per frame (from the first in which some watched session was there): how many were laid out. */
  readonly perFrame: number[];
  /** Every watched session seen laid out in some frame. */
  readonly ever: Set<HTMLElement>;
  /** Frames watched so far. */
  frames: number;
  stop(): void;
}

/**
 * Watches, every frame from now on (start it before the widget exists), which of the sessions `find`
 * gives in the `<conf-programme>` on the page are laid out, so a session laid out for a single frame is
 * seen too. A session counts from the frame after the one it appeared in: before its first frame the
 * browser has not yet found it out of view.
 */
export function watchLayout(find: (root: ShadowRoot) => HTMLElement[]): LayoutWatch {
  let present: HTMLElement[] = [];
  let watching = true;
  const watch: LayoutWatch = { perFrame: [], ever: new Set(), frames: 0, stop: () => (watching = false) };
  const frame = () => {
    const root = document.querySelector('conf-programme')?.shadowRoot;
    if (root) {
      if (present.length > 0) {
        const shown = present.filter((session) => session.isConnected && laidOut(session));
        shown.forEach((session) => watch.ever.add(session));
        watch.perFrame.push(shown.length);
      }
      present = find(root);
    }
    watch.frames++;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return watch;
}

/** The steps of a drawing (day-drawing.ts) after a paint, held until `release()`. */
export function holdSteps(): { release(): void; waiting(): number; restore(): void } {
  const original = drawing.painted;
  const held: (() => void)[] = [];
  drawing.painted = () => new Promise<void>((resolve) => held.push(resolve));
  return {
    release: () => held.splice(0).forEach((resolve) => resolve()),
    waiting: () => held.length,
    restore: () => {
      drawing.painted = original;
      held.splice(0).forEach((resolve) => resolve());
    },
  };
}

export { printMedia, screenMedia } from '../support/print-media.js';
