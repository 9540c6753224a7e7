/**
 * The counts on the map's markers, as a designer meets them: a site whose markers are light
 * (`--partnership-map-color-de: #fde68a`) sets `--partnership-map-on-marker` and gets dark counts;
 * before, the count was white whatever the marker's colour (a private token), 1.2:1 on light yellow.
 * And the default counts on the default markers, which axe does not check (text on a coloured
 * badge over the map), have a contrast of at least 4.5:1 in the light scheme and the dark one.
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { contrast, rgba, type Rgba } from '../support/contrast.js';
import { resetPage, shadow, until } from '../support/widgets.js';

/** The sample feed's map in a column of `background`, once its markers with a count are placed. */
async function mapOn(background: string, style = ''): Promise<HTMLElement[]> {
  const column = document.createElement('div');
  column.style.cssText = `width: 480px; background: ${background}`;
  const element = document.createElement('partnership-map');
  element.setAttribute('src', SAMPLE_FEED_URL);
  element.setAttribute('style', style);
  column.append(element);
  document.body.append(column);
  await until(() => shadow(element).querySelector('[part~="marker"] .count'), 'no marker with a count');
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="marker"] .count')];
}

/** The colour of the badge behind a count: the marker's own, or its diamond's (a city of another country). */
function badgeOf(count: HTMLElement): Rgba {
  const marker = count.closest('[part~="marker"]')!;
  const own = rgba(getComputedStyle(marker).backgroundColor);
  return own[3] > 0 ? own : rgba(getComputedStyle(marker, '::before').backgroundColor);
}

describe('<partnership-map> counts on markers', () => {
  afterEach(async () => {
    document.querySelectorAll('partnership-map').forEach((element) => element.parentElement!.remove());
    await resetPage();
  });

  it('take --partnership-map-on-marker, for a designer’s light marker colours', async () => {
    const light = '--partnership-map-color-de: #fde68a; --partnership-map-color-ru: #bfdbfe; --partnership-map-color-other: #e5e7eb';
    const counts = await mapOn('#ffffff', `${light}; --partnership-map-on-marker: #1f2937`);
    for (const count of counts) {
      expect(getComputedStyle(count).color, `the colour of "${count.textContent}"`).to.equal('rgb(31, 41, 55)');
      expect(contrast(rgba(getComputedStyle(count).color), badgeOf(count)), `"${count.textContent}" on its badge`).to.be.at.least(4.5);
    }
  });

  it('have a contrast of at least 4.5:1 on the default markers, in the light scheme and the dark one', async () => {
    const colours = new Set<string>();
    for (const background of ['#ffffff', '#111827']) {
      for (const count of await mapOn(background)) {
        colours.add(getComputedStyle(count).color);
        const ratio = contrast(rgba(getComputedStyle(count).color), badgeOf(count));
        expect(ratio, `"${count.textContent}" on its badge, on ${background}`).to.be.at.least(4.5);
      }
      document.querySelector('partnership-map')!.parentElement!.remove();
    }
    // Each scheme its own colours: white counts on the light page, dark ones on the dark page.
    expect(colours.size).to.equal(2);
  });
});
