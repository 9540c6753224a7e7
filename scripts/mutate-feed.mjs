/**
 * Feeds made by changing a good one at random, for `npm run fuzz`: the kind of damage a hand-edited
 * or half-converted feed has (a value of another type, a key gone, an entry twice, a value moved to
 * the wrong place) and the texts a hostile one holds. The same `random` sequence makes the same feed.
 */

/** Texts put in place of a value: broken dates and times, odd numbers as text, names of built-in properties, payloads, long and broken Unicode, right-to-left text. */
export const HOSTILE_TEXTS = [
  '',
  ' ',
  'x',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '1e309',
  '2019-13-45',
  '2019-02-30',
  '2019',
  '2019-06',
  '9999-12-31',
  '0000-01-01',
  '-000001-01-01',
  '2019-06-26T25:61:00',
  '2019-06-26T10:00:00+14:00',
  '25:00',
  '1:5',
  'P1D',
  'PT1H',
  'Europe/Nowhere',
  'UTC',
  '+03:00',
  'de',
  'xx',
  'ru-RU',
  '#zzzzzz',
  'red',
  'break',
  'plenary',
  '__proto__',
  'constructor',
  'toString',
  '#',
  '../../etc',
  'a'.repeat(5_000),
  '\u202e\u0000\ud800',
  // Right-to-left writing and bidirectional controls (isolated() in src/feed/text.ts): a name, a PDI that
  // would end an isolation early before an override, and a text of several lines that keeps its controls.
  'حلب',
  'x\u2069\u202e1985',
  'חיפה\n\u202eHaifa',
  '<img src=x onerror=window.__fuzzPayloadRan=1>',
  '"><svg onload="window.__fuzzPayloadRan=1">',
  'javascript:window.__fuzzPayloadRan=1',
];

/** Numbers put in place of a value: zero, negatives, fractions, the edges of doubles and of coordinates, years far off. */
const HOSTILE_NUMBERS = [0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 1, 9999, 1900, 2200, 90.0001, -180.5, 361];

/** Keys added to an object: built-in names and one unknown. */
const ADDED_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'extra'];

/** One step of a JSON path: `[2]` in a list, `.name` in an object, `["Raum 3"]` for a key that is no name (a frab file's rooms). */
const step = (parent, key) => (Array.isArray(parent) ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** Every value in `tree` with its parent and key (the root has none). */
function values(tree) {
  const found = [];
  const walk = (value, parent, key) => {
    found.push({ value, parent, key });
    if (value && typeof value === 'object') for (const child of Object.keys(value)) walk(value[child], value, child);
  };
  walk(tree, undefined, undefined);
  return found;
}

/** A value to put somewhere: one of another type, a hostile text, or a copy of another value of the feed (a value in the wrong place). */
function anyValue(tree, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  switch (Math.floor(random() * 12)) {
    case 0:
      return null;
    case 1:
      return pick(HOSTILE_NUMBERS);
    case 2:
    case 3:
      return pick(HOSTILE_TEXTS);
    case 4:
      return random() < 0.5;
    case 5:
      return [];
    case 6:
      return {};
    case 7:
      return { de: pick(HOSTILE_TEXTS), ru: pick(HOSTILE_TEXTS), en: pick(HOSTILE_TEXTS), xx: 1 };
    case 8:
      return [pick(HOSTILE_TEXTS), null, {}];
    default:
      return structuredClone(pick(values(tree)).value ?? null);
  }
}

/**
 * A copy of `document` with up to `changes` random changes (at least one), and what each was, as
 * `set $.path = value`, `delete $.path`, `repeat $.path` or `add $.path`. `document` is left as it is.
 */
export function mutateFeed(document, random, changes = 6) {
  const feed = structuredClone(document);
  const made = [];
  const pathOf = new Map();
  const count = 1 + Math.floor(random() * changes);
  for (let i = 0; i < count; i++) {
    const all = values(feed);
    pathOf.clear();
    for (const { value, parent, key } of all) {
      const base = parent === undefined ? '$' : `${pathOf.get(parent)}${step(parent, key)}`;
      if (value && typeof value === 'object') pathOf.set(value, base);
    }
    const inner = all.filter((entry) => entry.parent !== undefined);
    if (inner.length === 0) break;
    const { value, parent, key } = inner[Math.floor(random() * inner.length)];
    const path = `${pathOf.get(parent)}${step(parent, key)}`;
    const kind = random();
    if (kind < 0.2 && !Array.isArray(parent)) {
      delete parent[key];
      made.push(`delete ${path}`);
    } else if (kind < 0.3 && Array.isArray(parent)) {
      parent.push(structuredClone(value));
      made.push(`repeat ${path}`);
    } else if (kind < 0.35 && value && typeof value === 'object' && !Array.isArray(value)) {
      const added = ADDED_KEYS[Math.floor(random() * ADDED_KEYS.length)];
      // defineProperty: `__proto__` as an own key, as JSON.parse makes it, not a prototype.
      Object.defineProperty(value, added, { value: anyValue(feed, random), enumerable: true, writable: true, configurable: true });
      made.push(`add ${path}.${added}`);
    } else {
      const replacement = anyValue(feed, random);
      parent[key] = replacement;
      made.push(`set ${path} = ${String(JSON.stringify(replacement)).slice(0, 60)}`);
    }
  }
  return { feed, changes: made };
}
