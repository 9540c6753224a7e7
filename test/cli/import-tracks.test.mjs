/** `staedtepartner-widgets import` keeps a schedule's tracks (issue 13): a real-size camp in pretalx's format, and frab's XML. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { validateFeed } from '../../dist/feed.js';
import { pretalxSchedule, PRETALX_CASES } from '../../scripts/pretalx-schedule.mjs';
import { run, scratch } from './support.mjs';

const { file } = scratch(after);

describe('import: tracks', () => {
  it('gives the 79-talk camp its seven tracks with their colours, each talk its track, as a valid feed', () => {
    const camp = pretalxSchedule(PRETALX_CASES.find((spec) => spec.sessions === 79));
    const { status, stdout, stderr } = run(['import', file('camp.json', camp)]);
    assert.equal(status, 0, stderr);
    const feed = JSON.parse(stdout);
    const checked = validateFeed(feed);
    assert.ok(checked.ok);
    assert.deepEqual(checked.warnings, []);
    const [conference] = feed.conferences;
    assert.deepEqual(
      conference.tracks.map((track) => [track.name, track.color]),
      camp.tracks.map((track) => [track.name, track.color]),
    );
    const names = new Map(conference.tracks.map((track) => [track.id, track.name]));
    const byCode = new Map(camp.talks.map((talk) => [`pretalx-${talk.code}`, camp.tracks.find((track) => track.id === talk.track).name]));
    assert.equal(conference.sessions.length, 79);
    for (const session of conference.sessions) assert.equal(names.get(session.track), byCode.get(session.id), session.id);
    // The track is not repeated as a topic.
    assert.ok(conference.sessions.every((session) => !(session.topics ?? []).includes(names.get(session.track))));
  });

  it("reads frab XML's track names as tracks", () => {
    const { status, stdout, stderr } = run(['import', 'test/fixtures/schedules/frab-schedule.xml']);
    assert.equal(status, 0, stderr);
    const [conference] = JSON.parse(stdout).conferences;
    assert.deepEqual(conference.tracks.map((track) => track.name).slice(0, 3), ['Plenum', 'Kultur', 'AG 1']);
    assert.equal(conference.sessions.find((session) => session.id === 'frab-101').track, 'track-Plenum');
  });
});
