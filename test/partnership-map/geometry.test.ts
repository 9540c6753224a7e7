/**
 * The map's land and borders come merged and meshed from the build step
 * (scripts/build-geometry.mjs), so drawing them needs no topojson-client
 * stitching at run time, which walks plain objects with for…in and broke on a
 * host page that adds an enumerable method to Object.prototype.
 */
import { expect } from '@open-wc/testing';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { atlas } from '../../src/partnership-map/atlas.topo.js';
import { geometryPaths, loadGeometry, type MapGeometry } from '../../src/partnership-map/geometry.js';
import { fullView } from '../../src/partnership-map/view.js';

const SIZE = { width: 800, height: 500 };

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
    const paths = geometryPaths(geometry, fullView(SIZE), SIZE, ['DE', 'RU']);
    expect(paths.land.length, 'land').to.be.greaterThan(1000);
    expect(paths.borders.length, 'borders').to.be.greaterThan(1000);
    expect(paths.highlighted.length, 'Germany and Russia').to.be.greaterThan(100);
  });

  it('draws the same land and borders as merging and meshing the countries would', () => {
    const countries = atlas.objects['countries'] as GeometryCollection;
    const merged = { ...geometry, land: merge(atlas, countries.geometries as never), borders: mesh(atlas, countries, (a, b) => a !== b) };
    for (const view of [fullView(SIZE), { ...fullView(SIZE), scale: fullView(SIZE).scale * 6 }]) {
      const built = geometryPaths(geometry, view, SIZE, []);
      const runtime = geometryPaths(merged, view, SIZE, []);
      expect(built.land, 'land').to.equal(runtime.land);
      expect(built.borders, 'borders').to.equal(runtime.borders);
    }
  });
});
