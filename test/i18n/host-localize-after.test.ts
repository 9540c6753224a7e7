/**
 * A host app that configures its own @lit/localize after the widgets are on the page (issue 15):
 * its configureLocalization does not throw, both render, each in its own language, and neither
 * side's switch reaches the other. Its own test file: @lit/localize can be configured once per page.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-overview/define.js';
import { currentLanguage, setLanguage } from '../../src/i18n/language.js';
import { pageLanguage, resetPage, shadow } from '../support/widgets.js';
import { collectPageErrors, configureHost, greetingText, hostGreeting, rendersOnHostStatus, statusEventsDuring } from './host-app.js';
import { EMPTY, emptyFeed } from './split-support.js';

const errors = collectPageErrors();

type Widget = HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };

const text = (element: Element) => (shadow(element).textContent ?? '').replace(/\s+/g, ' ');

describe('a host app that configures @lit/localize after the widgets', () => {
  let overview: Widget;
  let greeting: HTMLElement & { updateComplete: Promise<unknown> };
  let host: ReturnType<typeof configureHost>;

  before(async () => {
    await pageLanguage('de');
    overview = document.createElement('conf-overview') as Widget;
    overview.feed = emptyFeed;
    document.body.append(overview);
    await overview.updateComplete;
  });
  after(async () => {
    overview?.remove();
    greeting?.remove();
    await resetPage();
  });

  it('can configure its own localisation', async () => {
    expect(text(overview)).to.contain(EMPTY['conf-overview'].de);
    host = configureHost();
    greeting = await hostGreeting();
    expect(greetingText(greeting)).to.equal('Hello');
    expect(host.getLocale()).to.equal('en');
  });

  it('switches its own language alone', async () => {
    const events = await statusEventsDuring(() => host.setLocale('de'));
    await Promise.all([greeting.updateComplete, overview.updateComplete]);
    expect(events).to.deep.equal(['loading', 'ready']);
    expect(greetingText(greeting)).to.equal('Hallo');
    expect(currentLanguage()).to.equal('de');
    expect(text(overview)).to.contain(EMPTY['conf-overview'].de);
    expect(await rendersOnHostStatus(overview as unknown as Parameters<typeof rendersOnHostStatus>[0])).to.equal(false);
  });

  it("keeps its language when the widgets switch to Russian and back to the page's", async () => {
    const events = await statusEventsDuring(async () => {
      await setLanguage('ru');
      await overview.updateComplete;
      expect(text(overview)).to.contain(EMPTY['conf-overview'].ru);
      document.documentElement.lang = 'en';
      await setLanguage(null);
      await overview.updateComplete;
    });
    expect(currentLanguage()).to.equal('en');
    expect(text(overview)).to.contain(EMPTY['conf-overview'].en);
    expect(events).to.deep.equal([]);
    expect(host.getLocale()).to.equal('de');
    await greeting.updateComplete;
    expect(greetingText(greeting)).to.equal('Hallo');
  });

  it('raise no uncaught error', () => {
    expect(errors).to.deep.equal([]);
  });
});
