/**
 * What a feed author reads about a mistake: valibot's issues in plain words, and fields the
 * format does not know (a misspelt `partnerhsips`). Loaded with the fast path, as a chunk of its
 * own (validate.ts): no reader needs these words, so they are on no widget's first download.
 * Until it has arrived (a `feed` object set at once), validation keeps valibot's own message and
 * does not look for unknown fields; a feed by `src`, and the command line, always wait for it.
 */
import type * as v from 'valibot';
import type { FeedWarning } from './model.js';

type Warn = (path: string, message: string) => void;
/** How a schema's entry looks from outside: `v.optional(v.array(v.object(…)))`, `v.object(…)`. */
interface Entry {
  type: string;
  entries?: Record<string, Entry>;
  wrapped?: Entry;
  item?: Entry;
}

/** The fields of FeedDocumentSchema (not imported: it would bring the whole schema into this chunk). */
export const DOCUMENT: Entry = {
  type: 'object',
  entries: Object.fromEntries(['$schema', 'version', 'organisations', 'people', 'cities', 'partnerships', 'conferences'].map((key) => [key, { type: 'any' }])),
};

/**
 * A text of the feed in quotes, as JSON writes it, with the C1 controls and the bidirectional
 * controls escaped too: nothing a feed holds acts on the terminal that runs the command line (an
 * escape sequence that clears it or colours a line) or breaks a problem's line (`\n`).
 */
const quote = (text: string) =>
  JSON.stringify(text).replace(/[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A step of a JSON path, as validate.ts writes it. */
const step = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${quote(key)}]`);

/**
 * Warns about each field of `value` that `schema` does not know, and so in the objects its known
 * fields hold (`dates`, `links`, `registration`); lists left unknown (a conference's `sessions`)
 * are checked with their own schema. Run on the input, apart from parsing, so the fast path and
 * valibot report the same.
 */
export function unknownFields(value: unknown, schema: object, at: () => string, warn: Warn): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const { entries = {} } = schema as Entry;
  for (const key of Object.keys(value)) {
    const here = () => `${at()}${step(key)}`;
    const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (!entry) {
      const meant = Object.keys(entries).find((known) => isTypo(key, known));
      warn(here(), `unknown field ${quote(key)}; ignored${meant ? ` (did you mean "${meant}"?)` : ''}`);
      continue;
    }
    const inner = entry.wrapped ?? entry;
    const field = (value as Record<string, unknown>)[key];
    if (inner.type === 'object') unknownFields(field, inner, here, warn);
    else if (inner.item?.type === 'object' && Array.isArray(field))
      field.forEach((entry, index) => unknownFields(entry, inner.item!, () => `${here()}[${index}]`, warn));
  }
}

/**
 * Whether `typed` is `known` with a slip of the keyboard: another case, or at most two letters
 * left out, added, changed or swapped with their neighbour (`partnerhsips`, `sinceQualifer`,
 * `hostcities`), for names long enough that two letters do not make another word.
 */
export function isTypo(typed: string, known: string): boolean {
  const a = typed.toLowerCase();
  const b = known.toLowerCase();
  const allowed = Math.min(2, Math.floor(b.length / 4));
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > allowed || a.length > 64) return false;
  // Optimal string alignment distance, row by row.
  let before: number[] = [];
  // Not Array.from({ length }, …): MooTools (old Joomla templates) replaces it with one that ignores the function.
  let previous = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length] <= allowed;
}

/** valibot's words for what it expected or found, as a feed author reads them. */
const WORDS: Record<string, string> = {
  number: 'a number',
  string: 'a text',
  Array: 'a list',
  Object: 'an object',
  integer: 'a whole number',
  finite: 'a finite number',
};
const said = (words: string) => (Object.hasOwn(WORDS, words) ? WORDS[words] : words);

/** What to write instead for the usual slips (hints.ts): the command line's, set by `enableHints()`; the widgets' console says what was expected. */
let hints: ((input: unknown, message: string, field: unknown, holder: unknown) => string | undefined) | undefined;
export function useHints(instead: typeof hints): void {
  hints = instead;
}

/**
 * An issue in plain words (`expected a number, found "50.8"`) instead of valibot's
 * `Invalid type: Expected number but received "50.8"`; the schema's own messages
 * (`a date as YYYY-MM-DD`) say what was expected, and for the usual slips what to write instead
 * (`found "26.06.2025" (write "2025-06-26")`).
 */
export function explain({ kind, type, expected, received, message, input, path }: v.BaseIssue<unknown>): string {
  const field = path?.at(-1)?.key;
  if (type === 'object' && received === 'undefined' && kind === 'schema')
    // Real lists of partnerships often lack coordinates: where to find them.
    return `required, but missing${field === 'lat' || field === 'lon' ? " (the map needs a place's coordinates, lat and lon in decimal degrees, as OpenStreetMap or Wikipedia give them)" : ''}`;
  // A partnership that names one city: its second is missing (not "expected a text, found undefined");
  // one that names three: the third is one too many (not "expected exactly two city ids, found" a city).
  if (path?.at(-2)?.key === 'cities' && (received === 'undefined' || type === 'strict_tuple'))
    return `${received === 'undefined' ? 'required, but missing' : 'one city too many'} (a partnership names exactly two cities)`;
  // The same city twice: which one (not "expected two different cities, found a list").
  if (field === 'cities' && type === 'check') return `expected two different cities, found ${quote((input as string[])[0])} twice`;
  // `"name": ["Essen"]`: valibot reads a list as a map and its first index as a language code (not `found "0"`).
  if (message.startsWith('a language') && Array.isArray(path?.at(-1)?.input))
    return 'expected a string, or an object of language codes to strings, found a list';
  const hint = hints?.(input, message, field, path?.at(-1)?.input);
  const wanted = message.startsWith('Invalid ')
    ? expected === null
      ? said(type)
      : said(
          expected
            .replace(/^<=/, 'at most ')
            .replace(/^>=/, 'at least ')
            .replace(/^\((.*)\)$/, 'one of $1')
            .replaceAll(' | ', ', '),
        ) + (type.endsWith('length') ? ' characters' : '')
    : message;
  // valibot writes a text it found as it is, between quotes. An empty map or list as JSON writes it (`"name": {}`
  // is no "object" to an author), from the field's own value: valibot's `input` for a map is the map it built.
  const value: unknown = path ? path.at(-1)!.value : input;
  const found =
    typeof input === 'string' && received.startsWith('"')
      ? quote(input)
      : value && typeof value === 'object' && !Object.keys(value).length
        ? Array.isArray(value)
          ? '[]'
          : '{}'
        : message.startsWith('text in') // LocalisedTextSchema's map of blank texts (`{"de": ""}`)
          ? 'blank texts only'
          : said(received);
  return `expected ${wanted}, found ${found}${hint ? ` (${hint})` : ''}`;
}

/**
 * A reference to a city, organisation or person that is in the document but was dropped (a city
 * without coordinates, an organisation without its name) named so, with where it is, not as
 * "unknown" to an author who sees the entry in the file:
 * `city "essen" was dropped ($.cities[0], above); partnership dropped`. Changes `warnings` in place.
 */
export function droppedEntries(document: Record<string, unknown>, warnings: FeedWarning[]): void {
  // Per list, the first position of each id, made once it is needed (a hole as undefined).
  const positions: Record<string, Map<unknown, number>> = {};
  for (const warning of warnings)
    warning.message = warning.message.replace(/^unknown (city|organisation|person) "(.*)"(?=;)/, (text, what: string, id: string) => {
      const name = what === 'city' ? 'cities' : what === 'person' ? 'people' : 'organisations';
      const list = document[name];
      const index = (positions[name] ??= new Map(
        Array.isArray(list) ? [...list].map((entry, at) => [(entry as { id?: unknown })?.id, at] as const).reverse() : [],
      )).get(id);
      return index === undefined ? text : `${what} "${id}" was dropped ($.${name}[${index}], above)`;
    });
}
