/**
 * A server-rendered React app (Next's App Router, Remix) hydrates the widgets' React components
 * after the page's `load` event: the element is in the page, and upgraded, before React sets its
 * props. The components render their element with `defer-hydration`, which the widget waits for
 * quietly, and which @lit/react removes once the props are set: no "needs src" error, no
 * `feed-error`, no alert in between. The tests run once the page has finished loading.
 */
import { expect } from '@open-wc/testing';
import { createElement, type ComponentType } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { ConfHistory, ConfOverview, ConfProgramme, JubileeList, PartnershipMap } from '../../src/react/index.js';
import type { FeedDocument } from '../../src/feed/schema.js';
import { SAMPLE_FEED_URL, sampleFeed } from '../support/feeds.js';
import { loadFeed, loaderSettings } from '../../src/feed/loader.js';
import { installFakeTimers } from '../support/fake-timers.js';
import { captureConsole, resetPage, shadow, until } from '../support/widgets.js';

const components: [string, ComponentType<Record<string, unknown>>][] = [
  ['jubilee-list', JubileeList as ComponentType<Record<string, unknown>>],
  ['conf-history', ConfHistory as ComponentType<Record<string, unknown>>],
  ['conf-overview', ConfOverview as ComponentType<Record<string, unknown>>],
  ['conf-programme', ConfProgramme as ComponentType<Record<string, unknown>>],
  ['partnership-map', PartnershipMap as ComponentType<Record<string, unknown>>],
];

describe('staedtepartner-widgets/react hydrated after the page has loaded', () => {
  let feed: FeedDocument;
  let container: HTMLElement;
  let root: Root | undefined;

  before(async () => {
    feed = (await sampleFeed()) as unknown as FeedDocument;
    // As in the app: React hydrates once the page has loaded.
    if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    root?.unmount();
    root = undefined;
    container.remove();
    await resetPage();
  });

  for (const [tag, component] of components) {
    it(`<${tag}>: waits for its props without an error, then shows the feed`, async () => {
      expect(document.readyState).to.equal('complete');
      const events: string[] = [];
      container.addEventListener('feed-error', () => events.push('feed-error'));
      container.addEventListener('feed-ready', () => events.push('feed-ready'));
      // The server's HTML: the element with no props, as React renders it without a DOM.
      container.innerHTML = renderToString(createElement(component, { feed }));
      const element = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      expect(element.hasAttribute('defer-hydration'), 'the component renders defer-hydration').to.equal(true);

      const { logged } = await captureConsole(async () => {
        // Upgraded and drawn before React hydrates (the app's chunk still downloading).
        await element.updateComplete;
        expect(shadow(element).querySelector('[part~="error"]'), 'no error before the props').to.equal(null);
        expect(events).to.deep.equal([]);

        root = hydrateRoot(container, createElement(component, { feed }));
        await until(() => events.length > 0, `<${tag}> sent neither feed-ready nor feed-error`);
        await element.updateComplete;
      });
      expect(events).to.deep.equal(['feed-ready']);
      expect(logged).to.deep.equal([]);
      expect(element.hasAttribute('defer-hydration'), '@lit/react removed it').to.equal(false);
      expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    });
  }

  // Remix / React Router and Next render `<JubileeList src="…" onFeedReady={…}>` on the server: the
  // element is upgraded (its module imported) before React hydrates and adds the listener. It loaded
  // its `src` at once and sent `feed-ready` to nobody: the app's onFeedReady was never called
  // (React Router's dev server, where hydration comes late). It requests the feed at once and reads
  // it once hydration has removed `defer-hydration`.
  for (const [tag, component] of components) {
    it(`<${tag}> with src: sends feed-ready to the app's onFeedReady once hydrated`, async () => {
      const src = `${SAMPLE_FEED_URL}?hydrated=${tag}`;
      const calls: string[] = [];
      const events: string[] = [];
      container.addEventListener('feed-ready', () => events.push('feed-ready'));
      const props = { src, onFeedReady: () => calls.push('onFeedReady'), onFeedError: () => calls.push('onFeedError') };
      // The server's HTML, as React Router's server renders it: in Node the class has no `src`
      // property yet, so @lit/react gives it to React as the attribute (renderToString here, where
      // the class is defined, would leave it out).
      container.innerHTML = `<${tag} src="${src}" defer-hydration=""></${tag}>`;
      const element = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      const { logged } = await captureConsole(async () => {
        // Upgraded and drawn; the feed arrives while the app's chunk still downloads.
        await element.updateComplete;
        await loadFeed(src);
        await element.updateComplete;
        expect(events, 'nothing sent before the app listens').to.deep.equal([]);
        root = hydrateRoot(container, createElement(component, props));
        await until(() => calls.length > 0, `<${tag}>: onFeedReady was not called`);
        await element.updateComplete;
      });
      expect(calls).to.deep.equal(['onFeedReady']);
      expect(events).to.deep.equal(['feed-ready']);
      expect(logged).to.deep.equal([]);
      expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    });
  }

  it('says a missing feed once the feed time limit has passed after an app that hydrated without one', async () => {
    // The server's HTML, parsed in a template (inert: upgraded only once it is in the page).
    const html = document.createElement('template');
    html.innerHTML = renderToString(createElement(ConfOverview, {}));
    const element = html.content.querySelector('conf-overview') as HTMLElement & { updateComplete: Promise<unknown> };
    const failures: string[] = [];
    element.addEventListener('feed-error', (event) => failures.push((event as CustomEvent<{ failure: { kind: string } }>).detail.failure.kind));
    // Only setTimeout is fake (the widget's time limit); React hydrates on its own scheduler.
    const clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { logged } = await captureConsole(async () => {
        container.append(html.content); // upgraded now, under the fake clock
        await element.updateComplete;
        const hydrated = new Promise<void>((done) => {
          const observer = new MutationObserver(() => element.hasAttribute('defer-hydration') || (observer.disconnect(), done()));
          observer.observe(element, { attributes: true });
        });
        root = hydrateRoot(container, createElement(ConfOverview, {}));
        await hydrated;
        await element.updateComplete;
        expect(failures, 'told at once').to.deep.equal([]);
        clock.tick(loaderSettings.timeoutMs);
        await element.updateComplete;
      });
      expect(failures).to.deep.equal(['no-source']);
      expect(logged.join('\n')).to.contain('<conf-overview> needs src');
      expect(shadow(element).querySelector('[part~="error"]')).to.not.equal(null);
    } finally {
      clock.uninstall();
    }
  });
});
