/**
 * On a phone (a toolbar narrower than 30rem) the top of the programme is compact: the search,
 * filters and switches are behind one "Search, filters and more" button, and a day's heading
 * under its own tab (which repeats the tab) is read but not shown. At 390 px the first session's
 * title was 454 px below the widget's top in Chromium (pretalx: 161 px, docs/pretalx-comparison.md).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { axeViolations } from '../support/axe.js';
import { shadow, until } from '../support/widgets.js';
import { cleanUp, container, generated, programme, search, waitForFocus } from './support.js';

function part(element: ConfProgramme, name: string): HTMLElement {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

/** Whether `node` takes up room on the page (not `display: none`, nor inside something that is). */
function shown(node: HTMLElement): boolean {
  return node.getClientRects().length > 0;
}

/** How far below the widget's top the first session's title starts. */
function firstTitleOffset(element: ConfProgramme): number {
  return Math.round(part(element, 'session-title').getBoundingClientRect().top - element.getBoundingClientRect().top);
}

const TOOLS = ['search', 'kind-filter', 'favourites-filter', 'calendar'];

describe('<conf-programme> on a phone', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp(() => false));

  it('starts the first session within 385 px of its top (All days), 345 px on a day, with the search and filters behind one button', async () => {
    const element = await programme({ feed: generated(40), container: container('390px') });
    const tools = part(element, 'tools');
    expect(shown(tools), 'the tools button').to.equal(true);
    expect(tools.getAttribute('aria-expanded')).to.equal('false');
    expect(tools.textContent?.trim()).to.equal('Search, filters and more');
    for (const name of TOOLS) expect(shown(part(element, name)), name).to.equal(false);
    expect(firstTitleOffset(element), 'All days: the first title below the widget’s top, px').to.be.at.most(385);
    expect(await axeViolations(element), 'closed').to.deep.equal([]);

    const day = shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')[1];
    day.click();
    await element.updateComplete;
    expect(firstTitleOffset(element), 'a day: the first title below the widget’s top, px').to.be.at.most(345);
    const heading = part(element, 'day-heading');
    expect(heading.textContent?.trim(), 'the day’s heading is still there to be read').not.to.equal('');
    expect(part(element, 'day').getAttribute('aria-labelledby')).to.equal(heading.id);

    tools.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => tools.getAttribute('aria-expanded') === 'true', 'Enter did not open the tools');
    for (const name of TOOLS) expect(shown(part(element, name)), `${name}, opened`).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement, 'Tab goes from the button to the search').to.equal(part(element, 'search'));
    expect(await axeViolations(element), 'open').to.deep.equal([]);

    // Back to the button and closed (a tap or click gives it the focus too): what holds the focus stays shown until it leaves.
    tools.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => tools.getAttribute('aria-expanded') === 'false', 'Enter did not close the tools');
    for (const name of TOOLS) expect(shown(part(element, name)), `${name}, closed again`).to.equal(false);
  });

  it('shows the search again when "Clear search and filters" gives it the focus', async () => {
    const element = await programme({ feed: generated(40), container: container('390px') });
    part(element, 'tools').click();
    await element.updateComplete;
    await search(element, 'no session is called this');
    part(element, 'tools').click();
    await element.updateComplete;
    part(element, 'clear-filters').click();
    await waitForFocus(element, part(element, 'search'), 'the search did not get the focus');
    expect(shown(part(element, 'search'))).to.equal(true);
  });

  it('shows the toolbar as it is, without the button, on a wider widget', async () => {
    const element = await programme({ feed: generated(40), container: container('60rem') });
    expect(shown(part(element, 'tools')), 'the tools button').to.equal(false);
    for (const name of TOOLS) expect(shown(part(element, name)), name).to.equal(true);
    expect(shown(part(element, 'day-heading')), 'the day heading').to.equal(true);
  });
});
