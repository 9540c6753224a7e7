#!/usr/bin/env node
/**
 * Builds the map geometry of <partnership-map> (`npm run build:geometry`): Natural Earth
 * countries at 1:50 million from the world-atlas package, trimmed to what the map can show
 * (Europe, all of Russia and their neighbours), simplified, and written as TopoJSON into
 * src/partnership-map/atlas.topo.ts, which the widget imports lazily. The output is
 * committed; run this again only to change the region or the level of detail.
 *
 * Steps:
 * 1. Project every country with the widget's projection (the settings below must equal
 *    PROJECTION_SETTINGS in src/partnership-map/projection.ts; a test compares them).
 * 2. Clip it to the frame plus a margin, in projected space, densify the cut edges and
 *    project back to longitude/latitude. Whatever lies outside the frame is gone.
 * 3. Chukotka east of 180° is written as 180°–191° E, so that Russia is one shape across
 *    the antimeridian and its two halves share an edge that merging removes.
 * 4. Simplify (Visvalingam, by projected area), keeping much more detail in Europe than in
 *    Siberia or at the edges; drop islands too small to see; quantize.
 * 5. Add the land (all countries merged) and the borders as objects made of the same arcs.
 *
 * Country ids are ISO 3166-1 alpha-2 codes (DE, RU …), so the widget can match them with
 * the feed's `country`.
 *
 * Borders are drawn as Germany and the EU recognise them, not as Natural Earth's default
 * (de facto control): Crimea is part of Ukraine (its polygon moves from Russia to Ukraine
 * and is merged with it, so the Kerch Strait is the border and there is none at Perekop),
 * Northern Cyprus is part of Cyprus, Somaliland part of Somalia, the Golan Heights part of Syria
 * (cut from Israel's polygon with polygon-clipping). See germanView() and the
 * "Whose borders" section of docs/feed.md.
 *
 * A second, coarse geometry of the whole world (Natural Earth 1:110 million, the same
 * choices of borders) goes into src/partnership-map/world.topo.ts: the widget imports it
 * only when a feed has cities beyond Europe and Russia.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoConicConformal, geoStream } from 'd3-geo';
import polygonClipping from 'polygon-clipping';
import { feature, mergeArcs, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';

const root = resolve(import.meta.dirname, '..');
const OUTPUT = resolve(root, 'src/partnership-map/atlas.topo.ts');
const WORLD_OUTPUT = resolve(root, 'src/partnership-map/world.topo.ts');

/** The same as PROJECTION_SETTINGS in src/partnership-map/projection.ts. */
const SETTINGS = {
  centralMeridian: 55,
  parallels: [45, 65],
  frame: [
    [-9.5, 38.8],
    [25.8, 71.2],
    [58, 81.8],
    [104.3, 77.7],
    [190.3, 66.1],
    [156.5, 50.8],
    [131.9, 42.5],
    [45, 38.5],
    [24.5, 34.8],
  ],
};
const BASE_WIDTH = 1000;

/** Space kept around the frame, in base units: a view never shows beyond it. */
const MARGIN = 170;
/** How many times finer the detail is kept in the core (Europe up to the Volga and the Urals). */
const CORE_DETAIL = 6;
const CORE = { west: -12, east: 62, south: 34, north: 72 };
/** Share of the points kept (by Visvalingam weight), and the smallest island kept (base units²). */
const KEEP = Number(process.env.GEOMETRY_KEEP ?? 0.3);
const MIN_ISLAND = 0.35;
/** Grid of the stored coordinates: 3 × 10⁴ steps across the atlas (about 1 km in Germany). */
const QUANTIZATION = Number(process.env.GEOMETRY_GRID ?? 3e4);

const projection = geoConicConformal()
  .rotate([-SETTINGS.centralMeridian, 0])
  .parallels(SETTINGS.parallels)
  .fitWidth(BASE_WIDTH, { type: 'MultiPoint', coordinates: SETTINGS.frame });
const frameHeight = Math.max(...SETTINGS.frame.map((point) => projection(point)[1]));
const clip = [
  [-MARGIN, -MARGIN],
  [BASE_WIDTH + MARGIN, frameHeight + MARGIN],
];

// ---- country codes ------------------------------------------------------------------------

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const CODE_BY_NAME = new Map();
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    const name = regionNames.of(code);
    // The first code wins: GB before the reserved UK, FR before FX.
    if (name && name !== code && !CODE_BY_NAME.has(name.toLowerCase())) CODE_BY_NAME.set(name.toLowerCase(), code);
  }
}
/** Natural Earth's short names that Intl spells otherwise. */
const NAME_OVERRIDES = {
  germany: 'DE',
  serbia: 'RS',
  'bosnia and herz.': 'BA',
  czechia: 'CZ',
  macedonia: 'MK',
  'north macedonia': 'MK',
  moldova: 'MD',
  russia: 'RU',
  'dem. rep. korea': 'KP',
  korea: 'KR',
  'south korea': 'KR',
  'north korea': 'KP',
  kosovo: 'XK',
  'n. cyprus': 'CY-N',
  syria: 'SY',
  iran: 'IR',
  turkey: 'TR',
  'w. sahara': 'EH',
  'faeroe is.': 'FO',
  'united states of america': 'US',
  åland: 'AX',
  aland: 'AX',
  vatican: 'VA',
  palestine: 'PS',
  myanmar: 'MM',
  laos: 'LA',
  vietnam: 'VN',
  taiwan: 'TW',
  macao: 'MO',
  'hong kong': 'HK',
  'dem. rep. congo': 'CD',
  congo: 'CG',
  "côte d'ivoire": 'CI',
  'central african rep.': 'CF',
  's. sudan': 'SS',
  'eq. guinea': 'GQ',
  somaliland: 'SO-N',
  'st. pierre and miquelon': 'PM',
  brunei: 'BN',
  'timor-leste': 'TL',
  'cabo verde': 'CV',
  eswatini: 'SZ',
  bahamas: 'BS',
  'n. mariana is.': 'MP',
  'siachen glacier': 'IN-S',
  'indian ocean ter.': 'IO',
  'br. indian ocean ter.': 'IO',
  'ashmore and cartier is.': 'AU-AC',
  'heard i. and mcdonald is.': 'HM',
  'fr. s. antarctic lands': 'TF',
  's. geo. and the is.': 'GS',
  'falkland is.': 'FK',
  'solomon is.': 'SB',
  'marshall is.': 'MH',
  'cayman is.': 'KY',
  'turks and caicos is.': 'TC',
  'u.s. virgin is.': 'VI',
  'british virgin is.': 'VG',
  'cook is.': 'CK',
  'pitcairn is.': 'PN',
  'wallis and futuna is.': 'WF',
  'fr. polynesia': 'PF',
  'st. vin. and gren.': 'VC',
  'antigua and barb.': 'AG',
  'st. kitts and nevis': 'KN',
  'dominican rep.': 'DO',
  'saint lucia': 'LC',
  'são tomé and principe': 'ST',
  'sao tome and principe': 'ST',
  curaçao: 'CW',
  'sint maarten': 'SX',
  'st-martin': 'MF',
  'st-barthélemy': 'BL',
  micronesia: 'FM',
  'fr. guiana': 'GF',
  greenland: 'GL',
  iceland: 'IS',
  antarctica: 'AQ',
  jersey: 'JE',
  guernsey: 'GG',
  'isle of man': 'IM',
  gibraltar: 'GI',
  'cyprus u.n. buffer zone': 'CY-B',
  dhekelia: 'CY-D',
  akrotiri: 'CY-A',
  baikonur: 'KZ-B',
  kashmir: 'IN-K',
};
function codeOf(name) {
  const key = name.toLowerCase();
  return NAME_OVERRIDES[key] ?? CODE_BY_NAME.get(key);
}

// ---- clip in projected space, back to longitude/latitude ----------------------------------

/** Longitudes east of the antimeridian in the far north-east (Chukotka, the Aleutians) as 180°–210° E. */
const unwrap = ([lon, lat]) => (lon < -150 && lat > 45 ? [lon + 360, lat] : [lon, lat]);

function unwrapGeometry(geometry) {
  const rings = (polygon) => polygon.map((ring) => ring.map(unwrap));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rings(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(rings) };
  return geometry;
}

/** Inserts points along long straight edges (the cuts), so they stay straight once projected again. */
function densify(ring, step = 4) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    out.push([x0, y0]);
    const n = Math.floor(Math.hypot(x1 - x0, y1 - y0) / step);
    for (let k = 1; k < n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

/** The geometry clipped to the frame, as a MultiPolygon in longitude/latitude (or null when nothing is left). */
function clipToFrame(geometry) {
  const clipped = projection.clipExtent(clip);
  const polygons = [];
  let rings;
  let ring;
  const sink = {
    polygonStart() {
      rings = [];
    },
    polygonEnd() {
      if (rings.length) polygons.push(rings);
      rings = undefined;
    },
    lineStart() {
      ring = [];
    },
    point(x, y) {
      ring.push([x, y]);
    },
    lineEnd() {
      if (rings && ring.length >= 3) rings.push(ring);
    },
    sphere() {},
  };
  geoStream(geometry, clipped.stream(sink));
  projection.clipExtent(null);
  if (polygons.length === 0) return null;
  // d3 may emit several exterior rings in one polygon event: split them by orientation.
  const out = [];
  for (const polygonRings of polygons) {
    let current;
    for (const projected of polygonRings) {
      const area = signedArea(projected);
      const lonLat = densify(projected).map((point) => unwrap(projection.invert(point)));
      lonLat.push(lonLat[0]);
      // In screen space (y down) d3 draws exterior rings clockwise: positive signed area.
      if (area > 0 || !current) {
        current = [lonLat];
        out.push(current);
      } else {
        current.push(lonLat);
      }
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

// ---- borders as Germany and the EU recognise them ------------------------------------------

/** Crimea (with Sevastopol): Russia's polygons that lie wholly in this box. */
const CRIMEA = { west: 32, east: 37, south: 44, north: 46.5 };
/**
 * The Golan Heights, held by Israel since 1967 and part of Israel's polygon in Natural Earth's
 * default: Germany and the EU count them as Syria's. The west edge follows the lines of 1949
 * (the Jordan, the east shore of the Sea of Galilee, east of Dan, up to Mount Hermon) within a
 * few kilometres, about what either geometry can show; the other edges lie well beyond Israel's polygon,
 * so where it meets Syria and Lebanon the cut follows Natural Earth's own line.
 */
const GOLAN = [
  [
    [35.57, 32.64],
    [35.63, 32.68],
    [35.645, 32.83],
    [35.64, 32.89],
    [35.625, 32.91],
    [35.62, 33.0],
    [35.625, 33.1],
    [35.645, 33.22],
    [35.665, 33.25],
    [35.7, 33.45],
    [36.2, 33.45],
    [36.2, 32.55],
    [35.57, 32.55],
    [35.57, 32.64],
  ],
];

/** Natural Earth countries that Germany and the EU count as part of another country. */
const PART_OF = { 'N. Cyprus': 'Cyprus', 'Cyprus U.N. Buffer Zone': 'Cyprus', Somaliland: 'Somalia' };
/** Countries that get land from another entry: merged after building the topology, so no border is left between the pieces. */
const DISSOLVED = new Set(['UA', 'CY', 'SO', 'SY']);

/**
 * Natural Earth's default countries, with the borders Germany and the EU recognise:
 * Crimea moves from Russia to Ukraine, and PART_OF entries join their country.
 * Kosovo stays a country (Germany recognises it); Abkhazia, South Ossetia and
 * Transnistria are already part of Georgia and Moldova in Natural Earth; Western
 * Sahara stays apart (a non-self-governing territory, as the UN lists it).
 */
function germanView(countries) {
  const out = [];
  let crimea = 0;
  let golanCut = false;
  const inCrimea = (polygon) =>
    polygon.every((ring) => ring.every(([lon, lat]) => lon >= CRIMEA.west && lon <= CRIMEA.east && lat >= CRIMEA.south && lat <= CRIMEA.north));
  for (const country of countries) {
    const name = country.properties.name;
    if (name === 'Russia' && country.geometry.type === 'MultiPolygon') {
      const moved = country.geometry.coordinates.filter(inCrimea);
      crimea += moved.length;
      out.push({ ...country, geometry: { type: 'MultiPolygon', coordinates: country.geometry.coordinates.filter((polygon) => !inCrimea(polygon)) } });
      out.push({ type: 'Feature', properties: { name: 'Ukraine' }, geometry: { type: 'MultiPolygon', coordinates: moved } });
    } else if (name === 'Israel') {
      const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
      // polygon-clipping writes exterior rings counter-clockwise (RFC 7946); d3-geo and world-atlas wind them clockwise.
      const clockwise = (multi) => multi.map((polygon) => polygon.map((ring) => ring.slice().reverse()));
      const golan = clockwise(polygonClipping.intersection(polygons, GOLAN));
      if (golan.length === 0) throw new Error('build-geometry: the Golan Heights not found in the polygon of Israel; check GOLAN');
      golanCut = true;
      out.push({ ...country, geometry: { type: 'MultiPolygon', coordinates: clockwise(polygonClipping.difference(polygons, GOLAN)) } });
      out.push({ type: 'Feature', properties: { name: 'Syria' }, geometry: { type: 'MultiPolygon', coordinates: golan } });
    } else {
      out.push(PART_OF[name] ? { ...country, properties: { ...country.properties, name: PART_OF[name] } } : country);
    }
  }
  if (crimea === 0) throw new Error('build-geometry: Crimea not found among the polygons of Russia; check germanView()');
  if (!golanCut) throw new Error('build-geometry: Israel not found; check germanView()');
  return out;
}

/** One geometry per country id: pieces that got land from another entry merged, without inner borders. */
function dissolve(topo) {
  const object = topo.objects.countries;
  object.geometries = object.geometries.map((geometry) =>
    DISSOLVED.has(geometry.id) ? { ...mergeArcs(topo, [geometry]), id: geometry.id, properties: geometry.properties } : geometry,
  );
  return topo;
}

// ---- main ---------------------------------------------------------------------------------

const world = JSON.parse(readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));
const countries = germanView(feature(world, world.objects.countries).features);
const geometries = {};
const unknown = [];
for (const country of countries) {
  const clipped = clipToFrame(unwrapGeometry(country.geometry));
  if (!clipped) continue;
  const code = codeOf(country.properties.name);
  if (!code) unknown.push(country.properties.name);
  const id = code ?? country.properties.name;
  if (geometries[id]) geometries[id].coordinates.push(...clipped.coordinates);
  else geometries[id] = clipped;
}
if (unknown.length) console.error(`build-geometry: no ISO code for ${unknown.join(', ')} (kept under their names)`);

const collection = {
  type: 'FeatureCollection',
  features: Object.entries(geometries).map(([id, geometry]) => ({ type: 'Feature', id, properties: {}, geometry })),
};
let topo = dissolve(topology({ countries: collection }, QUANTIZATION));

// Visvalingam weights as projected triangle areas, larger in the core region.
const inCore = ([lon, lat]) => lon >= CORE.west && lon <= CORE.east && lat >= CORE.south && lat <= CORE.north;
topo = presimplify(topo, (triangle) => {
  const [a, b, c] = triangle.map((point) => projection(point));
  const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  return area * (inCore(triangle[1]) ? CORE_DETAIL * CORE_DETAIL : 1);
});
// quantile() sorts the weights in descending order: KEEP is the share kept.
topo = simplify(topo, quantile(topo, KEEP));
topo = filter(
  topo,
  filterWeight(topo, MIN_ISLAND, (ring) => {
    const projected = ring.map((point) => projection(point));
    return Math.abs(signedArea(projected));
  }),
);
// presimplify returns absolute coordinates: quantize (and delta-encode) them again.
topo = quantize(topo, QUANTIZATION);
delete topo.bbox;
// The land (all countries merged) and the borders (arcs between two countries) as objects of
// their own, made of the same arcs: the widget need not merge or mesh at run time, where
// topojson-client's stitching walks plain objects with for…in and breaks on a host page that
// adds enumerable properties to Object.prototype.
topo.objects.land = mergeArcs(topo, topo.objects.countries.geometries);
topo.objects.borders = meshArcs(topo, topo.objects.countries, (a, b) => a !== b);

const json = JSON.stringify(topo);
if (/['\\\n]/.test(json)) throw new Error('the topology contains a quote, backslash or newline; escape it');
const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
const source = `// Generated by scripts/build-geometry.mjs (npm run build:geometry) from the world-atlas
// package: Natural Earth 1:50m countries (public domain), trimmed to the map's frame and
// simplified. Do not edit; run the script again.
import type { Topology } from 'topojson-specification';

/** The projection settings this geometry was trimmed with (see projection.ts). */
export const atlasSettings = ${JSON.stringify({ ...SETTINGS })};

/** Countries (ids: ISO 3166-1 alpha-2), ${topo.objects.countries.geometries.length} of them, ${points} points. */
export const atlas = JSON.parse('${json}') as Topology;
`;
writeFileSync(OUTPUT, source);
console.error(
  `build-geometry: ${topo.objects.countries.geometries.length} countries, ${topo.arcs.length} arcs, ${points} points, ${json.length} bytes of JSON → ${OUTPUT}`,
);

// ---- the whole world, coarse: world.topo.ts -----------------------------------------------

/** Share of the points kept of Natural Earth 1:110m, and the grid of the stored coordinates (about 4 km at the equator). */
const WORLD_KEEP = Number(process.env.WORLD_KEEP ?? 0.5);
const WORLD_GRID = 1e4;

const coarse = JSON.parse(readFileSync(resolve(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
const worldGeometries = {};
for (const country of germanView(feature(coarse, coarse.objects.countries).features)) {
  const id = codeOf(country.properties.name) ?? country.properties.name;
  // Chukotka as 180°–191° E, as above: Russia in one piece, without a seam at the antimeridian.
  const { type, coordinates } = unwrapGeometry(country.geometry);
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  (worldGeometries[id] ??= { type: 'MultiPolygon', coordinates: [] }).coordinates.push(...polygons);
}
let worldTopo = dissolve(
  topology(
    {
      countries: {
        type: 'FeatureCollection',
        features: Object.entries(worldGeometries).map(([id, geometry]) => ({ type: 'Feature', id, properties: {}, geometry })),
      },
    },
    WORLD_GRID,
  ),
);
worldTopo = presimplify(worldTopo);
worldTopo = simplify(worldTopo, quantile(worldTopo, WORLD_KEEP));
worldTopo = quantize(worldTopo, WORLD_GRID);
delete worldTopo.bbox;
worldTopo.objects.land = mergeArcs(worldTopo, worldTopo.objects.countries.geometries);
worldTopo.objects.borders = meshArcs(worldTopo, worldTopo.objects.countries, (a, b) => a !== b);
const worldJson = JSON.stringify(worldTopo);
if (/['\\\n]/.test(worldJson)) throw new Error('the world topology contains a quote, backslash or newline; escape it');
const worldPoints = worldTopo.arcs.reduce((sum, arc) => sum + arc.length, 0);
writeFileSync(
  WORLD_OUTPUT,
  `// Generated by scripts/build-geometry.mjs (npm run build:geometry) from the world-atlas
// package: Natural Earth 1:110m countries (public domain), the whole world, simplified.
// Imported only when a feed has cities beyond Europe and Russia. Do not edit; run the script again.
import type { Topology } from 'topojson-specification';

/** Countries (ids: ISO 3166-1 alpha-2), ${worldTopo.objects.countries.geometries.length} of them, ${worldPoints} points. */
export const world = JSON.parse('${worldJson}') as Topology;
`,
);
console.error(
  `build-geometry: world: ${worldTopo.objects.countries.geometries.length} countries, ${worldTopo.arcs.length} arcs, ${worldPoints} points, ${worldJson.length} bytes of JSON → ${WORLD_OUTPUT}`,
);
