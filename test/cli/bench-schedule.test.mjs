/**
 * `npm run bench -- --widgets pretalx --schedule FILE` (issue 14): a real pretalx widget schedule
 * read for the side by side. Which sessions count (talks with a start time), on how many days in
 * the schedule's own zone (so whether ours is also measured on "All days"), and a clear error for a
 * file that is not such a schedule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { generatedCase, scheduleCase } from '../../scripts/bench-pretalx.mjs';
import { PRETALX_CASES, pretalxSchedule } from '../../scripts/pretalx-schedule.mjs';
import { ROOT, scratch } from './support.mjs';

const { file, dir } = scratch(after);

/**
 * 61 talks, one more than ours opens on all days: the first at 23:30 UTC, the others from 00:30
 * UTC the next day. One day in Berlin (00:30 CET onwards), two in UTC. One more talk without a
 * start time and one with a start that is no time.
 */
const acrossUtcMidnight = (timezone) => ({
  timezone,
  talks: [
    ...Array.from({ length: 61 }, (_, i) => ({
      code: `T${i}`,
      title: i % 2 ? 'Открытие' : 'Eröffnung',
      start: new Date(Date.UTC(2026, 0, 10, 23, 30) + (i && 60 + i) * 60_000).toISOString(),
    })),
    { code: 'U', title: 'Not scheduled yet' },
    { code: 'B', title: 'Broken', start: 'soon' },
  ],
});

describe('bench: a real schedule for the side by side with pretalx', () => {
  it('counts the talks with a start time, names the file, and serves the schedule as it is', () => {
    const schedule = acrossUtcMidnight('Europe/Berlin');
    const path = file('camp.json', JSON.stringify(schedule));
    const found = scheduleCase(path);
    assert.equal(found.sessions, 61);
    assert.equal(found.label, 'camp.json: 61 sessions');
    assert.deepEqual(JSON.parse(found.body.toString('utf8')), schedule);
  });

  it("counts days in the schedule's zone: ours on All days too only for more than one, above 60 talks", () => {
    const berlin = scheduleCase(file('berlin.json', JSON.stringify(acrossUtcMidnight('Europe/Berlin'))));
    assert.equal(berlin.days, 1);
    assert.deepEqual(
      berlin.ours.map((view) => view.label),
      ['as it opens'],
    );
    const utc = scheduleCase(file('utc.json', JSON.stringify(acrossUtcMidnight('UTC'))));
    assert.equal(utc.days, 2);
    assert.deepEqual(
      utc.ours.map((view) => [view.label, view.hash]),
      [
        ['as it opens', ''],
        ['all days', '#programme/all'],
      ],
    );
    // Up to 60 talks ours opens on all days: measured once.
    const few = { timezone: 'UTC', talks: acrossUtcMidnight('UTC').talks.slice(0, 58) };
    assert.deepEqual(
      scheduleCase(file('few.json', JSON.stringify(few))).ours.map((view) => view.label),
      ['as it opens'],
    );
    // An unknown zone: the days are counted in UTC rather than failing.
    assert.equal(scheduleCase(file('mars.json', JSON.stringify(acrossUtcMidnight('Mars/Olympus_Mons')))).days, 2);
  });

  it('reads the generated camp and the hand-written pretalx fixture', () => {
    const camp = pretalxSchedule({ sessions: 79, days: 3, rooms: 5 });
    const found = scheduleCase(file('generated.json', JSON.stringify(camp)));
    assert.equal(found.sessions, camp.talks.length);
    assert.equal(found.days, 3);
    const fixture = `${ROOT}test/fixtures/schedules/pretalx-widget.json`;
    const talks = JSON.parse(readFileSync(fixture, 'utf8')).talks;
    assert.equal(scheduleCase(fixture).sessions, talks.filter((talk) => talk.start).length);
  });

  it('serves the generated cases with texts as long as a real event has, on the same times, rooms and tracks', () => {
    const spec = PRETALX_CASES.find((entry) => entry.sessions === 79);
    const short = pretalxSchedule(spec);
    const served = JSON.parse(generatedCase(spec).body.toString('utf8'));
    const frame = (schedule) => schedule.talks.map(({ code, start, end, room, track, speakers }) => ({ code, start, end, room, track, speakers }));
    assert.deepEqual(frame(served), frame(short));
    assert.ok(
      short.talks.every((talk) => talk.abstract.length < 100),
      'without prose, one line each',
    );
    const abstracts = served.talks.map((talk) => talk.abstract.length);
    assert.ok(Math.min(...abstracts) >= 600 && Math.max(...abstracts) <= 2000, `abstracts of ${Math.min(...abstracts)}–${Math.max(...abstracts)} characters`);
    assert.ok(
      served.talks.every((talk) => /\n\n- /.test(talk.abstract) && /\*\*/.test(talk.abstract)),
      'Markdown: a list and bold text',
    );
    const described = served.talks.filter((talk) => talk.description.length >= 200).length / served.talks.length;
    assert.ok(described > 0.5 && described < 0.85, `${described} of the talks described`);
    assert.ok(served.speakers.every((speaker) => speaker.biography.length >= 150));
    assert.ok(served.talks.some((talk) => /[äöüß]/.test(talk.abstract)));
  });

  it('serves, with --breaks, each generated case also with three breaks a day in every room, as pretalx writes them', () => {
    const berlin = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const local = (time) => berlin.format(Date.parse(time)).split(', ');
    for (const spec of PRETALX_CASES) {
      const plainCase = generatedCase(spec);
      const plain = JSON.parse(plainCase.body.toString('utf8'));
      const withBreaks = generatedCase(spec, { breaks: true });
      assert.equal(withBreaks.label, `${plainCase.label} with breaks`);
      assert.ok(
        plain.talks.every((talk) => talk.code),
        'no break without the option',
      );
      const served = JSON.parse(withBreaks.body.toString('utf8'));
      const talks = served.talks.filter((talk) => talk.code);
      const pauses = served.talks.filter((talk) => !talk.code);
      assert.equal(talks.length, spec.sessions);
      // pretalx's way: no code, a title per language, one entry in each room the break applies to.
      const slots = new Map();
      for (const pause of pauses) {
        assert.deepEqual(Object.keys(pause.title), ['en', 'de']);
        const [day, from] = local(pause.start);
        const key = `${day} ${pause.room}`;
        slots.set(key, [...(slots.get(key) ?? []), `${from}-${local(pause.end)[1]} ${pause.title.en}`]);
      }
      assert.equal(slots.size, spec.days * spec.rooms);
      for (const list of slots.values()) assert.deepEqual(list, ['10:30-11:00 Coffee break', '12:30-13:30 Lunch', '15:30-16:00 Coffee break']);
      for (const talk of talks) {
        const during = pauses.find((pause) => pause.room === talk.room && pause.start < talk.end && talk.start < pause.end);
        assert.equal(during, undefined, `${talk.code} ${talk.start}–${talk.end} in room ${talk.room} during a break`);
        assert.equal(local(talk.end)[0], local(talk.start)[0], `${talk.code} ends on the day it starts`);
      }
      assert.equal(scheduleCase(file(`breaks-${spec.sessions}.json`, served)).days, spec.days);
    }
  });

  it('refuses, naming the file, what is not a pretalx widget schedule', () => {
    assert.throws(() => scheduleCase(`${dir}/missing.json`), /--schedule .*missing\.json: no such file/);
    assert.throws(() => scheduleCase(file('page.json', '<!doctype html>')), /page\.json: not read as JSON/);
    assert.throws(
      () => scheduleCase(file('feed.json', JSON.stringify({ version: 1, conferences: [] }))),
      /feed\.json: not a pretalx widget schedule \(no "talks" list\)/,
    );
    assert.throws(() => scheduleCase(file('empty.json', JSON.stringify({ talks: [{ title: 'TBA' }] }))), /empty\.json: no talk has a start time/);
  });
});
