/**
 * A page with one widget type downloads the shared translations and that
 * widget's, and no other widget's (the translations are split per widget).
 * Its own test file: the module graph of the page must hold only <jubilee-list>.
 */
import { msg } from '../../src/i18n/msg.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import { currentLanguage } from '../../src/i18n/language.js';
import { pageLanguage, resetPage, shadow } from '../support/widgets.js';
import { EMPTY, emptyFeed, requestedTranslations, YEAR } from './split-support.js';

describe('translations of a page with only <jubilee-list>', () => {
  after(resetPage);

  it('are the shared group and the jubilee-list group, nothing else', async () => {
    await pageLanguage('de');
    const element = await fixture(html`<jubilee-list year=${YEAR} .feed=${emptyFeed}></jubilee-list>`);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(currentLanguage()).to.equal('de');
    expect(shadow(element).textContent).to.contain(EMPTY['jubilee-list'].de);
    expect(requestedTranslations()).to.deep.equal(['de/jubilee-list', 'de/shared']);
  });

  it('leave the strings of other widgets out of the active templates', () => {
    // The widgets' msg() reads their active templates object: a shared string is there, another widget's is not.
    expect(msg('Loading…')).to.equal('Wird geladen …');
    // 'Whole programme' is used by <conf-programme> only.
    expect(msg('Whole programme')).to.equal('Whole programme');
  });
});
