/**
 * A host app that configures its own @lit/localize before any widget exists (issue 15): the
 * widgets still render, each side keeps its own language, and neither side's switch reaches
 * the other. Its own test file: @lit/localize can be configured once per page.
 */
import { expect } from '@open-wc/testing';
import { currentLanguage, setLanguage } from '../../src/i18n/language.js';
import { pageLanguage, resetPage, shadow } from '../support/widgets.js';
import { collectPageErrors, configureHost, greetingText, hostGreeting, rendersOnHostStatus, statusEventsDuring } from './host-app.js';
import { EMPTY, emptyFeed, YEAR } from './split-support.js';

const errors = collectPageErrors();
const host = configureHost();
await host.setLocale('de');

type Widget = HTMLElement & { feed?: unknown; year?: number; updateComplete: Promise<unknown> };

const text = (element: Element) => (shadow(element).textContent ?? '').replace(/\s+/g, ' ');

describe('widgets on a page whose host app configured @lit/localize first', () => {
  let greeting: HTMLElement;
  let jubilees: Widget;

  before(async () => {
    greeting = await hostGreeting();
    await import('../../src/jubilee-list/define.js');
    await pageLanguage('ru');
    jubilees = document.createElement('jubilee-list') as Widget;
    jubilees.feed = emptyFeed;
    jubilees.year = YEAR;
    document.body.append(jubilees);
    await jubilees.updateComplete;
  });
  after(async () => {
    jubilees?.remove();
    greeting?.remove();
    await resetPage();
  });

  it('render, each in its own language', () => {
    expect(greetingText(greeting)).to.equal('Hallo');
    expect(host.getLocale()).to.equal('de');
    expect(currentLanguage()).to.equal('ru');
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].ru);
  });

  it("keep the widgets' language when the host switches its own", async () => {
    await host.setLocale('en');
    await jubilees.updateComplete;
    expect(greetingText(greeting)).to.equal('Hello');
    expect(currentLanguage()).to.equal('ru');
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].ru);
  });

  it("keep the host's language when the widgets switch theirs", async () => {
    const events = await statusEventsDuring(() => setLanguage('de'));
    await Promise.all([jubilees.updateComplete, (greeting as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete]);
    expect(currentLanguage()).to.equal('de');
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].de);
    expect(host.getLocale()).to.equal('en');
    expect(greetingText(greeting)).to.equal('Hello');
    // The host's @localized() elements hear nothing of the widgets' switch.
    expect(events).to.deep.equal([]);
  });

  it("do not render again on the host's lit-localize-status event", async () => {
    expect(await rendersOnHostStatus(jubilees as unknown as Parameters<typeof rendersOnHostStatus>[0])).to.equal(false);
  });

  it('raise no uncaught error', () => {
    expect(errors).to.deep.equal([]);
  });
});
