/**
 * Plain React 19 on a page with the script-tag loader (src/cdn.ts): the loader sees the tag only
 * once React has put it in the page and loads the widget then, so React has already set
 * `feed={object}` as the attribute feed="[object Object]". The widget says what happened; with
 * `loadWidget()` awaited before rendering (the fix for this setup), React sets the property.
 */
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { captureConsole, settled, shadow, texts } from '../support/widgets.js';
import { reactRootPerTest } from '../support/react-root.js';

describe('plain React with the script-tag loader', () => {
  const react = reactRootPerTest();
  let loadWidget: (tag: string) => Promise<unknown>;

  before(async () => {
    ({ loadWidget } = await import('../../src/cdn.js'));
  });

  it('shows that the feed was lost when the loader defines the widget after React rendered it', async () => {
    expect(customElements.get('conf-overview')).to.equal(undefined);
    const { logged } = await captureConsole(async () => {
      flushSync(() => react.root.render(createElement('conf-overview', { feed: react.feed })));
      const element = react.container.querySelector('conf-overview')!;
      await settled(element);
    });
    const element = react.container.querySelector('conf-overview')!;
    expect(element.getAttribute('feed')).to.equal('[object Object]');
    expect(texts(shadow(element), '[part~="error-message"]')).to.deep.equal([
      'The data was passed to this widget as an attribute before the widget had loaded, and was lost. Load the widget first, or use its React component.',
    ]);
    expect(logged.join('\n')).to.contain('feed="[object Object]" was set as an attribute');
  });

  it('gets the feed as a property when loadWidget() is awaited before rendering', async () => {
    await loadWidget('conf-history');
    flushSync(() => react.root.render(createElement('conf-history', { feed: react.feed })));
    const element = react.container.querySelector('conf-history')!;
    expect(element.hasAttribute('feed')).to.equal(false);
    await settled(element);
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.be.greaterThan(0);
  });
});
