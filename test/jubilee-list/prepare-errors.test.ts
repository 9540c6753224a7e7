/**
 * The head start a list takes while the page is idle after it connects (prepareFormats in
 * jubilee-list.ts: the collator, the founding dates' formats, the validation's code run once) is
 * only a head start: when it fails, it says so in the console and throws nothing into the host
 * page, and the list makes what it needs itself once it has a feed.
 */
import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import type { FeedDocument } from '../../src/feed/schema.js';
import '../../src/jubilee-list/define.js';
import { warmUpDone, type JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { captureConsole, resetPage, settled, shadow } from '../support/widgets.js';

describe('<jubilee-list>: its idle head start failing', () => {
  afterEach(resetPage);

  // The first list of this page: the head start has not run yet, and no collator is made.
  it('logs the failure instead of throwing into the page, and the list still renders its feed', async () => {
    const { Collator } = Intl;
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    let element: JubileeList | undefined;
    try {
      const { logged } = await captureConsole(async () => {
        Intl.Collator = class {
          constructor() {
            throw new Error('no collator today');
          }
        } as unknown as typeof Intl.Collator;
        element = Object.assign(document.createElement('jubilee-list'), { year: 2025, step: 1 });
        document.body.append(element);
        await warmUpDone();
      });
      expect(logged.join('\n')).to.contain('could not prepare').and.to.contain('no collator today');
      expect(uncaught, 'errors thrown into the page').to.deep.equal([]);
      Intl.Collator = Collator;
      element!.feed = generateFeed({ partnerships: 40, sessions: 0 }) as unknown as FeedDocument;
      await settled(element!, '[part~="summary"]');
      expect(shadow(element!).querySelectorAll('[part~="entry"]').length).to.be.above(0);
    } finally {
      Intl.Collator = Collator;
      window.removeEventListener('error', onError);
      element?.remove();
    }
  });
});
