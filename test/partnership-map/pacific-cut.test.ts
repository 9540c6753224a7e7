/**
 * A world-wide feed (no gap of 30° between its cities' longitudes) on the world map: its cut
 * through the Pacific must not run through the towns there. Cut at a fixed 170° W, Niue lay at
 * the left edge and Pago Pago, 1.5° west of it, at the right; Lorino's line to Nome and Berlin's
 * to Niue left one edge and came back at the other; a town exactly on 170° W lay on the cut.
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { projectionFor } from '../../src/partnership-map/projection.js';
import { setClock } from '../../src/shared/clock.js';
import { resetPage, shadow, until } from '../support/widgets.js';

type Place = [id: string, country: string, lat: number, lon: number];

/** Cities round the globe, no gap of 30° between their longitudes (the widest: Vancouver to Anchorage, 26.8°). */
const PLACES: Place[] = [
  ['berlin', 'DE', 52.52, 13.4],
  ['moscow', 'RU', 55.75, 37.62],
  ['london', 'GB', 51.51, -0.13],
  ['lisbon', 'PT', 38.72, -9.14],
  ['dakar', 'SN', 14.69, -17.45],
  ['reykjavik', 'IS', 64.15, -21.94],
  ['recife', 'BR', -8.05, -34.88],
  ['buenos-aires', 'AR', -34.6, -58.38],
  ['ushuaia', 'AR', -54.8, -68.3],
  ['new-york', 'US', 40.71, -74],
  ['chicago', 'US', 41.9, -87.6],
  ['mexico-city', 'MX', 19.43, -99.13],
  ['los-angeles', 'US', 34.05, -118.24],
  ['vancouver', 'CA', 49.28, -123.1],
  ['anchorage', 'US', 61.22, -149.9],
  ['honolulu', 'US', 21.31, -157.86],
  ['nome', 'US', 64.5, -165.41],
  ['niue', 'NU', -19.05, -169.92],
  ['on-the-cut', 'KI', 4, -170],
  ['pago-pago', 'AS', -14.28, -170.7],
  ['lorino', 'RU', 65.5, -171.72],
  ['apia', 'WS', -13.83, -171.76],
  ['provideniya', 'RU', 64.42, -173.23],
  ['nukualofa', 'TO', -21.14, -175.2],
  ['suva', 'FJ', -18.14, 178.44],
  ['anadyr', 'RU', 64.73, 177.51],
  ['auckland', 'NZ', -36.85, 174.76],
  ['mcmurdo', 'AQ', -77.85, 166.67],
  ['petropavlovsk-kamchatsky', 'RU', 53.02, 158.65],
  ['sydney', 'AU', -33.87, 151.21],
  ['tokyo', 'JP', 35.68, 139.69],
  ['vladivostok', 'RU', 43.12, 131.9],
  ['irkutsk', 'RU', 52.29, 104.3],
  ['norilsk', 'RU', 69.3, 88.2],
  ['novosibirsk', 'RU', 55.03, 82.92],
  ['delhi', 'IN', 28.61, 77.21],
  ['yekaterinburg', 'RU', 56.84, 60.6],
  ['tehran', 'IR', 35.69, 51.39],
  ['windhoek', 'NA', -22.56, 17.08],
  ['longyearbyen', 'NO', 78.2, 15.6],
];

const PACIFIC_PAIRS = [
  ['lorino', 'nome'],
  ['provideniya', 'nome'],
  ['apia', 'auckland'],
  ['pago-pago', 'honolulu'],
  ['suva', 'nukualofa'],
  ['anadyr', 'nome'],
  ['petropavlovsk-kamchatsky', 'anchorage'],
  ['berlin', 'niue'],
  ['berlin', 'on-the-cut'],
  ['moscow', 'anadyr'],
];

/** Every city has a partnership (a city without one is not on the map): the Pacific pairs, and Berlin (Moscow) with the rest. */
function feed(): Record<string, unknown> {
  const pairs = [...PACIFIC_PAIRS];
  const paired = new Set(pairs.flat());
  for (const [id] of PLACES) if (!paired.has(id)) pairs.push([id === 'berlin' ? 'moscow' : 'berlin', id]);
  return {
    version: 1,
    cities: PLACES.map(([id, country, lat, lon]) => ({ id, name: id.replace(/-/g, ' '), country, kind: 'city', lat, lon })),
    partnerships: pairs.map(([a, b]) => ({ id: `${a}--${b}`, cities: [a, b], since: '1990-01-01' })),
  };
}

const lonLat = (id: string): [number, number] => {
  const [, , lat, lon] = PLACES.find((place) => place[0] === id)!;
  return [lon, lat];
};

/** Degrees from a longitude to the cut of a map whose rotation is `rotate` (the cut lies 180° from the central meridian). */
const fromCut = (lon: number, rotate: number) => 180 - Math.abs(((((lon + rotate) % 360) + 540) % 360) - 180);

/** The end points of each subpath (M…) of SVG path data of straight pieces. */
function subpaths(d: string): [number, number][][] {
  return d
    .split(/(?=M)/)
    .filter(Boolean)
    .map((part) => [...part.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]));
}

/** The widget, 760 px wide (narrower than every engine's test page, so one size in all three), with `city` selected, once its highlighted arcs are drawn along great circles. */
async function mapWith(city: string): Promise<{ element: HTMLElement; root: ShadowRoot; d: string }> {
  const element = document.createElement('partnership-map') as HTMLElement & { feed: unknown };
  element.style.width = '760px';
  element.feed = feed();
  element.setAttribute('city', city);
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('path.arcs.highlighted')?.getAttribute('d'), `no line of ${city}`);
  const root = shadow(element);
  return { element, root, d: root.querySelector('path.arcs.highlighted')!.getAttribute('d')! };
}

/** Centre of a marker whose accessible name includes `name`, relative to the map. */
function markerCentre(root: ShadowRoot, name: string): [number, number] {
  const marker = [...root.querySelectorAll('[part~="marker"]')].find((each) => each.getAttribute('aria-label')?.includes(name));
  expect(marker, `a marker holding ${name}`).to.exist;
  const box = root.querySelector('[part~="map"]')!.getBoundingClientRect();
  const own = marker!.getBoundingClientRect();
  return [own.left + own.width / 2 - box.left, own.top + own.height / 2 - box.top];
}

describe('<partnership-map>: a world map cut where no town lies', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('cuts the world in a gap between the Pacific towns, Europe kept near the middle', () => {
    const map = projectionFor(PLACES.map(([id]) => lonLat(id)));
    expect(map.kind).to.equal('world');
    const rotate = map.spec.rotate[0];
    // Central meridian between 10° W and 30° E: Berlin and Moscow near the middle of the map.
    expect(-rotate).to.be.within(-10, 30);
    // No town within 3° of the cut (before: the town on 170° W on it, Niue 0.08° from it).
    for (const [id] of PLACES) expect(fromCut(lonLat(id)[0], rotate), id).to.be.greaterThan(3);
    // Pacific neighbours on one side of the map: Niue next to Pago Pago, Lorino next to Nome.
    const x = (id: string) => map.project(...lonLat(id))![0];
    expect(Math.abs(x('niue') - x('pago-pago')), 'Niue–Pago Pago').to.be.lessThan(20);
    expect(Math.abs(x('lorino') - x('nome')), 'Lorino–Nome').to.be.lessThan(40);
  });

  it('keeps the cut at 170° W, the map centred on 10° E, where that is the middle of the widest gap', () => {
    // A city every 20°, from 160° W: 180° and 160° W lie 10° either side of 170° W.
    const places = Array.from({ length: 18 }, (_, i) => [i * 20 - 160, (i % 3) * 20 - 20] as [number, number]);
    expect(projectionFor(places).spec.rotate[0]).to.equal(-10);
  });

  for (const [city, partner] of [
    ['lorino', 'nome'],
    ['niue', 'berlin'],
    ['on the cut', 'berlin'],
  ]) {
    it(`draws ${city}'s line to ${partner} from marker to marker, not as stubs at the map's edges`, async () => {
      const { root, d } = await mapWith(city.replace(/ /g, '-'));
      const pieces = subpaths(d);
      const length = (piece: [number, number][]) => piece.slice(1).reduce((sum, [x, y], i) => sum + Math.hypot(x - piece[i][0], y - piece[i][1]), 0);
      const [a, b] = [markerCentre(root, city), markerCentre(root, partner)];
      for (const [name, [mx, my]] of [
        [city, a],
        [partner, b],
      ] as const) {
        // The piece of the line that ends at the marker (the line may leave the view on its way, over the pole).
        const piece = pieces.find((each) => [each[0], each[each.length - 1]].some(([x, y]) => Math.hypot(x - mx, y - my) < 4));
        expect(piece, `the line ends at ${name}'s marker (${mx}, ${my}): ${d}`).to.exist;
        // Before: Lorino's and Nome's lines were 4–6 px stubs at opposite edges; the town on 170° W had a piece 0 px long.
        expect(length(piece!), `the piece at ${name} is a stub: ${d}`).to.be.at.least(Math.min(20, Math.hypot(a[0] - b[0], a[1] - b[1]) / 2));
      }
    });
  }
});
