import { expect } from '@open-wc/testing';
import { keyCommand, markerToward } from '../../src/partnership-map/map-keyboard.js';
import type { MarkerInfo } from '../../src/partnership-map/markers.js';

const key = (name: string, shiftKey = false) => ({ key: name, shiftKey });

/** Just enough of a marker for direction finding: a key and a position. */
function marker(id: string, x: number, y: number): MarkerInfo {
  return { key: id, cluster: { x, y } } as unknown as MarkerInfo;
}

describe('map keyboard model', () => {
  it('pans with arrows on the map, faster with Shift, and moves between markers on a marker', () => {
    expect(keyCommand(key('ArrowLeft'), false, false)).to.deep.equal({ kind: 'pan', dx: 80, dy: 0 });
    expect(keyCommand(key('ArrowDown', true), false, false)).to.deep.equal({ kind: 'pan', dx: 0, dy: -240 });
    expect(keyCommand(key('ArrowUp'), true, false)).to.deep.equal({ kind: 'focus-toward', direction: 'up' });
  });

  it('zooms with + and -, resets with 0, activates with Enter or Space only on a marker', () => {
    expect(keyCommand(key('+'), false, false)).to.deep.equal({ kind: 'zoom', factor: 2 });
    expect(keyCommand(key('-'), true, false)).to.deep.equal({ kind: 'zoom', factor: 0.5 });
    expect(keyCommand(key('0'), false, false)).to.deep.equal({ kind: 'reset' });
    expect(keyCommand(key('Enter'), true, false)).to.deep.equal({ kind: 'activate' });
    expect(keyCommand(key(' '), true, false)).to.deep.equal({ kind: 'activate' });
    expect(keyCommand(key('Enter'), false, false)).to.equal(undefined);
  });

  it('closes details with Escape only when they are open, and leaves other keys to the page', () => {
    expect(keyCommand(key('Escape'), false, true)).to.deep.equal({ kind: 'close' });
    expect(keyCommand(key('Escape'), false, false)).to.equal(undefined);
    expect(keyCommand(key('Tab'), true, true)).to.equal(undefined);
    expect(keyCommand(key('Home'), true, false)).to.deep.equal({ kind: 'first' });
  });

  it('finds the nearest marker straight ahead, not one off to the side', () => {
    const markers = new Map(
      [marker('here', 100, 100), marker('east-near', 150, 105), marker('east-far', 300, 100), marker('north-east', 130, 20), marker('west', 20, 100)].map(
        (m) => [m.key, m],
      ),
    );
    const view = { scale: 1, x: 0, y: 0 };
    expect(markerToward(markers, 'here', 'right', view)).to.equal('east-near');
    expect(markerToward(markers, 'here', 'left', view)).to.equal('west');
    expect(markerToward(markers, 'here', 'up', view)).to.equal('north-east');
    expect(markerToward(markers, 'west', 'down', view)).to.equal(undefined);
  });

  it('goes on across a world map’s cut with Left or Right when no marker lies that way, and only then', () => {
    // A world map 1000 base units wide: Left from the west edge wraps round to the east edge.
    const markers = new Map(
      [marker('west-edge', 20, 100), marker('inland', 300, 100), marker('east-edge', 970, 110), marker('east-far-off-row', 990, 400)].map((m) => [m.key, m]),
    );
    const view = { scale: 0.5, x: 10, y: 0 };
    expect(markerToward(markers, 'west-edge', 'left', view, 1000)).to.equal('east-edge');
    expect(markerToward(markers, 'east-edge', 'right', view, 1000)).to.equal('west-edge');
    // Where a marker lies that way on the map, today's choice stays.
    expect(markerToward(markers, 'inland', 'left', view, 1000)).to.equal('west-edge');
    expect(markerToward(markers, 'east-edge', 'left', view, 1000)).to.equal('inland');
    // Up and Down never wrap; without a cut (a map of Europe) nothing does.
    expect(markerToward(markers, 'east-far-off-row', 'down', view, 1000)).to.equal(undefined);
    expect(markerToward(markers, 'west-edge', 'left', view)).to.equal(undefined);
    expect(markerToward(markers, 'east-edge', 'right', view, 0)).to.equal(undefined);
  });

  it('looks through the markers once when nothing lies that way and there is no cut to go on across', () => {
    // Up or Down on a world map, or any direction on a map without a cut: a second look would find the same nothing.
    let looks = 0;
    class CountingMap extends Map<string, MarkerInfo> {
      override values(): MapIterator<MarkerInfo> {
        looks++;
        return super.values();
      }
    }
    const markers = new CountingMap([marker('west-edge', 20, 100), marker('east-edge', 970, 100)].map((m) => [m.key, m]));
    const view = { scale: 1, x: 0, y: 0 };
    const looksFor = (from: string, direction: 'left' | 'right' | 'up' | 'down', period?: number) => {
      looks = 0;
      expect(markerToward(markers, from, direction, view, period)).to.equal(undefined);
      return looks;
    };
    expect(looksFor('west-edge', 'up', 1000)).to.equal(1);
    expect(looksFor('east-edge', 'down', 1000)).to.equal(1);
    expect(looksFor('west-edge', 'left')).to.equal(1);
    expect(looksFor('east-edge', 'right', 0)).to.equal(1);
    // Across the cut, the second look is the one that counts.
    looks = 0;
    expect(markerToward(markers, 'west-edge', 'left', view, 1000)).to.equal('east-edge');
    expect(looks).to.equal(2);
  });
});
