/**
 * The class-only entries (src/<widget>/component.ts) under tag names of the app's choosing:
 * every widget renders its content from the sample feed under another tag, is axe-clean, and its
 * events reach the page; the widgets' own tags stay free. A subclass of ConfProgramme, fed an
 * object, works too. Nothing in this file registers the widgets' own tags.
 */
import { expect } from '@open-wc/testing';
import { ConfHistory } from '../../src/conf-history/component.js';
import { ConfOverview } from '../../src/conf-overview/component.js';
import { ConfProgramme } from '../../src/conf-programme/component.js';
import { JubileeList } from '../../src/jubilee-list/component.js';
import { PartnershipMap } from '../../src/partnership-map/component.js';
import type { FeedDocument } from '../../src/feed/schema.js';
import { WIDGET_TAGS } from '../../src/registry.js';
import { axeViolations } from '../support/axe.js';
import { sampleFeed } from '../support/feeds.js';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage, shadow, until } from '../support/widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Each widget's class under a tag of the app's own. */
const CUSTOM_TAGS = {
  'jubilee-list': ['town-jubilees', JubileeList],
  'conf-overview': ['town-conference', ConfOverview],
  'conf-history': ['town-conference-history', ConfHistory],
  'conf-programme': ['my-programme', ConfProgramme],
  'partnership-map': ['town-map', PartnershipMap],
} as const;

for (const [tag, constructor] of Object.values(CUSTOM_TAGS)) customElements.define(tag, constructor);

/** Renders `element` in the page and waits for `content` in its shadow root. */
async function rendered(element: Widget, content: string): Promise<Widget> {
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector(content), `<${element.localName}> showed no ${content}`);
  await element.updateComplete;
  return element;
}

describe('widgets under tag names of the app', () => {
  beforeEach(resetPage);
  afterEach(() => document.body.replaceChildren());

  it('leaves the widgets’ own tags undefined', () => {
    expect(Object.keys(CUSTOM_TAGS)).to.deep.equal(WIDGET_TAGS);
    expect(WIDGET_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  for (const widget of WIDGET_CASES) {
    const [tag] = CUSTOM_TAGS[widget.tag];
    it(`<${tag}> (${widget.tag}) shows the sample feed, axe-clean, and its feed-ready reaches the document`, async () => {
      const element = document.createElement(tag) as Widget;
      for (const [name, value] of Object.entries(widget.full)) element.setAttribute(name, value);
      const ready = new Promise<Event>((resolve) => document.addEventListener('feed-ready', resolve, { once: true }));
      await rendered(element, widget.content);
      expect((await ready).target).to.equal(element);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }

  it('a subclass of ConfProgramme under its own tag, given the feed as an object, shows the days and says which day was chosen', async () => {
    class TownProgramme extends ConfProgramme {}
    TownProgramme.define('town-programme');
    expect(customElements.get('town-programme')).to.equal(TownProgramme);

    const element = document.createElement('town-programme') as TownProgramme;
    element.setAttribute('conference', 'xvi-kaluga-2021');
    element.feed = (await sampleFeed()) as FeedDocument;
    await rendered(element, '[role="tab"]');
    expect(shadow(element).querySelectorAll('[part~="session"]').length).to.be.greaterThan(0);

    const tabs = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')];
    const other = tabs.find((tab) => tab.getAttribute('aria-selected') !== 'true');
    if (!other) throw new Error('the programme has one tab only');
    const chosen = new Promise<CustomEvent<{ day: string }>>((resolve) => element.addEventListener('day-select', resolve, { once: true }));
    other.click();
    expect((await chosen).detail.day).to.be.a('string');
    await element.updateComplete;
    expect(other.getAttribute('aria-selected')).to.equal('true');
  });
});
