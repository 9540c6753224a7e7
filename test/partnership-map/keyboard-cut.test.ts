/**
 * Arrow keys between the markers of a world map, whose edges are one cut through the Pacific:
 * Left from the westernmost town of a row (Honolulu) goes on across the cut to the east edge
 * (Tokyo), as round the globe, and Right from the easternmost (Petropavlovsk-Kamchatsky) to the
 * west edge (Anchorage). Before, both found nothing and the focus stayed. A map of Europe has no
 * cut: its westernmost and easternmost towns keep the focus.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/partnership-map/define.js';
import { projectionFor } from '../../src/partnership-map/projection.js';
import { setClock } from '../../src/shared/clock.js';
import { deepActiveElement, resetPage, shadow, until } from '../support/widgets.js';

type Place = [id: string, country: string, lat: number, lon: number];

/** Towns round the globe, the widest gap between them in the Pacific (Petropavlovsk-Kamchatsky to Honolulu). */
const WORLD: Place[] = [
  ['berlin', 'DE', 52.52, 13.4],
  ['moscow', 'RU', 55.75, 37.62],
  ['dakar', 'SN', 14.69, -17.45],
  ['recife', 'BR', -8.05, -34.88],
  ['new-york', 'US', 40.71, -74],
  ['mexico-city', 'MX', 19.43, -99.13],
  ['los-angeles', 'US', 34.05, -118.24],
  ['anchorage', 'US', 61.22, -149.9],
  ['honolulu', 'US', 21.31, -157.86],
  ['petropavlovsk-kamchatsky', 'RU', 53.02, 158.65],
  ['tokyo', 'JP', 35.68, 139.69],
  ['sydney', 'AU', -33.87, 151.21],
  ['irkutsk', 'RU', 52.29, 104.3],
  ['delhi', 'IN', 28.61, 77.21],
  ['tehran', 'IR', 35.69, 51.39],
];

const EUROPE: Place[] = [
  ['lisbon', 'PT', 38.72, -9.14],
  ['berlin', 'DE', 52.52, 13.4],
  ['moscow', 'RU', 55.75, 37.62],
  ['novosibirsk', 'RU', 55.03, 82.92],
  ['vladivostok', 'RU', 43.12, 131.9],
];

/** Berlin (Moscow for Berlin) partnered with every other town: each is on the map. */
function feed(places: Place[]): Record<string, unknown> {
  return {
    version: 1,
    cities: places.map(([id, country, lat, lon]) => ({ id, name: id.replace(/-/g, ' '), country, kind: 'city', lat, lon })),
    partnerships: places.filter(([id]) => id !== 'berlin').map(([id]) => ({ id: `berlin--${id}`, cities: ['berlin', id], since: '1990-01-01' })),
  };
}

async function mapOf(places: Place[]): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const element = document.createElement('partnership-map') as HTMLElement & { feed: unknown; updateComplete: Promise<unknown> };
  element.style.width = '800px';
  element.feed = feed(places);
  document.body.append(element);
  const names = places.map(([id]) => id.replace(/-/g, ' '));
  // Every town on a marker of its own (none grouped), so that each can be focused.
  await until(() => names.every((name) => markerOf(element, name)), 'not every town on a marker of its own');
  await element.updateComplete;
  return element;
}

function markerOf(element: Element, name: string): HTMLElement | undefined {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')].find((marker) => marker.getAttribute('aria-label')?.startsWith(name));
}

const focusedName = () => deepActiveElement()?.getAttribute('aria-label') ?? '';

/** Focuses the marker of `from`, presses `key`, and gives the name of the marker then in focus. */
async function press(element: HTMLElement & { updateComplete: Promise<unknown> }, from: string, key: string): Promise<string> {
  markerOf(element, from)!.focus();
  await until(() => focusedName().startsWith(from), `${from} not in focus`);
  await sendKeys({ press: key });
  // The focus moves once the map has rendered the new tab stop.
  await element.updateComplete;
  await element.updateComplete;
  return focusedName();
}

describe('<partnership-map>: arrow keys across the world map’s cut', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('cuts this world between Honolulu and Anchorage at the west edge and Tokyo and Kamchatka at the east', () => {
    const map = projectionFor(WORLD.map(([, , lat, lon]) => [lon, lat]));
    expect(map.kind).to.equal('world');
    const x = (id: string) => {
      const [, , lat, lon] = WORLD.find((place) => place[0] === id)!;
      return map.project(lon, lat)![0];
    };
    for (const id of ['honolulu', 'anchorage']) expect(x(id), id).to.be.below(200);
    for (const id of ['tokyo', 'petropavlovsk-kamchatsky']) expect(x(id), id).to.be.above(800);
    // Its period, how far a town moves going once round, is the width between its edges along the equator (the cut on both sides).
    const middle = -map.spec.rotate[0];
    expect(map.period).to.be.closeTo(map.spec.at(middle + 180, 0)[0] - map.spec.at(middle - 180, 0)[0], 1e-6);
    const europe = projectionFor(EUROPE.map(([, , lat, lon]) => [lon, lat]));
    expect([europe.kind, europe.period], 'a map of Europe and Russia, no cut').to.deep.equal(['europe', undefined]);
  });

  it('goes on across the cut: Left from Honolulu to Tokyo, Right from Kamchatka to Anchorage and from Tokyo to Honolulu', async () => {
    const element = await mapOf(WORLD);
    expect(await press(element, 'honolulu', 'ArrowLeft')).to.match(/^tokyo/);
    expect(await press(element, 'petropavlovsk kamchatsky', 'ArrowRight')).to.match(/^anchorage/);
    expect(await press(element, 'tokyo', 'ArrowRight')).to.match(/^honolulu/);
  });

  it('keeps the choice of towns with a neighbour that way on the map', async () => {
    const element = await mapOf(WORLD);
    // Honolulu lies to Anchorage's lower left; Kamchatka, across the cut, would be a little nearer, but the cut is crossed only where nothing lies that way.
    expect(await press(element, 'anchorage', 'ArrowLeft')).to.match(/^honolulu/);
    // Tokyo lies too far below Kamchatka to be to its left: Irkutsk is, as before.
    expect(await press(element, 'petropavlovsk kamchatsky', 'ArrowLeft')).to.match(/^irkutsk/);
  });

  it('does not wrap on a map of Europe and Russia, which has no cut', async () => {
    const element = await mapOf(EUROPE);
    expect(await press(element, 'lisbon', 'ArrowLeft')).to.match(/^lisbon/);
    expect(await press(element, 'vladivostok', 'ArrowRight')).to.match(/^vladivostok/);
    // The keys still move between its towns.
    expect(await press(element, 'lisbon', 'ArrowRight')).to.match(/^berlin/);
  });
});
