/**
 * The projection formulas the map places its markers with, in the map's first chunk.
 *
 * d3-geo draws the land and the great circles (geo-drawing.ts, loaded with the geometry), but
 * any import of d3-geo costs at least 4 kB gzip: its single-file build keeps its module-level
 * accumulators whatever is imported. The markers are placed before the geometry arrives, so the
 * three projections the map uses are written here as d3-geo defines them (its `*Raw`
 * functions and its rotation, angles in radians, y upwards), and geo-drawing.ts aligns d3-geo's
 * projections with them; test/partnership-map/projection-math.test.ts compares both at many places.
 */

const { abs, asin, atan, atan2, cos, log, pow, sign, sin, sqrt, tan, PI } = Math;
const HALF_PI = PI / 2;
const EPSILON = 1e-6;
export const RADIANS = PI / 180;

/** A raw projection: radians to plane coordinates (y upwards), and back. */
export interface Raw {
  (lambda: number, phi: number): [number, number];
  invert(x: number, y: number): [number, number];
}

/** How each projection of the map is made, enough for d3-geo to make the same one (geo-drawing.ts). */
export type RawSpec = { type: 'conicConformal'; parallels: readonly [number, number] } | { type: 'azimuthalEqualArea' } | { type: 'equalEarth' };

const tany = (phi: number) => tan((HALF_PI + phi) / 2);

/** Lambert conformal conic with two standard parallels (degrees), as d3-geo's geoConicConformalRaw. */
function conicConformal([parallel0, parallel1]: readonly [number, number]): Raw {
  const [y0, y1] = [parallel0 * RADIANS, parallel1 * RADIANS];
  const cy0 = cos(y0);
  const n = y0 === y1 ? sin(y0) : log(cy0 / cos(y1)) / log(tany(y1) / tany(y0));
  const f = (cy0 * pow(tany(y0), n)) / n;
  const project = ((x: number, y: number): [number, number] => {
    if (f > 0) {
      if (y < -HALF_PI + EPSILON) y = -HALF_PI + EPSILON;
    } else if (y > HALF_PI - EPSILON) y = HALF_PI - EPSILON;
    const r = f / pow(tany(y), n);
    return [r * sin(n * x), f - r * cos(n * x)];
  }) as Raw;
  project.invert = (x, y) => {
    const fy = f - y;
    const r = sign(n) * sqrt(x * x + fy * fy);
    let l = atan2(x, abs(fy)) * sign(fy);
    if (fy * n < 0) l -= PI * sign(x) * sign(fy);
    return [l / n, 2 * atan(pow(f / r, 1 / n)) - HALF_PI];
  };
  return project;
}

/** Lambert azimuthal equal-area, as d3-geo's geoAzimuthalEqualAreaRaw. */
const azimuthalEqualArea = ((x: number, y: number): [number, number] => {
  const cy = cos(y);
  const k = sqrt(2 / (1 + cos(x) * cy));
  // The antipode: d3-geo's value for a point it cannot place.
  if (k === Infinity) return [2, 0];
  return [k * cy * sin(x), k * sin(y)];
}) as Raw;
azimuthalEqualArea.invert = (x, y) => {
  const z = sqrt(x * x + y * y);
  const c = 2 * asin(z / 2);
  const sc = sin(c);
  return [atan2(x * sc, z * cos(c)), asin(z && (y * sc) / z)];
};

/** Equal Earth (Šavrič, Patterson and Jenny, 2018), as d3-geo's geoEqualEarthRaw. */
const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
const M = sqrt(3) / 2;
const equalEarth = ((lambda: number, phi: number): [number, number] => {
  const l = asin(M * sin(phi));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  return [(lambda * cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))), l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2))];
}) as Raw;
equalEarth.invert = (x, y) => {
  let l = y;
  let l2 = l * l;
  let l6 = l2 * l2 * l2;
  // Newton's method, as d3-geo: at most 12 steps.
  for (let i = 0; i < 12; i++) {
    const fy = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)) - y;
    const delta = fy / (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2));
    l -= delta;
    l2 = l * l;
    l6 = l2 * l2 * l2;
    if (abs(delta) < 1e-12) break;
  }
  return [(M * x * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))) / cos(l), asin(sin(l) / M)];
};

export function rawOf(spec: RawSpec): Raw {
  return spec.type === 'conicConformal' ? conicConformal(spec.parallels) : spec.type === 'azimuthalEqualArea' ? azimuthalEqualArea : equalEarth;
}

/** Longitude into −π…π. */
function wrap(lambda: number): number {
  return abs(lambda) > PI ? lambda - Math.round(lambda / (2 * PI)) * 2 * PI : lambda;
}

/**
 * d3-geo's rotation for `rotate([lambda, phi])` (degrees): the globe turned by `lambda` about
 * its axis, then by `phi` towards the viewer, so that (−lambda, −phi) comes to the centre.
 */
export function rotation([lambdaDegrees, phiDegrees]: readonly [number, number]): Raw {
  const deltaLambda = (lambdaDegrees % 360) * RADIANS;
  const deltaPhi = (phiDegrees % 360) * RADIANS;
  const [cosDeltaPhi, sinDeltaPhi] = [cos(deltaPhi), sin(deltaPhi)];
  const turn = ((lambda: number, phi: number): [number, number] => {
    lambda = wrap(lambda + deltaLambda);
    if (!deltaPhi) return [lambda, phi];
    const cosPhi = cos(phi);
    const x = cos(lambda) * cosPhi;
    const y = sin(lambda) * cosPhi;
    const z = sin(phi);
    const k = z * cosDeltaPhi + x * sinDeltaPhi;
    return [atan2(y, x * cosDeltaPhi - z * sinDeltaPhi), asin(k)];
  }) as Raw;
  turn.invert = (lambda, phi) => {
    if (deltaPhi) {
      const cosPhi = cos(phi);
      const x = cos(lambda) * cosPhi;
      const y = sin(lambda) * cosPhi;
      const z = sin(phi);
      [lambda, phi] = [atan2(y, x * cosDeltaPhi + z * sinDeltaPhi), asin(z * cosDeltaPhi - x * sinDeltaPhi)];
    }
    return [wrap(lambda - deltaLambda), phi];
  };
  return turn;
}

/** The angle between two places (longitude, latitude in degrees) along the great circle, in degrees. */
export function angleBetween([lon0, lat0]: readonly [number, number], [lon1, lat1]: readonly [number, number]): number {
  const [phi0, phi1, delta] = [lat0 * RADIANS, lat1 * RADIANS, (lon1 - lon0) * RADIANS];
  const [sin0, cos0, sin1, cos1, cosDelta] = [sin(phi0), cos(phi0), sin(phi1), cos(phi1), cos(delta)];
  const a = cos1 * sin(delta);
  const b = cos0 * sin1 - sin0 * cos1 * cosDelta;
  return atan2(sqrt(a * a + b * b), sin0 * sin1 + cos0 * cos1 * cosDelta) / RADIANS;
}
