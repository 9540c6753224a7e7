/**
 * A DOM without `Element.part` (jsdom and happy-dom, the test DOMs of an app's Vitest or Jest tests):
 * an update of a widget while an element in its shadow root had the focus threw "Cannot read
 * properties of undefined (reading 'contains')" (RetryFocusController reads the focused element's
 * part tokens), so every update after a test had clicked or focused a button of the widget failed,
 * with an unhandled rejection. Every browser has `part`: here one focused button is made to lack it.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { resetPage, settled, shadow } from '../support/widgets.js';

describe('a focused element without `part`, as in jsdom and happy-dom', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await resetPage();
  });

  it('<conf-programme> updates, and its day tab keeps the focus', async () => {
    const element = document.createElement('conf-programme');
    element.setAttribute('src', SAMPLE_FEED_URL);
    element.setAttribute('conference', 'xvi-kaluga-2021');
    document.body.append(element);
    await settled(element);
    const button = shadow(element).querySelector<HTMLButtonElement>('[part~="tab"]')!;
    Object.defineProperty(button, 'part', { value: undefined, configurable: true });
    button.focus();
    expect(shadow(element).activeElement, 'the focus before the update').to.equal(button);

    element.requestUpdate();
    let failure: unknown;
    await element.updateComplete.catch((error: unknown) => (failure = error));
    expect(failure, 'the update').to.equal(undefined);
    expect(shadow(element).activeElement, 'the focus after it').to.equal(button);
  });
});
