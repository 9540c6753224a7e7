/**
 * The map in a narrow box of a page that scrolls its overflow (`overflow: auto`: a theme's sidebar,
 * a table's cell, an accordion): the box never gets a horizontal scroll bar from the map, and every
 * element a keyboard reaches is inside the map's own box (not beyond the edge, where its focus
 * would not be seen). The land drawn beyond the map's edge is cut by the map, the table scrolls in
 * its own frame: neither reaches the page's box. Before, with the text at 200 % in a 200px column,
 * the two year fields kept their width and stuck out of the widget (3–14 px): the box scrolled.
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, shadow, until } from '../support/widgets.js';

type MapElement = HTMLElement & { updateComplete: Promise<unknown> };

/** The map, showing Essen's details, in a box `width` px wide with text of `font` px that scrolls its overflow. */
async function inBox(width: number, font: number): Promise<{ box: HTMLElement; element: MapElement }> {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; overflow: auto; font: ${font}px sans-serif`;
  const element = document.createElement('partnership-map') as MapElement;
  element.setAttribute('src', SAMPLE_FEED_URL);
  element.setAttribute('city', 'essen');
  box.append(element);
  document.body.append(box);
  await until(() => shadow(element).querySelector('[part~="partner-years"]'), 'the details of Essen');
  await element.updateComplete;
  return { box, element };
}

/** What is wrong in `box`: a horizontal scroll, and the focusable elements beyond the host's left or right edge. */
function overflow(box: HTMLElement, element: HTMLElement): string[] {
  const host = element.getBoundingClientRect();
  const wrong = box.scrollWidth > box.clientWidth ? [`the box scrolls: ${box.scrollWidth} > ${box.clientWidth}`] : [];
  for (const item of shadow(element).querySelectorAll<HTMLElement>('a, button, input, select, [tabindex]')) {
    // The table's cells scroll in its frame (itself checked); hidden help is not reached.
    if (item.tabIndex < 0 || item.closest('[hidden]') || item.parentElement?.closest('[part~="table-frame"]')) continue;
    const { left, right } = item.getBoundingClientRect();
    if (left < host.left - 0.5 || right > host.right + 0.5) {
      wrong.push(
        `${item.localName}${item.id ? `#${item.id}` : ''} "${item.textContent!.trim()}": ${Math.round(left - host.left)}…${Math.round(right - host.left)}`,
      );
    }
  }
  return wrong;
}

describe('<partnership-map> in a narrow box that scrolls its overflow', () => {
  afterEach(resetPage);

  for (const language of ['en', 'de', 'ru']) {
    it(`${language}: a 300px box gets no horizontal scroll, with the map, its help, a city’s details, zoomed, and the table`, async () => {
      await setLanguage(language);
      const { box, element } = await inBox(300, 16);
      const root = shadow(element);
      const found = new Set<string>();
      const check = (state: string) => overflow(box, element).forEach((line) => found.add(`${state}: ${line}`));
      check('map');
      root.querySelector<HTMLElement>('[aria-controls="map-help"]')!.click();
      await element.updateComplete;
      check('help');
      root.querySelector<HTMLElement>('[part~="map-tools"] button')!.click();
      await until(() => !root.querySelector('.layer.moving'), 'the zoom ended');
      await element.updateComplete;
      check('zoomed');
      root.querySelectorAll<HTMLElement>('[part~="view-switch"] button')[1].click();
      await until(() => root.querySelector('[part~="table-frame"]'), 'the table');
      await element.updateComplete;
      check('table');
      expect([...found]).to.deep.equal([]);
    });

    it(`${language}: with the text at 200 % (32px) in a 200px box, the year fields fit and the box gets no horizontal scroll`, async () => {
      await setLanguage(language);
      const { box, element } = await inBox(200, 32);
      expect(overflow(box, element)).to.deep.equal([]);
    });
  }
});
