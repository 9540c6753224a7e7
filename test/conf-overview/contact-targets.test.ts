/**
 * A contact's e-mail address and phone number stand on lines of their own, each a link: in the
 * smallest text the widget takes (12px, a host page's small theme) they were 18px apart (a line of
 * 1.5 × 12px), 14px high, so a finger on one reached the other: WCAG 2.5.8 asks of a target under
 * 24 × 24px that a circle of 24px around its centre touch no other target. Now a contact's lines are
 * at least 24px apart. Measured with getBoundingClientRect, at 12, 13 and 16px, in every engine.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, settled } from '../support/widgets.js';

/** How far the centre of `a` lies from the nearest point of `b`. */
function centreTo(a: DOMRect, b: DOMRect): number {
  const x = a.left + a.width / 2;
  const y = a.top + a.height / 2;
  return Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
}

describe('<conf-overview> contacts as targets', () => {
  afterEach(async () => {
    document.querySelectorAll('conf-overview').forEach((element) => element.remove());
    await resetPage();
  });

  for (const size of [12, 13, 16]) {
    it(`keeps a contact's links 24px targets or 12px clear of each other, in ${size}px text`, async () => {
      await setLanguage('de');
      const element = document.createElement('conf-overview');
      element.setAttribute('src', SAMPLE_FEED_URL);
      element.setAttribute('conference', 'xvi-kaluga-2021');
      element.style.cssText = `display: block; width: 320px; font: ${size}px sans-serif`;
      document.body.append(element);
      await settled(element, '[part~="card"]');
      const contacts = [...element.shadowRoot!.querySelectorAll('[part~="contact"]')];
      const links = contacts.map((contact) => [...contact.querySelectorAll('a')].map((link) => link.getBoundingClientRect()));
      expect(
        links.filter((pair) => pair.length > 1),
        'contacts with an e-mail address and a phone number',
      ).not.to.deep.equal([]);
      const close: string[] = [];
      for (const [index, boxes] of links.entries()) {
        for (const [i, box] of boxes.entries()) {
          if (box.width >= 24 && box.height >= 24) continue;
          for (const [j, other] of boxes.entries()) {
            if (i !== j && centreTo(box, other) < 12)
              close.push(`contact ${index + 1}, link ${i + 1}: ${centreTo(box, other).toFixed(1)}px from link ${j + 1}`);
          }
        }
      }
      expect(close).to.deep.equal([]);
    });
  }
});
