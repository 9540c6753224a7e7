/**
 * Issue 12, a town's own page: the town of `city="…"` and its partners are never
 * hidden inside a cluster, and the lines of its partnerships start at the town. The
 * feed (test/support/ruhr.ts) puts Essen among its Ruhr neighbours, which cluster
 * with it at small scales, and each partner next to other cities.
 */
import { expect } from '@open-wc/testing';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { ESSEN_PARTNERS, markers, ownMarker, ruhrMap } from '../support/ruhr.js';
import { resetPage, shadow, until } from '../support/widgets.js';

/** A marker's centre in map pixels, from its transform. */
function centre(marker: HTMLElement): [number, number] {
  const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(marker.style.transform)!;
  return [Number(x), Number(y)];
}

/** Both ends of every curve of a path ("M x y Q cx cy x y"). */
function curveEnds(d: string): [[number, number], [number, number]][] {
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)Q-?[\d.]+ -?[\d.]+ (-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
    [Number(m[1]), Number(m[2])],
    [Number(m[3]), Number(m[4])],
  ]);
}

const near = ([x0, y0]: [number, number], [x1, y1]: [number, number]) => Math.hypot(x1 - x0, y1 - y0) <= 1.5;

describe("<partnership-map city> on a town's own page", () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  for (const width of [360, 1280]) {
    it(`at ${width} px Essen and each of its partners are markers of their own, and its lines start at Essen`, async () => {
      const element = await ruhrMap(width, { city: 'essen' });
      const essen = ownMarker(element, 'Essen');
      expect(essen, 'Essen is its own marker').not.to.equal(undefined);
      expect(essen!.getAttribute('part')).to.equal('marker selected');
      for (const partner of ESSEN_PARTNERS) {
        const marker = ownMarker(element, partner);
        expect(marker, `${partner} is its own marker`).not.to.equal(undefined);
        expect(marker!.getAttribute('part'), partner).to.equal('marker partner');
      }
      const lines = curveEnds(shadow(element).querySelector('path.arcs.highlighted')!.getAttribute('d')!);
      expect(lines.length, 'one line per partnership of Essen').to.equal(ESSEN_PARTNERS.length);
      for (const ends of lines)
        expect(
          ends.some((end) => near(end, centre(essen!))),
          `a line from ${ends[0]} to ${ends[1]}`,
        ).to.equal(true);
      // The other Ruhr cities are still grouped where they are close.
      expect(markers(element).some((marker) => marker.getAttribute('part')?.includes('cluster'))).to.equal(true);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }

  it('a selected city keeps its partners on markers of their own while it is selected', async () => {
    const element = await ruhrMap(360, { city: 'essen' });
    // Gelsenkirchen, a partner of Sunderland, is in a group with its neighbours until Sunderland is selected.
    expect(ownMarker(element, 'Gelsenkirchen')).to.equal(undefined);
    ownMarker(element, 'Sunderland')!.click();
    await until(() => ownMarker(element, 'Gelsenkirchen'), 'Gelsenkirchen did not get a marker of its own');
    expect(ownMarker(element, 'Sunderland')!.getAttribute('part')).to.equal('marker selected');
    expect(ownMarker(element, 'Gelsenkirchen')!.getAttribute('part')).to.equal('marker partner');
    expect(ownMarker(element, 'Essen')!.getAttribute('part')).to.equal('marker partner');
    // Closed: Gelsenkirchen goes back into its group; Essen, the town of the page, stays on its own.
    shadow(element).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await until(() => !shadow(element).querySelector('[part~="panel"]'), 'the details did not close');
    expect(ownMarker(element, 'Gelsenkirchen')).to.equal(undefined);
    expect(ownMarker(element, 'Essen')).not.to.equal(undefined);
  });
});
