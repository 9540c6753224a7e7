/**
 * A widget whose code arrives after the page's language is active (the
 * script-tag bundle loads each widget when its tag appears) renders translated
 * on its very first render: its translation group is loaded and merged into
 * the active templates before it renders, never English first.
 */
import { expect } from '@open-wc/testing';
import { currentLanguage, languageReady, setLanguage } from '../../src/i18n/language.js';
import { resetPage, shadow } from '../support/widgets.js';
import { EMPTY, emptyFeed, recordRenders, requestedTranslations, YEAR, type Renders } from './split-support.js';

type Widget = HTMLElement & { feed?: unknown; year?: number; updateComplete: Promise<unknown> };

/** Puts `<tag>` in the page before its code exists, as a host page does. */
function undefinedElement(tag: string): Widget {
  const element = document.createElement(tag) as Widget;
  element.feed = emptyFeed;
  element.setAttribute('year', String(YEAR));
  document.body.append(element);
  return element;
}

describe('a widget defined after the language is active', () => {
  const renders: Renders = [];
  const elements: Element[] = [];
  afterEach(() => elements.splice(0).forEach((element) => element.remove()));
  after(resetPage);

  it('renders German on its first render', async () => {
    await setLanguage('de');
    expect(currentLanguage()).to.equal('de');
    expect(requestedTranslations()).to.deep.equal(['de/shared']);

    const element = undefinedElement('conf-overview');
    elements.push(element);
    const { ConfOverview } = await import('../../src/conf-overview/conf-overview.js');
    recordRenders(ConfOverview, renders);
    await import('../../src/conf-overview/define.js');
    await element.updateComplete;

    expect(renders.length).to.be.greaterThan(0);
    expect(renders[0].text).to.contain(EMPTY['conf-overview'].de);
    expect(renders.some((render) => render.text.includes(EMPTY['conf-overview'].en))).to.equal(false);
    expect(shadow(element).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('de');
    expect(requestedTranslations()).to.deep.equal(['de/conf-overview', 'de/shared']);
  });

  it('renders Russian on its first render when it arrives while Russian is still loading', async () => {
    renders.length = 0;
    const switching = setLanguage('ru'); // not awaited: the widget registers during the load
    const element = undefinedElement('jubilee-list');
    elements.push(element);
    const { JubileeList } = await import('../../src/jubilee-list/jubilee-list.js');
    recordRenders(JubileeList, renders);
    await import('../../src/jubilee-list/define.js');
    await element.updateComplete;
    await switching;

    expect(renders[0].text).to.contain(EMPTY['jubilee-list'].ru);
    expect(renders.every((render) => render.text.includes(EMPTY['jubilee-list'].ru))).to.equal(true);
    expect(requestedTranslations()).to.include.members(['ru/shared', 'ru/conf-overview', 'ru/jubilee-list']);
    expect(requestedTranslations()).not.to.include('de/jubilee-list');
  });

  it('gets its group in a language switched to later', async () => {
    await setLanguage('de');
    await languageReady();
    const element = document.createElement('jubilee-list') as Widget;
    element.feed = emptyFeed;
    element.year = YEAR;
    document.body.append(element);
    elements.push(element);
    await element.updateComplete;
    expect(shadow(element).textContent).to.contain(EMPTY['jubilee-list'].de);
    expect(requestedTranslations()).to.include('de/jubilee-list');
  });
});
