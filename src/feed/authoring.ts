/**
 * What a feed author reads about a mistake: valibot's issues in plain words, and fields the
 * format does not know (a misspelt `partnerhsips`). Loaded with the fast path, as a chunk of its
 * own (validate.ts): no reader needs these words, so they are on no widget's first download.
 * Until it has arrived (a `feed` object set at once), validation keeps valibot's own message and
 * does not look for unknown fields; a feed by `src`, and the command line, always wait for it.
 */
import type * as v from 'valibot';
import { ID_PATTERN, LANGUAGE_TAG } from './constants.js';

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

const pad = (digits: string) => digits.padStart(2, '0');

/** The time zone `name` names, in its usual spelling (`europe/berlin` → `Europe/Berlin`); undefined for none. */
function zoneNamed(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * What to write instead, for the usual slips of a hand-written feed: a date as `26.06.2025` or
 * `2025-6-26`, a time as `9:00` or `09.00`, a number in quotes or with a decimal comma, a country's
 * name or a lower-case code, a zone as `MEZ` or with a space, an address without `https://`, an
 * e-mail address with `mailto:`, an id with umlauts or spaces, a language key in capitals, `lat` and
 * `lon` swapped. Nothing when there is no safe guess: the expectation says the rest.
 */
function instead(input: unknown, message: string, field: unknown): string | undefined {
  if (typeof input === 'number') return field === 'lat' && Math.abs(input) <= 180 ? 'lat and lon swapped?' : undefined;
  if (typeof input !== 'string') return undefined;
  let written: string | undefined;
  const date = /^(?:(\d\d?)\.(\d\d?)\.(\d{4})|(\d{4})-(\d\d?)(?:-(\d\d?))?)(?:[T ](\d\d?)[:.](\d\d))?$/.exec(input);
  if (message.startsWith('Invalid type: Expected number')) {
    // Decimal only: `"0x33"` is no slip of a number.
    const number = input.trim().replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(number) ? `write ${+number}, without quotes` : undefined;
  }
  if (date && / date/.test(message) && (!date[7] || message.includes('time'))) {
    const [, day, month, year, year2, month2, day2, hour, minute] = date;
    written = (year ? `${year}-${pad(month)}-${pad(day)}` : `${year2}-${pad(month2)}${day2 ? `-${pad(day2)}` : ''}`) + (hour ? `T${pad(hour)}:${minute}` : '');
  } else if (message.includes('ISO 3166')) {
    written = /^(deu?|deutschland|germany|германия)$/i.test(input)
      ? 'DE'
      : /^(rus?|russland|russia|россия|russian federation|russische föderation|российская федерация)$/i.test(input)
        ? 'RU'
        : /^[a-z]{2}$/i.test(input)
          ? input.toUpperCase()
          : undefined;
  } else if (message.includes('time zone')) {
    written = /^(MEZ|MESZ|CEST)$/i.test(input) ? 'Europe/Berlin' : /^MS[KD]$/i.test(input) ? 'Europe/Moscow' : zoneNamed(input.trim());
  } else if (message.includes('absolute URL')) {
    written = /^[^\s@:/]+@[^\s@/]+\.\w+$/.test(input) ? `mailto:${input}` : /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(input) ? `https://${input}` : undefined;
  } else if (message.includes('e-mail')) {
    written = input.replace(/^mailto:/i, '');
  } else if (message.startsWith('an id')) {
    written = input
      .replace(/[äöüÄÖÜ]/g, (umlaut) => `${umlaut.normalize('NFD')[0]}e`)
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .trim()
      .replace(/\s+/g, '-');
    if (!ID_PATTERN.test(written)) written = undefined;
  } else if (message.includes('language code')) {
    written = input.replace(/_/g, '-').replace(/^[A-Za-z]+/, (language) => language.toLowerCase());
    if (!LANGUAGE_TAG.test(written)) written = undefined;
  }
  return written && written !== input ? `write ${JSON.stringify(written)}` : undefined;
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
  // A partnership that names one city: its second is missing (not "expected a text, found undefined").
  if (received === 'undefined' && path?.at(-2)?.key === 'cities') return 'required, but missing (a partnership names exactly two cities)';
  const hint = instead(input, message, field);
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
  // valibot writes a text it found as it is, between quotes.
  const found = typeof input === 'string' && received.startsWith('"') ? quote(input) : said(received);
  return `expected ${wanted}, found ${found}${hint ? ` (${hint})` : ''}`;
}
