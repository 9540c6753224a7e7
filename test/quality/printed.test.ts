/**
 * Printed pages of <conf-overview> and <conf-history> (the programme's are in
 * test/conf-programme/printed-zone.test.ts): on paper a button does nothing and a
 * link's text alone loses where it leads. Print media is emulated in Chromium; elsewhere
 * the widget's `@media print` rules are adopted as if printing, so their effect is checked
 * on every engine.
 */
import { expect } from '@open-wc/testing';
import { manyConferences } from '../../scripts/freeze-feeds.mjs';
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/conf-history/define.js';
import '../../src/conf-overview/define.js';
import { setClock } from '../../src/shared/clock.js';
import { minimalFeed } from '../support/feeds.js';
import { printMedia, screenMedia } from '../support/print-media.js';
import { resetPage, settled, shadow } from '../support/widgets.js';

const shown = (element: Element | null) => !!element && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;

describe('printed <conf-overview> and <conf-history>', function () {
  this.timeout(60_000);
  beforeEach(() => setClock(() => new Date('2026-03-01T12:00:00Z')));
  afterEach(async () => {
    await screenMedia();
    document.querySelectorAll('conf-overview, conf-history').forEach((element) => element.remove());
    await resetPage();
  });

  it('<conf-history> of a long series prints no "Show" buttons, and says which conferences it shows', async () => {
    const all = manyConferences(20_000);
    const element = document.createElement('conf-history');
    // A batch and a half each side of the marked conference: both buttons.
    const marked = all.conferences.findIndex((conference) => String(conference.start) > '2026-03-01');
    element.feed = { ...all, conferences: all.conferences.slice(marked - 150, marked + 150) } as FeedDocument;
    document.body.append(element);
    await settled(element);
    const root = shadow(element);
    expect(shown(root.querySelector('[part~="show-previous"]')), 'on screen').to.equal(true);
    await printMedia(element, 'button');
    expect(shown(root.querySelector('[part~="show-previous"]')), 'Show previous conferences').to.equal(false);
    expect(shown(root.querySelector('[part~="show-next"]')), 'Show more conferences').to.equal(false);
    expect(shown(root.querySelector('[part~="shown-range"]')), 'Shown: … of 300').to.equal(true);
  });

  it('prints the address of a link whose words alone do not give it (registration, online, further links)', async () => {
    const overview = document.createElement('conf-overview');
    const conference = {
      id: 'c',
      title: { en: 'Partner Cities Conference' },
      start: '2026-06-28',
      end: '2026-06-30',
      hostCities: ['essen'],
      registration: { status: 'open', url: 'https://www.example.org/register' },
      onlineUrl: 'https://www.example.org/live',
      links: [{ url: 'https://www.example.org/programme', label: { en: 'Programme' } }],
    };
    overview.feed = minimalFeed({ conferences: [conference] }) as FeedDocument;
    const history = document.createElement('conf-history');
    history.feed = minimalFeed({ conferences: [conference] }) as FeedDocument;
    document.body.append(overview, history);
    await settled(overview, '[part~="card"]');
    await settled(history);
    const links = [...shadow(overview).querySelectorAll('a'), ...shadow(history).querySelectorAll('a')];
    const addresses = [
      'https://www.example.org/register',
      'https://www.example.org/live',
      'https://www.example.org/programme',
      'https://www.example.org/programme',
    ];
    expect(links.map((link) => link.href)).to.deep.equal(addresses);
    const screenWidths = links.map((link) => link.getBoundingClientRect().width);
    await printMedia(overview, 'attr(href)');
    await printMedia(history, 'attr(href)');
    for (const [index, link] of links.entries()) {
      // Its address follows the words, on the page: the link is much wider than its words.
      const widened = link.getClientRects().length > 1 || link.getBoundingClientRect().width > screenWidths[index]! + 100;
      expect(widened, `"${link.textContent}" is followed by ${addresses[index]}`).to.equal(true);
    }
  });
});
