/**
 * Embedding hazards, with the built script-tag bundle (dist/cdn, built by
 * `npm test` before the browser tests) in a host page inside an iframe:
 * a strict Content-Security-Policy, the bundle loaded twice, and aggressive
 * global CSS.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { until } from '../support/widgets.js';

const BUNDLE = '/dist/cdn/staedtepartner-widgets.js';

interface EmbedState {
  violations: string[];
  errors: string[];
  ready: boolean;
}

interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & { __embed: EmbedState };
  document: Document;
}

async function hostPage(options: { csp?: boolean; bundles?: string[]; css?: string; width?: number } = {}): Promise<HostPage> {
  const config = {
    widgets: WIDGET_CASES.map((widget) => ({ tag: widget.tag, attributes: widget.full })),
    bundles: options.bundles,
    css: options.css,
  };
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = '600px';
  frame.src = `/test/fixtures/embed/page.html${options.csp ? '?csp' : ''}#${encodeURIComponent(JSON.stringify(config))}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as HostPage['window'];
  await until(() => win.__embed?.ready || win.__embed?.errors.length, 'the host page did not load the bundle');
  return { frame, window: win, document: frame.contentDocument! };
}

async function allRendered(page: HostPage): Promise<void> {
  for (const widget of WIDGET_CASES) {
    const element = page.document.querySelector(widget.tag);
    await until(() => element?.shadowRoot?.querySelector(widget.content), `<${widget.tag}> did not render`);
  }
}

describe('embedding hazards (built bundle)', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run npm run build before the browser tests (npm test does)`);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders every widget under a strict CSP without a single violation', async () => {
    const page = await hostPage({ csp: true });
    const policy = (await fetch('/test/fixtures/embed/page.html?csp')).headers.get('content-security-policy');
    expect(policy).to.contain("script-src 'self'");
    await allRendered(page);
    expect(page.window.__embed.violations).to.deep.equal([]);
    expect(page.window.__embed.errors).to.deep.equal([]);
  });

  it('the CSP check would catch a violation', async () => {
    const page = await hostPage({ csp: true });
    const style = page.document.createElement('div');
    style.setAttribute('style', 'color: red');
    page.document.body.append(style);
    await until(() => page.window.__embed.violations.length > 0, 'an inline style attribute was not reported');
  });

  it('works when two copies of the bundle load on one page', async () => {
    const page = await hostPage({ bundles: [BUNDLE, `/__copy/2${BUNDLE}`] });
    await allRendered(page);
    expect(page.window.__embed.errors).to.deep.equal([]);
    for (const widget of WIDGET_CASES) {
      expect(page.window.customElements.get(widget.tag), widget.tag).to.be.a('function');
    }
    const copies = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      copies.some((url) => url.includes('/__copy/2/dist/cdn/chunks/')),
      'the second copy loaded its own chunks',
    ).to.equal(true);
  });

  it('keeps the host page’s own content untouched', async () => {
    const page = await hostPage();
    const before = [page.document.getElementById('host-heading')?.outerHTML, page.document.getElementById('host-text')?.outerHTML, page.document.title];
    await allRendered(page);
    expect([page.document.getElementById('host-heading')?.outerHTML, page.document.getElementById('host-text')?.outerHTML, page.document.title]).to.deep.equal(
      before,
    );
    expect(page.document.head.querySelectorAll('style').length, 'no styles added to the host head').to.equal(0);
  });

  it('stays legible under aggressive global CSS, also at 320 px', async () => {
    const page = await hostPage({ css: 'aggressive.css', width: 320 });
    await allRendered(page);
    for (const widget of WIDGET_CASES) {
      const element = page.document.querySelector(widget.tag)!;
      const content = element.shadowRoot!.querySelector(widget.content)!;
      const style = page.window.getComputedStyle(content);
      expect(style.color, 'the page’s !important colour does not reach inside').not.to.equal('rgb(255, 0, 255)');
      expect(style.whiteSpace, 'nowrap from the page does not reach inside').to.equal('normal');
      expect(content.getBoundingClientRect().height).to.be.greaterThan(10);
      // The host's own text may overflow (its nowrap is its business); the widget must not.
      const widest = Math.max(
        element.getBoundingClientRect().right,
        ...[...element.shadowRoot!.querySelectorAll('*')].map((node) => node.getBoundingClientRect().right),
      );
      expect(widest, 'the widget fits in 320 px').to.be.at.most(320);
    }
  });
});
