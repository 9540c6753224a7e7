import { hasText } from './constants.js';
import type { LocalisedText } from './schema.js';

/**
 * The text of `value` for `language`, ready to stand among the widgets' own words (`isolated`), in
 * a calendar file too. Lookup order: the language itself, then English, then German, then any
 * language present. Keys are matched on the primary subtag, so `{"de-AT": …}` serves `de`.
 */
export function localise(value: LocalisedText | undefined, language: string): string {
  if (value === undefined || typeof value === 'string') return isolated(value ?? '');
  const key = localisedKey(value, language);
  return key === undefined ? '' : isolated(value[key]);
}

/**
 * Letters of the right-to-left scripts of the first Unicode blocks (Hebrew, Arabic, Syriac,
 * Thaana, N'Ko, Samaritan, Mandaic), and the bidirectional formatting characters
 * (`Bidi_Control`: the marks LRM, RLM and ALM, embeddings and overrides, isolates). Arabic
 * presentation forms and the right-to-left scripts beyond the first plane (Adlam …) are not
 * looked for: names are not written in them.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\p{Bidi_C}]/u;
/** Embeddings, overrides and isolates; and the marks (LRM, RLM, ALM) before the first letter, which would set the direction. */
const BIDI_FORMATTING = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` ready to stand among the widgets' own words: a line that holds right-to-left writing or
 * bidirectional formatting between FSI and PDI, as `<bdi>` shows a name, so that it takes its
 * direction from its first letter and leaves the words and numbers around it in their order.
 * Without it, Aleppo written in Arabic last in a map cluster's tooltip, "Berlin, Hamburg, حلب · 30
 * partnerships", takes " · 30" into its right-to-left run, shown "30 · حلب".
 *
 * Its own embeddings, overrides and isolates are dropped: an override it left open would reverse the
 * rest of the line ("(1985)" read as ")5891("), and a PDI of its own would end the isolation early;
 * so are marks before its first letter, which would set its direction. A mark after a letter, which
 * opens nothing, is kept: an LRM after a name in Arabic keeps ", 1991" after it in a title written
 * "Essen – الخليل<LRM>, 1991", which without it reads "1991 ,الخليل".
 *
 * A text of several lines is shown as blocks of its own (`paragraphs`, `.lines`), whose ends close
 * whatever it opens, and is left as it is but for its embeddings, overrides and isolates: a name or
 * title with a line break is shown on one line, in a heading or a table cell, where an override it
 * left open reversed the rest of the line. Any other text is left as it is, as most are.
 */
export function isolated(text: string): string {
  return !RIGHT_TO_LEFT.test(text)
    ? text
    : text.includes('\n')
      ? text.replace(BIDI_FORMATTING, '')
      : // The marks before the first letter, in one anchored pass (a look-behind for "a letter before" took
        // seconds over a name of 10,000 marks).
        `\u2068${text.replace(BIDI_FORMATTING, '').replace(/^\P{L}+/u, (head) => head.replace(/\p{Bidi_C}/gu, ''))}\u2069`;
}

/** A language tag's primary subtag, lower case: `de-AT` → `de`. */
const primaryTag = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The language `localise` picks from a localised text for `language`: its key (`"ru"`), also
 * when it falls back to another language than the one asked for, so that its element can carry
 * `lang`; `fallback` for a plain string, which names no language.
 */
export function localisedKey(value: LocalisedText | undefined, language: string, fallback?: string): string | undefined {
  if (value === undefined || typeof value === 'string') return fallback;
  // An empty translation counts as missing, so the next language is shown.
  const keys = Object.keys(value).filter((key) => Object.hasOwn(value, key) && hasText(value[key]));
  for (const wanted of [primaryTag(language), 'en', 'de']) {
    const key = keys.find((k) => primaryTag(k) === wanted);
    if (key !== undefined) return key;
  }
  return keys[0];
}

/**
 * The language of what `localise` shows of `value` when it is not `language` (a motto given only in
 * Russian on a German page): for the element's `lang`, so that a screen reader reads it in that
 * language's voice. Undefined for a plain string, which names no language, or `language` itself.
 */
export function textLanguage(value: LocalisedText | undefined, language: string, fallback?: string): string | undefined {
  const key = localisedKey(value, language, fallback);
  return key && primaryTag(key) !== language ? key : undefined;
}

/** Every language version of a text, for search that finds "Gesundheit", "здоровье" and "health" alike. */
export function allVersions(value: LocalisedText | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.keys(value)
    .filter((key) => Object.hasOwn(value, key))
    .map((key) => value[key]);
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * `url` when it may become a link (http, https, mailto, tel); `undefined` for
 * anything else (`javascript:`, `data:`, `vbscript:`, relative junk).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An image address that may be loaded: http or https only (no `mailto:`, `tel:`, `data:` or `javascript:`). */
export function safeImageSrc(url: string | undefined): string | undefined {
  const href = safeHref(url);
  return href && /^https?:/.test(href) ? href : undefined;
}

/** Splits plain text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
