/**
 * The React components of staedtepartner-widgets/react, rendered with React 19: `feed` passed as
 * an object reaches the element as its property, and the widgets' events arrive at the `on…`
 * props with their detail. Each component registers its element on import, so nothing here
 * defines a widget by hand.
 */
import { expect } from '@open-wc/testing';
import { createElement, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { FeedReadyDetail } from '../../src/events.js';
import type { FeedDocument } from '../../src/feed/schema.js';
import { ConfHistory, ConfOverview, ConfProgramme, JubileeList, PartnershipMap } from '../../src/react/index.js';
import { settled, shadow, until } from '../support/widgets.js';
import { reactRootPerTest } from '../support/react-root.js';

describe('staedtepartner-widgets/react', () => {
  const react = reactRootPerTest();

  const components: [string, ComponentType<Record<string, unknown>>, Record<string, unknown>][] = [
    ['jubilee-list', JubileeList as ComponentType<Record<string, unknown>>, { year: 2021 }],
    ['conf-history', ConfHistory as ComponentType<Record<string, unknown>>, {}],
    ['conf-overview', ConfOverview as ComponentType<Record<string, unknown>>, {}],
    ['conf-programme', ConfProgramme as ComponentType<Record<string, unknown>>, {}],
    ['partnership-map', PartnershipMap as ComponentType<Record<string, unknown>>, {}],
  ];

  for (const [tag, component, props] of components) {
    it(`<${tag}>: takes feed={object} as its property and calls onFeedReady`, async () => {
      const ready: CustomEvent<FeedReadyDetail>[] = [];
      flushSync(() =>
        react.root.render(createElement(component, { ...props, feed: react.feed, onFeedReady: (event: CustomEvent<FeedReadyDetail>) => ready.push(event) })),
      );
      const element = react.container.querySelector(tag) as HTMLElement & { feed?: unknown };
      expect(customElements.get(tag), 'registered by the import').to.not.equal(undefined);
      expect(element.hasAttribute('feed')).to.equal(false);
      expect(element.feed).to.equal(react.feed);
      await until(() => ready.length > 0, `<${tag}> sent no feed-ready to onFeedReady`);
      expect(ready[0].type).to.equal('feed-ready');
      expect(ready[0].detail.warnings).to.be.an('array');
      expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    });
  }

  it('<conf-programme>: onFeedError with the failure, and onDaySelect with the day chosen', async () => {
    const failures: string[] = [];
    const days: string[] = [];
    const render = (extra: Record<string, unknown>) =>
      flushSync(() =>
        react.root.render(
          createElement(ConfProgramme, {
            onFeedError: (event) => failures.push(event.detail.failure.kind),
            onDaySelect: (event) => days.push(event.detail.day),
            ...extra,
          }),
        ),
      );
    render({ feed: { version: 99 } as unknown as FeedDocument });
    await until(() => failures.length > 0, 'no feed-error reached onFeedError');
    expect(failures).to.deep.equal(['version']);

    render({ feed: react.feed });
    const element = react.container.querySelector('conf-programme')!;
    await settled(element, '[part~="tab"]');
    const tab = [...shadow(element).querySelectorAll<HTMLElement>('[part~="tab"]')].find((candidate) => candidate.getAttribute('aria-selected') !== 'true')!;
    tab.click();
    await until(() => days.length > 0, 'no day-select reached onDaySelect');
    expect(days[0]).to.be.a('string').and.not.equal('');
  });

  it('changes a prop on the element it rendered, as a property', async () => {
    flushSync(() => react.root.render(createElement(JubileeList, { feed: react.feed, year: 2021 })));
    const element = react.container.querySelector('jubilee-list')!;
    await settled(element);
    flushSync(() => react.root.render(createElement(JubileeList, { feed: react.feed, year: 2011 })));
    expect(react.container.querySelector('jubilee-list')).to.equal(element);
    expect(element.year).to.equal(2011);
  });
});
