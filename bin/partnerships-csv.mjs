/**
 * A CSV of partnerships (one row per partnership, both cities in it) as a feed document, for
 * `staedtepartner-widgets import list.csv`. Node-only: no widget loads this file.
 *
 * The text is read as RFC 4180 says (fields separated by commas, or by semicolons when the
 * header has no comma, as spreadsheets in German write them; a field in double quotes may hold
 * separators, line breaks and "" for a quote; lines end in CRLF or LF). The header names the
 * columns, in any order, case and surrounding spaces ignored (docs/feed.md lists them):
 *   city1, country1, lat1, lon1, city2, country2, lat2, lon2   required
 *   since                                                        optional founding date
 *   city1_de, city1_ru, city1_en, city2_de, …                    optional names per language
 *   notes                                                        optional remark
 * A row with a problem is left out and reported with its line number; a city named in several
 * rows (same name and country) becomes one entry of `cities`.
 */

import { createHash } from 'node:crypto';

/** Each record of `text` as its fields, with the line it starts on; throws on a quote left open or text after a closing quote. */
export function readCsv(text, separator) {
  const records = [];
  let fields = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new SyntaxError(`line ${line}: a quote inside a field that does not start with one`);
      quoted = wasQuoted = true;
    } else if (c === separator) endField();
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endField();
      records.push({ line: start, fields });
      fields = [];
      start = ++line;
    } else if (wasQuoted) throw new SyntaxError(`line ${line}: text after a closing quote`);
    else field += c;
  }
  if (quoted) throw new SyntaxError(`line ${start}: a quoted field is not closed`);
  if (field !== '' || wasQuoted || fields.length) {
    endField();
    records.push({ line: start, fields });
  }
  // Blank lines (a single empty field) are no records, nor a spreadsheet's empty rows (`;;;;;;;`, every field empty or spaces).
  return records.filter((record) => record.fields.some((value) => value.trim() !== ''));
}

/** Two rows naming a city by the same name and country mean one place when their coordinates are this close (kilometres). */
const SAME_PLACE_KM = 25;

/** The great-circle distance between two places, in kilometres. */
function kilometres(a, b) {
  const radians = Math.PI / 180;
  const [lat1, lat2] = [a.lat * radians, b.lat * radians];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(((b.lon - a.lon) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The same key for a pair of city ids in either order: a list made from both towns' sides names each pair twice. */
const pairKey = (a, b) => [a, b].sort().join('\n');

const REQUIRED = ['city1', 'country1', 'lat1', 'lon1', 'city2', 'country2', 'lat2', 'lon2'];
const OPTIONAL = ['since', 'notes', ...['1', '2'].flatMap((n) => ['de', 'ru', 'en'].map((lang) => `city${n}_${lang}`))];

/** Cyrillic letters in Latin ones for ids ("Нижний Новгород" → nizhniy-novgorod), and the Latin letters that no accent removed makes plain (Łódź → lodz). */
const LETTERS = {
  ...Object.fromEntries([...'абвгдезийклмнопрстуфыэёіґў'].map((letter, i) => [letter, 'abvgdeziyklmnoprstufyeeigu'[i]])),
  ...{ ж: 'zh', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ь: '', ю: 'yu', я: 'ya', ї: 'yi', є: 'ye' },
  ...{ ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', đ: 'd', ð: 'd', þ: 'th', ß: 'ss' },
};

/**
 * An id from a name: ASCII letters, digits and dashes, Cyrillic written in Latin letters. A name in
 * another script (CJK, Arabic, Greek …) gives `city-` and six hex digits of its hash, the same
 * whatever the rows' order.
 */
function slug(text) {
  const ascii = text
    .toLowerCase()
    .replace(/\p{L}/gu, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return ascii || `city-${createHash('sha256').update(text).digest('hex').slice(0, 6)}`;
}

/**
 * The feed document of the partnerships in `text`, and the problems found, each `line N: …`; throws a SyntaxError for
 * a file that breaks the CSV format or holds no line at all.
 * `PARTIAL_DATE` and `isCalendarDate`-like checks are left to validateFeed, which the caller runs.
 */
export function partnershipsFromCsv(text) {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records = readCsv(body, separator);
  const problems = [];
  // Refused, as an empty JSON file is: nothing is written, so that `-o feed.json` keeps the feed made before.
  if (records.length === 0) throw new SyntaxError('the file is empty: nothing to import');
  const [header, ...rows] = records;
  // `lng` for `lon`, as many exports name the longitude.
  const columns = header.fields.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/^lng([12])$/, 'lon$1'),
  );
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length) return { document: undefined, problems: [`line ${header.line}: the header lacks the column(s) ${missing.join(', ')}`] };
  const unknown = columns.filter((name) => name && !REQUIRED.includes(name) && !OPTIONAL.includes(name));
  if (unknown.length) problems.push(`line ${header.line}: unknown column(s) ${unknown.join(', ')}, ignored`);

  const warnings = [];
  /** The cities of each name and country (places far apart may share both: Rochester, NY and Rochester, MN), with the line that named each first. */
  const cities = new Map();
  const cityIds = new Set();
  /** Every city, in the order the file first names them. */
  const cityList = [];
  const partnerships = [];
  const ids = new Set();
  /** The line of each pair of cities, in either order: a list made from both towns' sides names each pair twice. */
  const pairs = new Map();
  const cityOf = (row, n, at) => {
    // One form of each letter (ö typed as one character or as o and a mark, on Windows and on a Mac): one city.
    const name = row[`city${n}`].normalize('NFC');
    const country = row[`country${n}`].toUpperCase();
    const lat = Number(row[`lat${n}`].replace(',', '.'));
    const lon = Number(row[`lon${n}`].replace(',', '.'));
    if (!name) return `${at}: city${n} is empty`;
    if (!/^[A-Z]{2}$/.test(country)) return `${at}: country${n} "${row[`country${n}`]}" is not a two-letter country code such as DE`;
    if (row[`lat${n}`] === '' || !(lat >= -90 && lat <= 90)) return `${at}: lat${n} "${row[`lat${n}`]}" is not a latitude (−90 to 90)`;
    if (row[`lon${n}`] === '' || !(lon >= -180 && lon <= 180)) return `${at}: lon${n} "${row[`lon${n}`]}" is not a longitude (−180 to 180)`;
    const key = `${name}\n${country}`;
    const named = cities.get(key) ?? [];
    const known = named.find((entry) => kilometres(entry.city, { lat, lon }) <= SAME_PLACE_KM);
    if (known) return known.city;
    // With a name of its own in some language, the others take the name column's.
    const own = ['de', 'ru', 'en'].filter((lang) => row[`city${n}_${lang}`]);
    const languages = Object.fromEntries(['de', 'ru', 'en'].map((lang) => [lang, row[`city${n}_${lang}`]?.normalize('NFC') || name]));
    let id = `${slug(name)}-${country.toLowerCase()}`;
    for (let k = 2; cityIds.has(id); k++) id = `${slug(name)}-${country.toLowerCase()}-${k}`;
    const city = { id, name: own.length ? languages : name, country, lat, lon };
    if (named.length > 0) {
      const other = named[0];
      warnings.push(
        `${at}: city${n} ${name} (${country}) lies ${Math.round(kilometres(other.city, city))} km from the ${name} of ${other.at}: a city of its own, ${id}`,
      );
    }
    cities.set(key, [...named, { city, at }]);
    cityIds.add(id);
    cityList.push(city);
    return city;
  };
  for (const { line, fields } of rows) {
    const at = `line ${line}`;
    if (fields.length !== columns.length) {
      problems.push(`${at}: ${fields.length} fields, the header has ${columns.length}; row left out`);
      continue;
    }
    const row = Object.fromEntries(columns.map((name, index) => [name, fields[index].trim()]));
    const first = cityOf(row, 1, at);
    const second = typeof first === 'string' ? undefined : cityOf(row, 2, at);
    const problem = typeof first === 'string' ? first : typeof second === 'string' ? second : undefined;
    if (problem) {
      problems.push(`${problem}; row left out`);
      continue;
    }
    if (first === second) {
      problems.push(`${at}: both cities are ${row.city1} (${first.country}); row left out`);
      continue;
    }
    const pair = pairKey(first.id, second.id);
    if (pairs.has(pair)) {
      problems.push(`${at}: the same two cities as line ${pairs.get(pair)}; row left out`);
      continue;
    }
    pairs.set(pair, line);
    let id = `${first.id}--${second.id}`;
    for (let k = 2; ids.has(id); k++) id = `${first.id}--${second.id}-${k}`;
    ids.add(id);
    const partnership = { id, cities: [first.id, second.id] };
    if (row.since) partnership.since = row.since;
    if (row.notes) partnership.notes = row.notes;
    partnerships.push({ line, partnership });
  }
  // A header without rows (a template not yet filled in, or a sheet exported before its rows were pasted): said, not written as an empty map without a word.
  if (rows.length === 0) warnings.push(`line ${header.line}: the header, and no rows after it: the feed has no partnerships`);
  return {
    document: { version: 1, cities: cityList, partnerships: partnerships.map((entry) => entry.partnership) },
    /** The CSV line of each partnership, to name it when validation finds a problem. */
    lines: partnerships.map((entry) => entry.line),
    problems,
    /** What was read otherwise than the file may mean, each `line N: …`; the rows are kept. */
    warnings,
  };
}
