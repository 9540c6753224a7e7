/**
 * Helpers for the tests of the per-widget translations: which translation
 * modules the page requested, and the text of every render of a widget class.
 */
import { minimalFeed } from '../support/feeds.js';

/** The translation modules this page fetched, as `locale/group`. */
export function requestedTranslations(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/src\/generated\/locales\/([\w-]+)\/([\w-]+)\.ts/.exec(entry.name))
    .filter((match) => match !== null)
    .map((match) => `${match[1]}/${match[2]}`)
    .sort();
}

/** A feed without conferences and without a round anniversary in 2027: both widgets show their own empty state. */
export const emptyFeed = minimalFeed();
export const YEAR = 2027;

/** The empty states, per language: strings of the widgets' own translation groups. */
export const EMPTY = {
  'conf-overview': { en: 'No conference to show.', de: 'Keine Konferenz vorhanden.', ru: 'Нет конференций для показа.' },
  'jubilee-list': {
    en: `No partnership celebrates a round anniversary in ${YEAR}.`,
    de: `Im Jahr ${YEAR} feiert keine Partnerschaft ein rundes Jubiläum.`,
    ru: `В ${YEAR} году нет партнёрств с круглой датой.`,
  },
} as const;

export type Renders = Array<{ tag: string; text: string }>;

/**
 * Records the shadow root's text after every update of elements of `widget`
 * (patched on its prototype, before any element of it exists).
 */
export function recordRenders(widget: CustomElementConstructor, renders: Renders): void {
  const prototype = widget.prototype as HTMLElement & { updated(changed: unknown): void };
  const updated = prototype.updated;
  prototype.updated = function (this: HTMLElement, changed: unknown) {
    renders.push({ tag: this.localName, text: (this.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim() });
    updated.call(this, changed);
  };
}
