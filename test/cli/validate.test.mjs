/** `staedtepartner-widgets validate`, `--help`, `--version` and the usage errors, against the built dist/feed.js. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ROOT, run, scratch } from './support.mjs';

const { file } = scratch(after);
const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version;

const essen = { id: 'essen', name: 'Essen', country: 'DE', lat: 51.45, lon: 7.01 };
const kaluga = { id: 'kaluga', name: { ru: 'Калуга' }, country: 'RU', lat: 54.51, lon: 36.26 };
/** A feed file `name` with one conference in Essen, with `fields` (its tracks, its sessions). */
const conferenceFile = (name, fields) =>
  file(name, { version: 1, cities: [essen], conferences: [{ id: 'c', title: 'T', start: '2025-06-26', hostCities: ['essen'], ...fields }] });

describe('validate', () => {
  it('passes a valid feed: exit 0, and says what it keeps', () => {
    const { status, stdout } = run(['validate', 'demo/feed.json']);
    assert.equal(status, 0);
    assert.match(stdout, /demo\/feed\.json: valid, 0 warnings; 46 cities, 18 partnerships, 9 conferences kept/);
  });

  it('prints every problem with its JSON path in plain words; exit 1 when an entry is dropped', () => {
    const path = file('bad.json', {
      version: 1,
      partnerhsips: [],
      cities: [essen, { ...kaluga, name: {} }, { ...kaluga, id: 'bonn', lat: '50.7' }, essen],
      partnerships: [
        { id: 'a', cities: ['essen', 'atlantis'] },
        { id: 'b', cities: ['essen', 'essen-2'], since: '2021-02-30' },
      ],
      conferences: [{ id: 'c', title: 'T', start: '2021' }],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      '  warning: $.partnerhsips: unknown field "partnerhsips"; ignored (did you mean "partnerships"?)',
      '  error: $.cities[1].name: expected text in at least one language, found {}; item dropped',
      '  error: $.cities[2].lat: expected a number, found "50.7" (write 50.7, without quotes); item dropped',
      '  error: $.cities[3].id: duplicate id "essen"; item dropped',
      '  error: $.partnerships[1].since: expected a date that exists in the calendar, found "2021-02-30"; item dropped',
      '  error: $.partnerships[0].cities[1]: unknown city "atlantis"; partnership dropped',
      '  error: $.conferences[0].hostCities: required, but missing; item dropped',
    ]);
    assert.match(lines.at(-1), /bad\.json: 6 errors, 1 warning; 1 city, 0 partnerships, 0 conferences kept$/);
    assert.doesNotMatch(stdout, /Invalid|received/);
  });

  it('exits 0 with warnings only (an entry keeps its place)', () => {
    const path = file('warnings.json', { version: 1, cities: [{ ...essen, nmae: 'x' }] });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 0);
    assert.match(stdout, /warning: \$\.cities\[0\]\.nmae: unknown field "nmae"; ignored \(did you mean "name"\?\)/);
    assert.match(stdout, /valid, 1 warning; 1 city/);
  });

  it('warns of what the widgets show without a word: a founding year 0000, or one still to come', () => {
    const bonn = { ...essen, id: 'bonn', name: 'Bonn' };
    const thisYear = new Date().getFullYear();
    const path = file('years.json', {
      version: 1,
      cities: [essen, kaluga, bonn],
      partnerships: [
        { id: 'essen-kaluga', cities: ['essen', 'kaluga'], since: '1991' },
        { id: 'bonn-kaluga', cities: ['bonn', 'kaluga'], since: '0000' },
        { id: 'bonn-essen', cities: ['bonn', 'essen'], since: `${thisYear + 1}-05` },
      ],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 0, 'warnings only');
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      '  warning: $.partnerships[1].since: the year 0000 reads as the year 1; leave since out when the date is unknown',
      `  warning: $.partnerships[2].since: the year ${thisYear + 1} is still to come (a typing error?); its anniversaries count from then`,
    ]);
    assert.match(lines.at(-1), /years\.json: valid, 2 warnings; 3 cities, 3 partnerships, 0 conferences kept$/);
    // This year's last day is no year to come.
    const thisYearsPath = file('this-year.json', {
      version: 1,
      cities: [essen, kaluga],
      partnerships: [{ id: 'e-k', cities: ['essen', 'kaluga'], since: `${thisYear}-12-31` }],
    });
    assert.match(run(['validate', thisYearsPath]).stdout, /this-year\.json: valid, 0 warnings; /);
  });

  it('warns of a city at latitude 0 and longitude 0, where a spreadsheet or geocoder puts a place it did not find; not of one on the equator', () => {
    const path = file('null-island.json', {
      version: 1,
      cities: [
        essen,
        { ...kaluga, lat: 0, lon: 0 },
        { ...essen, id: 'libreville', name: 'Libreville', country: 'GA', lat: 0.39, lon: 9.45 },
        { ...essen, id: 'quito', name: 'Quito', country: 'EC', lat: 0, lon: -78.5 },
      ],
      partnerships: [{ id: 'essen-kaluga', cities: ['essen', 'kaluga'], since: '1991' }],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 0, 'warnings only');
    assert.deepEqual(stdout.trimEnd().split('\n').slice(0, -1), [
      '  warning: $.cities[1]: lat 0 and lon 0 lie in the sea off Ghana (coordinates not found?); the map draws it there',
    ]);
  });

  it('warns of two cities of one country that share a name in some language, once per pair; not of one name in two countries', () => {
    const path = file('shared-names.json', {
      version: 1,
      cities: [
        essen,
        { ...essen, id: 'neustadt-weinstrasse', name: 'Neustadt' },
        { ...essen, id: 'neustadt-holstein', name: { de: 'Neustadt', en: 'Neustadt ' } },
        { ...essen, id: 'wiener-neustadt', name: 'Neustadt', country: 'AT' },
        { ...kaluga, id: 'nowgorod', name: { de: 'Nowgorod', ru: 'Великий Новгород' } },
        { ...kaluga, id: 'nizhny', name: { de: 'Nowgorod', ru: 'Нижний Новгород' } },
      ],
      partnerships: [{ id: 'essen-kaluga', cities: ['essen', 'neustadt-weinstrasse'], since: '1991' }],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 0, 'warnings only');
    assert.deepEqual(stdout.trimEnd().split('\n').slice(0, -1), [
      '  warning: $.cities[2].name: "Neustadt" is also the name of $.cities[1], in the same country (DE): readers cannot tell the two apart; write each name in full ("Frankfurt (Oder)", "Neustadt an der Weinstraße")',
      '  warning: $.cities[5].name: "Nowgorod" is also the name of $.cities[4], in the same country (RU): readers cannot tell the two apart; write each name in full ("Frankfurt (Oder)", "Neustadt an der Weinstraße")',
    ]);
  });

  it('warns of a session whose end is its start (no length), which the programme shows with its start only; not of one on a day without hours', () => {
    const session = (id, start, end) => ({ id, kind: 'plenary', title: 'S', start, end });
    const path = conferenceFile('no-length.json', {
      sessions: [
        session('a', '2025-06-26T09:00', '2025-06-26T09:00'),
        session('b', '2025-06-26T09:00', '2025-06-26T10:00'),
        session('c', '2025-06-26', '2025-06-26'),
        session('d', '2025-06-26T09:00'),
      ],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 0, 'warnings only');
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      '  warning: $.conferences[0].sessions[0].end: the end is the start (a session of no length?); the programme shows its start only',
      `${path}: valid, 1 warning; 1 city, 0 partnerships, 1 conference kept`,
    ]);
  });

  it('says a warning given more than three times once, with its first three paths and its count, as import does; distinct warnings and errors keep a line each', () => {
    // A feed that import wrote from an export whose durations are all 00:00: one line for them, not one per session.
    const session = (id, fields) => ({ id, kind: 'plenary', title: 'S', start: '2025-06-26T09:00', end: '2025-06-26T09:00', ...fields });
    const path = file('repeated.json', {
      version: 1,
      cities: [essen],
      partnerships: [1, 2, 3, 4].map((n) => ({ id: `p${n}`, cities: ['essen', 'atlantis'] })),
      conferences: [
        {
          id: 'c',
          title: 'T',
          start: '2025-06-26',
          hostCities: ['essen'],
          sessions: [
            session('a', { room: 'A' }),
            session('b', { room: 'A' }),
            session('c', { room: 'A', colour: 'red' }),
            session('d', { room: 'A' }),
            session('e', { room: 'A' }),
            session('f', { room: 'B' }),
            session('g'),
            session('h', { room: 'B' }),
          ],
        },
      ],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 1, 'the partnerships are dropped');
    const at = (index, field) => `$.conferences[0].sessions[${index}].${field}`;
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      ...[0, 1, 2, 3].map((index) => `  error: $.partnerships[${index}].cities[1]: unknown city "atlantis"; partnership dropped`),
      `  warning: ${at(0, 'room')}, ${at(1, 'room')}, ${at(2, 'room')} and 4 more (7 times): unknown field "room"; ignored`,
      `  warning: ${at(2, 'colour')}: unknown field "colour"; ignored`,
      `  warning: ${at(0, 'end')}, ${at(1, 'end')}, ${at(2, 'end')} and 5 more (8 times): the end is the start (a session of no length?); the programme shows its start only`,
      `${path}: 4 errors, 16 warnings; 1 city, 0 partnerships, 1 conference kept`,
    ]);
  });

  it('names a track whose id an earlier track of the conference has as an error: the widgets drop it, its sessions show under the first', () => {
    const path = conferenceFile('track-twice.json', {
      tracks: [
        { id: 'youth', name: 'Youth' },
        { id: 'youth', name: 'Culture', color: '#2e7d32' },
      ],
      sessions: [{ id: 's', kind: 'plenary', title: 'S', start: '2025-06-26T09:00', track: 'youth' }],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      '  error: $.conferences[0].tracks[1].id: duplicate id "youth"; item dropped',
      `${path}: 1 error, 0 warnings; 1 city, 0 partnerships, 1 conference kept`,
    ]);
  });

  it('names a pair of cities named twice, in either order, as an error: the widgets drop it, as the jubilee list and the map would count it twice', () => {
    const path = file('twice.json', {
      version: 1,
      cities: [essen, kaluga],
      partnerships: [
        { id: 'essen-kaluga', cities: ['essen', 'kaluga'], since: '1991' },
        { id: 'kaluga-essen', cities: ['kaluga', 'essen'] },
      ],
    });
    const { status, stdout } = run(['validate', path]);
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      '  error: $.partnerships[1].cities: the same two cities as an earlier partnership; partnership dropped',
      `${path}: 1 error, 0 warnings; 2 cities, 1 partnership, 0 conferences kept`,
    ]);
  });

  it('names a list written as an object (one session without its [ ]) as an error, as the widgets count its entries dropped; a list written null as a warning', () => {
    const { status, stdout } = run(['validate', '-'], {
      input: JSON.stringify({
        version: 1,
        partnerships: null,
        conferences: [{ id: 'c', title: 'T', start: '2026', hostCities: [], sessions: { id: 's', kind: 'plenary', title: 'S' } }],
      }),
    });
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      '  warning: $.partnerships: expected an array; ignored',
      '  error: $.conferences[0].sessions: expected a list [ … ], found an object: its entries are not shown (write [ ] around them); list dropped',
      'standard input: 1 error, 1 warning; 0 cities, 0 partnerships, 1 conference kept',
    ]);
  });

  it('says that "version": "1" is text, read from standard input', () => {
    const { status, stdout } = run(['validate', '-'], { input: '{"version": "1"}' });
    assert.equal(status, 1);
    assert.equal(stdout, 'standard input: error: "version" must be the number 1, found the text "1"\n');
  });

  it('refuses a file that is not JSON with exit 1', () => {
    const { status, stdout } = run(['validate', file('broken.json', '{"version": 1,}')]);
    assert.equal(status, 1);
    assert.match(stdout, /^.*broken\.json: error: not JSON at line 1, column 15: /);
  });

  for (const [what, text, message] of [
    ['a trailing comma', '{\n  "version": 1,\n  "cities": [],\n}\n', 'line 4, column 1: a comma before "}": remove it (JSON has none after the last entry)'],
    [
      'a trailing comma in a list',
      '{"version": 1, "cities": [\n  {"id": "a"},\n]}',
      'line 3, column 1: a comma before "]": remove it (JSON has none after the last entry)',
    ],
    ['a missing comma', '{\n  "version": 1\n  "cities": []\n}', 'line 3, column 3: a comma is missing before this'],
    ['a comment', '{\n  // Städte\n  "version": 1\n}', 'line 2, column 3: JSON has no comments: remove them'],
    ['single quotes', "{\n  'version': 1\n}", 'line 2, column 3: a text in single quotes: JSON takes double quotes "…"'],
    ['a file cut short', '{\n  "version": 1,\n  "cities": [\n', 'line 4, column 1: the file ends early (a "}" or "]" missing?)'],
    [
      'smart quotes',
      '{\n  “version”: 1\n}',
      'line 2, column 3: typographic quotes (a word processor\'s "smart quotes"?): JSON takes straight double quotes "…"',
    ],
    [
      'a text without its closing quote',
      '{\n  "version": 1,\n  "title": "Jahrestreffen\n}',
      'line 3, column 26: a text goes on past the end of its line: a " missing at its end? (a line break in a text is written \\n)',
    ],
    [
      'a Cyrillic letter before the mistake',
      '{"name": "Ессен",\n "x": 1,}',
      'line 2, column 9: a comma before "}": remove it (JSON has none after the last entry)',
    ],
  ])
    it(`says where the JSON breaks and what to write for ${what}`, () => {
      const { status, stdout } = run(['validate', '-'], { input: text });
      assert.equal(status, 1);
      assert.equal(stdout, `standard input: error: not JSON at ${message}\n`);
    });

  it("gives the place of any other break, in the engine's words without the engine's quotation of the text", () => {
    const { status, stdout } = run(['validate', '-'], { input: 'This is not a feed. It is prose, as a server writes it in place of the feed.' });
    assert.equal(status, 1);
    assert.match(stdout, /^standard input: error: not JSON at line 1, column 1: [^"\n]+\n$/);
  });

  it('writes what a feed holds escaped: no control character of it reaches the terminal, each problem stays on its line', () => {
    const { status, stdout } = run(['validate', '-'], {
      input: JSON.stringify({
        version: 1,
        'x\u001b[2Jy': 1,
        cities: [
          { ...essen, name: { 'de\nru': 'Essen' } },
          { ...kaluga, id: 'k\r\u009b2K' },
          { ...essen, id: 'e2', country: '\u001b[32mDE\u001b[0m' },
        ],
        organisations: [{ id: 'o', name: 'O', url: 'java\nscript:alert(1)' }],
      }),
    });
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      '  warning: $["x\\u001b[2Jy"]: unknown field "x\\u001b[2Jy"; ignored',
      '  warning: $.organisations[0].url: expected an http, https, mailto or tel URL, found "java\\nscript:alert(1)"; field ignored',
      '  error: $.cities[0].name["de\\nru"]: expected a language code such as "de", found "de\\nru"; item dropped',
      '  error: $.cities[1].id: expected an id of 1–128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit, found "k\\r\\u009b2K"; item dropped',
      '  error: $.cities[2].country: expected an ISO 3166-1 alpha-2 code such as "DE", found "\\u001b[32mDE\\u001b[0m"; item dropped',
      'standard input: 3 errors, 2 warnings; 0 cities, 0 partnerships, 0 conferences kept',
    ]);
  });

  for (const [what, input, message] of [
    ['an empty file', '', 'not JSON: the file is empty'],
    ['a file of white space', ' \n\t\n', 'not JSON: the file is empty'],
    ['a web page', '<!doctype html>\n<html><head><title>404 Not Found</title></head></html>', 'not JSON: a web page ("404 Not Found"), not a feed'],
    [
      'a calendar file',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n',
      "not JSON: a calendar file (.ics), not a feed: the widgets read a feed, or a schedule's schedule.json",
    ],
  ])
    it(`says what came instead of JSON for ${what}, as the widgets do`, () => {
      const { status, stdout } = run(['validate', '-'], { input });
      assert.equal(status, 1);
      assert.equal(stdout, `standard input: error: ${message}\n`);
    });

  it('names UTF-16 (Notepad\'s "Unicode"), with its byte order mark or without, as the encoding to change, exit 2', () => {
    const text = '{"version": 1}';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      // Without a byte order mark, as a script may write it: its ASCII is valid UTF-8 with a NUL after (or before) each letter.
      Buffer.from(text, 'utf16le'),
      Buffer.from(text, 'utf16le').swap16(),
      Buffer.from(`\n${text}`, 'utf16le'),
      Buffer.from('city1,country1\nKöln,DE\n', 'utf16le'),
    ]) {
      const path = file('unicode.json', '');
      writeFileSync(path, bytes);
      const { status, stderr } = run(['validate', path]);
      assert.equal(status, 2);
      assert.match(stderr, /cannot read .*unicode\.json: saved as UTF-16 \(Notepad's "Unicode"\), not UTF-8: save it as UTF-8\n/);
    }
  });

  it('says of a partnership whose city was dropped that the city was dropped, and where, not that it is unknown', () => {
    const { status, stdout } = run(['validate', '-'], {
      input: JSON.stringify({
        version: 1,
        cities: [{ id: 'essen', name: 'Essen', country: 'DE' }, kaluga],
        partnerships: [
          { id: 'p', cities: ['kaluga', 'essen'] },
          { id: 'q', cities: ['kaluga', 'atlantis'] },
        ],
      }),
    });
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n').slice(1, 3), [
      '  error: $.partnerships[0].cities[1]: city "essen" was dropped ($.cities[0], above); partnership dropped',
      '  error: $.partnerships[1].cities[1]: unknown city "atlantis"; partnership dropped',
    ]);
  });

  it('says to remove the brackets around a feed wrapped in a list, as an export may write it', () => {
    const { status, stdout } = run(['validate', '-'], { input: '[{"version": 1, "cities": []}]' });
    assert.equal(status, 1);
    assert.equal(stdout, 'standard input: error: expected a JSON object with "version": 1, found an array (a feed in [ ]: remove the brackets around it)\n');
  });

  it("says what a document without version is where it says so: a feed in an API's envelope, a server's error answer", () => {
    for (const [document, said] of [
      [{ data: { version: 1, cities: [] } }, ' (the feed is inside "data": the widgets read the feed itself, not an answer that wraps it)'],
      [{ code: 'rest_no_route', message: 'Keine Route gefunden', data: { status: 404 } }, ` (a server's error answer? "Keine Route gefunden")`],
      [{ error: { message: 'token expired' } }, ` (a server's error answer? "token expired")`],
      [{ cities: [] }, ''],
    ]) {
      const { status, stdout } = run(['validate', '-'], { input: JSON.stringify(document) });
      assert.equal(status, 1);
      assert.equal(stdout, `standard input: error: "version" must be the number 1, found none${said}\n`);
    }
  });

  it('points an XML schedule to import', () => {
    const { status, stdout } = run(['validate', 'test/fixtures/schedules/frab-schedule.xml']);
    assert.equal(status, 1);
    assert.match(stdout, /: error: not JSON: .*; an XML file\? The widgets read JSON: "import" converts frab's schedule\.xml\n$/);
  });

  it('reads a frab schedule as the widgets do', () => {
    const { status, stdout } = run(['validate', 'test/fixtures/schedules/frab-sloppy.json']);
    assert.equal(status, 0);
    assert.match(stdout, /read as a frab schedule/);
    assert.match(stdout, /warning: \$\.schedule\.conference\.time_zone_name \(in .*\): no time zone named/);
    assert.match(stdout, /1 conference kept/);
  });
});

describe('usage', () => {
  it('--help prints the usage of every command, exit 0', () => {
    const { status, stdout } = run(['--help']);
    assert.equal(status, 0);
    for (const command of ['validate <feed.json | ->', 'import <schedule.json | schedule.xml | partnerships.csv>', 'inline <feed.json | ->'])
      assert.ok(stdout.includes(command), command);
    // What `inline` escapes, as it does: `[` too, which WordPress would read as a shortcode.
    const inline = run(['inline', '-'], { input: '{"version": 1, "organisations": [{"id": "o", "name": "[video] <b> & x"}]}' }).stdout;
    for (const [character, escaped] of [
      ['<', '\\u003c'],
      ['>', '\\u003e'],
      ['&', '\\u0026'],
      ['[', '\\u005b'],
    ]) {
      assert.ok(inline.includes(escaped), escaped);
      assert.match(stdout.replace(/\s+/g, ' '), new RegExp(`with [^.]*\\${character}`), `--help names ${character}`);
    }
  });

  it('--version prints the package version, exit 0', () => {
    assert.deepEqual(run(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
  });

  for (const [args, message] of [
    [[], /name a command/],
    [['check', 'feed.json'], /unknown command "check"/],
    [['validate'], /validate needs a file/],
    [['validate', 'a.json', 'b.json'], /unexpected argument "b.json"/],
    [['validate', 'a.json', '--id', 'x'], /validate takes no --id/],
    [['validate', 'a.json', '--nonsense'], /Unknown option '--nonsense'/],
    [['validate', 'no-such-file.json'], /cannot read no-such-file\.json: no such file/],
    [['import', 'programme.xml'], /cannot read programme\.xml: no such file/],
    [['import', 'x.json', '--format', 'ical'], /unknown format "ical": frab, frab-xml, schedule2, pretalx, csv/],
    // A feed's address, which an author tries first: how to give the command its answer, not "no such file".
    [
      ['validate', 'https://example.org/feed.json'],
      /^staedtepartner-widgets: cannot read https:\/\/example\.org\/feed\.json: a web address, and the command reads a file or standard input: curl -fsL https:\/\/example\.org\/feed\.json \| staedtepartner-widgets validate -\n$/,
    ],
    [
      ['import', 'https://pretalx.example/x/schedule/export/schedule.json?lang=de&v=2', '-o', 'feed.json'],
      /: a web address, and the command reads a file or standard input: curl -fsL 'https:\/\/pretalx\.example\/x\/schedule\/export\/schedule\.json\?lang=de&v=2' \| staedtepartner-widgets import -\n$/,
    ],
    // A folder named for a file: said in words, not as Node's "EISDIR: illegal operation on a directory, read".
    [['validate', 'test'], /^staedtepartner-widgets: cannot read test: it is a directory\n$/],
    [['import', 'docs', '--format', 'csv'], /^staedtepartner-widgets: cannot read docs: it is a directory\n$/],
  ])
    it(`exits 2 for ${JSON.stringify(args)}`, () => {
      const { status, stderr, stdout } = run(args);
      assert.equal(status, 2);
      assert.match(stderr, message);
      assert.equal(stdout, '');
    });

  // -o naming a file that cannot be written (a folder that does not exist, a folder): said so, as a file that cannot be read is.
  for (const args of [
    ['import', 'test/fixtures/schedules/frab-schedule.json', '-o', 'no-such-folder/feed.json'],
    ['import', 'test/fixtures/schedules/frab-schedule.json', '-o', 'test'],
    ['inline', 'demo/feed.json', '-o', 'no-such-folder/feed.html'],
  ])
    it(`exits 2 for an output file that cannot be written (${args.join(' ')})`, () => {
      const { status, stderr, stdout } = run(args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      const [why] = stderr.trimEnd().split('\n').slice(-1);
      assert.equal(why, `staedtepartner-widgets: cannot write ${args[3]}: ${args[3] === 'test' ? 'it is a directory' : 'no such directory'}`);
    });

  // A feed or CSV saved by a Windows editor in its own code page: refused, as the widgets refuse it, not read with "�" for its letters.
  for (const [command, name, text] of [
    ['validate', 'cp1251.json', `{"version": 1, "cities": [{"id": "kaluga", "name": "Калуга", "country": "RU", "lat": 54.5, "lon": 36.3}]}`],
    ['import', 'latin1.csv', 'city,country,partner,partner_country,since\nKöln,DE,Wolgograd,RU,1988\n'],
  ])
    it(`exits 2 for a file that is not UTF-8 (${command} ${name})`, () => {
      const path = file(name, '');
      // Cyrillic in windows-1251, umlauts in Latin-1: one byte a letter, none of them valid UTF-8 here.
      const bytes = [...text].map((char) => {
        const code = char.codePointAt(0);
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
      });
      writeFileSync(path, Buffer.from(bytes));
      const { status, stderr, stdout } = run([command, path]);
      assert.equal(status, 2);
      assert.match(stderr, new RegExp(`cannot read .*${name.replace('.', '\\.')}: not UTF-8`));
      assert.equal(stdout, '');
    });

  // A file that is no text at all: named by what it is, not sent looking for an encoding.
  const spreadsheet = 'a ZIP file, not text (a spreadsheet saved as .xlsx or .ods?): save the sheet as "CSV UTF-8", or unpack the archive';
  for (const [command, name, bytes, said] of [
    ['import', 'partnerships.xlsx', zip(), spreadsheet],
    ['import', 'partnerships.csv', zip(), spreadsheet],
    [
      'import',
      'partnerships.csv',
      Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'),
      'an Excel 97–2003 (.xls) or other Office file, not text: save the sheet as "CSV UTF-8"',
    ],
    [
      'validate',
      'schedule.json',
      gzipSync(readFileSync(`${ROOT}test/fixtures/schedules/frab-schedule.json`)),
      'compressed with gzip, not text: unpack it first (gunzip)',
    ],
    [
      'import',
      'schedule.json.gz',
      gzipSync(readFileSync(`${ROOT}test/fixtures/schedules/frab-schedule.json`)),
      'compressed with gzip, not text: unpack it first (gunzip)',
    ],
    ['validate', 'feed.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'a PDF, not text'],
  ])
    it(`exits 2 for a file that is not text, saying what it is (${command} ${name})`, () => {
      const path = file(name, '');
      writeFileSync(path, bytes);
      const { status, stderr, stdout } = run([command, path]);
      assert.equal(status, 2);
      assert.equal(stderr, `staedtepartner-widgets: cannot read ${path}: ${said}\n`);
      assert.equal(stdout, '');
    });
});

/** The first bytes of a ZIP file, as an .xlsx or .ods spreadsheet starts: a local file header, then bytes that are not UTF-8. */
function zip() {
  return Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.from([0xff, 0xfe, 0x80, 0x81]), Buffer.from('[Content_Types].xml')]);
}
