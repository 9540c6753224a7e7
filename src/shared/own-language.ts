/**
 * A name shown in another language than its widget's (a city named only in Russian, on a German
 * page) is marked with its `lang`, so that a screen reader reads it in that language's voice (WCAG
 * 3.1.2); as the programme's titles are (textLanguage).
 */
import { html, type TemplateResult } from 'lit';
import type { LocalisedText } from '../feed/schema.js';
import { localise } from '../feed/text.js';

/**
 * `text`, which begins with `value`'s name in `language` ("Москва" or "Москва (Russland)"), with that
 * name in a span of `lang` when `lang` is set (nameLanguage); else `text` itself, a plain string
 * that costs a list no binding.
 */
export function inOwnLanguage(text: string, value: LocalisedText, lang: string | undefined, language: string): string | TemplateResult {
  if (!lang) return text;
  const name = localise(value, language);
  return html`<span lang=${lang}>${name}</span>${text.slice(name.length)}`;
}
