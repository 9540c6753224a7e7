/**
 * Issue 12, labels: country names at small scales, the selected city and its partners
 * named, no two labels overlapping (read from the rendered SVG text boxes), in the
 * active language, laid out once per zoom level and selection (not on every pan).
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { geoContains } from 'd3-geo';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/partnership-map/define.js';
import { loadGeometry } from '../../src/partnership-map/geometry.js';
import { countryPointsOf } from '../../src/partnership-map/labels.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { installFakeTimers } from '../support/fake-timers.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { pageLanguage, resetPage, shadow, texts, until } from '../support/widgets.js';
import { ESSEN_PARTNERS, ownMarker, ruhrFeed, ruhrMap } from '../support/ruhr.js';

const labelTexts = (element: Element, kind = '') => texts(shadow(element), `svg.labels text${kind}`);

/** Every pair of rendered labels whose boxes overlap (by more than half a pixel of rounding). */
function overlapping(element: Element): string[] {
  const boxes = [...shadow(element).querySelectorAll<SVGTextElement>('svg.labels text')].map((text) => ({
    text: text.textContent!,
    box: text.getBoundingClientRect(),
  }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i].box, boxes[j].box];
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) {
        found.push(`${boxes[i].text} / ${boxes[j].text}`);
      }
    }
  }
  return found;
}

async function sampleMap(width: number): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.style.display = 'block';
  element.style.width = `${width}px`;
  element.style.maxInlineSize = 'none'; // as ruhrMap(): the width named, not the test page's
  element.src = SAMPLE_FEED_URL;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
  await element.updateComplete;
  expect(element.getBoundingClientRect().width, 'the width named').to.equal(width);
  return element;
}

/** Zooms in with the + button, running the animation to its end on a fake clock. */
async function zoomIn(element: PartnershipMap): Promise<void> {
  const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  try {
    shadow(element).querySelector<HTMLButtonElement>('[part~="map-tools"] button')!.click();
    clock.runToFrame();
    clock.tick(400);
  } finally {
    clock.uninstall();
  }
  await element.updateComplete;
}

describe('<partnership-map> labels', () => {
  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  for (const [language, germany, russia] of [
    ['en', 'Germany', 'Russia'],
    ['de', 'Deutschland', 'Russland'],
    ['ru', 'Германия', 'Россия'],
  ]) {
    it(`names countries at a small scale in the page's language (${language}: ${germany})`, async () => {
      await pageLanguage(language);
      // The Ruhr feed's view, from England to Nizhny Novgorod (the sample feed's view of Germany is full of markers).
      const element = await ruhrMap(1280);
      await until(() => labelTexts(element, '.country').length > 0, 'no country names');
      expect(labelTexts(element, '.country')).to.include.members([germany, russia]);
      expect(overlapping(element)).to.deep.equal([]);
    });
  }

  it('names each country at points inside it (also one that crosses the antimeridian)', async () => {
    const geometry = await loadGeometry();
    const points = countryPointsOf(geometry.countries);
    expect(points.length).to.be.greaterThan(50);
    for (const country of points) {
      expect(country.points.length, country.code).to.be.greaterThan(0);
      for (const point of country.points) expect(geoContains(geometry.countries.get(country.code)!, point), `${country.code} at ${point}`).to.equal(true);
    }
  });

  it("puts country names where the map's projection puts the country (a regional map beyond Europe)", async () => {
    const feed = ruhrFeed() as { cities: Record<string, unknown>[]; partnerships: Record<string, unknown>[] };
    feed.cities.push({ id: 'changzhou', name: 'Changzhou', country: 'CN', kind: 'city', lat: 31.81, lon: 119.97 });
    feed.partnerships.push({ id: 'essen--changzhou', cities: ['essen', 'changzhou'], since: '1994-10-12' });
    const element = document.createElement('partnership-map');
    element.style.display = 'block';
    element.style.width = '1280px';
    element.style.maxInlineSize = 'none';
    element.feed = feed as FeedDocument;
    document.body.append(element);
    await until(() => labelTexts(element, '.country').includes('Finland'), 'Finland not named');
    const finland = [...shadow(element).querySelectorAll('svg.labels text.country')].find((text) => text.textContent === 'Finland')!.getBoundingClientRect();
    const tampere = ownMarker(element, 'Tampere')!.getBoundingClientRect();
    // Finland's middle is about 350 km from Tampere: some 50 pixels at this scale (the name may move a few lines off it), not hundreds.
    const distance = Math.hypot(
      finland.left + finland.width / 2 - (tampere.left + tampere.width / 2),
      finland.top + finland.height / 2 - (tampere.top + tampere.height / 2),
    );
    expect(distance).to.be.below(120);
  });

  it('names the selected city and its partners, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const element = await ruhrMap(width, { city: 'essen' });
      await until(() => labelTexts(element, '.selected').length > 0, 'no label for the selected city');
      expect(labelTexts(element, '.selected'), `${width} px`).to.deep.equal(['Essen']);
      expect(labelTexts(element, '.partner').sort(), `${width} px`).to.deep.equal([...ESSEN_PARTNERS].sort());
      expect(overlapping(element), `${width} px`).to.deep.equal([]);
      element.remove();
    }
  });

  it('names the partners of a city selected on the map', async () => {
    const element = await ruhrMap(1280, { city: 'essen' });
    ownMarker(element, 'Sunderland')!.click();
    await until(() => labelTexts(element, '.selected')[0] === 'Sunderland', 'Sunderland not named as selected');
    expect(labelTexts(element, '.partner').sort()).to.deep.equal(['Essen', 'Gelsenkirchen']);
    expect(overlapping(element)).to.deep.equal([]);
  });

  it('no two labels overlap, at every zoom step of the sample feed at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const element = await sampleMap(width);
      await until(() => labelTexts(element).length > 0, 'no labels');
      for (let step = 0; step < 5; step++) {
        expect(overlapping(element), `${width} px, zoom step ${step}`).to.deep.equal([]);
        await zoomIn(element);
      }
      element.remove();
    }
  });

  it('follows a change of language', async () => {
    const element = await ruhrMap(1280, { city: 'essen' });
    await until(() => labelTexts(element, '.partner').includes('Nizhny Novgorod'), 'no English label');
    await pageLanguage('ru');
    await until(() => labelTexts(element, '.partner').includes('Нижний Новгород'), 'the labels did not change to Russian');
    expect(labelTexts(element, '.selected')).to.deep.equal(['Эссен']);
    await pageLanguage('de');
    await until(() => labelTexts(element, '.partner').includes('Nischni Nowgorod'), 'the labels did not change to German');
  });

  it('is laid out once per zoom level and selection: panning only moves the labels', async () => {
    const element = await ruhrMap(1280, { city: 'essen' });
    await until(() => labelTexts(element, '.country').length > 0, 'no country names');
    const positions = () =>
      [...shadow(element).querySelectorAll('svg.labels text')].map((text) => `${text.getAttribute('x')},${text.getAttribute('y')}`).join('|');
    const before = positions();
    shadow(element).querySelector<HTMLElement>('[part~="map"]')!.focus();
    // The focus reaches for the map: a search is rehearsed in idle time, once per page (prepare.ts), with a layout of its own; the pan is counted after it.
    await until(() => mapWork.rehearsals > 0, 'no search rehearsed');
    const layouts = mapWork.labelLayouts;
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
    }
    expect(positions(), 'the labels moved with the map').not.to.equal(before);
    expect(mapWork.labelLayouts - layouts, 'layouts while panning').to.equal(0);
    await zoomIn(element);
    expect(mapWork.labelLayouts - layouts, 'a new zoom level is laid out').to.be.greaterThan(0);
  });

  it('leaves the pointer and the accessibility tree to the markers', async () => {
    const element = await ruhrMap(1280, { city: 'essen' });
    await until(() => labelTexts(element, '.selected').length > 0, 'no label');
    const layer = shadow(element).querySelector('svg.labels')!;
    expect(layer.getAttribute('aria-hidden')).to.equal('true');
    const label = layer.querySelector('text.selected')!.getBoundingClientRect();
    const hit = shadow(element).elementFromPoint(label.left + label.width / 2, label.top + label.height / 2);
    expect(hit?.closest('svg.labels'), 'the label is under the pointer').to.equal(null);
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});
