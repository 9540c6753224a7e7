/**
 * Reflow (WCAG 1.4.10): at 320 CSS px every widget is usable without
 * horizontal scrolling of the page, in every language; so on a phone (360 CSS px) with its text
 * at 200% (WCAG 1.4.4: the phone's text size, or the page's `html { font-size: 200% }`), where
 * a label of one word is also not broken between its letters.
 *
 * The page is a host page in an iframe 320 px wide, with the built script-tag
 * bundle (as test/quality/embedding.test.ts): an iframe's viewport can be made
 * that narrow in every engine, where WebKit's MiniBrowser window cannot be
 * narrower than its toolbar (447 px).
 */
import { expect } from '@open-wc/testing';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { linesOf, rightmostEdge, SCROLLING_ROWS, until } from '../support/widgets.js';

const WIDTH = 320;

async function narrowPage(
  tag: string,
  attributes: Record<string, string>,
  lang: string,
  width = WIDTH,
  css?: string,
): Promise<{ window: Window; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '640px';
  frame.style.border = '0';
  const config = { widgets: [{ tag, attributes }], lang, css };
  frame.src = `/test/fixtures/embed/page.html#${encodeURIComponent(JSON.stringify(config))}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __embed?: { ready: boolean; errors: string[] } };
  await until(() => win.__embed?.ready || win.__embed?.errors.length, 'the host page did not load the bundle');
  expect(win.__embed?.errors).to.deep.equal([]);
  return { window: win, document: frame.contentDocument! };
}

describe('reflow at 320 CSS px', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const widget of WIDGET_CASES) {
    for (const language of ['de', 'ru', 'en']) {
      it(`<${widget.tag}> in ${language} fits without horizontal scrolling`, async () => {
        const page = await narrowPage(widget.tag, widget.full, language);
        const element = page.document.querySelector(widget.tag)!;
        await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
        expect(page.window.innerWidth).to.equal(WIDTH);
        expect(page.document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(WIDTH);
        // <conf-programme>'s day tabs are one row that scrolls by itself, with its edges faded
        // and the selected tab scrolled into view (issue 13): the row must fit, not its tabs.
        const widest = rightmostEdge(element.shadowRoot!, SCROLLING_ROWS);
        expect(widest, 'rightmost edge inside the widget').to.be.at.most(WIDTH);
      });
    }
  }
});

describe('text at 200% on a phone (360 CSS px)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const widget of WIDGET_CASES) {
    for (const language of ['de', 'ru', 'en']) {
      it(`<${widget.tag}> in ${language} fits, its one-word labels whole`, async () => {
        const width = 360;
        const page = await narrowPage(widget.tag, widget.full, language, width, 'text-200.css');
        const element = page.document.querySelector(widget.tag)!;
        await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
        expect(page.document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(width);
        expect(rightmostEdge(element.shadowRoot!, SCROLLING_ROWS), 'rightmost edge inside the widget').to.be.at.most(width);
        for (const label of element.shadowRoot!.querySelectorAll('label')) {
          const range = page.document.createRange();
          range.selectNodeContents(label);
          if (!/\s/.test(range.toString().trim())) expect(linesOf(range), `"${range.toString().trim()}" on one line`).to.equal(1);
        }
      });
    }
  }

  it('<conf-programme>’s calendar menus fit too', async () => {
    const width = 360;
    const page = await narrowPage('conf-programme', { src: '/demo/schedule.frab.json' }, 'de', width, 'text-200.css');
    const element = page.document.querySelector('conf-programme')!;
    await until(() => element.shadowRoot?.querySelector('[part~="session-calendar"]'), 'no session');
    const root = element.shadowRoot!;
    const tools = root.querySelector<HTMLElement>('[part~="tools"]')!;
    expect(tools.offsetWidth, 'the toolbar folded behind its button').to.be.above(0);
    tools.click();
    for (const selector of ['[part~="session-calendar"]', '[part~="calendar"] > button']) {
      const button = root.querySelector<HTMLElement>(selector)!;
      button.click();
      await until(() => root.getElementById(button.getAttribute('aria-controls')!)?.querySelector('button'), `${selector}: the menu did not open`);
      const menu = root.getElementById(button.getAttribute('aria-controls')!)!.getBoundingClientRect();
      expect(menu.left, `${selector}: the menu's left edge`).to.be.at.least(-0.5);
      expect(menu.right, `${selector}: the menu's right edge`).to.be.at.most(width + 0.5);
      expect(page.document.documentElement.scrollWidth, `${selector}: page scroll width`).to.be.at.most(width);
      button.click();
      await until(() => button.getAttribute('aria-expanded') === 'false', `${selector}: the menu did not close`);
    }
  });
});
