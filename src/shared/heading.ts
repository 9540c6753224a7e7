import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/**
 * The heading tag for a `heading-level` attribute (so a widget fits the host
 * page's outline), kept within h2–h6; `offset` gives sub-headings. Use with
 * `html` from lit/static-html.js.
 */
export function headingTag(level: unknown, fallback: number, offset = 0): StaticValue {
  const base = Math.trunc(Number(level)) || fallback;
  // unsafeStatic, not literal: the tag is "h" and a whole number from 2 to 6, never the attribute's text,
  // and the script-tag build then leaves out `literal` with its long error message (on every page).
  return unsafeStatic(`h${Math.min(6, Math.max(2, base) + offset)}`);
}
