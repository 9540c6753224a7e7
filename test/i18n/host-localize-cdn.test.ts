/**
 * The script-tag bundle (dist/cdn, built by `npm test` before the browser tests) on a page whose
 * host app has its own @lit/localize (issue 15). The bundle carries its own copies of Lit and
 * @lit/localize, so nothing collides; this checks that the two do not talk either: the host's
 * `lit-localize-status` events do not make the widgets render, and the widgets' language switch
 * sends none that would make the host's @localized() elements render.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { until } from '../support/widgets.js';
import { collectPageErrors, configureHost, greetingText, hostGreeting, rendersOnHostStatus, statusEventsDuring } from './host-app.js';
import { EMPTY, emptyFeed, YEAR } from './split-support.js';

const BUNDLE = '/dist/cdn/staedtepartner-widgets.js';

interface Bundle {
  setLanguage(language: string | null): Promise<void>;
  currentLanguage(): string;
}

// The host's Lit (development build) first: it would warn about a second Lit loaded after it.
const errors = collectPageErrors();
const host = configureHost();
await host.setLocale('de');

const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the script-tag bundle beside a host app with its own @lit/localize', () => {
  let bundle: Bundle;
  let greeting: HTMLElement & { updateComplete: Promise<unknown> };
  let jubilees: ReactiveElement & { feed?: unknown; year?: number };

  before(async () => {
    greeting = await hostGreeting();
    document.documentElement.lang = 'ru';
    bundle = (await import(/* @vite-ignore */ BUNDLE)) as Bundle;
    jubilees = document.createElement('jubilee-list') as typeof jubilees;
    jubilees.feed = emptyFeed;
    jubilees.year = YEAR;
    document.body.append(jubilees);
    await until(() => text(jubilees).includes(EMPTY['jubilee-list'].ru), 'the widget did not render in Russian');
  });
  after(() => {
    jubilees?.remove();
    greeting?.remove();
    document.documentElement.lang = 'en';
  });

  it('renders, each in its own language', () => {
    expect(greetingText(greeting)).to.equal('Hallo');
    expect(bundle.currentLanguage()).to.equal('ru');
  });

  it("does not render again on the host's lit-localize-status event", async () => {
    expect(await rendersOnHostStatus(jubilees)).to.equal(false);
  });

  it("switches the widgets' language without a lit-localize-status event", async () => {
    const events = await statusEventsDuring(() => bundle.setLanguage('de'));
    await until(() => text(jubilees).includes(EMPTY['jubilee-list'].de), 'the widget did not switch to German');
    expect(events).to.deep.equal([]);
    expect(host.getLocale()).to.equal('de');
    await host.setLocale('en');
    await greeting.updateComplete;
    expect(greetingText(greeting)).to.equal('Hello');
    expect(bundle.currentLanguage()).to.equal('de');
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].de);
  });

  it('raises no uncaught error', () => {
    expect(errors).to.deep.equal([]);
  });
});
