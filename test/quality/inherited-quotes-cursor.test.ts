/**
 * Inherited properties a theme sets on a container for its own text, which reach the widgets'
 * shadow trees: its quotation marks (`quotes`, German sites' „…“ on the root) and its pointer
 * (`cursor: pointer` on a clickable card, `help` on an abbreviation's box). The widgets quote a
 * motto in its own language's marks and show the pointer of what is under it.
 */
import { expect } from '@open-wc/testing';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage, settled, shadow } from '../support/widgets.js';

describe('a container’s quotation marks and pointer', () => {
  before(defineAll);
  afterEach(resetPage);

  it('the overview quotes a motto in its language’s marks, and no widget’s text takes the container’s pointer', async () => {
    const box = Object.assign(document.createElement('div'), { style: 'quotes: "„" "“" "‚" "‘"; cursor: help' });
    document.body.append(box);
    for (const widget of WIDGET_CASES) {
      const element = createWidget(widget, widget.full, box);
      await settled(element, widget.content);
      const base = shadow(element).querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).cursor, `<${widget.tag}>'s pointer`).to.equal('auto');
      if (widget.tag === 'conf-overview') expect(getComputedStyle(shadow(element).querySelector('q')!).quotes, 'the motto’s marks').to.equal('auto');
    }
  });
});
