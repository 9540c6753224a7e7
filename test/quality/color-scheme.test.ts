/**
 * Dark mode follows what the page shows behind the widget (issue 15): with `color-scheme` on
 * `:root`, on `<body>` only, or nowhere, with the system in dark mode and in light, and on a dark
 * page background that declares no scheme, every text of every widget (headings, tabs, body text,
 * the history timeline) has a contrast of at least 4.5:1 against the background really behind it:
 * the first opaque background up the composed tree, composed over the page's canvas; the edge of
 * every text field and select, 3:1 against its inside and what is around it.
 *
 * The system's dark mode is emulated where the engine lets the runner do it (Chromium); elsewhere
 * those cases skip, saying so.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isDark } from '../../src/shared/color-scheme-controller.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { contrast, luminance, rgba, type Rgba } from '../support/contrast.js';
import { resetPage, until } from '../support/widgets.js';

const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as Rgba;

/** The page's canvas: `Canvas` in the root's used colour scheme (a probe that inherits it from the root). */
function canvasColour(): Rgba {
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.documentElement.append(probe);
  const colour = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

/** The colour behind `element`: its own and its ancestors' backgrounds (across shadow roots) laid over the canvas. */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const layer = rgba(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), canvasColour());
}

/** Every visible element of the shadow tree with text of its own (not inside the map's drawing), outside <svg>. */
function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (element) =>
      !element.closest('svg, .visually-hidden') &&
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) &&
      element.getClientRects().length > 0,
  );
}

/** Where the page declares its scheme, as a webmaster might. */
const PLACES = {
  'color-scheme: light dark on :root': () => (document.documentElement.style.colorScheme = 'light dark'),
  'color-scheme: light dark on <body> only': () => (document.body.style.colorScheme = 'light dark'),
  'color-scheme: dark on :root': () => (document.documentElement.style.colorScheme = 'dark'),
  'color-scheme: dark on <body> only': () => (document.body.style.colorScheme = 'dark'),
  'no color-scheme': () => undefined,
  'a dark page background, no color-scheme': () => {
    document.body.style.background = '#15171c';
    document.body.style.color = '#eee';
  },
  'color-scheme: dark on :root, a light panel around the widget': () => {
    document.documentElement.style.colorScheme = 'dark';
    return 'panel';
  },
} as const;

let systemDarkEmulated = false;

describe('dark mode follows the background behind the widget', () => {
  before(async () => {
    await defineAll();
    // The runner emulates media in Chromium (CDP) only; WebDriver sessions refuse.
    if (/Chrome\//.test(navigator.userAgent)) {
      await emulateMedia({ colorScheme: 'dark' });
      systemDarkEmulated = matchMedia('(prefers-color-scheme: dark)').matches;
    }
    if (systemDarkEmulated) await emulateMedia({ colorScheme: 'light' });
  });

  afterEach(async () => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    document.querySelectorAll('.panel').forEach((panel) => panel.remove());
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    if (systemDarkEmulated) await emulateMedia({ colorScheme: 'light' });
    await resetPage();
  });

  for (const system of ['light', 'dark'] as const) {
    for (const [place, declare] of Object.entries(PLACES)) {
      for (const widget of WIDGET_CASES) {
        it(`<${widget.tag}>, ${place}, system in ${system} mode`, async function () {
          if (system === 'dark') {
            // Only Chromium lets the runner emulate the system's dark mode here.
            if (!systemDarkEmulated) this.skip();
            await emulateMedia({ colorScheme: 'dark' });
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
          }
          let parent: Element = document.body;
          if (declare() === 'panel') {
            parent = document.createElement('div');
            parent.className = 'panel';
            (parent as HTMLElement).style.background = '#fafafa';
            document.body.append(parent);
          }
          const element = createWidget(widget, widget.full, parent);
          await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const texts = textElements(element.shadowRoot!);
          expect(texts.length, 'texts found').to.be.greaterThan(3);
          const poor = texts
            .map((text) => {
              const ratio = contrast(rgba(getComputedStyle(text).color), backgroundBehind(text));
              return { text: `${text.localName}[part=${text.getAttribute('part')}] "${text.textContent!.trim().slice(0, 30)}"`, ratio };
            })
            .filter(({ ratio }) => ratio < 4.5)
            .map(({ text, ratio }) => `${text}: ${ratio.toFixed(2)}`);
          expect(poor).to.deep.equal([]);
          // The edge of a text field or a select, which nothing else shows: 3:1 against inside and outside (WCAG 1.4.11).
          const faint = [...element.shadowRoot!.querySelectorAll('input, select')]
            .filter((field) => field.getClientRects().length > 0)
            .flatMap((field) => {
              const edge = rgba(getComputedStyle(field).borderTopColor);
              return [backgroundBehind(field), backgroundBehind(field.parentElement!)]
                .map((behind) => contrast(over(edge, behind), behind))
                .filter((ratio) => ratio < 3)
                .map((ratio) => `${field.localName}[part=${field.getAttribute('part')}] edge: ${ratio.toFixed(2)}`);
            });
          expect(faint).to.deep.equal([]);
        });
      }
    }
  }

  it('changes with the page: a theme switch on <html> and the system mode', async function () {
    const widget = WIDGET_CASES.find((w) => w.tag === 'conf-history')!;
    const element = createWidget(widget, widget.full);
    await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
    const heading = () => element.shadowRoot!.querySelector('h3')!;
    const lightText = () => luminance(rgba(getComputedStyle(heading()).color)) > 0.18;
    expect(lightText(), 'dark text on the white page').to.equal(false);
    // A site's theme switch: a class on <html> that its style sheet styles.
    const theme = document.createElement('style');
    theme.textContent = 'html.dark-theme { color-scheme: dark; background: #101010 }';
    document.head.append(theme);
    try {
      document.documentElement.classList.add('dark-theme');
      await until(lightText, 'light text after the page turned dark');
      document.documentElement.classList.remove('dark-theme');
      await until(() => !lightText(), 'dark text again after the page turned light');
    } finally {
      theme.remove();
    }
    if (!systemDarkEmulated) return;
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    await until(lightText, 'light text when the system turned dark on a light dark page');
  });

  it('shows its choice as the custom state dark or light, for the CSS of the page', async () => {
    const widget = WIDGET_CASES.find((w) => w.tag === 'jubilee-list')!;
    const element = createWidget(widget, widget.full);
    await until(() => element.matches(':state(light)'), 'no state light on the white page');
    expect(element.matches(':state(dark)')).to.equal(false);
    document.body.style.background = '#15171c';
    await until(() => element.matches(':state(dark)'), 'no state dark on the dark page');
    expect(element.matches(':state(light)')).to.equal(false);
  });

  it('is light on paper: a widget dark on a dark page prints dark text, no dark boxes (print media, emulated in Chromium)', async function () {
    // The runner emulates media in Chromium (CDP) only; WebDriver sessions refuse.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    document.body.style.background = '#15171c';
    const elements = WIDGET_CASES.map((widget) => createWidget(widget, widget.full));
    for (const [i, widget] of WIDGET_CASES.entries()) {
      await until(
        () => elements[i]!.shadowRoot?.querySelector(widget.content) && elements[i]!.matches(':state(dark)'),
        `<${widget.tag}>: not dark on the dark page`,
      );
    }
    await emulateMedia({ media: 'print' });
    try {
      await until(() => matchMedia('print').matches, 'print media');
      for (const element of elements) {
        const base = element.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).colorScheme, `<${element.localName}>'s colour scheme`).to.equal('light');
        expect(luminance(rgba(getComputedStyle(base).color)), `<${element.localName}>'s text is dark`).to.be.below(0.1);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('follows a style sheet that loads after it (a page that loads its CSS asynchronously)', async () => {
    const widget = WIDGET_CASES.find((w) => w.tag === 'jubilee-list')!;
    const element = createWidget(widget, widget.full);
    await until(() => element.matches(':state(light)'), 'no state light on the white page');
    // The page's own sheet, which sets a dark background, arrives once the widget is there.
    const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/test/fixtures/embed/dark.css' });
    try {
      document.head.append(sheet);
      await until(() => element.matches(':state(dark)'), 'no state dark once the dark style sheet loaded');
    } finally {
      sheet.remove();
    }
  });

  it('reads computed colours in the forms browsers give them', () => {
    const cases: [string, boolean | undefined][] = [
      ['rgb(255, 255, 255)', false],
      ['rgb(21, 23, 28)', true],
      ['rgba(0, 0, 0, 0)', undefined],
      ['rgba(0, 0, 0, 0.3)', undefined],
      ['rgba(16, 16, 16, 0.9)', true],
      ['rgb(120, 120, 120)', false],
      ['rgb(100, 100, 100)', true],
      ['color(srgb 0.1 0.1 0.12)', true],
      ['color(srgb 0.95 0.95 0.95 / 0.8)', false],
      ['oklch(0.21 0.034 264.665)', true],
      ['oklch(0.985 0 0)', false],
      ['oklab(0.3 0.01 0.02 / 0.2)', undefined],
      ['lab(12 3 -20)', true],
      ['lch(96 2 250)', false],
    ];
    expect(cases.map(([colour]) => [colour, isDark(colour)])).to.deep.equal(cases);
  });

  it('is dark in a section whose dark background is a gradient or an image (a hero, a TYPO3 frame with a background image), whose own text the theme makes light', async () => {
    const widget = WIDGET_CASES.find((w) => w.tag === 'jubilee-list')!;
    for (const background of ['linear-gradient(#10141c, #1b2029)', 'url("data:image/gif;base64,R0lGODlhAQABAAAAACw=")']) {
      // No background colour of its own: behind it, the white page.
      const section = Object.assign(document.createElement('section'), { style: `background-image: ${background}; color: white` });
      document.body.append(section);
      const element = createWidget(widget, widget.full, section);
      await until(() => element.matches(':state(dark), :state(light)'), 'no colour scheme');
      expect(element.matches(':state(dark)'), background).to.equal(true);
      section.remove();
    }
    // Dark text over its image: the light page shows through, or the image is light.
    const light = Object.assign(document.createElement('section'), { style: 'background-image: linear-gradient(#fff, #eee); color: #222' });
    document.body.append(light);
    const element = createWidget(widget, widget.full, light);
    await until(() => element.matches(':state(dark), :state(light)'), 'no colour scheme');
    expect(element.matches(':state(light)'), 'dark text over a light image').to.equal(true);
  });

  it('follows a page background written in oklch', async () => {
    document.body.style.background = 'oklch(0.21 0.034 264.665)';
    const widget = WIDGET_CASES.find((w) => w.tag === 'jubilee-list')!;
    const element = createWidget(widget, widget.full);
    await until(() => element.shadowRoot?.querySelector(widget.content), 'no content');
    const text = element.shadowRoot!.querySelector('[part~="entry"]')!;
    await until(() => contrast(rgba(getComputedStyle(text).color), backgroundBehind(text)) >= 4.5, 'readable text on the oklch background');
  });
});
