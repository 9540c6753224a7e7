/**
 * Organisation logos are the only images the widgets load, from whatever host
 * the feed names. `no-logos` shows the organisations by name only, and nothing
 * is requested from the logo host. The logo host here is the test server under
 * its other name (localhost ↔ 127.0.0.1), counting the requests it gets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { minimalFeed } from '../support/feeds.js';
import { resetPage, settled, shadow, texts, until } from '../support/widgets.js';

const NAMES = ['Deutsch-Russisches Forum', 'Goethe-Institut'];

/** The same test server under another origin: localhost ↔ 127.0.0.1. */
function otherOrigin(path: string): string {
  const here = new URL(location.href);
  here.hostname = here.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return new URL(path, here.origin).href;
}

/** A feed whose two organiser logos are counted under `key` on the other origin. */
function feedWithLogos(key: string): Record<string, unknown> {
  return minimalFeed({
    organisations: NAMES.map((name, i) => ({ id: `org-${i}`, name, logo: otherOrigin(`/__test__/count/${key}-${i}.svg`) })),
    conferences: [{ id: 'c', title: 'Conference', start: '2021-06-28', hostCities: ['essen'], organisers: ['org-0', 'org-1'] }],
  });
}

/** Requests for the logos of `key` so far (the counter is the server's, whatever name it was asked under). */
async function hits(key: string): Promise<number> {
  const counts = await Promise.all(NAMES.map(async (_, i) => ((await (await fetch(`/__test__/hits/${key}-${i}.svg`)).json()) as { hits: number }).hits));
  return counts.reduce((a, b) => a + b, 0);
}

describe('<conf-overview> logos', () => {
  const keys: string[] = [];
  const key = () => {
    const made = `logo-${Math.random().toString(36).slice(2)}`;
    keys.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(keys.splice(0).flatMap((k) => NAMES.map((_, i) => fetch(`/__test__/reset/${k}-${i}.svg`))));
    await resetPage();
  });

  it('without no-logos: loads each logo from the feed’s host, without a referrer, and names the organisation', async () => {
    const shown = key();
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feedWithLogos(shown)} conference="c"></conf-overview>`);
    await settled(element, '[part~="card"]');
    const images = [...shadow(element).querySelectorAll<HTMLImageElement>('img[part~="logo"]')];
    expect(images.map((image) => image.alt)).to.deep.equal(NAMES);
    expect(images.map((image) => image.referrerPolicy)).to.deep.equal(['no-referrer', 'no-referrer']);
    // The name once: as the logo's alt text, not again as hidden text beside it.
    const items = [...shadow(element).querySelectorAll('[part~="organisation"]')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(['', '']);
    await until(async () => (await hits(shown)) === NAMES.length, 'the logos were never requested');
  });

  it('with no-logos: no <img>, nothing requested from the logo host, the names shown as text', async () => {
    const hidden = key();
    const shown = key();
    // Side by side, the widget with logos shows when the requests it makes have arrived.
    const both = await fixture<HTMLElement>(
      html`<div>
        <conf-overview .feed=${feedWithLogos(shown)} conference="c"></conf-overview>
        <conf-overview .feed=${feedWithLogos(hidden)} conference="c" no-logos></conf-overview>
      </div>`,
    );
    const [withLogos, withoutLogos] = [...both.querySelectorAll<ConfOverview>('conf-overview')];
    await settled(withLogos!, '[part~="card"]');
    await settled(withoutLogos!, '[part~="card"]');
    expect(withoutLogos!.noLogos).to.equal(true);
    const root = shadow(withoutLogos!);
    expect(root.querySelectorAll('img'), 'images').to.have.length(0);
    expect(texts(root, '[part~="organisation"]')).to.deep.equal(NAMES);
    expect(root.querySelectorAll('[part~="organisation"] .visually-hidden'), 'names hidden for a logo').to.have.length(0);
    await until(async () => (await hits(shown)) === NAMES.length, 'the widget with logos never requested them');
    expect(await hits(hidden), 'requests to the logo host with no-logos').to.equal(0);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes(`/count/${hidden}`))).to.deep.equal([]);
  });

  it('loads a logo only from an http or https address; any other is shown as the name', async () => {
    const feed = minimalFeed({
      organisations: ['mailto:logo@example.org', 'tel:+4930123', 'data:image/svg+xml,<svg/>', 'javascript:alert(1)'].map((logo, i) => ({
        id: `o${i}`,
        name: `Org ${i}`,
        logo,
      })),
      conferences: [{ id: 'c', title: 'Conference', start: '2021-06-28', hostCities: ['essen'], organisers: ['o0', 'o1', 'o2', 'o3'] }],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="c"></conf-overview>`);
    await settled(element, '[part~="card"]');
    expect(shadow(element).querySelectorAll('img'), 'images').to.have.length(0);
    expect(texts(shadow(element), '[part~="organisation"]')).to.deep.equal(['Org 0', 'Org 1', 'Org 2', 'Org 3']);
  });

  it('shows the name of an organisation whose logo cannot be loaded, not its alt text cut to the logo’s box', async () => {
    // One logo answered 404, one with JSON, no image; the third is an image and loads.
    const shown = key();
    const feed = minimalFeed({
      organisations: [
        { id: 'gone', name: 'Städtepartnerschaftsverein Baden-Württemberg', logo: otherOrigin('/__test__/status/404'), url: 'https://example.org/' },
        { id: 'page', name: 'Stadt Kaluga', logo: otherOrigin('/__test__/json?body=%7B%7D') },
        { id: 'fine', name: NAMES[0], logo: otherOrigin(`/__test__/count/${shown}-0.svg`) },
      ],
      conferences: [{ id: 'c', title: 'Conference', start: '2021-06-28', hostCities: ['essen'], organisers: ['gone', 'page', 'fine'] }],
    });
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feed} conference="c"></conf-overview>`);
    await settled(element, '[part~="card"]');
    const root = shadow(element);
    await until(() => root.querySelectorAll('img').length === 1, 'the broken logos are still images');
    expect(texts(root, '[part~="organisation"]')).to.deep.equal(['Städtepartnerschaftsverein Baden-Württemberg', 'Stadt Kaluga', '']);
    expect(root.querySelector('img')!.alt).to.equal(NAMES[0]);
    // The broken logo's link stays, now named by its text; the list is no longer a row of logos.
    expect(root.querySelector('[part~="organisation"] a')!.textContent!.trim()).to.equal('Städtepartnerschaftsverein Baden-Württemberg');
    expect(root.querySelector('.organisations')!.classList.contains('logos')).to.equal(false);
  });

  it('no-logos can be switched: removing it shows the logos again', async () => {
    const element = await fixture<ConfOverview>(html`<conf-overview .feed=${feedWithLogos(key())} conference="c" no-logos></conf-overview>`);
    await settled(element, '[part~="card"]');
    expect(shadow(element).querySelectorAll('img')).to.have.length(0);
    element.removeAttribute('no-logos');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('img[part~="logo"]')).to.have.length(NAMES.length);
  });
});
