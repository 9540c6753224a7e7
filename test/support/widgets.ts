import { waitUntil } from '@open-wc/testing';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';

/** The widget's shadow root, which every test reads. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** Waits until the widget left the loading state (ready, empty or error). */
export async function settled(element: Element, what = '[part~="summary"], [part~="empty"], [part~="error"]'): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector(what), `<${element.localName}> did not settle on ${what}`, { timeout: 5000 });
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Puts the page back into English, the real clock, and no language override. */
export async function resetPage(): Promise<void> {
  setClock(undefined);
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('data-staedtepartner-lang');
  await setLanguage(null);
}

/** Sets `<html lang>` and waits for the widgets to render in that language. */
export async function pageLanguage(language: string): Promise<void> {
  document.documentElement.lang = language;
  await setLanguage(null);
}

/** Collects console warnings and errors while `run` runs, keeping them out of the log. */
export async function captureConsole<T>(run: () => Promise<T>): Promise<{ value: T; logged: string[] }> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  console.warn = console.error;
  try {
    return { value: await run(), logged };
  } finally {
    Object.assign(console, { error, warn });
  }
}
