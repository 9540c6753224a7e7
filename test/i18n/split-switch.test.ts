/**
 * Switching the language with two widget types on the page translates both,
 * and no render in between shows English.
 */
import { expect } from '@open-wc/testing';
import { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { currentLanguage, setLanguage } from '../../src/i18n/language.js';
import { pageLanguage, resetPage, shadow } from '../support/widgets.js';
import { EMPTY, emptyFeed, recordRenders, YEAR, type Renders } from './split-support.js';

type Widget = HTMLElement & { feed?: unknown; year?: number; updateComplete: Promise<unknown> };

const renders: Renders = [];
recordRenders(ConfOverview, renders);
recordRenders(JubileeList, renders);
await import('../../src/conf-overview/define.js');
await import('../../src/jubilee-list/define.js');

function create(tag: 'conf-overview' | 'jubilee-list'): Widget {
  const element = document.createElement(tag) as Widget;
  element.feed = emptyFeed;
  element.year = YEAR;
  document.body.append(element);
  return element;
}

const text = (element: Element) => (shadow(element).textContent ?? '').replace(/\s+/g, ' ');

describe('a language switch with <conf-overview> and <jubilee-list> on the page', () => {
  let overview: Widget;
  let jubilees: Widget;

  before(async () => {
    await pageLanguage('de');
    overview = create('conf-overview');
    jubilees = create('jubilee-list');
    await Promise.all([overview.updateComplete, jubilees.updateComplete]);
  });
  after(async () => {
    overview.remove();
    jubilees.remove();
    await resetPage();
  });

  it('starts in German', () => {
    expect(text(overview)).to.contain(EMPTY['conf-overview'].de);
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].de);
  });

  it('translates both with setLanguage()', async () => {
    await setLanguage('ru');
    await Promise.all([overview.updateComplete, jubilees.updateComplete]);
    expect(currentLanguage()).to.equal('ru');
    expect(text(overview)).to.contain(EMPTY['conf-overview'].ru);
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].ru);
  });

  it('translates both when <html lang> changes', async () => {
    await pageLanguage('de'); // clears the override, then follows <html lang="de">
    await Promise.all([overview.updateComplete, jubilees.updateComplete]);
    expect(currentLanguage()).to.equal('de');
    expect(text(overview)).to.contain(EMPTY['conf-overview'].de);
    expect(text(jubilees)).to.contain(EMPTY['jubilee-list'].de);
  });

  it('never rendered English on the way', () => {
    expect(renders.length).to.be.greaterThan(4);
    const english = renders.filter(({ tag, text }) => text.includes(EMPTY[tag as keyof typeof EMPTY].en));
    expect(english).to.deep.equal([]);
  });
});
