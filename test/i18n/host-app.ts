/**
 * A host Lit app with translations of its own through @lit/localize, as an npm app that uses
 * the widgets has them: it calls the page-global configureLocalization itself, and its element
 * re-renders on lit-localize's `lit-localize-status` event (@localized()). The widgets must
 * neither collide with it nor follow it, and it must not follow them.
 */
import { configureLocalization, localized, LOCALE_STATUS_EVENT, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ReactiveElement } from 'lit';

// With legacy decorators @customElement stays above @localized (see the localize docs).
@customElement('host-greeting')
@localized()
export class HostGreeting extends LitElement {
  override render() {
    return html`<p>${msg('Hello', { id: 'host-hello' })}</p>`;
  }
}

/** Configures the host's @lit/localize: English source, German "Hallo". */
export function configureHost() {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: () => Promise.resolve({ templates: { 'host-hello': 'Hallo' } }),
  });
}

export async function hostGreeting(): Promise<HostGreeting> {
  const element = document.createElement('host-greeting') as HostGreeting;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

export const greetingText = (element: Element) => element.shadowRoot?.textContent?.trim() ?? '';

/** Every `lit-localize-status` event on the page, with its status, while `run` runs. */
export async function statusEventsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent<{ status: string }>).detail.status);
  window.addEventListener(LOCALE_STATUS_EVENT, listener);
  try {
    await run();
  } finally {
    window.removeEventListener(LOCALE_STATUS_EVENT, listener);
  }
  return seen;
}

/**
 * Whether a host's `lit-localize-status` "ready" event asks `element` to render again:
 * @localized() elements call requestUpdate() synchronously in their listener.
 */
export async function rendersOnHostStatus(element: ReactiveElement): Promise<boolean> {
  await element.updateComplete;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: 'de' } }));
  const pending = element.isUpdatePending;
  await element.updateComplete;
  return pending;
}

/** Uncaught errors and unhandled rejections on the page from now on. */
export function collectPageErrors(): unknown[] {
  const errors: unknown[] = [];
  window.addEventListener('error', (event) => errors.push(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
  return errors;
}
