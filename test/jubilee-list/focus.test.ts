import { expect, fixture, html } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { wallClockPerTest } from '../support/fake-timers.js';
import { resetPage, settled, shadow } from '../support/widgets.js';

/** Two minutes: past midnight from 23:59, the list's clock (a minute tick) updates it by itself. */
const PAST_MIDNIGHT = 2 * 60_000;

function entry(element: Element, cityName: string): HTMLElement {
  const found = [...shadow(element).querySelectorAll<HTMLElement>('[part~="entry"]')].find((li) => li.textContent?.includes(cityName));
  if (!found) throw new Error(`no entry with ${cityName}`);
  return found;
}

describe('<jubilee-list> focus', () => {
  const wall = wallClockPerTest();
  /** Fake timers and Date from a local time (the reader's own time zone): the day changes when the test ticks past midnight. */
  const clockAt = wall.at;

  afterEach(resetPage);

  it('keeps the focus on an entry when its countdown appears at a day change (the entry changes its template)', async () => {
    // New Year's Eve 2020: the 2021 list has no countdowns yet, so Aachen – Kostroma (26 September 2001, no other dates or notes) is a plain entry.
    await clockAt('2020-12-31T23:59:00');
    const element = await fixture<JubileeList>(html`<jubilee-list src=${SAMPLE_FEED_URL} year="2021"></jubilee-list>`);
    await settled(element);
    const before = entry(element, 'Aachen');
    expect(before.querySelector('[part~="countdown"]')).to.equal(null);
    before.focus();
    expect(shadow(element).activeElement).to.equal(before);

    // The next day is in 2021: the entry gets its countdown, and with it the larger template, on the list's own clock tick.
    wall.clock.tick(PAST_MIDNIGHT);
    await element.updateComplete;

    const after = entry(element, 'Aachen');
    expect(after.querySelector('[part~="countdown"]')?.textContent).to.contain('anniversary in 268\u00a0days');
    expect(shadow(element).activeElement).to.equal(after);
    expect(document.activeElement).to.equal(element);
  });

  it('keeps the focus on an entry when its countdown goes (the day after the anniversary)', async () => {
    await clockAt('2021-09-26T23:59:00');
    const element = await fixture<JubileeList>(html`<jubilee-list src=${SAMPLE_FEED_URL} year="2021"></jubilee-list>`);
    await settled(element);
    const before = entry(element, 'Aachen');
    expect(before.querySelector('[part~="countdown"]')?.textContent).to.contain('anniversary today');
    before.focus();

    wall.clock.tick(PAST_MIDNIGHT);
    await element.updateComplete;

    const after = entry(element, 'Aachen');
    expect(after.querySelector('[part~="countdown"]')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(after);
  });

  it('leaves the focus alone where it is not on an entry', async () => {
    await clockAt('2020-12-31T23:59:00');
    const outside = await fixture<HTMLButtonElement>(html`<div><button>outside</button><jubilee-list src=${SAMPLE_FEED_URL} year="2021"></jubilee-list></div>`);
    const element = outside.querySelector<JubileeList>('jubilee-list')!;
    await settled(element);
    const button = outside.querySelector('button')!;
    button.focus();
    wall.clock.tick(PAST_MIDNIGHT);
    await element.updateComplete;
    expect(entry(element, 'Aachen').querySelector('[part~="countdown"]')).not.to.equal(null);
    expect(document.activeElement).to.equal(button);
  });
});
