/**
 * Escape on a place closes the details of the selected city and leaves the focus on that place.
 * It jumped to the selected city's marker, or, that city being out of view, to the map itself
 * (a reader who had arrowed to a place far from it lost it, and the tab stop with it).
 * Escape inside the details still takes the focus back to the city they were of.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/partnership-map/define.js';
import type { MarkerInfo } from '../../src/partnership-map/markers.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { setClock } from '../../src/shared/clock.js';
import { deepActiveElement, resetPage, shadow, until } from '../support/widgets.js';

const place = (id: string, country: string, lat: number, lon: number) => ({ id, name: id[0].toUpperCase() + id.slice(1), country, lat, lon });

/** Essen's partners span Europe; Berlin and Warsaw, partners of each other only, lie between them. */
const FEED = {
  version: 1,
  cities: [
    place('essen', 'DE', 51.45, 7.01),
    place('paris', 'FR', 48.85, 2.35),
    place('moscow', 'RU', 55.75, 37.62),
    place('berlin', 'DE', 52.52, 13.4),
    place('warsaw', 'PL', 52.23, 21.01),
  ],
  partnerships: [
    { id: 'essen--paris', cities: ['essen', 'paris'], since: '1991' },
    { id: 'essen--moscow', cities: ['essen', 'moscow'], since: '1991-09-09' },
    { id: 'berlin--warsaw', cities: ['berlin', 'warsaw'], since: '1991-06' },
  ],
};

function citiesOf(element: PartnershipMap, marker: Element | null): string[] {
  const shown = (element as unknown as { shownMarkers: Map<string, MarkerInfo> }).shownMarkers;
  return shown.get((marker as HTMLElement | null)?.dataset['key'] ?? '')?.cities.map((city) => city.id) ?? [];
}

async function essenMap(): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.feed = FEED as FeedDocument;
  element.city = 'essen';
  element.style.width = '800px';
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]') && element.shadowRoot.querySelector('[part~="panel"]'), 'no markers or details');
  await element.updateComplete;
  return element;
}

/** Escape until the details close (the first may only hide the tooltip of the place in focus). */
async function escapeClosesDetails(element: PartnershipMap): Promise<void> {
  for (let i = 0; i < 2 && shadow(element).querySelector('[part~="panel"]'); i++) {
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
  }
  await until(() => !shadow(element).querySelector('[part~="panel"]'), 'Escape did not close the details');
  await element.updateComplete;
}

describe('<partnership-map> Escape on a place', () => {
  beforeEach(() => setClock(() => new Date('2026-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('closes the details and leaves the focus on the place the reader is on', async () => {
    const element = await essenMap();
    const root = shadow(element);
    const berlin = [...root.querySelectorAll<HTMLElement>('[part~="marker"]')].find((marker) => citiesOf(element, marker).includes('berlin'));
    expect(berlin, 'Berlin is on the map').not.to.equal(undefined);
    expect(citiesOf(element, berlin!)).not.to.include('essen');
    berlin!.focus();
    await element.updateComplete;
    await escapeClosesDetails(element);
    const active = deepActiveElement();
    expect(active?.matches('[part~="marker"]'), `focus on a place, not <${active?.localName} part="${active?.getAttribute('part')}">`).to.equal(true);
    expect(citiesOf(element, active), 'the place in focus').to.include('berlin');
    expect(active!.getAttribute('tabindex'), 'it keeps the tab stop').to.equal('0');
  });

  it('takes the focus from the closed details back to the city they were of', async () => {
    const element = await essenMap();
    shadow(element).querySelector<HTMLElement>('[part~="panel-heading"]')!.focus();
    await escapeClosesDetails(element);
    expect(citiesOf(element, deepActiveElement())).to.include('essen');
  });
});
