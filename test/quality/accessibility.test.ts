/**
 * axe-core on every widget in every state and language (WCAG 2.0/2.1/2.2 A
 * and AA), and in the dark colour scheme.
 */
import { expect } from '@open-wc/testing';
import { axeViolations } from '../support/axe.js';
import { createWidget, defineAll, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { captureConsole, heldAnswer, pageLanguage, resetPage, until, type HeldAnswer } from '../support/widgets.js';

type State = 'loading' | 'error' | 'empty' | 'full';

/** The answer that keeps the loading state on screen; released after each test. */
let held: HeldAnswer | undefined;

function attributesFor(widget: WidgetCase, state: State): Record<string, string> {
  switch (state) {
    case 'loading':
      held = heldAnswer();
      return { ...widget.full, src: held.url };
    case 'error':
      return { ...widget.full, src: `/__test__/status/500?k=${Math.random()}` };
    case 'empty':
      return widget.empty;
    case 'full':
      return widget.full;
  }
}

const expectedPart: Record<State, string> = {
  loading: '[part~="status"]',
  error: '[part~="error"]',
  empty: '[part~="empty"]',
  full: '',
};

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  before(defineAll);
  afterEach(async () => {
    await held?.release();
    held = undefined;
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  it('the checker itself reports a real violation', async () => {
    const broken = document.createElement('div');
    broken.innerHTML = '<button></button><img src="data:,">';
    document.body.append(broken);
    try {
      const found = await axeViolations(broken);
      expect(found.some((line) => line.startsWith('button-name'))).to.equal(true);
      expect(found.some((line) => line.startsWith('image-alt'))).to.equal(true);
    } finally {
      broken.remove();
    }
  });

  for (const widget of WIDGET_CASES) {
    for (const language of ['de', 'ru', 'en']) {
      for (const state of ['loading', 'error', 'empty', 'full'] as const) {
        it(`<${widget.tag}> ${state} in ${language}`, async () => {
          await pageLanguage(language);
          const { value: element } = await captureConsole(async () => {
            const created = createWidget(widget, attributesFor(widget, state));
            await until(() => created.shadowRoot?.querySelector(expectedPart[state] || widget.content), `no ${state} state`);
            return created;
          });
          expect(element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal(language);
          expect(await axeViolations(element)).to.deep.equal([]);
          if (state === 'loading') expect(element.shadowRoot?.querySelector('[part~="status"]'), 'axe saw the loading state').not.to.equal(null);
        });
      }
    }

    it(`<${widget.tag}> full, in the dark colour scheme`, async () => {
      document.documentElement.style.colorScheme = 'dark';
      document.body.style.background = '#111';
      const element = createWidget(widget, widget.full);
      await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
      const surface = getComputedStyle(element.shadowRoot!.querySelector(widget.content)!).color;
      expect(surface, 'text colour follows the dark scheme').not.to.equal('rgb(29, 35, 48)');
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }
});
