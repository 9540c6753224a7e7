/**
 * Issue 12, a town's own page: the town of `city="…"` and its partners are never
 * hidden inside a cluster, and the lines of its partnerships start at the town. The
 * feed puts Essen among its Ruhr neighbours (which cluster with it at small scales)
 * and each partner next to other cities (the partnerships are made up for the test).
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { resetPage, shadow, until } from '../support/widgets.js';

const place = (id: string, country: string, lat: number, lon: number, name: Record<string, string>) => ({ id, name, country, kind: 'city', lat, lon });

export function ruhrFeed(): Record<string, unknown> {
  const cities = [
    place('essen', 'DE', 51.4556, 7.0116, { en: 'Essen', de: 'Essen', ru: 'Эссен' }),
    place('bochum', 'DE', 51.4818, 7.2162, { en: 'Bochum', de: 'Bochum', ru: 'Бохум' }),
    place('gelsenkirchen', 'DE', 51.5177, 7.0857, { en: 'Gelsenkirchen', de: 'Gelsenkirchen', ru: 'Гельзенкирхен' }),
    place('muelheim', 'DE', 51.4186, 6.8845, { en: 'Mülheim an der Ruhr', de: 'Mülheim an der Ruhr', ru: 'Мюльхайм-на-Руре' }),
    place('oberhausen', 'DE', 51.4963, 6.8638, { en: 'Oberhausen', de: 'Oberhausen', ru: 'Оберхаузен' }),
    place('bottrop', 'DE', 51.5248, 6.9228, { en: 'Bottrop', de: 'Bottrop', ru: 'Ботроп' }),
    place('gladbeck', 'DE', 51.571, 6.9854, { en: 'Gladbeck', de: 'Gladbeck', ru: 'Гладбек' }),
    place('dortmund', 'DE', 51.5136, 7.4653, { en: 'Dortmund', de: 'Dortmund', ru: 'Дортмунд' }),
    place('duisburg', 'DE', 51.4344, 6.7623, { en: 'Duisburg', de: 'Duisburg', ru: 'Дуйсбург' }),
    place('herne', 'DE', 51.5369, 7.2009, { en: 'Herne', de: 'Herne', ru: 'Херне' }),
    place('sunderland', 'GB', 54.9069, -1.3838, { en: 'Sunderland', de: 'Sunderland', ru: 'Сандерленд' }),
    place('newcastle', 'GB', 54.9783, -1.6178, { en: 'Newcastle upon Tyne', de: 'Newcastle upon Tyne', ru: 'Ньюкасл-апон-Тайн' }),
    place('darlington', 'GB', 54.5236, -1.5595, { en: 'Darlington', de: 'Darlington', ru: 'Дарлингтон' }),
    place('middlesbrough', 'GB', 54.5742, -1.235, { en: 'Middlesbrough', de: 'Middlesbrough', ru: 'Мидлсбро' }),
    place('tampere', 'FI', 61.4978, 23.761, { en: 'Tampere', de: 'Tampere', ru: 'Тампере' }),
    place('grenoble', 'FR', 45.1885, 5.7245, { en: 'Grenoble', de: 'Grenoble', ru: 'Гренобль' }),
    place('echirolles', 'FR', 45.1436, 5.7183, { en: 'Échirolles', de: 'Échirolles', ru: 'Эшироль' }),
    place('zabrze', 'PL', 50.3249, 18.7857, { en: 'Zabrze', de: 'Zabrze', ru: 'Забже' }),
    place('gliwice', 'PL', 50.2945, 18.6714, { en: 'Gliwice', de: 'Gleiwitz', ru: 'Гливице' }),
    place('bytom', 'PL', 50.3484, 18.9157, { en: 'Bytom', de: 'Beuthen', ru: 'Бытом' }),
    place('nizhny-novgorod', 'RU', 56.2965, 43.9361, { en: 'Nizhny Novgorod', de: 'Nischni Nowgorod', ru: 'Нижний Новгород' }),
    place('dzerzhinsk', 'RU', 56.2389, 43.4631, { en: 'Dzerzhinsk', de: 'Dserschinsk', ru: 'Дзержинск' }),
  ];
  const pairs = [
    ['essen', 'sunderland'],
    ['essen', 'tampere'],
    ['essen', 'grenoble'],
    ['essen', 'zabrze'],
    ['essen', 'nizhny-novgorod'],
    ['bochum', 'gliwice'],
    ['gelsenkirchen', 'newcastle'],
    ['gelsenkirchen', 'sunderland'],
    ['muelheim', 'darlington'],
    ['oberhausen', 'middlesbrough'],
    ['bottrop', 'bytom'],
    ['gladbeck', 'echirolles'],
    ['dortmund', 'dzerzhinsk'],
    ['duisburg', 'gliwice'],
    ['herne', 'bytom'],
  ];
  return {
    version: 1,
    cities,
    partnerships: pairs.map(([a, b], index) => ({ id: `${a}--${b}`, cities: [a, b], since: `${1960 + index}-05-01` })),
  };
}

export const ESSEN_PARTNERS = ['Sunderland', 'Tampere', 'Grenoble', 'Zabrze', 'Nizhny Novgorod'];

export async function ruhrMap(width: number, attributes: Record<string, string> = {}): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.style.display = 'block';
  element.style.width = `${width}px`;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = ruhrFeed();
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
  await element.updateComplete;
  return element;
}

export function markers(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')];
}

/** The marker whose accessible name begins with the city's name ("Essen, Germany, …"): a marker of its own. */
export function ownMarker(element: Element, name: string): HTMLElement | undefined {
  return markers(element).find((marker) => marker.querySelector('.visually-hidden')!.textContent!.startsWith(`${name}, `));
}

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
