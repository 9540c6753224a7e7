/**
 * The root entry (`staedtepartner-widgets`, src/index.ts) and the class-only entries
 * (`staedtepartner-widgets/<widget>.component.js`, src/<widget>/component.ts) register no
 * element: importing them defines none of the widgets' tags. This file imports nothing that
 * registers one (scripts/check-entries.mjs checks the same of the npm build in dist/).
 */
import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/registry.js';

const COMPONENT_ENTRIES = {
  'jubilee-list': () => import('../../src/jubilee-list/component.js'),
  'conf-overview': () => import('../../src/conf-overview/component.js'),
  'conf-history': () => import('../../src/conf-history/component.js'),
  'conf-programme': () => import('../../src/conf-programme/component.js'),
  'partnership-map': () => import('../../src/partnership-map/component.js'),
} as const;

const definedTags = () => WIDGET_TAGS.filter((tag) => customElements.get(tag) !== undefined);

describe('package entries that register nothing', () => {
  it('the root entry exports the classes and the API, and defines no element', async () => {
    const api = await import('../../src/index.js');
    expect(definedTags()).to.deep.equal([]);
    for (const name of ['JubileeList', 'ConfOverview', 'ConfHistory', 'ConfProgramme', 'PartnershipMap'] as const) {
      expect(api[name].prototype, name).to.be.instanceOf(api.StaedtepartnerElement);
    }
    for (const name of ['setLanguage', 'currentLanguage', 'validateFeed', 'loadFeed', 'inlineFeedJson'] as const) {
      expect(api[name], name).to.be.a('function');
    }
  });

  it('each class-only entry exports its class and defines no element', async () => {
    expect(Object.keys(COMPONENT_ENTRIES)).to.deep.equal(WIDGET_TAGS);
    const api = await import('../../src/index.js');
    for (const [tag, load] of Object.entries(COMPONENT_ENTRIES)) {
      const exported = Object.values(await load());
      expect(exported, tag).to.have.length(1);
      // The same class as the root entry's, so either import works with instanceof.
      expect(Object.values(api), tag).to.include(exported[0]);
    }
    expect(definedTags()).to.deep.equal([]);
  });
});
