/**
 * The built script-tag bundle (dist/cdn, built by `npm test` before the browser tests) says what the
 * sources say, in German and Russian. The build rewrites what the sources do not show: it drops the
 * translators' notes and looks messages given an id of their own (the plural forms, "Next" …) up by a
 * short id (vite.config.ts, shortMessageIds()); a message that lost its translation there would show
 * in English only in the bundle a page loads. Each widget with the sample feed, built (in a frame)
 * against the sources (in this page), compared as text without whitespace (the build's templates have
 * less of it; test/cli/template-whitespace.test.mjs checks the spaces a reader sees).
 */
import { expect } from '@open-wc/testing';
import { WIDGET_MODULES } from '../../src/registry.js';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { pageLanguage, resetPage, until } from '../support/widgets.js';

/** What a widget shows, for comparison: its text without whitespace (the map's is its summary: its labels depend on its size). */
function shown(element: Element | null | undefined, tag: string): string {
  const root = element?.shadowRoot;
  const part = tag === 'partnership-map' ? root?.querySelector('[part~="summary"]') : root;
  return (part?.textContent ?? '').replace(/\s+/g, '');
}

const settledIn = (root: ParentNode | undefined, content: string) => root?.querySelector(`${content}, [part~="empty"], [part~="error"]`);

describe('the built bundle against the sources', () => {
  after(resetPage);

  for (const language of ['de', 'ru']) {
    for (const widget of WIDGET_CASES) {
      it(`<${widget.tag}> in ${language}: the same text`, async () => {
        await WIDGET_MODULES[widget.tag]();
        await pageLanguage(language);
        const source = document.createElement(widget.tag);
        for (const [name, value] of Object.entries(widget.full)) source.setAttribute(name, value);
        source.style.cssText = 'display: block; width: 800px';
        document.body.append(source);
        const config = { lang: language, widgets: [{ tag: widget.tag, attributes: widget.full }] };
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width: 800px; height: 600px';
        frame.src = `/test/fixtures/embed/page.html#${encodeURIComponent(JSON.stringify(config))}`;
        document.body.append(frame);
        try {
          const built = () => frame.contentDocument?.querySelector(widget.tag);
          await until(
            () => settledIn(source.shadowRoot ?? undefined, widget.content) && shown(source, widget.tag),
            `the sources' <${widget.tag}> did not render`,
          );
          await until(
            () => settledIn(built()?.shadowRoot ?? undefined, widget.content) && shown(built(), widget.tag),
            `the built <${widget.tag}> did not render`,
          );
          expect(built()!.shadowRoot!.querySelector('[part~="error"]'), 'the built widget shows an error').to.equal(null);
          // Both have settled on one feed; the text may still follow (a clock, the map's summary), so wait for it to agree.
          await until(() => shown(built(), widget.tag) === shown(source, widget.tag), 'differ').catch(() => undefined);
          expect(shown(built(), widget.tag)).to.equal(shown(source, widget.tag));
        } finally {
          frame.remove();
          source.remove();
        }
      });
    }
  }
});
