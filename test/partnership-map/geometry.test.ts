/**
 * The map's land and borders come merged and meshed from the build step
 * (scripts/build-geometry.mjs), so drawing them needs no topojson-client
 * stitching at run time, which walks plain objects with for…in and broke on a
 * host page that adds an enumerable method to Object.prototype.
 */
import { expect } from '@open-wc/testing';
import { geoContains, geoDistance } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { atlas } from '../../src/partnership-map/atlas.topo.js';
import { geometryPaths, loadGeometry, type MapGeometry } from '../../src/partnership-map/geometry.js';
import { BASE_WIDTH, frameHeight } from '../../src/partnership-map/projection.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { fullView, GEOMETRY_MARGIN, panBy } from '../../src/partnership-map/view.js';

describe('<partnership-map> geometry', () => {
  let geometry: MapGeometry;

  before(async () => {
    // The first load of the page happens with the prototype extended, as on such a host page.
    const proto = Object.prototype as Record<string, unknown>;
    proto['hostHelper'] = function hostHelper() {};
    try {
      geometry = await loadGeometry();
    } finally {
      delete proto['hostHelper'];
    }
  });

  it('loads on a page that adds an enumerable method to Object.prototype', () => {
    const paths = geometryPaths(geometry, ['DE', 'RU']);
    expect(paths.land.length, 'land').to.be.greaterThan(1000);
    expect(paths.borders.length, 'borders').to.be.greaterThan(1000);
    expect(paths.highlighted.length, 'Germany and Russia').to.be.greaterThan(100);
  });

  it('draws the land and borders once, and each highlighted country once, whatever countries a filter or search highlights', () => {
    geometryPaths(geometry, []);
    const before = mapWork.geometryDrawings;
    const germany = geometryPaths(geometry, ['DE']);
    const russia = geometryPaths(geometry, ['RU']);
    const both = geometryPaths(geometry, ['DE', 'RU']);
    expect(mapWork.geometryDrawings - before, 'land and borders drawn again').to.equal(0);
    expect(both.highlighted).to.equal(germany.highlighted + russia.highlighted);
    expect(both.land).to.equal(germany.land);
    expect(germany.highlighted.length, 'Germany drawn').to.be.greaterThan(100);
  });

  it('draws the same land and borders as merging and meshing the countries would', () => {
    const countries = atlas.objects['countries'] as GeometryCollection;
    const merged = { ...geometry, land: merge(atlas, countries.geometries as never), borders: mesh(atlas, countries, (a, b) => a !== b) };
    const built = geometryPaths(geometry, []);
    const runtime = geometryPaths(merged, []);
    expect(built.land, 'land').to.equal(runtime.land);
    expect(built.borders, 'borders').to.equal(runtime.borders);
  });
});

describe('<partnership-map> borders as Germany and the EU recognise them', () => {
  type Shape = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const countriesOf = (topology: Topology): Map<string, Shape> =>
    new Map(
      (topology.objects['countries'] as GeometryCollection).geometries.map((geometry) => [
        String(geometry.id),
        feature(topology, geometry) as unknown as Shape,
      ]),
    );
  const holders = (countries: Map<string, Shape>, point: [number, number]) => [...countries].filter(([, shape]) => geoContains(shape, point)).map(([id]) => id);
  const SIMFEROPOL: [number, number] = [34.1, 44.95];
  // Inland places, that the coarse world geometry also holds: Bakhchysarai (by Sevastopol), Dzhankoi, the Kerch peninsula.
  const BAKHCHYSARAI: [number, number] = [33.86, 44.75];
  const DZHANKOI: [number, number] = [34.39, 45.71];
  const KERCH_PENINSULA: [number, number] = [35.9, 45.3];
  /** The Mesaoria plain, north-east of Nicosia. */
  const NORTHERN_CYPRUS: [number, number] = [33.7, 35.25];
  /** The isthmus of Perekop, where Natural Earth's default draws a border between Crimea and Ukraine. */
  const PEREKOP: [number, number] = [33.7, 46.12];

  for (const [name, load] of [
    ['the European geometry', async () => atlas],
    ['the world geometry', async () => (await import('../../src/partnership-map/world.topo.js')).world],
  ] as const) {
    describe(name, () => {
      let topology: Topology;
      let countries: Map<string, Shape>;
      before(async () => {
        topology = await load();
        countries = countriesOf(topology);
      });

      it('puts Crimea (Simferopol, Bakhchysarai, Dzhankoi, Kerch) in Ukraine, not in Russia', () => {
        for (const point of [SIMFEROPOL, BAKHCHYSARAI, DZHANKOI, KERCH_PENINSULA]) {
          expect(holders(countries, point), String(point)).to.deep.equal(['UA']);
          expect(geoContains(countries.get('RU')!, point), `${point} in Russia`).to.equal(false);
        }
        // Russia keeps its own side of the Kerch Strait.
        expect(holders(countries, [37.3, 45.1])).to.deep.equal(['RU']);
      });

      it('draws no border at the isthmus of Perekop: Crimea and the mainland are one Ukraine', () => {
        const borders = feature(topology, topology.objects['borders'] as GeometryObject) as unknown as GeoJSON.Feature<GeoJSON.MultiLineString>;
        const nearest = Math.min(...borders.geometry.coordinates.flat().map((point) => geoDistance(point as [number, number], PEREKOP)));
        // In radians: more than 100 km from the isthmus.
        expect(nearest * 6371).to.be.greaterThan(100);
        const ukraine = countries.get('UA')!.geometry;
        const polygons = ukraine.type === 'Polygon' ? [ukraine.coordinates] : ukraine.coordinates;
        const holding = (point: [number, number]) => polygons.findIndex((polygon) => geoContains({ type: 'Polygon', coordinates: polygon }, point));
        expect(holding(SIMFEROPOL)).to.be.at.least(0);
        expect(holding(SIMFEROPOL), 'Crimea and Kyiv in one polygon').to.equal(holding([30.52, 50.45]));
      });

      it('puts Northern Cyprus in Cyprus, and keeps Kosovo', () => {
        expect(holders(countries, NORTHERN_CYPRUS)).to.deep.equal(['CY']);
        expect(holders(countries, [21.17, 42.67])).to.deep.equal(['XK']);
      });

      it('puts the Golan Heights (Katzrin, west of Quneitra) in Syria, not in Israel, and Tiberias in Israel', () => {
        for (const point of [
          [35.69, 32.99],
          [35.78, 33.12],
        ] as [number, number][]) {
          expect(holders(countries, point), String(point)).to.deep.equal(['SY']);
        }
        expect(holders(countries, [35.53, 32.79])).to.deep.equal(['IL']);
        // Syria is one shape with the Golan: no border drawn between them, east of Katzrin.
        const borders = feature(topology, topology.objects['borders'] as GeometryObject) as unknown as GeoJSON.Feature<GeoJSON.MultiLineString>;
        const nearest = Math.min(...borders.geometry.coordinates.flat().map((point) => geoDistance(point as [number, number], [35.85, 33.0])));
        expect(nearest * 6371, 'km from the old ceasefire line to the nearest border').to.be.greaterThan(8);
      });
    });
  }
});

describe('<partnership-map> view within the drawn land', () => {
  // A map as wide as a page column and one as narrow as a phone's.
  for (const size of [
    { width: 900, height: 490 },
    { width: 600, height: 490 },
  ]) {
    it(`at ${size.width} × ${size.height} px, panning as far as it goes never shows beyond the trimmed geometry`, () => {
      for (const start of [fullView(size), { ...fullView(size), scale: fullView(size).scale * 2 }]) {
        for (const [dx, dy] of [
          [1e5, 0],
          [-1e5, 0],
          [0, 1e5],
          [0, -1e5],
        ]) {
          const view = panBy(start, dx, dy, size);
          // The screen's edges in base units.
          const left = -view.x / view.scale;
          const top = -view.y / view.scale;
          const right = left + size.width / view.scale;
          const bottom = top + size.height / view.scale;
          const where = `${start.scale.toFixed(2)} px per unit, panned by ${dx}, ${dy}`;
          expect(left, where).to.be.at.least(-GEOMETRY_MARGIN - 1e-6);
          expect(right, where).to.be.at.most(BASE_WIDTH + GEOMETRY_MARGIN + 1e-6);
          expect(top, where).to.be.at.least(-GEOMETRY_MARGIN - 1e-6);
          expect(bottom, where).to.be.at.most(frameHeight() + GEOMETRY_MARGIN + 1e-6);
        }
      }
    });
  }
});
