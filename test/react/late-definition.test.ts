/**
 * Plain React 19 (no wrapper) and a widget whose code arrives after React's first render, as
 * with the script-tag loader: React sees an unknown element, so `feed={object}` becomes the
 * attribute feed="[object Object]" and the object is lost. The widget says so, on the page and
 * in the console; once the widget is defined first, the same JSX passes the object as a
 * property. A property set on the element before its upgrade is picked up.
 *
 * Nothing here imports a widget statically: each test defines its tag when it needs it.
 */
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { captureConsole, settled, shadow, texts, until } from '../support/widgets.js';
import { reactRootPerTest } from '../support/react-root.js';

const LOST =
  'The data was passed to this widget as an attribute before the widget had loaded, and was lost. Load the widget first, or use its React component.';

describe('plain React and a widget defined after the first render', () => {
  const react = reactRootPerTest();

  it('explains a feed that React set as the attribute "[object Object]", in the page and the console', async () => {
    expect(customElements.get('conf-history')).to.equal(undefined);
    flushSync(() => react.root.render(createElement('conf-history', { feed: react.feed })));
    const element = react.container.querySelector('conf-history')!;
    expect(element.getAttribute('feed')).to.equal('[object Object]');

    const { logged } = await captureConsole(async () => {
      await import('../../src/conf-history/define.js');
      await settled(element);
    });
    expect(texts(shadow(element), '[part~="error-message"]')).to.deep.equal([LOST]);
    // Trying again cannot bring the object back.
    expect(shadow(element).querySelector('[part~="retry"]')).to.equal(null);
    expect(logged.join('\n'))
      .to.contain(`<conf-history> needs src`)
      .and.to.contain(`feed="[object Object]" was set as an attribute`)
      .and.to.contain('staedtepartner-widgets/react');
  });

  it('says it in German and Russian', async () => {
    await import('../../src/conf-history/define.js');
    for (const [language, text] of [
      [
        'de',
        'Die Daten wurden diesem Widget als Attribut übergeben, bevor es geladen war, und sind verloren gegangen. Laden Sie zuerst das Widget oder verwenden Sie seine React-Komponente.',
      ],
      ['ru', 'Данные были переданы виджету как атрибут ещё до его загрузки и потеряны. Сначала загрузите виджет или используйте его React-компонент.'],
    ]) {
      document.documentElement.lang = language;
      const element = document.createElement('conf-history');
      element.setAttribute('feed', '[object Object]');
      await captureConsole(async () => {
        document.body.append(element);
        await settled(element);
      });
      expect(texts(shadow(element), '[part~="error-message"]'), language).to.deep.equal([text]);
      element.remove();
    }
  });

  it('gets the object as a property when the widget is defined before React renders it, and onfeed-ready', async () => {
    await import('../../src/conf-history/define.js');
    const ready: Event[] = [];
    // React 19 adds a listener for an `on…` prop of a custom element: the event named by the rest.
    flushSync(() => react.root.render(createElement('conf-history', { feed: react.feed, 'onfeed-ready': (event: Event) => ready.push(event) })));
    const element = react.container.querySelector('conf-history')!;
    expect(element.hasAttribute('feed')).to.equal(false);
    expect(element.feed).to.equal(react.feed);
    await settled(element);
    await until(() => ready.length > 0, 'onfeed-ready was not called');
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.be.greaterThan(0);
  });

  it('picks up a feed property set on the element before it was upgraded', async () => {
    expect(customElements.get('jubilee-list')).to.equal(undefined);
    const element = document.createElement('jubilee-list');
    element.setAttribute('year', '2021');
    element.feed = react.feed;
    document.body.append(element);

    const { JubileeList } = await import('../../src/jubilee-list/define.js');
    expect(element).to.be.instanceOf(JubileeList);
    // Lit keeps the value aside at the upgrade and sets it again before the first update.
    await settled(element);
    expect(element.feed).to.equal(react.feed);
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.be.greaterThan(0);
    element.remove();
  });
});
