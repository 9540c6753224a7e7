/**
 * Reflow (WCAG 1.4.10): at 320 CSS px every widget is usable without
 * horizontal scrolling of the page, in every language.
 */
import { expect } from '@open-wc/testing';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { setViewportSize } from '../support/viewport.js';
import { pageLanguage, resetPage, until } from '../support/widgets.js';

describe('reflow at 320 CSS px', () => {
  before(defineAll);
  beforeEach(() => setViewportSize(320, 640));
  afterEach(async () => {
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await setViewportSize(800, 600);
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    for (const language of ['de', 'ru', 'en']) {
      it(`<${widget.tag}> in ${language} fits without horizontal scrolling`, async () => {
        await pageLanguage(language);
        const element = createWidget(widget, widget.full);
        await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
        expect(window.innerWidth).to.equal(320);
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
        const widest = Math.max(...[...element.shadowRoot!.querySelectorAll('*')].map((node) => node.getBoundingClientRect().right));
        expect(widest, 'rightmost edge inside the widget').to.be.at.most(320);
      });
    }
  }
});
