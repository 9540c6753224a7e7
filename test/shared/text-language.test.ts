/**
 * A feed's text shown in another language than the page's (a motto given only in Russian on an
 * English page, notes given only in German) carries that language's `lang`, so that a screen
 * reader reads it with that language's voice, as the programme's titles and descriptions already
 * did. A text in the page's own language, or a plain string (no language named), carries none.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-history/define.js';
import '../../src/conf-overview/define.js';
import '../../src/jubilee-list/define.js';
import '../../src/partnership-map/define.js';
import { textLanguage } from '../../src/feed/text.js';
import { setClock } from '../../src/shared/clock.js';
import { sampleFeed } from '../support/feeds.js';
import { pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

type Feed = Record<string, unknown> & { conferences: { id: string; motto?: unknown }[]; partnerships: { id: string; notes?: unknown }[] };

const MOTTO = { ru: 'Укреплять муниципальные связи' };
const NOTES = { de: 'Das 30-jährige Jubiläum fällt mit dem 800. Stadtjubiläum zusammen.' };

async function feed(): Promise<Feed> {
  const document = (await sampleFeed()) as Feed;
  for (const conference of document.conferences) conference.motto = MOTTO;
  for (const partnership of document.partnerships) if (partnership.id === 'essen--nizhny-novgorod') partnership.notes = NOTES;
  return document;
}

async function widget(tag: string, attributes: Record<string, string>, ready: string): Promise<ShadowRoot> {
  const element = document.createElement(tag) as HTMLElement & { feed: unknown };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = await feed();
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector(ready), `<${tag}> shows no ${ready}`);
  return shadow(element);
}

/** The `lang` of each element matching `selector`, and that its text is there. */
function languages(root: ShadowRoot, selector: string, text: string): (string | null)[] {
  const nodes = [...root.querySelectorAll(selector)].filter((node) => node.textContent?.includes(text));
  expect(nodes.length, `${selector} with "${text}"`).to.be.greaterThan(0);
  return [...new Set(nodes.map((node) => node.getAttribute('lang')))];
}

describe('a feed’s text in another language than the page’s', () => {
  beforeEach(() => setClock(() => new Date('2021-03-01T12:00:00Z')));
  afterEach(async () => {
    setClock(undefined);
    document.querySelectorAll('conf-history, conf-overview, jubilee-list, partnership-map').forEach((element) => element.remove());
    await resetPage();
  });

  it('is marked with its lang in every widget that shows it', async () => {
    await pageLanguage('en');
    expect(languages(await widget('conf-overview', { conference: 'xvi-kaluga-2021' }, '[part~="motto"]'), '[part~="motto"]', MOTTO.ru)).to.deep.equal(['ru']);
    expect(languages(await widget('conf-history', {}, '[part~="motto"]'), '[part~="motto"]', MOTTO.ru)).to.deep.equal(['ru']);
    expect(languages(await widget('jubilee-list', { year: '2021' }, '[part~="notes"]'), '[part~="notes"]', 'Stadtjubiläum')).to.deep.equal(['de']);
    expect(languages(await widget('partnership-map', { city: 'essen' }, '[part~="notes"]'), '[part~="notes"]', 'Stadtjubiläum')).to.deep.equal(['de']);
  });

  it('carries no lang where it is in the page’s language', async () => {
    await pageLanguage('ru');
    expect(languages(await widget('conf-history', {}, '[part~="motto"]'), '[part~="motto"]', MOTTO.ru)).to.deep.equal([null]);
    expect(textLanguage(MOTTO, 'ru')).to.equal(undefined);
    expect(textLanguage('plain', 'en'), 'a plain string names no language').to.equal(undefined);
    expect(textLanguage({ 'de-AT': 'Servus' }, 'de')).to.equal(undefined);
    expect(textLanguage({ 'de-AT': 'Servus' }, 'en')).to.equal('de-AT');
  });
});
