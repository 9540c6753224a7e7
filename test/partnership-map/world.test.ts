/**
 * Issue 12, any partner anywhere: the projection follows the extent of the feed
 * (the conic map of Europe and Russia, a regional map, a map of the world), the
 * coarse world geometry is loaded only for a feed that needs it, and arcs across
 * the Pacific are never torn across the map.
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { drawArcs } from '../../src/partnership-map/arcs.js';
import { BASE_WIDTH, EUROPE, projectionFor, type MapProjection } from '../../src/partnership-map/projection.js';
import { fitBounds, fullView, MAX_SCALE } from '../../src/partnership-map/view.js';
import { geometryFor } from '../../src/partnership-map/geometry.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { ESSEN_TWINS } from '../support/ruhr-feed.js';
import { resetPage, shadow, until } from '../support/widgets.js';

type Place = [id: string, country: string, lat: number, lon: number];

const ESSEN: Place[] = [...ESSEN_TWINS];

const WORLD: Place[] = [
  ['berlin', 'DE', 52.52, 13.4],
  ['los-angeles', 'US', 34.05, -118.24],
  ['buenos-aires', 'AR', -34.6, -58.38],
  ['munich', 'DE', 48.14, 11.58],
  ['sydney', 'AU', -33.87, 151.21],
  ['tokyo', 'JP', 35.68, 139.69],
  ['san-francisco', 'US', 37.77, -122.42],
  ['petropavlovsk-kamchatsky', 'RU', 53.02, 158.65],
  ['unalaska', 'US', 53.87, -166.54],
  ['anadyr', 'RU', 64.73, 177.51],
  ['nome', 'US', 64.5, -165.41],
  ['bremen', 'DE', 53.08, 8.8],
  ['windhoek', 'NA', -22.56, 17.08],
  ['delhi', 'IN', 28.61, 77.21],
  ['beijing', 'CN', 39.9, 116.4],
];
const WORLD_PAIRS = [
  ['berlin', 'los-angeles'],
  ['berlin', 'buenos-aires'],
  ['munich', 'sydney'],
  ['tokyo', 'san-francisco'],
  ['petropavlovsk-kamchatsky', 'unalaska'],
  ['anadyr', 'nome'],
  ['bremen', 'windhoek'],
  ['berlin', 'delhi'],
  ['berlin', 'beijing'],
];

function feedOf(places: Place[], pairs: string[][]): Record<string, unknown> {
  return {
    version: 1,
    cities: places.map(([id, country, lat, lon]) => ({ id, name: id.replace(/-/g, ' '), country, kind: 'city', lat, lon })),
    partnerships: pairs.map(([a, b]) => ({ id: `${a}--${b}`, cities: [a, b], since: '1990-01-01' })),
  };
}

const lonLats = (places: Place[]) => places.map(([, , lat, lon]) => [lon, lat] as [number, number]);

/** The widget, 760 px wide (narrower than every engine's test page, so one size in all three), once its markers are placed. */
async function map(feed: Record<string, unknown>, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const element = document.createElement('partnership-map') as HTMLElement & { feed: unknown };
  element.style.width = '760px';
  element.feed = feed;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
  return element;
}

/** How many cities the markers in sight stand for (a cluster says how many, "1,234" in English; every feed here has one city per place). */
function citiesInSight(element: HTMLElement): number {
  return [...shadow(element).querySelectorAll('[part~="marker"]')].reduce(
    (sum, marker) => sum + (marker.matches('[part~="cluster"]') ? Number(marker.querySelector('.count')!.textContent!.replace(/\D/g, '')) : 1),
    0,
  );
}

/** The straight pieces of SVG path data (M/L commands, as d3 and arcsPath write them): their lengths. */
function pieceLengths(d: string): number[] {
  const lengths: number[] = [];
  for (const subpath of d.split(/(?=M)/)) {
    const points = [...subpath.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (let i = 1; i < points.length; i++) lengths.push(Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]));
  }
  return lengths;
}

const worldResources = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('world.topo'));

describe('<partnership-map> beyond Europe', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  // First in this file: nothing here has imported the world geometry yet.
  it('draws a German–Russian feed on the conic map of Europe and Russia, and never loads the world geometry', async () => {
    const feed = await sampleFeed();
    const cities = feed['cities'] as { lat: number; lon: number }[];
    expect(projectionFor(cities.map((city) => [city.lon, city.lat])).kind).to.equal('europe');
    const element = await map(feed);
    await until(() => shadow(element).querySelector('path.land')?.getAttribute('d'), 'no land');
    expect(
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('atlas.topo')),
      'the European geometry was loaded',
    ).to.equal(true);
    expect(worldResources()).to.deep.equal([]);
    expect(shadow(element).querySelector('path.beyond'), 'no globe outline').to.equal(null);
  });

  it("opens Essen's partners, from Sunderland to Changzhou and Tel Aviv, on all of them, on the world geometry", async () => {
    expect(projectionFor(lonLats(ESSEN)).kind).to.equal('region');
    const element = await map(
      feedOf(
        ESSEN,
        ESSEN.slice(1).map(([id]) => ['essen', id]),
      ),
    );
    await until(() => citiesInSight(element) === ESSEN.length, `${citiesInSight(element)} of ${ESSEN.length} cities in sight`);
    await until(() => worldResources().length > 0, 'the world geometry was not loaded');
    await until(() => shadow(element).querySelector('path.land')?.getAttribute('d'), 'no land');
  });

  it('opens a world-wide feed on the world (Equal Earth), every city in sight, inside the outline of the globe', async () => {
    expect(projectionFor(lonLats(WORLD)).kind).to.equal('world');
    const element = await map(feedOf(WORLD, WORLD_PAIRS));
    await until(() => citiesInSight(element) === WORLD.length, `${citiesInSight(element)} of ${WORLD.length} cities in sight`);
    await until(() => shadow(element).querySelector('path.beyond')?.getAttribute('d'), 'no outline of the globe');
  });

  it('city="los-angeles" shows Los Angeles, selected, inside the map', async () => {
    const element = await map(feedOf(WORLD, WORLD_PAIRS), { city: 'los-angeles' });
    const root = shadow(element);
    await until(() => root.querySelector('[part~="marker"][part~="selected"]'), 'Los Angeles is not in sight');
    const box = root.querySelector('[part~="map"]')!.getBoundingClientRect();
    const own = root.querySelector('[part~="marker"][part~="selected"]')!.getBoundingClientRect();
    expect(own.left).to.be.at.least(box.left);
    expect(own.right).to.be.at.most(box.right);
    expect(own.top).to.be.at.least(box.top);
    expect(own.bottom).to.be.at.most(box.bottom);
    expect(root.querySelector('[part~="marker"][part~="selected"]')!.getAttribute('aria-label')).to.include('los angeles');
  });

  it('never tears an arc of the world-wide feed across the map', async () => {
    const element = await map(feedOf(WORLD, WORLD_PAIRS));
    const width = shadow(element).querySelector('[part~="map"]')!.clientWidth;
    const d = shadow(element).querySelector('path.arcs')!.getAttribute('d')!;
    expect(d).to.match(/^M/);
    expect(Math.max(...pieceLengths(d))).to.be.lessThan(width / 4);
  });

  it('draws a regional or world map zoomed in on Europe with the detailed geometry, and the coarse world elsewhere', () => {
    const size = { width: 800, height: 490 };
    for (const places of [ESSEN, WORLD]) {
      const map = projectionFor(lonLats(places));
      expect(geometryFor(map, fullView(size), size), `${map.kind}, whole map`).to.equal('world');
      const near = (lon: number, lat: number) => {
        const [x, y] = map.project(lon, lat)!;
        return fitBounds(
          [
            [x - 2, y - 2],
            [x + 2, y + 2],
          ],
          size,
          0,
          MAX_SCALE,
        );
      };
      expect(geometryFor(map, near(7.01, 51.46), size), `${map.kind}, zoomed in on Essen`).to.equal('europe');
      expect(geometryFor(map, near(151.21, -33.87), size), `${map.kind}, zoomed in on Sydney`).to.equal('world');
    }
    expect(geometryFor(EUROPE, fullView(size), size)).to.equal('europe');
  });

  it('centres a feed of Pacific partners on the Pacific, so that none of them is cut apart', () => {
    const pacific = WORLD.filter(([id]) => ['tokyo', 'san-francisco', 'petropavlovsk-kamchatsky', 'unalaska', 'anadyr', 'nome'].includes(id));
    const map = projectionFor(lonLats(pacific));
    const at = (id: string) => {
      const [, , lat, lon] = pacific.find((place) => place[0] === id)!;
      return map.project(lon, lat)!;
    };
    for (const [a, b] of [
      ['petropavlovsk-kamchatsky', 'unalaska'],
      ['anadyr', 'nome'],
    ]) {
      expect(Math.abs(at(a)[0] - at(b)[0]), `${a}–${b}`).to.be.lessThan(BASE_WIDTH / 2);
    }
    // West to east across the antimeridian: Tokyo, Kamchatka, Anadyr, Nome, Unalaska, San Francisco.
    expect(at('tokyo')[0]).to.be.lessThan(at('petropavlovsk-kamchatsky')[0]);
    expect(at('petropavlovsk-kamchatsky')[0]).to.be.lessThan(at('unalaska')[0]);
    expect(at('unalaska')[0]).to.be.lessThan(at('san-francisco')[0]);
  });

  it('chooses the projection for more places than a function call may have arguments', () => {
    const places = Array.from({ length: 300_000 }, (_, i) => [(i % 360) - 180, ((i * 7) % 170) - 85] as [number, number]);
    expect(projectionFor(places).kind).to.equal('world');
  });

  describe('arcs across the Pacific on a map of the world cut at 180°', () => {
    // Cities all round the globe leave no wide gap: the map is cut through the Pacific, in the widest
    // gap near 170° W (here between the cities on 170° E and 170° W), and centred on 0°.
    const world: MapProjection = projectionFor([...Array(18).keys()].map((i) => [i * 20 - 170, (i % 3) * 20 - 20] as [number, number]));
    const size = { width: 800, height: 420 };
    const view = fullView(size);
    const at = (lon: number, lat: number) => {
      const [x, y] = world.project(lon, lat)!;
      return { x, y };
    };
    const pairs = [
      // Tokyo–San Francisco, Petropavlovsk-Kamchatsky–Unalaska, Anadyr–Nome.
      { from: at(139.69, 35.68), to: at(-122.42, 37.77) },
      { from: at(158.65, 53.02), to: at(-166.54, 53.87) },
      { from: at(177.51, 64.73), to: at(-165.41, 64.5) },
    ];

    it('is a map of the world whose cut lies between the two cities of each pair', () => {
      expect(world.kind).to.equal('world');
      expect(world).not.to.equal(EUROPE);
      // Each pair has one city at either edge of the map.
      for (const { from, to } of pairs) expect(Math.abs(from.x - to.x), 'the ends lie far apart on the map').to.be.greaterThan(size.width / 2);
    });

    it('leaves one edge and comes back at the other: no piece longer than a tenth of the map', async () => {
      const drawing = await import('../../src/partnership-map/geo-drawing.js');
      expect(drawArcs([pairs[0]], world, view, size), 'no great circles before the drawing code is loaded').to.equal('');
      for (const pair of pairs) {
        const d = drawArcs([pair], world, view, size, drawing);
        expect(d.split('M').length - 1, 'two pieces, one at each edge').to.equal(2);
        expect(Math.max(...pieceLengths(d))).to.be.lessThan(size.width / 10);
      }
    });
  });
});
