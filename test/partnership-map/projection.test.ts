import { expect } from '@open-wc/testing';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { atlas, atlasSettings } from '../../src/partnership-map/atlas.topo.js';
import { BASE_WIDTH, frameHeight, PROJECTION_SETTINGS, project } from '../../src/partnership-map/projection.js';

const at = (lon: number, lat: number): [number, number] => {
  const point = project(lon, lat);
  if (!point) throw new Error(`no position for ${lon}, ${lat}`);
  return point;
};

const ESSEN = at(7.0123, 51.4566);
const BERLIN = at(13.405, 52.52);
const KALININGRAD = at(20.511, 54.7065);
const MOSCOW = at(37.6156, 55.7522);
const ST_PETERSBURG = at(30.3141, 59.9386);

describe('partnership-map projection', () => {
  it('puts Essen west of Berlin, Berlin west of Kaliningrad, Kaliningrad west of Moscow', () => {
    expect(ESSEN[0]).to.be.lessThan(BERLIN[0]);
    expect(BERLIN[0]).to.be.lessThan(KALININGRAD[0]);
    expect(KALININGRAD[0]).to.be.lessThan(MOSCOW[0]);
  });

  it('puts St Petersburg north of Moscow (smaller y: north is up)', () => {
    expect(ST_PETERSBURG[1]).to.be.lessThan(MOSCOW[1]);
  });

  it('keeps distances in proportion: Essen–Berlin is about a quarter of Berlin–Moscow', () => {
    const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    // 420 km and 1,610 km on the ground.
    const ratio = distance(ESSEN, BERLIN) / distance(BERLIN, MOSCOW);
    expect(ratio).to.be.within(0.22, 0.31);
  });

  it('keeps Chukotka in one piece across the antimeridian', () => {
    const farther = at(162, 66);
    const west = at(175, 66);
    const east = at(-172, 66);
    // 13° of longitude on either side of 180° are as long as 13° west of it: no jump across the map.
    const length = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    expect(length(west, east)).to.be.closeTo(length(farther, west), 0.5);
    expect(length(farther, east)).to.be.greaterThan(length(farther, west));
    const russia = feature(
      atlas,
      (atlas.objects['countries'] as GeometryCollection).geometries.find((geometry) => geometry.id === 'RU')!,
    ) as unknown as GeoJSON.Feature;
    const pieces: GeoJSON.Position[][][] = russia.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates : [];
    const holding = (point: [number, number]) => pieces.findIndex((polygon) => geoContains({ type: 'Polygon', coordinates: polygon }, point));
    // Anadyr side (177° E) and Uelen side (170° W) lie in the same polygon.
    expect(holding([177, 65])).to.be.at.least(0);
    expect(holding([-171, 66])).to.equal(holding([177, 65]));
  });

  it('fits the frame to its width, and every frame point lies in it', () => {
    for (const [lon, lat] of PROJECTION_SETTINGS.frame) {
      const [x, y] = at(lon, lat);
      expect(x).to.be.within(-0.5, BASE_WIDTH + 0.5);
      expect(y).to.be.within(-0.5, frameHeight() + 0.5);
    }
  });

  it('has no position for places a conic map of the north cannot show', () => {
    expect(project(0, -89.9)).to.equal(undefined);
  });

  it('was built with the settings the widget projects with', () => {
    expect(atlasSettings).to.deep.equal(JSON.parse(JSON.stringify(PROJECTION_SETTINGS)));
    const codes = (atlas.objects['countries'] as GeometryCollection).geometries.map((geometry) => geometry.id);
    expect(codes).to.include.members(['DE', 'RU', 'PL', 'BY', 'UA', 'KZ', 'FR']);
  });
});
