/**
 * Tracks in the feed contract (issue 13): a conference's `tracks` ({id, name, color?}) and a
 * session's `track`. Unknown track ids, repeated track ids and colours that are not #rgb or
 * #rrggbb are reported with their JSON path and left out; the rest is kept.
 */
import { expect } from '@open-wc/testing';
import { fastPathLoaded, validateFeed } from '../../src/feed/validate.js';
import type { FeedResult } from '../../src/feed/model.js';
import { minimalFeed } from '../support/feeds.js';

function ok(result: FeedResult) {
  if (!result.ok) throw new Error(`expected a valid feed, got ${result.failure.kind}: ${result.failure.detail}`);
  return result;
}

const conference = (extra: Record<string, unknown>) =>
  minimalFeed({ conferences: [{ id: 'c', title: 'T', start: '2024-06-25', hostCities: ['essen'], ...extra }] });

describe('validateFeed: tracks', () => {
  before(() => fastPathLoaded);

  it('keeps tracks with localised names and hex colours, and the sessions naming them', () => {
    const tracks = [
      { id: 'jugend', name: { de: 'Jugend', ru: 'Молодёжь' }, color: '#2E7D32' },
      { id: 'kultur', name: 'Kultur', color: '#abc' },
      { id: 'plenum', name: 'Plenum' },
    ];
    const result = ok(validateFeed(conference({ tracks, sessions: [{ id: 's', kind: 'other', title: 'S', track: 'kultur' }] })));
    expect(result.warnings).to.deep.equal([]);
    expect(result.feed.conferences[0].tracks).to.deep.equal(tracks);
    expect(result.feed.conferences[0].sessions![0].track).to.equal('kultur');
  });

  it('ignores a track id that names no track of the conference, with its JSON path, and keeps the session', () => {
    const result = ok(
      validateFeed(
        conference({
          tracks: [{ id: 'jugend', name: 'Jugend' }],
          sessions: [
            { id: 'a', kind: 'other', title: 'A', track: 'jugend' },
            { id: 'b', kind: 'other', title: 'B', track: 'kultur' },
          ],
        }),
      ),
    );
    const sessions = result.feed.conferences[0].sessions!;
    expect(sessions.map((session) => [session.id, session.track])).to.deep.equal([
      ['a', 'jugend'],
      ['b', undefined],
    ]);
    expect(result.warnings).to.deep.equal([{ path: '$.conferences[0].sessions[1].track', message: 'unknown track "kultur"; reference ignored' }]);
  });

  it('ignores a track id on a conference without tracks', () => {
    const result = ok(validateFeed(conference({ sessions: [{ id: 'a', kind: 'other', title: 'A', track: 'jugend' }] })));
    expect(result.feed.conferences[0].sessions![0].track).to.equal(undefined);
    expect(result.warnings.map((warning) => warning.path)).to.deep.equal(['$.conferences[0].sessions[0].track']);
  });

  it('drops a repeated track id after the first, with a warning', () => {
    const result = ok(
      validateFeed(
        conference({
          tracks: [
            { id: 'jugend', name: 'Jugend', color: '#111111' },
            { id: 'jugend', name: 'Youth', color: '#222222' },
          ],
        }),
      ),
    );
    expect(result.feed.conferences[0].tracks).to.deep.equal([{ id: 'jugend', name: 'Jugend', color: '#111111' }]);
    expect(result.warnings).to.deep.equal([{ path: '$.conferences[0].tracks[1].id', message: 'duplicate id "jugend"; item dropped' }]);
  });

  for (const color of ['red', '#12345', '#1234567', 'rgb(0,0,0)', '#fff;background:url(https://evil.example/x)', 'var(--x)', '#ggg', ' #fff', 42]) {
    it(`ignores the colour ${JSON.stringify(color)} (only #rgb or #rrggbb), keeping the track`, () => {
      const result = ok(validateFeed(conference({ tracks: [{ id: 'jugend', name: 'Jugend', color }] })));
      expect(result.feed.conferences[0].tracks).to.deep.equal([{ id: 'jugend', name: 'Jugend' }]);
      expect(result.warnings).to.have.length(1);
      expect(result.warnings[0].path).to.equal('$.conferences[0].tracks[0].color');
      expect(result.warnings[0].message).to.contain('field ignored');
    });
  }

  it('drops a track without a name or with a bad id, and warns about a track list that is not a list', () => {
    const result = ok(
      validateFeed(
        conference({
          tracks: [{ id: 'jugend' }, { id: 'a b', name: 'X' }, { id: 'kultur', name: 'Kultur' }],
        }),
      ),
    );
    expect(result.feed.conferences[0].tracks!.map((track) => track.id)).to.deep.equal(['kultur']);
    expect(result.warnings.map((warning) => warning.path)).to.deep.equal(['$.conferences[0].tracks[0].name', '$.conferences[0].tracks[1].id']);
    const notList = ok(validateFeed(conference({ tracks: 'Jugend' })));
    expect(notList.feed.conferences).to.have.length(1);
    expect(notList.warnings.map((warning) => warning.path)).to.deep.equal(['$.conferences[0].tracks']);
  });

  it('warns about an unknown field of a track', () => {
    const result = ok(validateFeed(conference({ tracks: [{ id: 'jugend', name: 'Jugend', colour: '#fff' }] })));
    expect(result.warnings.map(({ path, message }) => `${path}: ${message}`)).to.deep.equal([
      '$.conferences[0].tracks[0].colour: unknown field "colour"; ignored (did you mean "color"?)',
    ]);
  });
});
