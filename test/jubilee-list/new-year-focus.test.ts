/**
 * <jubilee-list> without `year`, left open over New Year's Eve, with a keyboard user's focus on an
 * entry (in the first batch or below it, after "Show more") or on "Show more": at midnight the list
 * starts again with the first batch of the new year's jubilees, and the focused element is gone or
 * shows another partnership. The focus goes to the
 * summary, which says the new year ("50 partnerships celebrate a round anniversary in 2027."), not
 * to the page's `<body>`. Date and timers are faked; the day changes when the test ticks past midnight.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { wallClockPerTest } from '../support/fake-timers.js';
import { city } from '../support/feeds.js';
import { resetPage, settled, shadow } from '../support/widgets.js';

/** Two minutes: past midnight from 23:59, the list's clock (a minute tick) updates it by itself. */
const PAST_MIDNIGHT = 2 * 60_000;

/** 300 partnerships of 2016 (10 years in 2026), 50 of 2017 (10 years in 2027). */
const pairs = Array.from({ length: 350 }, (_, i) => ({ i, since: i < 300 ? '2016-03-01' : '2017-03-01' }));
const feed = {
  version: 1,
  cities: pairs.flatMap(({ i }) => [city(`de-${i}`, 'DE', `Stadt ${i}`), city(`ru-${i}`, 'RU', `Город ${i}`)]),
  partnerships: pairs.map(({ i, since }) => ({ id: `p-${i}`, cities: [`de-${i}`, `ru-${i}`], since })),
};

describe('<jubilee-list> focus at New Year', () => {
  const wall = wallClockPerTest();
  afterEach(resetPage);

  async function list(): Promise<JubileeList> {
    await wall.at('2026-12-31T23:59:00');
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${feed}></jubilee-list>`);
    await settled(element);
    return element;
  }

  const showMore = (element: JubileeList) => shadow(element).querySelector<HTMLButtonElement>('[part~="show-more"]')!;

  async function newYear(element: JubileeList): Promise<void> {
    wall.clock.tick(PAST_MIDNIGHT);
    await element.updateComplete;
  }

  function expectOnSummary(element: JubileeList): void {
    const focused = shadow(element).activeElement;
    expect(focused?.getAttribute('part'), 'the focused element').to.equal('summary');
    expect(focused?.textContent).to.contain('in 2027.');
    expect(document.activeElement).to.equal(element);
  }

  it('moves the focus from entry 201 to the summary of the new year', async () => {
    const element = await list();
    const focusedParts: (string | null)[] = [];
    shadow(element).addEventListener('focusin', (event) => focusedParts.push((event.target as Element).getAttribute('part')));
    // As from the keyboard: the button has the focus when it is pressed.
    for (let i = 0; i < 2; i++) {
      showMore(element).focus();
      showMore(element).click();
      await element.updateComplete;
    }
    const entries = shadow(element).querySelectorAll('[part~="entry"]');
    expect(entries.length).to.equal(300);
    // "Show more" put the focus on the first entry it added; gone with the last batch, it did not pass the focus to the summary first.
    expect(shadow(element).activeElement).to.equal(entries[200]);
    expect(focusedParts).not.to.include('summary');

    await newYear(element);
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.equal(50);
    expectOnSummary(element);
  });

  it('moves the focus from entry 6, which shows another partnership in the new year, to the summary', async () => {
    const element = await list();
    const entries = shadow(element).querySelectorAll<HTMLElement>('[part~="entry"]');
    entries[5].focus();
    const before = entries[5].textContent;

    await newYear(element);
    expect(shadow(element).querySelectorAll('[part~="entry"]')[5].textContent, 'entry 6 in the new year').not.to.equal(before);
    expectOnSummary(element);
  });

  it('moves the focus from "Show more", gone in the new year, to the summary', async () => {
    const element = await list();
    showMore(element).focus();
    expect(shadow(element).activeElement).to.equal(showMore(element));

    await newYear(element);
    expect(showMore(element)).to.equal(null);
    expectOnSummary(element);
  });
});
