/**
 * Embedding hazards, with the built script-tag bundle (dist/cdn, built by
 * `npm test` before the browser tests) in a host page inside an iframe:
 * a strict Content-Security-Policy, also with Trusted Types enforced, the
 * bundle loaded twice, and aggressive global CSS.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { rightmostEdge, SCROLLING_ROWS, until } from '../support/widgets.js';

const BUNDLE = '/dist/cdn/staedtepartner-widgets.js';

interface EmbedState {
  violations: string[];
  errors: string[];
  /** What the console was told, as `level: text`. */
  logged: string[];
  ready: boolean;
  /** What loadWidget() resolved to for the page's `load` tags. */
  loaded?: unknown[];
}

interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & { __embed: EmbedState };
  document: Document;
}

/**
 * The Trusted Types policies the built bundle creates: what a host page that
 * enforces Trusted Types must allow (README, "Content-Security-Policy").
 */
const BUNDLE_POLICIES = ['lit-html'];

/**
 * @param options.csp the strict policy (test/support/embedding-server.mjs)
 * @param options.trustedTypes also `require-trusted-types-for 'script'`, with this `trusted-types` list
 * @param options.policies Trusted Types policies the page creates itself before it loads the bundle
 * @param options.file the page: page.html loads `bundles` with `import()`, script-tag.html the bundle with a script tag (`bundles: []`)
 * @param options.widgets instead of every widget full of content
 */
async function hostPage(
  options: {
    csp?: boolean;
    trustedTypes?: string;
    policies?: string[];
    bundles?: string[];
    css?: string;
    width?: number;
    file?: string;
    load?: string[];
    freeze?: string[];
    widgets?: { tag: string; attributes: Record<string, string>; text?: string }[];
  } = {},
): Promise<HostPage> {
  const config = {
    widgets: options.widgets ?? WIDGET_CASES.map((widget) => ({ tag: widget.tag, attributes: widget.full })),
    bundles: options.bundles,
    css: options.css,
    policies: options.policies,
    load: options.load,
    freeze: options.freeze,
  };
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = '600px';
  const query = options.trustedTypes !== undefined ? `?csp&tt=${encodeURIComponent(options.trustedTypes)}` : options.csp ? '?csp' : '';
  frame.src = `/test/fixtures/embed/${options.file ?? 'page.html'}${query}#${encodeURIComponent(JSON.stringify(config))}`;
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

  describe('with Trusted Types enforced', () => {
    /** Whether the engine enforces Trusted Types: a policy the page's CSP does not list is refused. */
    async function enforced(): Promise<boolean> {
      const page = await hostPage({ trustedTypes: 'host-policy', bundles: [] });
      const types = (page.window as Window & { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
      if (typeof types?.createPolicy !== 'function') return false;
      try {
        types.createPolicy('not-listed', {});
        return false;
      } catch {
        return true;
      } finally {
        page.frame.remove();
      }
    }

    before(async function () {
      // An engine without Trusted Types (older Firefox ESR and WebKit) has nothing to test (detected, not guessed from the browser's name).
      if (!(await enforced())) this.skip();
    });

    it(`renders every widget when the page allows the policy ${BUNDLE_POLICIES.join(', ')}, without a single violation`, async () => {
      const policy = (await fetch(`/test/fixtures/embed/page.html?csp&tt=${BUNDLE_POLICIES.join('%20')}`)).headers.get('content-security-policy');
      expect(policy)
        .to.contain("require-trusted-types-for 'script'")
        .and.to.contain(`trusted-types ${BUNDLE_POLICIES.join(' ')}`);
      const page = await hostPage({ trustedTypes: BUNDLE_POLICIES.join(' ') });
      await allRendered(page);
      expect(page.window.__embed.violations).to.deep.equal([]);
      expect(page.window.__embed.errors).to.deep.equal([]);
    });

    it('renders every widget when the page names no policies at all', async () => {
      const page = await hostPage({ trustedTypes: '' });
      await allRendered(page);
      expect(page.window.__embed.violations).to.deep.equal([]);
      expect(page.window.__embed.errors).to.deep.equal([]);
    });

    it(`the check would catch a page that does not allow ${BUNDLE_POLICIES.join(', ')}: reported as a violation`, async () => {
      const page = await hostPage({ trustedTypes: 'host-policy' });
      await until(() => page.window.__embed.violations.length > 0, 'creating the lit-html policy was not reported');
      expect(page.window.__embed.violations.join('\n')).to.contain('trusted-types');
    });

    // README, "When nothing shows": the fallback content stays, and the console names the policy to allow.
    for (const [list, policies, why] of [
      ['host-policy', [], 'without lit-html'],
      ["'none'", [], "'none'"],
      ['lit-html', BUNDLE_POLICIES, 'lit-html, created first by the page’s own Lit, without allow-duplicates'],
    ] as const) {
      it(`keeps the fallback content and names the policy in the console when the page’s trusted-types list is ${why}`, async () => {
        const text = (tag: string) => `The ${tag} on the town’s page.`;
        const widgets = WIDGET_CASES.map((widget) => ({ tag: widget.tag, attributes: widget.full, text: text(widget.tag) }));
        const page = await hostPage({ file: 'script-tag.html', trustedTypes: list, policies: [...policies], widgets });
        await until(() => page.window.__embed.violations.length > 0, 'creating the lit-html policy was not reported');
        expect(page.window.__embed.violations.join('\n')).to.contain('trusted-types');
        expect(page.window.__embed.errors, 'no uncaught error').to.deep.equal([]);
        const said = page.window.__embed.logged.filter((line) => line.startsWith('error: [staedtepartner-widgets]'));
        expect(said, page.window.__embed.logged.join('\n')).to.have.length(1);
        expect(said[0]).to.contain('lit-html').and.to.contain("'allow-duplicates'");
        for (const widget of WIDGET_CASES) {
          const element = page.document.querySelector<HTMLElement>(widget.tag)!;
          expect(element.shadowRoot, widget.tag).to.equal(null);
          expect(element.innerText, widget.tag).to.equal(text(widget.tag));
        }
      });
    }

    // A page script that awaits loadWidget() before it creates a widget (README, "React, Vue, Svelte and editors").
    it('loadWidget() on a page that refused the policy resolves without defining the widget, which keeps its fallback content', async () => {
      const widgets = [{ tag: 'conf-overview', attributes: WIDGET_CASES.find((widget) => widget.tag === 'conf-overview')!.full, text: 'The overview.' }];
      const page = await hostPage({ trustedTypes: 'host-policy', widgets, load: ['conf-overview'] });
      expect(page.window.__embed.errors, 'no uncaught error').to.deep.equal([]);
      expect(page.window.__embed.loaded).to.deep.equal([undefined]);
      expect(page.window.customElements.get('conf-overview'), 'not defined').to.equal(undefined);
      const element = page.document.querySelector<HTMLElement>('conf-overview')!;
      expect(element.shadowRoot).to.equal(null);
      expect(element.innerText).to.equal('The overview.');
    });

    // A page that runs its own copy of Lit has created a lit-html policy before the bundle creates its own.
    it(`a page with its own lit-html policy must add 'allow-duplicates'`, async () => {
      const refused = await hostPage({ trustedTypes: BUNDLE_POLICIES.join(' '), policies: BUNDLE_POLICIES });
      await until(() => refused.window.__embed.violations.length > 0, 'a second lit-html policy was not reported');
      const page = await hostPage({ trustedTypes: `${BUNDLE_POLICIES.join(' ')} 'allow-duplicates'`, policies: BUNDLE_POLICIES });
      await allRendered(page);
      expect(page.window.__embed.violations).to.deep.equal([]);
      expect(page.window.__embed.errors).to.deep.equal([]);
    });
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

  // Another library (or an older copy of the widgets, from a CMS plugin) registered one of the tags
  // first: the page keeps that element, and the console says why no widget appears there.
  it('says in the console when another script defined a widget’s tag first', async () => {
    const page = await hostPage({ bundles: [] });
    const win = page.window as unknown as typeof globalThis;
    const logged: string[] = [];
    const { info } = win.console;
    win.console.info = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      win.customElements.define('conf-programme', class extends win.HTMLElement {});
      const script = page.document.createElement('script');
      script.type = 'module';
      script.src = BUNDLE;
      page.document.head.append(script);
      await until(() => page.document.querySelector('jubilee-list')?.shadowRoot?.querySelector('[part~="entry"]'), 'the other widgets did not render');
      await until(() => logged.some((line) => line.includes('<conf-programme> is already defined')), 'the console did not name the tag defined first');
    } finally {
      win.console.info = info;
    }
    expect(page.document.querySelector('conf-programme')!.shadowRoot, 'the page’s own element is kept').to.equal(null);
    expect(page.window.__embed.errors).to.deep.equal([]);
  });

  // MooTools 1.3–1.6 (old Joomla templates still load it) replaces Array.from with its own, which reads an
  // array-like item and takes anything else, an iterator too, for one item (its Core.js, its helpers
  // Type.isEnumerable and typeOf written out). d3-array's merge, with which d3-geo clips the map's land
  // and borders, copied an iterator with Array.from: the map drew neither and threw.
  const MOOTOOLS_ARRAY_FROM = `if (item == null) return [];
    var enumerable = typeof item.length == 'number' && Object.prototype.toString.call(item) != '[object Function]';
    return enumerable && typeof item != 'string' ? (Array.isArray(item) ? item : Array.prototype.slice.call(item)) : [item];`;

  it('draws the map’s land and borders on a page whose MooTools replaced Array.from', async () => {
    const page = await hostPage({ bundles: [] });
    const frameGlobal = page.window as unknown as typeof globalThis;
    // Made in the page's own realm, as MooTools' is.
    frameGlobal.Array.from = new frameGlobal.Function('item', MOOTOOLS_ARRAY_FROM) as typeof Array.from;
    expect(frameGlobal.Array.from(new frameGlobal.Set([1, 2]))).to.have.length(1);
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    page.document.head.append(script);
    await allRendered(page);
    const map = page.document.querySelector('partnership-map')!.shadowRoot!;
    await until(() => map.querySelector('path.land') || page.window.__embed.errors.length > 0, 'the map drew no land and reported no error');
    expect(page.window.__embed.errors).to.deep.equal([]);
    for (const shape of ['land', 'borders']) {
      expect(map.querySelector(`path.${shape}`)?.getAttribute('d')?.length ?? 0, `the map’s ${shape}`).to.be.greaterThan(1000);
    }
  });

  // SES's lockdown() (MetaMask's Snaps, LavaMoat, Agoric pages) freezes every intrinsic, Symbol too: Lit's
  // `Symbol.metadata ??= …` threw as the script loaded ("Cannot add property metadata, object is not extensible").
  it('renders every widget on a page that froze Symbol (SES lockdown)', async () => {
    const page = await hostPage({ freeze: ['Symbol'] });
    expect(page.window.__embed.errors).to.deep.equal([]);
    await allRendered(page);
    expect(page.window.__embed.errors).to.deep.equal([]);
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
      const widest = Math.max(element.getBoundingClientRect().right, rightmostEdge(element.shadowRoot!, SCROLLING_ROWS));
      // Give or take a unit of layout rounding (1/64 px in WebKit and Chromium, 1/60 in Firefox): a year
      // field of the map's controls ends at 320.016 px in WebKit here.
      expect(widest, `<${widget.tag}> fits in 320 px`).to.be.at.most(320.05);
    }
  });
});
