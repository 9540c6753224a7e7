/**
 * When the widgets' script does not run, the page never shows a blank box (issue 15): the
 * fallback content that the recommended snippet puts inside the element (README, "When nothing
 * shows") stays visible. Checked with the two mistakes webmasters make, on the built bundle
 * (`npm run build` first): the script tag without `type="module"` (the bundle is an ES module, so
 * a classic script stops at a SyntaxError before any of it runs) and a script the browser refuses
 * to run (from another origin without CORS headers; here also a wrong address). With the right
 * tag the widget replaces the fallback.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/widgets.js';

// Absolute: WebKit resolves nothing relative to the address of a srcdoc frame.
const BUNDLE = new URL('/dist/cdn/staedtepartner-widgets.js', location.href).href;
const FALLBACK = 'Die Jubiläen 2021 stehen auch auf unserer Seite Städtepartnerschaften.';

/** A host page in an iframe: `scriptTag` and a widget with fallback content, as the README's snippet has it. */
async function hostPage(scriptTag: string): Promise<{ frame: HTMLIFrameElement; errors: () => string[] }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '40rem';
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">
    <script>window.scriptErrors = []; addEventListener('error', (event) => scriptErrors.push(String(event.message)));</script>
    ${scriptTag}</head><body>
    <jubilee-list src="${new URL('/demo/feed.json', location.href).href}" year="2021"><p>${FALLBACK} <a href="/partnerschaften/">Zur Übersicht</a></p></jubilee-list>
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  // Recorded inside the frame: WebKit gives the srcdoc document a new window after append.
  return { frame, errors: () => (frame.contentWindow as Window & { scriptErrors: string[] }).scriptErrors };
}

function fallbackShown(frame: HTMLIFrameElement): boolean {
  const widget = frame.contentDocument!.querySelector('jubilee-list')!;
  const fallback = widget.querySelector('p')!;
  return fallback.getClientRects().length > 0 && fallback.getBoundingClientRect().height > 0 && (widget as HTMLElement).innerText.includes(FALLBACK);
}

describe('when the script does not run, the fallback content inside the element stays', () => {
  before(async function () {
    if (!(await fetch(BUNDLE, { method: 'HEAD' })).ok) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loaded as a classic script by mistake: a SyntaxError, and the fallback shows', async () => {
    const { frame, errors } = await hostPage(`<script src="${BUNDLE}"></script>`);
    await until(() => errors().length > 0, 'no script error in the frame');
    expect(frame.contentWindow!.customElements.get('jubilee-list'), 'nothing of the bundle ran').to.equal(undefined);
    expect(fallbackShown(frame), 'fallback content visible').to.equal(true);
  });

  it('a module script that the browser cannot load: the fallback shows', async () => {
    const { frame } = await hostPage(`<script type="module" src="${new URL('/dist/cdn/no-such-file.js', location.href).href}"></script>`);
    expect(frame.contentWindow!.customElements.get('jubilee-list')).to.equal(undefined);
    expect(fallbackShown(frame), 'fallback content visible').to.equal(true);
  });

  it('from another origin without CORS headers: the fallback shows', async function () {
    // The test server's own address under another name is another origin (localhost ↔ 127.0.0.1).
    const other = new URL(BUNDLE, location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const cors = await fetch(other.href, { mode: 'cors' }).then(
      (answer) => answer.ok,
      () => false,
    );
    const reachable = await fetch(other.href, { mode: 'no-cors' }).then(
      () => true,
      () => false,
    );
    // A test server that sends CORS headers loads the module, as it should; one not reachable under
    // the other name tests nothing about CORS.
    if (cors || !reachable) this.skip();
    const { frame } = await hostPage(`<script type="module" src="${other.href}"></script>`);
    expect(frame.contentWindow!.customElements.get('jubilee-list')).to.equal(undefined);
    expect(fallbackShown(frame), 'fallback content visible').to.equal(true);
  });

  it('with type="module" the widget replaces the fallback', async () => {
    const { frame } = await hostPage(`<script type="module" src="${BUNDLE}"></script>`);
    const widget = frame.contentDocument!.querySelector('jubilee-list')!;
    await until(() => widget.shadowRoot?.querySelector('[part~="entry"]'), 'the widget did not render');
    expect(fallbackShown(frame), 'fallback content hidden').to.equal(false);
  });
});
