/**
 * A widget in a place that sizes it by its content: a cell of a table without a width (an old
 * layout table), beside a cell of text, and a grid's auto column. The map and the overview are size
 * containers, which have no content width: without a width the widget asks for (about 40em), they
 * were 0px wide there and the map never drew. The widget may still be narrower than that: a table
 * or a column narrower than 40em gets no scroll bar from it.
 */
import { expect } from '@open-wc/testing';
import { resetPage, settled, shadow, until } from '../support/widgets.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';

const TEXT = 'Our town has been twinned with its partner since 1991: exchanges of schools, choirs and sports clubs every year.';

/** The widget in `html`'s element `[data-widget]`, once its content is shown and laid out. */
async function placed(tag: (typeof WIDGET_CASES)[number], html: string): Promise<{ widget: HTMLElement; box: HTMLElement }> {
  const box = document.createElement('div');
  box.innerHTML = html;
  document.body.append(box);
  const widget = createWidget(tag, tag.full, box.querySelector('[data-widget]')!);
  await settled(widget, tag.content);
  return { widget, box };
}

/** The width the widget asks for: 40em of its own text. */
const wished = (widget: HTMLElement) => 40 * parseFloat(getComputedStyle(widget).fontSize);

describe('widgets sized by their place’s content', () => {
  before(defineAll);
  afterEach(resetPage);

  for (const tag of WIDGET_CASES) {
    it(`<${tag.tag}> is about 40em wide alone in a cell of a table without a width, and no wider than a narrower column`, async () => {
      const { widget, box } = await placed(tag, '<div style="width: 900px"><table><tr><td data-widget></td></tr></table></div>');
      const width = widget.getBoundingClientRect().width;
      // At least the width asked for; the programme's toolbar may ask for more of its own.
      expect(width, 'alone').to.be.within(wished(widget) - 1, 900);
      box.remove();
      const narrow = await placed(tag, '<div style="width: 300px"><table><tr><td data-widget></td></tr></table></div>');
      expect(narrow.widget.getBoundingClientRect().right, 'in a 300px column').to.be.at.most(narrow.box.getBoundingClientRect().left + 300);
      narrow.box.remove();
    });

    it(`<${tag.tag}> is no wider than a 300px column whose text does not wrap (white-space: nowrap), in a table, a flex row or a grid`, async () => {
      // A theme's nowrap reaches the widget's element: the width it asks for must still be one it can do without.
      for (const html of [
        '<table><tr><td data-widget></td></tr></table>',
        '<div style="display: flex"><div data-widget></div></div>',
        '<div style="display: grid" data-widget></div>',
      ]) {
        const { widget, box } = await placed(tag, `<div style="width: 300px; white-space: nowrap">${html}</div>`);
        expect(widget.getBoundingClientRect().right, html).to.be.at.most(box.getBoundingClientRect().left + 300);
        box.remove();
      }
    });

    it(`<${tag.tag}> shares a 700px table with a cell of text`, async () => {
      const { widget, box } = await placed(tag, `<table style="width: 700px"><tr><td>${TEXT}</td><td data-widget></td></tr></table>`);
      const width = widget.getBoundingClientRect().width;
      expect(width, 'beside the text').to.be.within(200, 700);
      if (tag.tag === 'partnership-map') {
        await until(() => shadow(widget).querySelector('path.land'), 'the map drew no land');
        expect(shadow(widget).querySelectorAll('[part~="marker"]').length, 'markers').to.be.greaterThan(0);
      }
      box.remove();
    });
  }

  it('the map and the overview are about 40em wide in a grid’s auto column', async () => {
    for (const tag of WIDGET_CASES.filter(({ tag }) => tag === 'partnership-map' || tag === 'conf-overview')) {
      const { widget, box } = await placed(
        tag,
        '<div style="display: grid; grid-template-columns: auto 1fr; width: 900px"><div data-widget></div><p>x</p></div>',
      );
      expect(widget.getBoundingClientRect().width, tag.tag).to.be.within(wished(widget) - 1, wished(widget) + 8);
      box.remove();
    }
  });
});
