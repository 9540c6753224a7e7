import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/**
 * The heading tag for a `heading-level` attribute (so a widget fits the host
 * page's outline), kept within h2–h6; `offset` gives sub-headings. Use with
 * `html` from lit/static-html.js.
 */
export function headingTag(level: unknown, fallback: number, offset = 0): StaticValue {
  const base = Math.trunc(Number(level)) || fallback;
  return TAGS[Math.min(6, Math.max(2, base) + offset)];
}
