/** `staedtepartner-widgets import` (schedules and a CSV of partnerships) and `inline`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { validateFeed } from '../../dist/feed.js';
import { run, scratch } from './support.mjs';

const { file, dir } = scratch(after);

/** The feed a command wrote is valid, without a single warning. */
function assertValid(text) {
  const result = validateFeed(JSON.parse(text));
  assert.ok(result.ok, result.ok ? '' : result.failure.detail);
  assert.deepEqual(result.warnings, []);
  return JSON.parse(text);
}

describe('import: schedules', () => {
  for (const [fixture, format] of [
    ['frab-schedule.json', 'frab'],
    ['schedule2.json', 'schedule2'],
    ['pretalx-widget.json', 'pretalx'],
  ])
    it(`converts ${fixture} (${format}) into a valid feed with one conference`, () => {
      const { status, stdout, stderr } = run(['import', `test/fixtures/schedules/${fixture}`]);
      assert.equal(status, 0, stderr);
      assert.match(stderr, new RegExp(`read as a ${format} schedule`));
      const feed = assertValid(stdout);
      assert.equal(feed.conferences.length, 1);
      assert.ok(feed.conferences[0].sessions.length > 0);
    });

  it("converts a schedule.xml whose abstracts are XML markup (FOSDEM's, pretalx's) into their text, paragraph by paragraph", () => {
    const xml = `<?xml version="1.0"?><schedule><conference><title>AnyConf</title><time_zone_name>Europe/Brussels</time_zone_name></conference>
      <day index="1" date="2024-02-03"><room name="Janson"><event id="1"><date>2024-02-03T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration>
        <room>Janson</room><title>Welcome</title><type>talk</type>
        <abstract>\n  <p>AnyConf welcome &amp; opening talk.</p>\n  <p>With <b>everyone</b>.</p>\n</abstract></event></room></day></schedule>`;
    const { status, stdout, stderr } = run(['import', file('markup.xml', xml)]);
    assert.equal(status, 0, stderr);
    const [session] = assertValid(stdout).conferences[0].sessions;
    assert.equal(session.description, 'AnyConf welcome & opening talk.\n\nWith everyone.');
  });

  it("converts frab's schedule.xml into the same feed as the same schedule's JSON", () => {
    const xml = run(['import', 'test/fixtures/schedules/frab-schedule.xml']);
    assert.equal(xml.status, 0, xml.stderr);
    assert.match(xml.stderr, /read as a frab XML schedule/);
    assert.equal(xml.stdout, run(['import', 'test/fixtures/schedules/frab-schedule.json']).stdout);
    // Recognised by its content too, and by --format.
    const piped = run(['import', '-'], { input: readFileSync('test/fixtures/schedules/frab-schedule.xml', 'utf8') });
    assert.equal(piped.stdout, xml.stdout);
    assert.equal(
      run(['import', file('schedule.txt', readFileSync('test/fixtures/schedules/frab-schedule.xml', 'utf8')), '--format', 'frab-xml']).stdout,
      xml.stdout,
    );
  });

  it('refuses XML that is broken or not a frab schedule, naming the line, exit 1', () => {
    const broken = run(['import', file('broken.xml', '<schedule>\n<conference>\n<title>T</conference>\n</schedule>\n')]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /broken\.xml: error: not a frab XML schedule: line 3: <\/conference> closes <title>\n/);
    const other = run(['import', file('feed.xml', '<?xml version="1.0"?>\n<rss><channel/></rss>\n')]);
    assert.equal(other.status, 1);
    assert.match(other.stderr, /the root element is <rss>, not frab's <schedule>/);
  });

  it('refuses a web page (a schedule saved from its page, or an address that gave one) as a web page, not as broken XML, exit 1', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Fahrplan – Partnertage</title>\n</head>\n<body><p>x<br>y</p></body>\n</html>\n';
    const xhtml = '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>404</title></head><body/></html>';
    for (const [name, text, title, args] of [
      ['schedule.html', page, ' ("Fahrplan – Partnertage")', []],
      ['schedule.json', page, ' ("Fahrplan – Partnertage")', []],
      ['schedule.xml', xhtml, ' ("404")', ['--format', 'frab-xml']],
    ]) {
      const path = file(name, text);
      const { status, stdout, stderr } = run(['import', path, ...args]);
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.equal(
        stderr,
        `${path}: error: a web page${title}, not a schedule: import the schedule's export (pretalx: …/schedule/export/schedule.json), not a page\n`,
      );
    }
  });

  it('writes to -o, and says when --format names another format', () => {
    const out = `${dir}/frab.json`;
    const { status, stdout, stderr } = run(['import', 'test/fixtures/schedules/frab-schedule.json', '--format', 'pretalx', '-o', out]);
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /--format pretalx, but the file is a frab schedule; read as frab/);
    assert.match(stderr, /1 conference written to /);
    assertValid(readFileSync(out, 'utf8'));
  });

  it('says once per file how many sessions end at their start (durations left at 00:00), naming the first three, exit 0', () => {
    const frabEvent = (id, clock, duration) => ({ id, date: `2025-06-26T${clock}:00+02:00`, start: clock, duration, title: `T${id}` });
    const frab = {
      schedule: {
        conference: {
          acronym: 'zero',
          title: 'Zero',
          time_zone_name: 'Europe/Berlin',
          days: [
            {
              index: 1,
              date: '2025-06-26',
              rooms: {
                Aula: [
                  frabEvent(1, '09:00', '00:00'),
                  frabEvent(2, '10:00', '0:00'),
                  frabEvent(3, '11:00', '01:00'),
                  frabEvent(4, '12:00', '00:00:00'),
                  frabEvent(5, '13:00', '00:00'),
                  frabEvent(6, '14:00', '00:00'),
                ],
              },
            },
          ],
        },
      },
    };
    const pretalx = {
      timezone: 'Europe/Berlin',
      rooms: [{ id: 1, name: 'Aula' }],
      talks: [
        { code: 'AAA', title: 'A', room: 1, start: '2025-06-26T09:00:00+02:00', end: '2025-06-26T09:00:00+02:00' },
        { code: 'BBB', title: 'B', room: 1, start: '2025-06-26T10:00:00+02:00', duration: 45 },
      ],
    };
    const schedule2 = {
      conference: { acronym: 'zero', title: 'Zero', time_zone_name: 'Europe/Berlin' },
      events: [
        { id: 'a', title: 'A', start: '2025-06-26T09:00:00+02:00', duration: '00:00' },
        { id: 'b', title: 'B', start: '2025-06-26T10:00:00+02:00', end: '2025-06-26T10:00:00+02:00' },
        { id: 'c', title: 'C', start: '2025-06-26T11:00:00+02:00', end: '2025-06-26T12:00:00+02:00' },
      ],
    };
    for (const [name, schedule, line] of [
      ['frab.json', frab, '5 sessions end at their start (frab-1, frab-2, frab-4 and 2 more)'],
      ['pretalx.json', pretalx, '1 session ends at its start (pretalx-AAA)'],
      ['schedule2.json', schedule2, '2 sessions end at their start (schedule2-a, schedule2-b)'],
    ]) {
      const path = file(name, schedule);
      const { status, stdout, stderr } = run(['import', path]);
      assert.equal(status, 0, stderr);
      const warnings = stderr.split('\n').filter((text) => /no length/.test(text));
      const their = line.startsWith('1 ') ? 'its' : 'their';
      assert.deepEqual(warnings, [`  warning: ${path}: ${line}: no length (a duration of 00:00?); the programme shows ${their} start only`]);
      // The feed is written with them, and validate of the schedule says the same.
      const sessions = JSON.parse(stdout).conferences[0].sessions;
      assert.equal(sessions.filter((session) => session.end === session.start).length, Number(line.split(' ')[0]));
      const checked = run(['validate', path]);
      assert.equal(checked.status, 0);
      assert.ok(checked.stdout.includes(warnings[0]), checked.stdout);
    }
  });

  it('says when a schedule has no sessions (exported before it was published), exit 0', () => {
    const note = 'no sessions in the file (exported before the schedule was published?); the programme says "The programme has not been published yet."';
    for (const [name, schedule] of [
      ['frab-empty.json', { schedule: { conference: { acronym: 'e', title: 'E', time_zone_name: 'Europe/Berlin', start: '2025-06-26', days: [] } } }],
      [
        'frab-no-events.json',
        { schedule: { conference: { acronym: 'e', title: 'E', start: '2025-06-26', days: [{ date: '2025-06-26', rooms: { Aula: [] } }] } } },
      ],
      ['pretalx-empty.json', { talks: [], rooms: [], timezone: 'Europe/Berlin', event_start: '2025-06-26', event_end: '2025-06-27' }],
    ]) {
      const path = file(name, schedule);
      const { status, stdout, stderr } = run(['import', path]);
      assert.equal(status, 0, stderr);
      assert.ok(stderr.includes(`  warning: ${path}: ${note}\n`), stderr);
      assert.deepEqual(JSON.parse(stdout).conferences[0].sessions, []);
      const checked = run(['validate', path]);
      assert.equal(checked.status, 0);
      assert.match(checked.stdout, /valid, [12] warnings?;/);
    }
    // A schedule with sessions gets no such word.
    assert.doesNotMatch(run(['import', 'test/fixtures/schedules/pretalx-widget.json']).stderr, /no sessions/);
  });

  it('says once, as an error where the file lacks it, that a schedule without a start date or a dated session cannot be shown, exit 1', () => {
    for (const [name, schedule, where] of [
      [
        'frab-no-start.json',
        { schedule: { conference: { acronym: 'e', title: 'E', time_zone_name: 'Europe/Berlin', days: [] } } },
        '$.schedule.conference.start',
      ],
      ['pretalx-no-start.json', { talks: [], rooms: [], timezone: 'Europe/Berlin' }, '$.event_start'],
    ]) {
      const path = file(name, schedule);
      const said = `  error: ${where} (in ${path}): no start date and no dated session: the conference cannot be shown; item dropped`;
      const problems = (text) => text.split('\n').filter((line) => /^ {2}(error|warning): /.test(line));
      const imported = run(['import', path]);
      assert.equal(imported.status, 1);
      assert.deepEqual(problems(imported.stderr), [said]);
      assert.deepEqual(JSON.parse(imported.stdout).conferences, []);
      const checked = run(['validate', path]);
      assert.equal(checked.status, 1);
      assert.deepEqual(problems(checked.stdout), [said]);
      assert.match(checked.stdout, /: 1 error, 0 warnings; 0 cities, 0 partnerships, 0 conferences kept\n$/);
      const inlined = run(['inline', path]);
      assert.equal(inlined.status, 1);
      assert.deepEqual(problems(inlined.stderr), [said]);
    }
  });

  it('says an import warning given more than three times once, with its first three places in the file and its count', () => {
    const event = (id, clock, duration) => ({ id, date: `2025-06-26T${clock}:00+02:00`, start: clock, ...(duration && { duration }), title: `T${id}` });
    const path = file('no-durations.json', {
      schedule: {
        conference: {
          acronym: 'd',
          title: 'D',
          time_zone_name: 'Europe/Berlin',
          days: [{ index: 1, date: '2025-06-26', rooms: { Aula: [1, 2, 3, 4, 5].map((n) => event(n, `1${n}:00`)).concat(event(6, '16:00', '01:00')) } }],
        },
      },
    });
    const { status, stderr } = run(['import', path]);
    assert.equal(status, 0, stderr);
    const at = (index) => `$.schedule.conference.days[0].rooms.Aula[${index}].duration`;
    assert.deepEqual(
      stderr.split('\n').filter((line) => /^ {2}warning: /.test(line)),
      [`  warning: ${at(0)}, ${at(1)}, ${at(2)} and 2 more (in ${path}) (5 times): no duration; the session has no end time`],
    );
  });

  it('refuses a feed or other JSON with exit 1', () => {
    const { status, stderr } = run(['import', 'demo/feed.json']);
    assert.equal(status, 1);
    assert.match(stderr, /not a frab, C3VOC schedule2 or pretalx schedule \(it is a feed already: use validate\)/);
  });

  it('names a feed without its version, with a version in quotes or in [ ] as a feed, not a schedule2 file whose version is "2.0", a frab schedule without its days, a pretalx schedule without its talks and a schedule in [ ]', () => {
    const feed = '(it is a feed already: use validate)';
    const noDays = 'a frab schedule without its days (schedule.conference.days is missing or not a list): nothing to import';
    const noTalks = 'a pretalx schedule without its talks ("talks" is not a list): nothing to import';
    for (const [name, document, said] of [
      ['no-version.json', { cities: [], conferences: [] }, feed],
      ['text-version.json', { version: '1', partnerships: [] }, feed],
      ['in-brackets.json', [{ version: 1, conferences: [] }], feed],
      ['schedule2-untitled.json', { version: '2.0', conference: { start: '2025-06-26' }, events: [] }, ''],
      ['frab-without-days.json', { schedule: { version: '1', conference: { acronym: 'c', title: 'C' } } }, noDays],
      ['frab-days-null.json', { schedule: { conference: { acronym: 'c', days: null } } }, noDays],
      ['frab-days-object.json', { schedule: { conference: { acronym: 'c', days: { 0: {} } } } }, noDays],
      ['pretalx-talks-null.json', { talks: null, rooms: [], speakers: [], timezone: 'Europe/Berlin' }, noTalks],
      ['pretalx-talks-object.json', { talks: { 0: {} }, speakers: [] }, noTalks],
      [
        'pretalx-in-brackets.json',
        [{ talks: [], rooms: [], speakers: [] }],
        'a pretalx schedule inside [ ]: import the schedule itself, without the [ ] around it',
      ],
      [
        'frab-in-brackets.json',
        [{ schedule: { conference: { acronym: 'c', days: [] } } }],
        'a frab schedule inside [ ]: import the schedule itself, without the [ ] around it',
      ],
    ]) {
      const path = file(name, document);
      const { status, stderr } = run(['import', path]);
      assert.equal(status, 1);
      const expected = said.startsWith('a ') ? said : `not a frab, C3VOC schedule2 or pretalx schedule${said && ` ${said}`}`;
      assert.equal(stderr, `${path}: error: ${expected}\n`);
    }
  });
});

describe('import: a CSV of partnerships', () => {
  const header = 'city1,country1,lat1,lon1,city2,country2,lat2,lon2,since';

  it('makes one city per name and country, and a partnership per row', () => {
    const csv = file(
      'list.csv',
      `\uFEFF${header},city2_ru,notes\r\n` +
        'Essen,DE,51.4566,7.0123,Nizhny Novgorod,RU,56.3287,44.002,1991-09-09,Нижний Новгород,\r\n' +
        'Essen,de,51.4566,7.0123,Grosny,RU,43.31,45.69,,,"Partner since ""1990"", renewed"\r\n' +
        '"Mülheim an der Ruhr, Stadt",DE,51.43,6.88,Twer,RU,56.86,35.9,1990,,"two\nlines"\r\n',
    );
    const { status, stdout, stderr } = run(['import', csv]);
    assert.equal(status, 0, stderr);
    const feed = assertValid(stdout);
    assert.deepEqual(
      feed.cities.map((city) => [city.id, city.name]),
      [
        ['essen-de', 'Essen'],
        ['nizhny-novgorod-ru', { de: 'Nizhny Novgorod', ru: 'Нижний Новгород', en: 'Nizhny Novgorod' }],
        ['grosny-ru', 'Grosny'],
        ['mulheim-an-der-ruhr-stadt-de', 'Mülheim an der Ruhr, Stadt'],
        ['twer-ru', 'Twer'],
      ],
    );
    assert.deepEqual(feed.partnerships, [
      { id: 'essen-de--nizhny-novgorod-ru', cities: ['essen-de', 'nizhny-novgorod-ru'], since: '1991-09-09' },
      { id: 'essen-de--grosny-ru', cities: ['essen-de', 'grosny-ru'], notes: 'Partner since "1990", renewed' },
      { id: 'mulheim-an-der-ruhr-stadt-de--twer-ru', cities: ['mulheim-an-der-ruhr-stadt-de', 'twer-ru'], since: '1990', notes: 'two\nlines' },
    ]);
  });

  it('reads a CSV by its header where its name does not say so: piped in as standard input, or saved as .txt', () => {
    const text = `\uFEFF${header.replaceAll(',', ';')}\r\nEssen;DE;51,45;7,01;Kaluga;RU;54,51;36,26;1990\r\n`;
    for (const [args, input, name] of [
      [['import', '-'], text, 'standard input'],
      [['import', file('partnerships.txt', text)], undefined, `${dir}/partnerships.txt`],
    ]) {
      const { status, stdout, stderr } = run(args, { input });
      assert.equal(status, 0, stderr);
      assert.equal(stderr, `${name}: 2 cities, 1 partnership, 0 conferences\n`);
      assert.deepEqual(assertValid(stdout).partnerships, [{ id: 'essen-de--kaluga-ru', cities: ['essen-de', 'kaluga-ru'], since: '1990' }]);
    }
  });

  it("skips a spreadsheet's empty rows (;;;;;;;) as blank lines, exit 0", () => {
    const csv = file(
      'empty-rows.csv',
      `${header.replaceAll(',', ';')}\r\n;;;;;;;;\r\nEssen;DE;51,45;7,01;Kaluga;RU;54,51;36,26;1990\r\n ; ;;;;;;;\r\n;;;;;;;;\r\n`,
    );
    const { status, stdout, stderr } = run(['import', csv]);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, `${csv}: 2 cities, 1 partnership, 0 conferences\n`);
    assert.deepEqual(assertValid(stdout).partnerships, [{ id: 'essen-de--kaluga-ru', cities: ['essen-de', 'kaluga-ru'], since: '1990' }]);
  });

  it('refuses an empty CSV (no line at all) as an empty JSON file is refused: exit 1, and -o keeps the feed written before', () => {
    for (const [name, text] of [
      ['empty.csv', ''],
      ['blank-lines.csv', '\uFEFF\r\n\r\n'],
    ]) {
      const csv = file(name, text);
      const out = file('kept.json', '{"version": 1}');
      const { status, stdout, stderr } = run(['import', csv, '-o', out]);
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.equal(stderr, `${csv}: error: the file is empty: nothing to import\n`);
      assert.equal(readFileSync(out, 'utf8'), '{"version": 1}');
    }
  });

  it('says when a CSV has its header and no rows (a template not filled in), exit 0', () => {
    for (const [name, text] of [
      ['header-only.csv', `${header}\n`],
      ['empty-rows-only.csv', `${header}\n,,,,,,,,\n\n`],
    ]) {
      const csv = file(name, text);
      const { status, stdout, stderr } = run(['import', csv]);
      assert.equal(status, 0, stderr);
      assert.equal(
        stderr,
        `  warning: ${csv} line 1: the header, and no rows after it: the feed has no partnerships\n${csv}: 0 cities, 0 partnerships, 0 conferences\n`,
      );
      assert.deepEqual(assertValid(stdout).partnerships, []);
    }
  });

  it('makes two cities of one name and country far apart, reads lng for lon, and leaves out a pair named again from the other side', () => {
    // Veliky Novgorod's Rochester is in New York, Moosburg's in Minnesota; a list made from both towns' pages names a pair twice.
    const csv = file(
      'both-sides.csv',
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2,since\n' +
        'Veliky Novgorod,RU,58.52,31.27,Rochester,US,43.1573,-77.6152,1990\n' +
        'Moosburg an der Isar,DE,48.47,11.94,Rochester,US,44.0121,-92.4802,2005\n' +
        'Rochester,US,43.16,-77.61,Veliky Novgorod,RU,58.52,31.27,\n' +
        'Essen,DE,51.45,7.01,Rochester,US,43.2,-77.6,\n',
    );
    const { status, stdout, stderr } = run(['import', csv]);
    assert.equal(status, 1, 'a row was left out');
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `  error: ${csv} line 4: the same two cities as line 2; row left out`,
      `  warning: ${csv} line 3: city2 Rochester (US) lies 1199 km from the Rochester of line 2: a city of its own, rochester-us-2`,
      `${csv}: 5 cities, 3 partnerships, 0 conferences`,
    ]);
    const feed = assertValid(stdout);
    assert.deepEqual(
      feed.cities.map((city) => [city.id, city.lon]),
      [
        ['veliky-novgorod-ru', 31.27],
        ['rochester-us', -77.6152],
        ['moosburg-an-der-isar-de', 11.94],
        ['rochester-us-2', -92.4802],
        ['essen-de', 7.01],
      ],
    );
    // Essen's Rochester lies 6 km from the first: the same city.
    assert.deepEqual(
      feed.partnerships.map((partnership) => partnership.cities),
      [
        ['veliky-novgorod-ru', 'rochester-us'],
        ['moosburg-an-der-isar-de', 'rochester-us-2'],
        ['essen-de', 'rochester-us'],
      ],
    );
  });

  it('reads semicolons and decimal commas, as spreadsheets in German write them', () => {
    const csv = file('semicolons.csv', `${header.replaceAll(',', ';')}\nEssen;DE;51,4566;7,0123;Kaliningrad;RU;54,71;20,51;1992\n`);
    const { status, stdout } = run(['import', csv]);
    assert.equal(status, 0);
    const feed = assertValid(stdout);
    assert.deepEqual(
      feed.cities.map((city) => [city.lat, city.lon]),
      [
        [51.4566, 7.0123],
        [54.71, 20.51],
      ],
    );
  });

  it('reports each bad row with its line number, leaves it out and exits 1; the rest is a valid feed', () => {
    const csv = file(
      'bad.csv',
      `${header}\n` +
        'Essen,DE,51.45,7.01,Nizhny Novgorod,RU,56.33,44.0,1991\n' +
        'Bonn,DE,north,7.1,Kaluga,RU,54.5,36.27,2001\n' +
        'Bonn,DE,50.7,7.1,Kaluga,Russia,54.5,36.27,2001\n' +
        '"Witten, Ruhr",DE,51.44,7.33,Kursk,RU,51.73,36.19,1990-02-30\n' +
        'Essen,DE,51.45,7.01\n' +
        '\n' +
        'Essen,DE,51.45,7.01,Essen,DE,51.45,7.01,\n',
    );
    const { status, stdout, stderr } = run(['import', csv]);
    assert.equal(status, 1);
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `  error: ${csv} line 3: lat1 "north" is not a latitude (−90 to 90); row left out`,
      `  error: ${csv} line 4: country2 "Russia" is not a two-letter country code such as DE; row left out`,
      `  error: ${csv} line 6: 4 fields, the header has 9; row left out`,
      `  error: ${csv} line 8: both cities are Essen (DE); row left out`,
      '  error: $.partnerships[1].since (line 5): expected a date that exists in the calendar, found "1990-02-30"; item dropped',
      `${csv}: 2 cities, 1 partnership, 0 conferences`,
    ]);
    const feed = assertValid(stdout);
    assert.deepEqual(
      feed.partnerships.map((partnership) => partnership.id),
      ['essen-de--nizhny-novgorod-ru'],
    );
  });

  it('makes ids of names in Cyrillic and with letters no accent removed makes plain, the same whatever the rows’ order; one city for a name typed with a composed or a decomposed ö', () => {
    const rows = [
      'Łódź,PL,51.76,19.46,Нижний Новгород,RU,56.33,44.0,1991',
      'Köln,DE,50.94,6.96,Йошкар-Ола,RU,56.63,47.89,1990',
      'Ko\u0308ln,DE,50.94,6.96,Санкт-Петербург,RU,59.94,30.31,1991',
      'Essen,DE,51.45,7.01,上海,CN,31.23,121.47,1994',
      'Ærøskøbing,DK,54.89,10.41,Þórshöfn,IS,66.2,-15.33,2000',
    ];
    const idsOf = (lines) => {
      const { status, stdout, stderr } = run(['import', file('letters.csv', `${header}\n${lines.join('\n')}\n`)]);
      assert.equal(status, 0, stderr);
      return assertValid(stdout).cities.map((city) => city.id);
    };
    const ids = idsOf(rows);
    assert.deepEqual(ids.slice(0, 7), ['lodz-pl', 'nizhniy-novgorod-ru', 'koln-de', 'yoshkar-ola-ru', 'sankt-peterburg-ru', 'essen-de', ids[6]]);
    assert.match(ids[6], /^city-[0-9a-f]{6}-cn$/);
    assert.deepEqual(ids.slice(7), ['aeroskobing-dk', 'thorshofn-is']);
    assert.deepEqual(idsOf(rows.toReversed()).sort(), [...ids].sort());
  });

  it('names the columns a header lacks, exit 1', () => {
    const { status, stderr, stdout } = run(['import', file('short.csv', 'city1,city2\nEssen,Kursk\n')]);
    assert.equal(status, 1);
    assert.match(stderr, /line 1: the header lacks the column\(s\) country1, lat1, lon1, country2, lat2, lon2/);
    assert.equal(stdout, '');
  });

  it('refuses a quote left open, naming its line', () => {
    const { status, stderr } = run(['import', file('open.csv', `${header}\n"Essen,DE,1,1,Kursk,RU,1,1,\n`)]);
    assert.equal(status, 1);
    assert.match(stderr, /line 2: a quoted field is not closed/);
  });
});

describe('inline', () => {
  const hostile = {
    version: 1,
    organisations: [{ id: 'o', name: 'A </script><!--<script> & B\u2028C\u2029 > D' }],
  };

  it('writes a script element whose JSON no text can end, and that reads back as the feed', () => {
    const { status, stdout } = run(['inline', file('hostile.json', hostile), '--id', 'my-feed']);
    assert.equal(status, 0);
    const match = /^<script type="application\/json" id="my-feed">\n(.*)\n<\/script>\n$/s.exec(stdout);
    assert.ok(match, stdout);
    assert.doesNotMatch(match[1], /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(match[1]), hostile);
  });

  it('indents with --indent, reads standard input, names it "feed" by default', () => {
    const { status, stdout } = run(['inline', '-', '--indent', '2'], { input: JSON.stringify({ version: 1 }) });
    assert.equal(status, 0);
    assert.equal(stdout, '<script type="application/json" id="feed">\n{\n  "version": 1\n}\n</script>\n');
  });

  it('refuses a document nested deeper than it can write, with a message and exit 1, not a stack trace', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const { status, stdout, stderr } = run(['inline', file('deep.json', `{"version": 1, "extra": ${deep}}`)]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /error: the document cannot be handled: RangeError: Maximum call stack size exceeded\n$/);
    assert.doesNotMatch(stderr, /\n +at /);
  });

  it('writes a feed with an entry the widgets drop, but prints its error and exits 1, as the exit codes say', () => {
    const { status, stdout, stderr } = run(['inline', '-'], { input: JSON.stringify({ version: 1, cities: [{ id: 'essen' }] }) });
    assert.equal(status, 1);
    assert.match(stdout, /^<script type="application\/json" id="feed">\n/);
    assert.match(stderr, /error: \$\.cities\[0\]\.name: required, but missing; item dropped/);
  });

  it('refuses a feed that cannot be shown (exit 1), and an id or indent it cannot write (exit 2)', () => {
    assert.equal(run(['inline', '-'], { input: '{"version": 2}' }).status, 1);
    assert.equal(run(['inline', '-', '--id', '"><img'], { input: '{"version": 1}' }).status, 2);
    assert.equal(run(['inline', '-', '--indent', '11'], { input: '{"version": 1}' }).status, 2);
  });
});
