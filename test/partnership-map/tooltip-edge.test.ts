/**
 * The tooltip of a marker on a narrow map (a phone, a sidebar of 340 px), where no side of the marker
 * has room for it: kept inside the map along the edge, never cut off by it (WCAG 1.4.10, 1.4.13).
 */
import { expect } from '@open-wc/testing';
import '../../src/partnership-map/define.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

describe('<partnership-map> tooltip on a narrow map', () => {
  afterEach(async () => {
    document.querySelectorAll('[data-test-parent]').forEach((parent) => parent.remove());
    await resetPage();
  });

  for (const language of ['de', 'ru', 'en']) {
    it(`${language}: every marker's tooltip stays inside the map, 340 px wide`, async () => {
      await pageLanguage(language);
      const parent = document.body.appendChild(document.createElement('div'));
      parent.dataset['testParent'] = '';
      parent.style.width = '340px';
      const element = parent.appendChild(document.createElement('partnership-map'));
      element.src = SAMPLE_FEED_URL;
      await until(() => shadow(element).querySelector('[part~="marker"]'), 'no markers');
      await element.updateComplete;
      const cut: string[] = [];
      for (const marker of shadow(element).querySelectorAll<HTMLElement>('[part~="marker"]')) {
        marker.focus();
        await element.updateComplete;
        const tooltip = shadow(element).querySelector('[part~="tooltip"]');
        if (!tooltip) {
          cut.push(`${marker.getAttribute('aria-label')}: no tooltip`);
          continue;
        }
        // Measured after the focus, which may scroll the page to the marker.
        const frame = shadow(element).querySelector('[part~="map"]')!.getBoundingClientRect();
        const box = tooltip.getBoundingClientRect();
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1)
          cut.push(
            `${marker.getAttribute('aria-label')!.slice(0, 40)}: ${Math.round(box.left - frame.left)}…${Math.round(box.right - frame.left)} of ${Math.round(frame.width)} px`,
          );
      }
      expect(cut, 'tooltips cut off by the map’s edge').to.deep.equal([]);
    });
  }
});
