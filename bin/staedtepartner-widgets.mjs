#!/usr/bin/env node
/**
 * The command line for feed authors: `npx staedtepartner-widgets validate|import|inline`.
 * It checks with the built feed module (dist/feed.js), so its rules are exactly the widgets'.
 * Exit codes: 0 done (warnings may be printed), 1 the feed has errors or could not be made,
 * 2 wrong usage or a file that cannot be read (or, with -o, written). docs/feed.md ("The command line") describes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { detectFormat, enableHints, importSchedule, inlineFeedJson, validateFeedInSteps } from '../dist/feed.js';
// The widgets' own finder (src/feed/json-break.ts), which a widget loads only for a feed that is not JSON: an entry of
// the build of its own, so that no app that imports the feed module gets it in its first download.
import { jsonBreak } from '../dist/json-break.js';
import { frabXmlToJson } from './frab-xml.mjs';
import { partnershipsFromCsv } from './partnerships-csv.mjs';

// Problems say what to write instead ("write \"2025-06-26\""), as the widgets' console does not.
enableHints();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const NAME = 'staedtepartner-widgets';
const HELP = `${NAME} ${version}: check, convert and embed feeds for the staedtepartner-widgets web components.

Usage:
  ${NAME} validate <feed.json | ->
      Checks a feed (or a frab, C3VOC or pretalx schedule) with the widgets' own rules and
      prints its problems with their JSON paths (of an entry that is dropped, the first that
      drops it: run it again after a fix). Exit code 0: valid (warnings are printed),
      1: errors (an entry is dropped, or the document cannot be shown).
  ${NAME} import <schedule.json | schedule.xml | partnerships.csv> [--format F] [-o out.json]
      Converts a frab / C3VOC schedule.json (frab), frab's schedule.xml (frab-xml), a C3VOC
      schedule2 file (schedule2), a pretalx schedule (pretalx), or a CSV of partnerships (csv)
      into a feed, checked before it is written. The format is recognised from the file;
      --format names it. Exit code 1 when rows or entries had to be left out (the rest is
      still written).
  ${NAME} inline <feed.json | -> [--id ID] [--indent N] [-o out.html]
      Writes the feed as <script type="application/json" id="ID"> for a page, with <, >, &,
      U+2028 and U+2029 escaped so that no text in it can end the script, and [ so that
      WordPress reads no shortcode in it. ID defaults to "feed". Exit code 1 when the feed
      cannot be shown (nothing is written) or an entry is dropped (the rest is written).

Options:
  -o, --output FILE   write to FILE instead of standard output
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 ok, 1 the feed has errors, 2 wrong usage or a file that cannot be read or written.
CSV columns and everything else: docs/feed.md in the package.`;

class UsageError extends Error {}
/** A file that cannot be read, or (`-o`) written: exit code 2. */
class Unreadable extends Error {}

/** Why a file cannot be read or written, in words rather than Node's ("EISDIR: illegal operation on a directory, read"). */
const CANNOT = { EISDIR: 'it is a directory', EACCES: 'permission denied', EROFS: 'a read-only file system' };

/** UTF-8 only, as the widgets read a feed (src/feed/loader.ts): a file saved as windows-1251 or Latin-1 is refused, not read with "�" for its letters. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function read(file, command) {
  const name = file === '-' ? 'standard input' : file;
  let bytes;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    // A feed's address, as an author tries first: the command reads files, and says how to give it the answer.
    const address = error.code === 'ENOENT' && /^https?:\/\//i.test(file);
    throw new Unreadable(
      `cannot read ${name}: ${
        address
          ? `a web address, and the command reads a file or standard input: curl -fsL ${/^[\w/:.@%+=,~-]+$/.test(file) ? file : `'${file.replaceAll("'", '%27')}'`} | ${NAME} ${command} -`
          : error.code === 'ENOENT'
            ? 'no such file'
            : (CANNOT[error.code] ?? error.message)
      }`,
    );
  }
  const binary = notText(bytes);
  if (binary) throw new Unreadable(`cannot read ${name}: ${binary}`);
  // Windows Notepad's "Unicode" is UTF-16, with its byte order mark; a script's UTF-16 may have none, and then its first
  // character, which a JSON or CSV file has in ASCII, is a NUL byte and another: no UTF-8 text has a NUL.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && !bytes[0] !== !bytes[1]);
  try {
    if (utf16) throw new Error();
    return { name, text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    throw new Unreadable(
      `cannot read ${name}: ${utf16 ? 'saved as UTF-16 (Notepad\'s "Unicode"), not UTF-8' : 'not UTF-8 (saved as windows-1251 or Latin-1?)'}: save it as UTF-8`,
    );
  }
}

/**
 * What a file that is not text at all is, by its first bytes, with what to do: a spreadsheet (an .xlsx or .ods is a
 * ZIP file) given instead of its CSV, a download saved compressed, an old Excel file, a PDF. Not "not UTF-8 (saved as
 * windows-1251 or Latin-1?)", which would send the author to look for an encoding.
 */
function notText(bytes) {
  const starts = (...start) => start.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04))
    return 'a ZIP file, not text (a spreadsheet saved as .xlsx or .ods?): save the sheet as "CSV UTF-8", or unpack the archive';
  if (starts(0x1f, 0x8b)) return 'compressed with gzip, not text: unpack it first (gunzip)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an Excel 97–2003 (.xls) or other Office file, not text: save the sheet as "CSV UTF-8"';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF, not text';
  return undefined;
}

/** `a web page ("Its title")` when `text` is an HTML page (what a schedule's address gives before it is published, or its page saved instead of its export). */
function webPage(text) {
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!doctype html|<html)/i.test(text)) return undefined;
  const title = /<title[^>]*>([^<]*)/i.exec(text)?.[1]?.trim();
  return `a web page${title ? ` (${JSON.stringify(title.slice(0, 80))})` : ''}`;
}

/** The JSON of `text`, or a message saying where its JSON breaks (line and column) and, for the usual slips, what to write. */
function parseJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    // What came instead of JSON, as the widgets tell it (src/feed/loader.ts: "the answer is empty", `other-format`).
    if (!text.trim()) return { error: 'not JSON: the file is empty' };
    const page = webPage(text);
    if (page) return { error: `not JSON: ${page}, not a feed` };
    if (/^\s*BEGIN:VCALENDAR/i.test(text))
      return { error: "not JSON: a calendar file (.ics), not a feed: the widgets read a feed, or a schedule's schedule.json" };
    const xml = text.trimStart().startsWith('<') ? '; an XML file? The widgets read JSON: "import" converts frab\'s schedule.xml' : '';
    const at = xml ? undefined : jsonBreak(text);
    if (at === undefined) return { error: `not JSON: ${error.message}${xml}` };
    return {
      error: `not JSON at line ${at.line}, column ${at.column}: ${at.slip ?? error.message.replace(/( in JSON)? at position \d+.*|, ".*is not valid JSON$/s, '')}`,
    };
  }
}

const FORMATS = ['frab', 'frab-xml', 'schedule2', 'pretalx', 'csv'];

/** frab's schedule.xml as its schedule.json, or a message naming the line. */
function readFrabXml(text) {
  try {
    return { value: frabXmlToJson(text) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { error: `not a frab XML schedule: ${error.message}` };
  }
}

/** An entry of the feed is lost: the author has to act. Other warnings leave the entry in. */
const isError = (message) => /(item|partnership|list) dropped$/.test(message);

/** The value at a warning's path (`$.conferences[0].sessions`) in `document`. */
const at = (document, path) => [...path.matchAll(/\.(\w+)|\[(\d+)\]/g)].reduce((value, [, key, index]) => value?.[key ?? Number(index)], document);

/**
 * A list written as an object or a text (one session without its [ ]) loses its entries: the widgets count them
 * dropped (the programme says the data is not as expected), so it is an error here, not the warning a list written
 * `null` (left out) is.
 */
const lostLists = (document, warnings) =>
  warnings.map((warning) => {
    const value = /: expected an array; ignored$/.test(`: ${warning.message}`) ? at(document, warning.path) : null;
    if (value === null || value === undefined) return warning;
    const found = typeof value === 'object' ? 'an object' : JSON.stringify(value).slice(0, 40);
    return { ...warning, message: `expected a list [ … ], found ${found}: its entries are not shown (write [ ] around them); list dropped` };
  });
/** Whether the widgets drop an entry of the feed: an error for the exit code, though the rest is written. */
const dropsEntries = (warnings) => warnings.some((warning) => isError(warning.message));

/** A control character of a message (from an importer's warning that quotes the file) escaped, so that none acts on the terminal. */
const controls = (text) => text.replace(/[\0-\x1f\x7f-\x9f]/g, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** How often the same warning may be printed on lines of its own; more are one line with their count and first paths. */
const REPEATS = 3;

/**
 * Each problem on a line of its own, as an error or a warning; `validate` prints its report to standard output, the
 * others beside their output. A warning given more than three times (each session of an export whose durations are
 * 00:00, the same unknown field in each entry) is one line, where it first comes, with its first three paths and how
 * many there are in all; warnings that differ in any word, and errors (each an entry lost), keep a line each.
 * `file` follows the paths of an imported file's warnings.
 */
function printProblems(warnings, { label = (path) => path, log = console.error, file } = {}) {
  const where = file ? ` (in ${file})` : '';
  // Each warning's message, with the first paths it has and how many in all.
  const seen = new Map();
  for (const { path, message } of warnings) {
    if (isError(message)) continue;
    const same = seen.get(message) ?? { paths: [], n: 0 };
    if (same.n++ < REPEATS) same.paths.push(path);
    seen.set(message, same);
  }
  for (const { path, message } of warnings) {
    const same = seen.get(message);
    if (!same || same.n <= REPEATS) log(controls(`  ${same ? 'warning' : 'error'}: ${label(path)}${where}: ${message}`));
    else if (same.paths.length) {
      log(controls(`  warning: ${same.paths.map(label).join(', ')} and ${same.n - REPEATS} more${where} (${same.n} times): ${message}`));
      same.paths = [];
    }
  }
}

/** Whether a timed session ends as it starts: a length left at 00:00 (an export's "duration"); the programme shows its start only. */
const lengthless = (session) => typeof session?.start === 'string' && session.start.includes('T') && session.end === session.start;

/**
 * What an imported schedule's feed shows without a word, once per file (the command line only): sessions that end
 * as they start (a schedule exported with every duration at 00:00 has hundreds: how many, and the ids of the first
 * three), and a conference without sessions (a schedule exported before it was published).
 */
function scheduleAdvice(feed) {
  const conferences = feed?.conferences ?? [];
  const advice = [];
  const ids = conferences.flatMap((conference) => (conference.sessions ?? []).filter(lengthless).map((session) => session.id));
  if (ids.length) {
    const named = `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`;
    const one = ids.length === 1;
    advice.push(
      `${count(ids.length, 'session ends', 'sessions end')} at ${one ? 'its' : 'their'} start (${named}): no length (a duration of 00:00?); the programme shows ${one ? 'its' : 'their'} start only`,
    );
  }
  // One without a start has had its word ("the conference cannot be shown").
  if (conferences.some((conference) => conference.start !== undefined && !conference.sessions?.length))
    advice.push('no sessions in the file (exported before the schedule was published?); the programme says "The programme has not been published yet."');
  return advice;
}

/**
 * What the widgets show without a word but an author would want to hear of (the command line only: no page
 * pays for these checks): a founding year 0000, a spreadsheet's placeholder that reads as the year 1; a founding
 * year after this one (2999 for 1999), which the map shows and the jubilee list never lists until it comes; a
 * session whose end is its start.
 */
function authorsWarnings(document) {
  const warnings = [];
  const listOf = (value) => (Array.isArray(value) ? value : []);
  const thisYear = new Date().getFullYear();
  listOf(document?.partnerships).forEach((partnership, index) => {
    const path = `$.partnerships[${index}]`;
    const year = typeof partnership?.since === 'string' ? /^(\d{4})(-|$)/.exec(partnership.since)?.[1] : undefined;
    if (year === '0000') {
      warnings.push({ path: `${path}.since`, message: 'the year 0000 reads as the year 1; leave since out when the date is unknown' });
    } else if (Number(year) > thisYear) {
      warnings.push({ path: `${path}.since`, message: `the year ${year} is still to come (a typing error?); its anniversaries count from then` });
    }
  });
  listOf(document?.cities).forEach((city, index) => {
    // Latitude and longitude both 0 lie in the sea off Ghana, where no town is: what a spreadsheet or geocoder writes for a place it did not find.
    if (city?.lat === 0 && city?.lon === 0)
      warnings.push({ path: `$.cities[${index}]`, message: 'lat 0 and lon 0 lie in the sea off Ghana (coordinates not found?); the map draws it there' });
  });
  listOf(document?.conferences).forEach((conference, at) =>
    listOf(conference?.sessions).forEach((session, index) => {
      if (lengthless(session))
        warnings.push({
          path: `$.conferences[${at}].sessions[${index}].end`,
          message: 'the end is the start (a session of no length?); the programme shows its start only',
        });
    }),
  );
  return warnings;
}

/**
 * Two cities of one country that share a name in some language (two "Neustadt" in Germany): the widgets tell
 * places of two countries apart by the country, these by nothing. For `validate` only: `import` of a CSV says so
 * of the rows it makes two cities of.
 */
function sharedNameWarnings(document) {
  const warnings = [];
  /** The first city (its index) of each country and name, in any of its languages; the ids seen (a city with one of them again is dropped). */
  const named = new Map();
  const ids = new Set();
  (Array.isArray(document?.cities) ? document.cities : []).forEach((city, index) => {
    if (ids.has(city?.id)) return;
    ids.add(city?.id);
    const name = city?.name;
    const names = typeof name === 'string' ? [name] : name && typeof name === 'object' ? Object.values(name).filter((text) => typeof text === 'string') : [];
    const reported = new Set();
    for (const text of new Set(names.map((text) => text.trim()).filter(Boolean))) {
      const key = `${city.country}\u0000${text}`;
      const first = named.get(key);
      if (first === undefined) named.set(key, index);
      else if (!reported.has(first)) {
        reported.add(first);
        warnings.push({
          path: `$.cities[${index}].name`,
          message: `"${text}" is also the name of $.cities[${first}], in the same country (${city.country}): readers cannot tell the two apart; write each name in full ("Frankfurt (Oder)", "Neustadt an der Weinstraße")`,
        });
      }
    }
  });
  return warnings;
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** What a valid feed holds, for the last line of a command. */
const summary = ({ cities, partnerships, conferences }) =>
  `${count(cities.length, 'city', 'cities')}, ${count(partnerships.length, 'partnership', 'partnerships')}, ${count(conferences.length, 'conference', 'conferences')}`;

function output(text, file) {
  if (file === undefined) return process.stdout.write(text);
  try {
    writeFileSync(file, text);
  } catch (error) {
    // A file that cannot be written, as one that cannot be read (exit 2): not "the document cannot be handled".
    throw new Unreadable(`cannot write ${file}: ${error.code === 'ENOENT' ? 'no such directory' : (CANNOT[error.code] ?? error.message)}`);
  }
}

/**
 * `document` through the widgets' import (a schedule) and validation; prints what the import guessed or left out,
 * and returns it (`imported`) with the advice on the file as a whole.
 */
async function check(document, name, log = console.error, xml = false) {
  let feed = document;
  let imported = [];
  const format = detectFormat(document);
  if (format) {
    ({ document: feed, warnings: imported } = importSchedule(document));
    log(`${name}: read as a ${xml ? "frab XML schedule, in the shape of frab's JSON (paths name that shape)" : `${format} schedule`}, as the widgets read it`);
  }
  // A schedule with neither a start date nor a dated session: the import leaves the conference out and says so, as
  // the error it is, where the file lacks the date (src/feed/import/build.ts); the check of the feed has none to drop.
  const result = await validateFeedInSteps(feed);
  if (result.ok) result.warnings = lostLists(feed, result.warnings);
  if (format) {
    printProblems(imported, { log, file: name });
    // Once per file, not per session: an export left at 00:00 has every session so.
    const advice = scheduleAdvice(feed);
    for (const message of advice) log(controls(`  warning: ${name}: ${message}`));
    imported = [...imported, ...advice.map((message) => ({ path: '$', message }))];
  }
  return { feed, result, imported };
}

/**
 * What the document is instead of a feed, where it says: the feed wrapped in [ ] (an export that writes its records as
 * a list) or in an API's envelope (`{"data": {feed}}`, a CMS's REST answer), or a server's error answer
 * (`{"error": "Unauthorized"}`, `{"code": "rest_no_route", "message": …}`) saved or linked in the feed's place.
 */
function wrapping(document) {
  if (Array.isArray(document)) return document.length === 1 && document[0]?.version !== undefined ? ' (a feed in [ ]: remove the brackets around it)' : '';
  if (!document || typeof document !== 'object' || Object.hasOwn(document, 'version')) return '';
  const envelope = Object.keys(document).find((key) => typeof document[key]?.version === 'number');
  if (envelope !== undefined) return ` (the feed is inside ${JSON.stringify(envelope)}: the widgets read the feed itself, not an answer that wraps it)`;
  const said = ['error', 'message', 'detail'].map((key) => document[key]).find((value) => typeof value === 'string' || typeof value?.message === 'string');
  return said === undefined ? '' : controls(` (a server's error answer? ${JSON.stringify(String(said?.message ?? said).slice(0, 80))})`);
}

async function validate(file) {
  const { name, text } = read(file, 'validate');
  const parsed = parseJson(text);
  if (parsed.error) {
    console.log(`${name}: error: ${parsed.error}`);
    return 1;
  }
  const { result, imported } = await check(parsed.value, name, console.log);
  if (!result.ok) {
    console.log(`${name}: error: ${result.failure.detail}${wrapping(parsed.value)}`);
    return 1;
  }
  const errors = [...imported, ...result.warnings].filter((warning) => isError(warning.message)).length;
  const advice = [...authorsWarnings(parsed.value), ...sharedNameWarnings(parsed.value)];
  printProblems([...result.warnings, ...advice], { log: console.log });
  const found = `${errors ? `${count(errors, 'error', 'errors')}, ` : 'valid, '}${count(imported.length + result.warnings.length + advice.length - errors, 'warning', 'warnings')}`;
  console.log(`${name}: ${found}; ${summary(result.feed)} kept`);
  return errors ? 1 : 0;
}

/** `document` without the entries validation dropped, so that what `import` writes is a valid feed. */
function kept(document, feed) {
  const ids = (list) => new Set(list.map((entry) => entry.id));
  const keep = (list, known) => list?.filter((entry) => known.has(entry.id));
  const conferences = new Map(feed.conferences.map((conference) => [conference.id, conference]));
  const cities = ids(feed.cities);
  const named = new Set(feed.partnerships.flatMap((partnership) => partnership.cities));
  return {
    ...document,
    organisations: keep(document.organisations, ids(feed.organisations)),
    people: keep(document.people, ids(feed.people)),
    // From a CSV, a city that no kept partnership names came with a dropped row: left out too.
    cities: keep(document.cities, cities)?.filter((city) => !document.partnerships || named.has(city.id)),
    partnerships: keep(document.partnerships, ids(feed.partnerships)),
    conferences: keep(document.conferences, new Set(conferences.keys()))?.map((conference) => ({
      ...conference,
      sessions: keep(conference.sessions, ids(conferences.get(conference.id).sessions ?? [])),
      sideEvents: keep(conference.sideEvents, ids(conferences.get(conference.id).sideEvents ?? [])),
    })),
  };
}

async function importFile(file, { format, output: out }) {
  if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`unknown format "${format}": ${FORMATS.join(', ')}`);
  const { name, text } = read(file, 'import');
  const extension = extname(file).toLowerCase();
  // A CSV by its name, or by its header (one piped in as standard input, or saved as .txt): a first line naming city1.
  const csv = extension === '.csv' || /^[^\n{[<]*\bcity1\b[^\n]*[,;]/i.test(text);
  const kind = format ?? (csv ? 'csv' : extension === '.xml' || text.trimStart().startsWith('<') ? 'frab-xml' : undefined);
  let document;
  let result;
  let failed = false;
  if (kind === 'csv') {
    let converted;
    try {
      converted = partnershipsFromCsv(text);
    } catch (error) {
      console.error(`${name}: error: ${error.message}`);
      return 1;
    }
    for (const problem of converted.problems) console.error(`  error: ${name} ${problem}`);
    for (const warning of converted.warnings ?? []) console.error(`  warning: ${name} ${warning}`);
    if (!converted.document) return 1;
    failed = converted.problems.length > 0;
    document = converted.document;
    result = await validateFeedInSteps(document);
    // A partnership's path names its CSV line too.
    const line = (path) => path.replace(/^\$\.partnerships\[(\d+)\].*/, (all, index) => `${all} (line ${converted.lines[Number(index)]})`);
    if (result.ok) printProblems([...result.warnings, ...authorsWarnings(document)], { label: line });
  } else {
    // Not read as XML: an HTML page is seldom well-formed, and "</head> closes <meta>" would say nothing of what it is.
    const page = webPage(text);
    if (page) {
      console.error(controls(`${name}: error: ${page}, not a schedule: import the schedule's export (pretalx: …/schedule/export/schedule.json), not a page`));
      return 1;
    }
    const parsed = kind === 'frab-xml' ? readFrabXml(text) : parseJson(text);
    if (parsed.error) {
      console.error(`${name}: error: ${parsed.error}`);
      return 1;
    }
    const found = detectFormat(parsed.value);
    if (!found) {
      // A feed, also one whose version is missing or a text, or in [ ]: validate says what to change. (A schedule2 file
      // has a "version" too, a text such as "2.0".)
      const document = Array.isArray(parsed.value) && parsed.value.length === 1 ? parsed.value[0] : parsed.value;
      const isFeed = typeof document?.version === 'number' || ['conferences', 'cities', 'partnerships'].some((key) => Object.hasOwn(Object(document), key));
      // A frab schedule whose days are missing (an export cut short, `"days": null`): said so, not only what it is not.
      const conference = document?.schedule?.conference;
      const dayless = !isFeed && conference && typeof conference === 'object' && !Array.isArray(conference.days);
      // A pretalx export whose talks are not a list (`"talks": null`, an export cut short).
      const talkless = !isFeed && !dayless && Object.hasOwn(Object(document), 'talks') && !Array.isArray(document.talks);
      // A schedule in [ ], as a script that collects exports may write it (`document` is what the brackets hold).
      const wrapped = document !== parsed.value ? detectFormat(document) : undefined;
      console.error(
        `${name}: error: ${
          wrapped
            ? `a ${wrapped === 'schedule2' ? 'C3VOC schedule2' : wrapped} schedule inside [ ]: import the schedule itself, without the [ ] around it`
            : dayless
              ? 'a frab schedule without its days (schedule.conference.days is missing or not a list): nothing to import'
              : talkless
                ? 'a pretalx schedule without its talks ("talks" is not a list): nothing to import'
                : `not a frab, C3VOC schedule2 or pretalx schedule${isFeed ? ' (it is a feed already: use validate)' : ''}`
        }`,
      );
      return 1;
    }
    if (kind && kind !== 'frab-xml' && found !== kind)
      console.error(`${name}: warning: --format ${kind}, but the file is a ${found} schedule; read as ${found}`);
    let imported;
    ({ feed: document, result, imported } = await check(parsed.value, name, console.error, kind === 'frab-xml'));
    if (result.ok) printProblems(result.warnings);
    failed = dropsEntries(imported);
  }
  if (!result.ok) {
    console.error(`${name}: error: the converted feed is not valid: ${result.failure.detail}`);
    return 1;
  }
  failed ||= dropsEntries(result.warnings);
  const written = kept(document, result.feed);
  output(`${JSON.stringify(written, null, 2)}\n`, out);
  const { cities = [], partnerships = [], conferences = [] } = written;
  console.error(`${name}: ${summary({ cities, partnerships, conferences })}${out ? ` written to ${out}` : ''}`);
  return failed ? 1 : 0;
}

async function inline(file, { id = 'feed', indent, output: out }) {
  // The id goes into an attribute unescaped: letters, digits, - and _ only.
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new UsageError('--id takes a letter followed by letters, digits, - or _');
  const space = indent === undefined ? undefined : Number(indent);
  if (space !== undefined && !(Number.isInteger(space) && space >= 0 && space <= 10)) throw new UsageError('--indent takes 0 to 10');
  const { name, text } = read(file, 'inline');
  const parsed = parseJson(text);
  if (parsed.error) {
    console.error(`${name}: error: ${parsed.error}`);
    return 1;
  }
  const { result, imported } = await check(parsed.value, name);
  if (!result.ok) {
    console.error(`${name}: error: ${result.failure.detail}${wrapping(parsed.value)}`);
    return 1;
  }
  printProblems(result.warnings);
  output(`<script type="application/json" id="${id}">\n${inlineFeedJson(parsed.value, space)}\n</script>\n`, out);
  return dropsEntries([...imported, ...result.warnings]) ? 1 : 0;
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      output: { type: 'string', short: 'o' },
      format: { type: 'string' },
      id: { type: 'string' },
      indent: { type: 'string' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.version) {
    console.log(version);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (!command) throw new UsageError('name a command: validate, import or inline');
  if (!['validate', 'import', 'inline'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (file === undefined) throw new UsageError(`${command} needs a file (or - for standard input)`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const allowed = { validate: [], import: ['format', 'output'], inline: ['id', 'indent', 'output'] }[command];
  const stray = Object.keys(values).find((key) => !allowed.includes(key));
  if (stray) throw new UsageError(`${command} takes no --${stray}`);
  if (command === 'validate') return validate(file);
  if (command === 'import') return importFile(file, values);
  return inline(file, values);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    console.error(`${NAME}: ${error.message}\nRun ${NAME} --help for the usage.`);
    process.exitCode = 2;
  } else if (error instanceof Unreadable) {
    console.error(`${NAME}: ${error.message}`);
    process.exitCode = 2;
  } else {
    // A document the widgets' code cannot walk either (nested deeper than the stack, say).
    console.error(`${NAME}: error: the document cannot be handled: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  }
}
