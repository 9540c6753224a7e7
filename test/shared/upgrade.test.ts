/**
 * Widgets that are in the page before the script loads, as on a CMS page where
 * the script tag sits at the end: they must upgrade, speak the page language
 * and follow later language switches. This file imports the widget only after
 * putting the element in the page.
 */
import { expect } from '@open-wc/testing';
import { resetPage, settled, shadow, texts, until } from '../support/widgets.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';

describe('a widget in the page before its script', () => {
  afterEach(resetPage);

  it('upgrades in the page language and follows a switch', async () => {
    document.documentElement.lang = 'ru';
    const element = document.createElement('jubilee-list');
    element.setAttribute('src', SAMPLE_FEED_URL);
    element.setAttribute('year', '2021');
    document.body.append(element);
    expect(element.shadowRoot).to.equal(null);

    const { JubileeList } = await import('../../src/jubilee-list/define.js');
    expect(element).to.be.instanceOf(JubileeList);
    await settled(element);
    expect(texts(shadow(element), '[part~="group-heading"]')[0]).to.equal('10 лет');

    document.documentElement.lang = 'de';
    await until(() => texts(shadow(element), '[part~="group-heading"]')[0] === '10 Jahre', 'did not switch to German');
    element.remove();
  });

  it('keeps the first definition when the script is loaded twice', async () => {
    const { JubileeList } = await import('../../src/jubilee-list/define.js');
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args.join(' '));
    try {
      class Copy extends JubileeList {}
      expect(() => JubileeList.define('jubilee-list', Copy)).not.to.throw();
    } finally {
      console.info = info;
    }
    expect(customElements.get('jubilee-list')).to.equal(JubileeList);
    expect(notes.join()).to.contain('already defined');
  });
});
