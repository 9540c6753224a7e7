/**
 * The generated schedules in pretalx's widget format that the bench and the comparison beside
 * pretalx use (scripts/bench-pretalx.mjs, compare-pretalx.mjs), and tests (a real-size camp with
 * seven coloured tracks). No Node modules: it also runs in the test browsers.
 */
import { prng } from './generate-feed.mjs';

/** The cases: a 79-session camp like the real one of the issue, and 1,000 sessions. */
export const PRETALX_CASES = [
  { sessions: 79, days: 3, rooms: 5, ours: ['first day'] },
  { sessions: 1000, days: 8, rooms: 16, ours: ['first day', 'all days'] },
];

const WORDS = [
  'Partnerschaft',
  'Jugend',
  'Austausch',
  'Kommunen',
  'Kultur',
  'Wirtschaft',
  'Umwelt',
  'Schule',
  'Sport',
  'Geschichte',
  'Zukunft',
  'Dialog',
  'Städte',
  'Brücken',
  'Begegnung',
  'Ehrenamt',
];
const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Felix', 'Galina', 'Hans', 'Irina', 'Jonas', 'Katja', 'Lukas', 'Marina', 'Nikolai', 'Olga', 'Paul'];
const LAST = ['Schmidt', 'Iwanowa', 'Becker', 'Petrow', 'Wagner', 'Smirnowa', 'Hoffmann', 'Kusnezow', 'Schulz', 'Popowa', 'Koch', 'Sokolow'];
const TRACK_COLOURS = ['#1f4e79', '#7a1f79', '#2e7d32', '#b45309', '#0e7490', '#9f1239', '#4338ca'];

/** Words of the prose below: German, with the letters beyond ASCII that real abstracts have. */
const PROSE = [
  ...WORDS,
  'Bürgerinnen',
  'Bürger',
  'Verwaltung',
  'Zusammenarbeit',
  'Erinnerung',
  'Versöhnung',
  'Bildung',
  'Nachhaltigkeit',
  'Förderung',
  'Netzwerk',
  'gemeinsam',
  'über',
  'für',
  'mit',
  'und',
  'die',
  'der',
  'das',
  'eine',
  'wir',
  'Gemeinde',
  'Landkreis',
  'Straße',
  'Jahrzehnte',
];

/**
 * A real event's breaks with `breaks` (minutes after 09:00 local time, and the title as pretalx
 * writes a break's, one text per language): coffee at 10:30, lunch at 12:30, coffee at 15:30.
 */
const BREAKS = [
  [90, 120, { en: 'Coffee break', de: 'Kaffeepause' }],
  [210, 270, { en: 'Lunch', de: 'Mittagessen' }],
  [390, 420, { en: 'Coffee break', de: 'Kaffeepause' }],
];

/** Text of about `length` characters: sentences of 8–21 words. */
function proseOf(random, length) {
  let text = '';
  while (text.length < length) {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => PROSE[Math.floor(random() * PROSE.length)]);
    const sentence = words.join(' ');
    text += `${text ? ' ' : ''}${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
  }
  return text;
}

/**
 * What a real event's file says beyond the bench's short lines (`prose: true`): titles with a
 * subtitle, Markdown abstracts of about 0.7–1.6 kB, a description for two talks in three, and
 * speakers with biographies, as public pretalx schedules have them. No avatars: their addresses
 * would be requests to hosts this machine cannot reach, whatever a widget does with them. Drawn
 * from a random sequence of its own, so that times, rooms and tracks stay those of the same
 * schedule without prose.
 */
function addProse({ talks, speakers }, seed) {
  const random = prng(seed + 0x5eed);
  for (const talk of talks) {
    talk.title = `${talk.title}: ${proseOf(random, 10)
      .slice(0, 20 + Math.floor(random() * 50))
      .replace(/\.$/, '')}`;
    talk.abstract =
      `${proseOf(random, 300 + random() * 700)}\n\n**${proseOf(random, 40)}**\n\n` +
      `- ${proseOf(random, 30)}\n- ${proseOf(random, 30)}\n\nMehr: https://example.org/talks/${talk.code}`;
    talk.description = random() < 2 / 3 ? proseOf(random, 200 + random() * 1000) : '';
  }
  for (const speaker of speakers) {
    speaker.biography = proseOf(random, 150 + random() * 550);
  }
}

/**
 * A schedule in pretalx's widget format (what `/<event>/schedule/widgets/schedule.json` sends):
 * `talks` with `start`/`end` in UTC, `room`, `track`, `speakers` by code, plain-string titles and
 * abstracts; `rooms`, `tracks` (with colours), `speakers`. Sessions of 30–120 minutes from about
 * 09:00 to 21:30 local time, one after another in each room, day after day. Deterministic. The
 * texts are one line each, unless `prose` (addProse): then of the length real schedules have.
 * With `breaks`, each day has a real event's breaks (BREAKS) in every room, written as pretalx
 * writes them (a talk without `code`, one per room), and the talks are placed around them (so
 * they are not all the same talks as without it); without it the schedule is the same as before
 * the option existed.
 */
export function pretalxSchedule({ sessions, days, rooms, seed = 1, prose = false, breaks = false }) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const roomList = Array.from({ length: rooms }, (_, i) => ({ id: i + 1, name: i === 0 ? 'Großer Saal' : `Raum ${i + 1}`, description: '' }));
  const trackList = TRACK_COLOURS.map((color, i) => ({ id: 100 + i, name: `${pick(WORDS)} & ${pick(WORDS)}`, color }));
  const speakerList = Array.from({ length: Math.max(8, Math.round(sessions * 0.8)) }, (_, i) => ({
    code: `SP${String(i).padStart(4, '0')}`,
    name: `${pick(FIRST)} ${pick(LAST)}`,
    biography: '',
    avatar: '',
  }));
  const talks = [];
  // Each day is shared out over the rooms in turn; a room's sessions follow each other with
  // short pauses (never two at once in a room), and a day holds what fits before about 21:30.
  const iso = (time) => new Date(time).toISOString().replace('.000Z', 'Z');
  const perDay = Math.ceil(sessions / days);
  // With breaks a day is longer by their length, so that as many talks fit (until about 23:30).
  const dayMinutes = 12.5 * 60 + (breaks ? BREAKS.reduce((sum, [from, to]) => sum + to - from, 0) : 0);
  const start = Date.UTC(2026, 5, 22, 7, 0); // 09:00 in Europe/Berlin (summer time)
  // A time `minutes` after 09:00 on the `day`th day.
  const onDay = (day, minutes) => start + day * 86_400_000 + minutes * 60_000;
  for (let day = 0; day < days && talks.length < sessions; day++) {
    const clock = Array.from({ length: rooms }, () => pick([0, 0, 15, 30, 60]));
    for (let added = 0, turn = 0; added < perDay && talks.length < sessions && turn < perDay * 4; turn++) {
      const room = turn % rooms;
      const minutes = pick([30, 45, 60, 60, 90, 120]);
      // A talk that would run into a break starts after it.
      for (const [from, to] of breaks ? BREAKS : []) if (clock[room] < to && clock[room] + minutes > from) clock[room] = to;
      if (clock[room] + minutes > dayMinutes) continue;
      added++;
      const from = onDay(day, clock[room]);
      clock[room] += minutes + pick([0, 15, 15, 30]);
      const n = talks.length;
      talks.push({
        code: `T${String(n).padStart(5, '0')}`,
        id: n + 1,
        title: `${pick(WORDS)}: ${pick(WORDS)} und ${pick(WORDS)} (${n + 1})`,
        abstract: `Ein Gespräch über ${pick(WORDS)} und ${pick(WORDS)} in den Partnerstädten.`,
        speakers: [pick(speakerList).code, ...(random() < 0.4 ? [pick(speakerList).code] : [])],
        track: pick(trackList).id,
        room: roomList[room].id,
        start: iso(from),
        end: iso(from + minutes * 60_000),
        duration: minutes,
        updated: '2026-06-01T10:00:00+02:00',
        state: 'confirmed',
        do_not_record: false,
        content_locale: 'de',
      });
    }
  }
  if (talks.length < sessions) throw new Error(`${sessions} sessions do not fit in ${days} days of ${rooms} rooms`);
  if (prose) addProse({ talks, speakers: speakerList }, seed);
  if (breaks) {
    for (let day = 0; day < days; day++) {
      for (const { id: room } of roomList) {
        for (const [from, to, title] of BREAKS)
          talks.push({ id: talks.length + 1, title, room, start: iso(onDay(day, from)), end: iso(onDay(day, to)), duration: to - from, speakers: [] });
      }
    }
  }
  const lastDay = new Date(start + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return {
    version: 'v1.0',
    timezone: 'Europe/Berlin',
    event_start: new Date(start).toISOString().slice(0, 10),
    event_end: lastDay,
    talks,
    rooms: roomList,
    tracks: trackList,
    speakers: speakerList,
  };
}

/**
 * One day in three rooms as pretalx writes breaks (talks without `code`, one in each room they apply
 * to): a lunch in all three rooms, a coffee in the hall alone, and a coffee in two rooms while the
 * third has a talk. For the tests of breaks and a story.
 */
export function pretalxDayWithBreaks() {
  const at = (time) => `2030-06-26T${time}:00+02:00`;
  const talk = (code, room, from, to) => ({ code, id: code.length, title: `Talk ${code}`, room, start: at(from), end: at(to), speakers: [] });
  const pause = (id, room, from, to, title) => ({ id, title, room, start: at(from), end: at(to) });
  const lunch = { en: 'Lunch', de: 'Mittagessen' };
  return {
    timezone: 'Europe/Berlin',
    slug: 'breaks',
    tracks: [],
    speakers: [],
    rooms: [
      { id: 1, name: 'Hall' },
      { id: 2, name: 'Room B' },
      { id: 3, name: 'Room C' },
    ],
    talks: [
      talk('OPEN', 1, '09:00', '10:30'),
      talk('WSA', 2, '09:00', '10:30'),
      talk('WSB', 3, '09:00', '10:30'),
      pause(100, 1, '10:30', '11:30', lunch),
      pause(101, 2, '10:30', '11:30', lunch),
      pause(102, 3, '10:30', '11:30', lunch),
      talk('PLN', 1, '11:30', '13:00'),
      talk('WSC', 2, '11:30', '13:00'),
      pause(103, 1, '13:00', '13:30', { en: 'Coffee' }),
      talk('LATE', 3, '14:30', '15:45'),
      pause(104, 1, '15:00', '15:30', { en: 'Coffee' }),
      pause(105, 2, '15:00', '15:30', { en: 'Coffee' }),
    ],
  };
}
