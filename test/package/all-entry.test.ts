/**
 * `staedtepartner-widgets/all.js` (src/all.ts) registers all five widgets under their own
 * tags, with the classes the root entry exports, and re-exports the root entry's API.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/registry.js';

describe('package entry all.js', () => {
  it('defines every widget with the class the root entry exports', async () => {
    expect(WIDGET_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    const all = await import('../../src/all.js');
    const api = await import('../../src/index.js');
    expect(Object.keys(all).sort()).to.deep.equal(Object.keys(api).sort());
    const classes = {
      'jubilee-list': api.JubileeList,
      'conf-overview': api.ConfOverview,
      'conf-history': api.ConfHistory,
      'conf-programme': api.ConfProgramme,
      'partnership-map': api.PartnershipMap,
    };
    expect(Object.keys(classes)).to.deep.equal(WIDGET_TAGS);
    for (const [tag, constructor] of Object.entries(classes)) expect(customElements.get(tag), tag).to.equal(constructor);
  });
});
