/** The language of a city's name as shown, for its `lang` (shared/own-language.ts); apart from text.ts, which every page loads. */
import type { LocalisedText } from './schema.js';
import { textLanguage } from './text.js';

/**
 * `textLanguage` for a name that is read many times (a city in each of 25,000 entries): undefined at
 * once, with no keys listed, where the feed gives it in `language` (most names) or as a plain string.
 */
export function nameLanguage(value: LocalisedText, language: string): string | undefined {
  return typeof value == 'string' || value[language] ? undefined : textLanguage(value, language);
}
