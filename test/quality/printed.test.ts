/**
 * Printed pages of <conf-overview> and <conf-history> (the programme's are in
 * test/conf-programme/printed-zone.test.ts): on paper a button does nothing and a
 * link's text alone loses where it leads. Print media is emulated in Chromium; elsewhere
 * the widget's `@media print` rules are adopted as if printing, so their effect is checked
 * on every engine.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { manyConferences } from '../../scripts/freeze-feeds.mjs';
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/conf-history/define.js';
import { setClock } from '../../src/shared/clock.js';
import { resetPage, settled, shadow, until } from '../support/widgets.js';

let emulated = false;

/** Print media: emulated in Chromium; elsewhere the element's print rules (which must mention `mentioned`) adopted. */
async function printMedia(element: Element, mentioned: string): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
    emulated = true;
    await until(() => matchMedia('print').matches, 'print media');
    return;
  } catch {
    // No media emulation in this browser.
  }
  const root = shadow(element);
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(rules.join(' '), 'the print rules').to.contain(mentioned);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const shown = (element: Element | null) => !!element && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;

describe('printed <conf-overview> and <conf-history>', function () {
  this.timeout(60_000);
  beforeEach(() => setClock(() => new Date('2026-03-01T12:00:00Z')));
  afterEach(async () => {
    if (emulated) await emulateMedia({ media: 'screen' });
    emulated = false;
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
});
