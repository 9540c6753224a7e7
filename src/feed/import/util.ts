/**
 * Small helpers shared by the schedule importers: reading untrusted values
 * tolerantly, localised texts, stable ids and the list of warnings.
 */
import { ID_PATTERN, LANGUAGE_TAG, MAX_TEXT } from '../constants.js';
import type { FeedWarning } from '../model.js';
import type { LocalisedText } from '../schema.js';

/** A JSON path in the imported document, such as `$.schedule.conference.days[0]`. */
export type Path = string;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value`, never one inherited from a prototype. */
export function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** `path` followed by `key`: `.title` for a plain name, `["Saal 1"]` for any other. */
export function child(path: Path, key: string | number): Path {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Collects what the importer guessed or skipped, each with its JSON path in the source. */
export class Warnings {
  readonly list: FeedWarning[] = [];

  add(path: Path, message: string): void {
    this.list.push({ path, message });
  }
}

/** Whether a source left a field out: missing, null or the empty text. */
export const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** A trimmed, non-empty string from a string or a number (`"101"`, `101`); otherwise `undefined`. */
export function plainText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function clip(text: string, path: Path, warnings: Warnings): string {
  if (text.length <= MAX_TEXT) return text;
  warnings.add(path, `text longer than ${MAX_TEXT} characters; shortened`);
  return `${text.slice(0, MAX_TEXT - 1)}…`;
}

/**
 * A feed text from a string, a number or a localisable object
 * (`{"de": "…", "ru": "…"}`); keys that are no language code and blank entries
 * are left out with a warning. `undefined` when nothing is left.
 */
export function localisedText(value: unknown, path: Path, warnings: Warnings): LocalisedText | undefined {
  const single = plainText(value);
  if (single !== undefined) return clip(single, path, warnings);
  if (!isObject(value)) {
    if (!isBlank(value)) warnings.add(path, `expected a text, found ${describe(value)}; ignored`);
    return undefined;
  }
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    const language = key.trim().toLowerCase().replace('_', '-');
    const text = plainText(entry);
    if (text === undefined) continue;
    if (!LANGUAGE_TAG.test(language)) {
      warnings.add(child(path, key), `"${key.slice(0, 20)}" is not a language code; entry ignored`);
      continue;
    }
    result[language] = clip(text, child(path, key), warnings);
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** One line naming what a value is, for warnings. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The list at `key` of `value`: none when it is absent or null; one that is not a list is reported
 * (`expected a list of <what>`) and read as none.
 */
export function listField(value: unknown, key: string, path: Path, what: string, warnings: Warnings): readonly unknown[] {
  const list = field(value, key);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    warnings.add(child(path, key), `expected a list of ${what}, found ${describe(list)}; ignored`);
    return [];
  }
  return list;
}

/** A short, stable hash (FNV-1a, base 36) of a text. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * A feed id made of `prefix` and `raw`: kept as it is when it already is a
 * valid id part, otherwise reduced to letters, digits and `-` with a hash of
 * the original appended, so two different names never share an id.
 */
export function makeId(prefix: string, raw: string): string {
  const candidate = `${prefix}${raw}`;
  if (ID_PATTERN.test(candidate)) return candidate;
  const reduced = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  // Trailing dashes by hand: `/-+$/` tries every dash of a long run again (quadratic).
  let end = reduced.length;
  while (end > 0 && reduced.charCodeAt(end - 1) === 0x2d) end--;
  const ascii = reduced.slice(0, end).slice(0, 80);
  const hash = shortHash(raw);
  const base = prefix === '' && ascii === '' ? 'x' : `${prefix}${ascii}`;
  return `${base.replace(/-+$/, '')}-${hash}`.slice(0, 128);
}

/**
 * Hands out ids that are unique within one list: a repeated id gets `-2`,
 * `-3`, …, skipping any that are taken. Each base id remembers the next
 * number to try, so n copies of one id cost O(n) in all, not O(n²).
 */
export class IdPool {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  claim(id: string, path: Path, warnings: Warnings): string {
    if (!this.taken.has(id)) {
      this.taken.add(id);
      return id;
    }
    // Room for "-" and seven digits within the 128 characters of an id.
    const base = id.slice(0, 120);
    let n = this.next.get(base) ?? 2;
    let unique = `${base}-${n}`;
    // Each number tried is used or skipped once: a candidate names its base and number, and the counter only grows.
    while (this.taken.has(unique)) unique = `${base}-${++n}`;
    this.next.set(base, n + 1);
    warnings.add(path, `id "${id}" is used twice; this one becomes "${unique}"`);
    this.taken.add(unique);
    return unique;
  }
}
