/**
 * Issue 11, freeze budget: a feed the schema accepts with 10,000 cities at one
 * point, each a partner of the next (10,000 partnerships; the feed of
 * `npm run freeze`, scripts/freeze-feeds.mjs; the last city is "Zelenogradsk"). No timing: the test
 * checks that the work and the page stay bounded (elements rendered, length of
 * a marker's name, cluster indexes built, names turned into search keys)
 * while every city can still be found and opened.
 */
import type { FeedDocument } from '../../src/feed/schema.js';
import { expect } from '@open-wc/testing';
import { coincidentCities } from '../../scripts/freeze-feeds.mjs';
import '../../src/partnership-map/define.js';
import { PLACE_PAGE } from '../../src/partnership-map/panel.js';
import type { PartnershipMap } from '../../src/partnership-map/partnership-map.js';
import { ROW_MARGIN, ROW_STEP } from '../../src/partnership-map/table-window.js';
import { mapWork } from '../../src/partnership-map/work.js';
import { setClock } from '../../src/shared/clock.js';
import { belowTheFold, resetPage, searchMap, shadow, texts, until } from '../support/widgets.js';

const CITIES = 10_000;

/** Every element in the widget's shadow root. */
const elementCount = (element: Element) => shadow(element).querySelectorAll('*').length;

async function coincidentMap(feed: Record<string, unknown>, place?: (element: PartnershipMap) => void): Promise<PartnershipMap> {
  const element = document.createElement('partnership-map');
  element.feed = feed as FeedDocument;
  place?.(element);
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no marker');
  await element.updateComplete;
  return element;
}

function markers(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')];
}

async function openOnlyMarker(element: PartnershipMap): Promise<void> {
  const [marker] = markers(element);
  marker.click();
  await until(() => shadow(element).querySelector('[part~="panel-heading"]'), 'the details did not open');
  await element.updateComplete;
}

describe('<partnership-map> with 10,000 cities at one point', () => {
  // One feed object for the file: the widgets keep their work per feed, as a page does.
  const feed = coincidentCities(CITIES);

  beforeEach(() => setClock(() => new Date('2021-06-01T12:00:00Z')));
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('opens on one place marker whose name lists a few cities, not 10,000; the cities are clustered once and not indexed for search', async () => {
    const clustered = mapWork.clusterIndexes;
    const keyed = mapWork.searchKeys;
    // Out of the window, so that the search's preparation in idle time (a large map in view) is not counted as the opening's.
    const element = await coincidentMap(feed, belowTheFold);
    expect(texts(shadow(element), '[part~="summary"]')[0]).to.equal('10,000 partnerships, 10,000 cities');
    const all = markers(element);
    expect(all.length).to.equal(1);
    expect(all[0].getAttribute('part')).to.equal('marker place');
    const name = all[0].getAttribute('aria-label')!;
    expect(name).to.match(/^10,000\scities \(Town \d+, Town \d+, Town \d+ …\), Germany and Russia, 10,000\spartnerships$/);
    expect(mapWork.clusterIndexes - clustered, 'cluster indexes built').to.equal(1);
    expect(mapWork.searchKeys - keyed, 'names made search keys before any search').to.equal(0);
    expect(elementCount(element)).to.be.below(200);
    // The tooltip of the marker in focus names a few too.
    all[0].focus();
    await element.updateComplete;
    const tooltip = texts(shadow(element), '[part~="tooltip"]')[0];
    expect(tooltip).to.match(/^10,000 cities.*Town \d+, Town \d+, Town \d+ … · 10,000 partnerships$/);
  });

  it('opening the place lists its cities a page at a time; Show more adds the next page and takes the focus there', async () => {
    const element = await coincidentMap(feed);
    const root = shadow(element);
    await openOnlyMarker(element);
    expect(texts(root, '[part~="panel-heading"]')).to.deep.equal(['10,000 cities']);
    expect(root.querySelectorAll('[part~="place-city"]').length).to.equal(PLACE_PAGE);
    expect(root.querySelectorAll('[part~="partner"]').length, 'no city shows all its partnerships yet').to.equal(0);
    expect(texts(root, '[part~="panel"] [part~="more"] span')).to.deep.equal([`${PLACE_PAGE} of 10,000 shown`]);
    expect(elementCount(element)).to.be.below(200 + 5 * PLACE_PAGE);
    root.querySelector<HTMLButtonElement>('[part~="panel"] [part~="show-more"]')!.click();
    await until(() => root.querySelectorAll('[part~="place-city"]').length === 2 * PLACE_PAGE, 'Show more added no cities');
    await element.updateComplete;
    const buttons = root.querySelectorAll('[part~="place-city"]');
    expect(root.activeElement).to.equal(buttons[PLACE_PAGE]);
  });

  it('a city chosen from the list opens with its partnerships', async () => {
    const element = await coincidentMap(feed);
    const root = shadow(element);
    await openOnlyMarker(element);
    const button = root.querySelectorAll<HTMLButtonElement>('[part~="place-city"]')[3];
    const name = button.textContent!.trim();
    const number = Number(/^Town (\d+)$/.exec(name)![1]);
    button.click();
    await until(() => texts(root, '[part~="panel-heading"]')[0] === name, 'the chosen city did not open');
    const partners = texts(root, '[part~="partner-name"]').sort();
    expect(partners).to.deep.equal([`Town ${(number + 1) % CITIES}`, `Town ${(number + CITIES - 1) % CITIES}`].sort());
    expect(root.activeElement).to.equal(root.querySelector('[part~="panel-heading"]'));
  });

  it('the last city is found by the search field (in another spelling) and opened', async () => {
    const element = await coincidentMap(feed);
    const root = shadow(element);
    await searchMap(element, 'Зеленоград');
    await until(() => texts(root, '[part~="summary"]')[0] === '2 partnerships, 3 cities', 'the search did not narrow the map');
    await openOnlyMarker(element);
    // Zelenogradsk and its partners Town 9998 and Town 0: few enough to show each one's partnerships.
    expect(
      texts(root, '[part~="panel-heading"]')[0]
        .split(/, and |, | and /)
        .sort(),
    ).to.deep.equal(['Town 0', 'Town 9998', 'Zelenogradsk']);
    expect(texts(root, '[part~="partner-name"]')).to.include.members(['Town 9998', 'Town 0']);
  });

  it('the table renders the rows in view, sorted over all 10,000: the last city comes first when sorted descending', async () => {
    const element = await coincidentMap(feed);
    const root = shadow(element);
    element.view = 'table';
    await until(() => root.querySelector('[part~="row"]'), 'no table');
    const frame = root.querySelector<HTMLElement>('[part~="table-frame"]')!;
    const row = root.querySelector<HTMLElement>('[part~="row"]')!;
    const inView = Math.ceil(frame.clientHeight / row.getBoundingClientRect().height);
    await until(() => root.querySelectorAll('[part~="row"]').length <= inView + 2 * ROW_MARGIN + ROW_STEP, 'more rows than in view');
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(root.querySelector('th')?.getAttribute('aria-sort'), 'sorted by city at first').to.equal('ascending');
    root.querySelector<HTMLButtonElement>('[part~="sort"]')!.click();
    await until(() => root.querySelector('th')?.getAttribute('aria-sort') === 'descending', 'not sorted descending');
    expect(texts(root, '[part~="row"] th:first-child')[0]).to.equal('Zelenogradsk');
  });
});
