/**
 * Keyboard: every interactive control of every widget is reachable with Tab in
 * document order, operable with Enter and Space, and shows a visible focus ring.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, deepActiveElement, resetPage, until } from '../support/widgets.js';

const INTERACTIVE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/**
 * The controls Tab should reach, in document order: not those not rendered, nor those taken out of the
 * Tab order on purpose (tabindex="-1", as the unselected tabs of a roving
 * tablist, which arrow keys reach), nor those inside a closed <details> (its
 * summary is reached).
 */
function tabbable(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll(INTERACTIVE)].filter((control) => {
    if (control.getAttribute('tabindex') === '-1') return false;
    // Not rendered (display: none), as the phone's "Search, filters and more" button in a wide widget.
    if (control.getClientRects().length === 0) return false;
    const details = control.parentElement?.closest('details');
    return !details || details.open || (control.localName === 'summary' && control.parentElement === details);
  });
}

/** The focused element, looking into shadow roots. */
/**
 * Tabs from a button placed before `element` until focus leaves it; returns what
 * got focus inside. A button after it takes the focus that leaves: past the
 * page's last control, Firefox and WebKit move focus to the browser and leave
 * `document.activeElement` where it was.
 */
async function tabThrough(element: HTMLElement): Promise<Element[]> {
  const start = document.createElement('button');
  start.textContent = 'before';
  element.before(start);
  const end = document.createElement('button');
  end.textContent = 'after';
  element.after(end);
  start.focus();
  const reached: Element[] = [];
  for (let i = 0; i < 200; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || !element.shadowRoot?.contains(active)) break;
    reached.push(active);
  }
  start.remove();
  end.remove();
  return reached;
}

describe('keyboard', () => {
  before(defineAll);
  afterEach(async () => {
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    it(`<${widget.tag}>: Tab reaches every control of the full widget, in order`, async () => {
      const element = createWidget(widget, widget.full);
      await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
      // Settled: the map's updateComplete waits until its markers are placed.
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      if (widget.tag === 'partnership-map') expect(element.shadowRoot!.querySelector('[part~="marker"]'), 'markers placed').not.to.equal(null);
      const controls = tabbable(element.shadowRoot!);
      expect(await tabThrough(element)).to.deep.equal(controls);
    });

    it(`<${widget.tag}>: the retry button is reachable, shows focus, and works with Enter and Space`, async () => {
      const key = `kbd-${Math.random().toString(36).slice(2)}`;
      const { value: element } = await captureConsole(async () => {
        const created = createWidget(widget, { ...widget.full, src: `/__test__/flaky/${key}` });
        await until(() => created.shadowRoot?.querySelector('[part~="retry"]'), 'no retry button');
        return created;
      });
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
      expect(await tabThrough(element)).to.deep.equal([retry]);

      // Focus by keyboard again and check the ring is drawn.
      element.before(Object.assign(document.createElement('button'), { textContent: 'before' }));
      (element.previousElementSibling as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(retry);
      const style = getComputedStyle(retry);
      expect(style.outlineStyle).not.to.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
      element.previousElementSibling?.remove();

      await sendKeys({ press: 'Enter' });
      await until(() => element.shadowRoot?.querySelector(widget.content), 'Enter did not retry');
    });

    it(`<${widget.tag}>: Space on the retry button retries too`, async () => {
      const key = `space-${Math.random().toString(36).slice(2)}`;
      const { value: element } = await captureConsole(async () => {
        const created = createWidget(widget, { ...widget.full, src: `/__test__/flaky/${key}` });
        await until(() => created.shadowRoot?.querySelector('[part~="retry"]'), 'no retry button');
        return created;
      });
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
      // ' ' rather than 'Space': Firefox's BiDi keyboard knows keys by the character they type.
      await sendKeys({ press: ' ' });
      await until(() => element.shadowRoot?.querySelector(widget.content), 'Space did not retry');
    });
  }
});
