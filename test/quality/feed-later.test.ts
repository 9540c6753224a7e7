/**
 * An app that fetches the feed itself starts with `feed = null` (React's `useState(null)`, Vue's
 * `ref(null)`, Svelte's `$state(null)`) and sets the object when it arrives, long after the page
 * has loaded. Until then every widget shows "Loading…" without a word to screen readers: no error
 * on the page, no `feed-error` event, nothing in the console; then the feed as if given at once.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { sampleFeed } from '../support/feeds.js';
import { captureConsole, completes, resetPage, shadow, until } from '../support/widgets.js';

const TAGS = ['conf-programme', 'conf-overview', 'conf-history', 'jubilee-list', 'partnership-map'] as const;
type Widget = HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };

describe('a feed the app gives later (feed = null until then)', () => {
  afterEach(resetPage);

  for (const tag of TAGS) {
    it(`<${tag}> waits quietly, then shows the feed`, async () => {
      const events: string[] = [];
      const widget = document.createElement(tag) as Widget;
      for (const type of ['feed-error', 'feed-ready']) widget.addEventListener(type, () => events.push(type));
      widget.feed = null;
      const { logged } = await captureConsole(async () => {
        document.body.append(widget);
        await completes(widget, 'the widget did not settle');
      });
      const root = shadow(widget);
      expect(root.querySelector('[part~="error"]'), 'an error while the app fetches the feed').to.equal(null);
      expect(root.querySelector('[part~="status"]'), 'no "Loading…" while the app fetches the feed').to.not.equal(null);
      expect(root.querySelector('[role="status"], [role="alert"]'), 'said to screen readers').to.equal(null);
      expect(events, 'events while waiting').to.deep.equal([]);
      expect(
        logged.filter((line) => line.includes('staedtepartner')),
        'console',
      ).to.deep.equal([]);

      widget.feed = await sampleFeed();
      await until(() => events.length > 0, 'no feed-ready after the feed was set');
      await completes(widget, 'the widget did not settle after the feed was set');
      expect(events).to.deep.equal(['feed-ready']);
      expect(root.querySelector('[part~="status"]'), 'still loading after the feed was set').to.equal(null);
      expect(root.querySelector('[part~="error"]')).to.equal(null);
    });
  }
});
