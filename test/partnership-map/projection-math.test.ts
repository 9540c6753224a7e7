/**
 * The map places its markers with its own projection formulas (projection-math.ts) and draws the
 * land with d3-geo (geo-drawing.ts, loaded with the geometry): both must put every place at the
 * same point, and the fitted projections must be the ones d3-geo's fitWidth / fitExtent make.
 */
import { expect } from '@open-wc/testing';
import { geoAzimuthalEqualArea, geoConicConformal, geoDistance, geoEqualEarth, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { baseProjection } from '../../src/partnership-map/geo-drawing.js';
import { angleBetween } from '../../src/partnership-map/projection-math.js';
import { BASE_WIDTH, EUROPE, frameHeight, PROJECTION_SETTINGS, projectionFor, type MapProjection } from '../../src/partnership-map/projection.js';

/** Places every 7.5° of longitude and 5° of latitude, poles and antimeridian left out. */
const GRID: [number, number][] = [];
for (let lon = -176.25; lon < 180; lon += 7.5) for (let lat = -85; lat <= 85; lat += 5) GRID.push([lon, lat]);

// Essen's partners (a region) and cities on every continent (the world).
const ESSEN: [number, number][] = [
  [7.01, 51.46],
  [-1.38, 54.9],
  [2.29, 49.89],
  [24.94, 60.17],
  [19.94, 50.06],
  [34.78, 32.08],
  [119.97, 31.81],
  [30.3, 59.94],
];
const WORLD: [number, number][] = [...ESSEN, [-118.24, 34.05], [-43.17, -22.9], [151.21, -33.87], [17.08, -22.56], [139.69, 35.68]];

function close(a: readonly number[] | null | undefined, b: readonly number[] | null | undefined, tolerance: number, what: string): void {
  expect(a, what).to.be.an('array');
  expect(b, what).to.be.an('array');
  expect(Math.abs(a![0] - b![0]), `${what}: x ${a![0]} against ${b![0]}`).to.be.below(tolerance);
  expect(Math.abs(a![1] - b![1]), `${what}: y ${a![1]} against ${b![1]}`).to.be.below(tolerance);
}

const box: [[number, number], [number, number]] = [
  [0, 0],
  [BASE_WIDTH, 0],
];

describe('<partnership-map> projection formulas against d3-geo', () => {
  const maps: [string, MapProjection, (lon: number, lat: number) => boolean][] = [
    ['Europe and Russia (conic)', EUROPE, (_, lat) => lat > -60],
    ["Essen's partners (azimuthal equal-area)", projectionFor(ESSEN), (lon, lat) => angleBetween([57, 45], [lon, lat]) < 150],
    ['the world (Equal Earth)', projectionFor(WORLD), () => true],
  ];

  it('chooses the three kinds', () => {
    expect(maps.map(([, map]) => map.kind)).to.deep.equal(['europe', 'region', 'world']);
  });

  for (const [name, map, shown] of maps) {
    it(`${name}: d3-geo's projection puts every place where the markers go, and inverts it`, () => {
      const d3 = baseProjection(map);
      let compared = 0;
      for (const [lon, lat] of GRID) {
        if (!shown(lon, lat)) continue;
        const ours = map.spec.at(lon, lat);
        close(ours, d3([lon, lat]), 1e-6 * Math.max(1, Math.abs(ours[0]), Math.abs(ours[1])), `${name} at ${lon}, ${lat}`);
        const back = map.invert(ours[0], ours[1]);
        close(back, d3.invert!(ours), 1e-6, `${name}: inverse at ${lon}, ${lat}`);
        close(back, [lon, lat], 1e-6, `${name}: round trip at ${lon}, ${lat}`);
        compared++;
      }
      expect(compared, 'places compared').to.be.greaterThan(500);
    });
  }

  it('fits the conic map as d3-geo fitWidth does', () => {
    const frame = { type: 'MultiPoint' as const, coordinates: PROJECTION_SETTINGS.frame };
    const d3 = geoConicConformal().rotate([-PROJECTION_SETTINGS.centralMeridian, 0]).parallels(PROJECTION_SETTINGS.parallels).fitWidth(BASE_WIDTH, frame);
    for (const [lon, lat] of GRID.filter(([, lat]) => lat > 0))
      close(EUROPE.project(lon, lat) ?? EUROPE.spec.at(lon, lat), d3([lon, lat]), 1e-6 * 4000, `${lon}, ${lat}`);
    const heights = PROJECTION_SETTINGS.frame.map((point) => d3(point)![1]);
    expect(frameHeight()).to.be.closeTo(Math.max(...heights), 1e-6);
  });

  it('fits a region and the world as d3-geo fitExtent does', () => {
    const fit = (make: () => GeoProjection, object: GeoPermissibleObjects, extent: [[number, number], [number, number]]) => make().fitExtent(extent, object);
    const region = projectionFor(ESSEN);
    const [lon, lat] = [-region.spec.rotate[0], -region.spec.rotate[1]];
    const regionD3 = fit(
      () => geoAzimuthalEqualArea().rotate(region.spec.rotate),
      { type: 'MultiPoint', coordinates: [...ESSEN, [lon - 3, lat], [lon + 3, lat], [lon, lat - 3], [lon, lat + 3]] },
      [
        [60, 60],
        [BASE_WIDTH - 60, frameHeight() - 60],
      ],
    );
    for (const place of ESSEN) close(region.project(...place), regionD3(place), 1e-6 * 1000, `region at ${place}`);
    const world = projectionFor(WORLD);
    const worldD3 = fit(() => geoEqualEarth().rotate(world.spec.rotate), { type: 'Sphere' }, [box[0], [BASE_WIDTH, frameHeight()]]);
    // d3-geo finds the globe's outline by clipping, a millionth of a radian inside it.
    for (const place of WORLD) close(world.project(...place), worldD3(place), 0.01, `world at ${place}`);
  });

  it('measures angles between places as d3-geo geoDistance', () => {
    for (const a of WORLD) for (const b of WORLD) expect(angleBetween(a, b)).to.be.closeTo((geoDistance(a, b) * 180) / Math.PI, 1e-9);
  });
});
