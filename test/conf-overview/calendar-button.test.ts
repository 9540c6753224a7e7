/**
 * Issue 13: <conf-overview>'s calendar button says "Add to calendar", as the programme's calm
 * buttons do (it said "Add to calendar (.ics)"), looks like them (the border colour, not the
 * accent; normal weight), and keeps the focus while the file is made (aria-disabled, not disabled).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/conf-overview/define.js';
import type { ConfOverview } from '../../src/conf-overview/conf-overview.js';
import { setClock } from '../../src/shared/clock.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { pageLanguage, resetPage, settled, shadow, until } from '../support/widgets.js';

async function overview(): Promise<ConfOverview> {
  const element = await fixture<ConfOverview>(html`<conf-overview src=${SAMPLE_FEED_URL} conference="xvi-kaluga-2021"></conf-overview>`);
  await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
  return element;
}

function button(element: ConfOverview): HTMLButtonElement {
  return shadow(element).querySelector<HTMLButtonElement>('[part~="calendar"]')!;
}

/** A colour as the widget's styles resolve it. */
function resolved(element: ConfOverview, color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  shadow(element).querySelector('[part~="card"]')!.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('<conf-overview> "Add to calendar"', function () {
  this.timeout(30_000);
  beforeEach(() => setClock(() => new Date('2026-11-21T12:00:00Z')));
  afterEach(resetPage);

  for (const [language, words] of [
    ['en', 'Add to calendar'],
    ['de', 'Zum Kalender hinzufügen'],
    ['ru', 'Добавить в календарь'],
  ] as const) {
    it(`${language}: says "${words}", the programme's words`, async () => {
      await pageLanguage(language);
      const element = await overview();
      await until(() => button(element).textContent!.trim() === words, `the button says "${button(element).textContent!.trim()}"`);
    });
  }

  it('is as calm as the programme’s buttons, and keeps the focus while the file is made', async () => {
    const element = await overview();
    const calendar = button(element);
    const style = getComputedStyle(calendar);
    expect(Number(style.fontWeight), 'font weight').to.be.below(600);
    expect(style.borderTopColor, 'the border: the widget’s border colour').to.equal(resolved(element, 'var(--_border)'));
    expect(style.borderTopColor, 'the border: not the accent').not.to.equal(resolved(element, 'var(--_overview-accent)'));

    const offered = new Promise((resolve) => element.addEventListener('calendar-download', resolve, { once: true }));
    const clicks = (event: Event) => event.preventDefault();
    shadow(element).addEventListener('click', clicks, true);
    try {
      calendar.focus();
      await sendKeys({ press: 'Enter' });
      await offered;
      await element.updateComplete;
    } finally {
      shadow(element).removeEventListener('click', clicks, true);
    }
    expect(calendar.getAttribute('aria-disabled')).to.equal('false');
    expect(shadow(element).activeElement, 'the focus stays on the button').to.equal(calendar);
  });
});
