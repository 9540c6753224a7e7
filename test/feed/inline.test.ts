/**
 * Inline feeds (`<script type="application/json" id="…">` named by `src="#…"`):
 * text in the feed must not end the script or hide the rest of the host page
 * from the HTML parser. `inlineFeedJson` writes `<`, `>`, `&`, U+2028 and U+2029
 * as `\uXXXX`; a host page built with it is read intact, by DOMParser and as a
 * real page in an iframe with a widget on it, which shows the texts exactly.
 */
import { expect } from '@open-wc/testing';
import { escapeInlineJson, inlineFeedJson } from '../../src/feed/index.js';
import { minimalFeed } from '../support/feeds.js';
import { texts, until } from '../support/widgets.js';

/** Texts that end a script or make the HTML parser swallow what follows. */
const HOSTILE = {
  title: 'Conference </script><p id="injected">injected</p>',
  motto: '<!--<script> motto, & > \u2028 \u2029 end',
  organisation: '<script>alert(1)</script><!-- & Co',
};

function hostileFeed(): Record<string, unknown> {
  return minimalFeed({
    organisations: [{ id: 'org', name: HOSTILE.organisation }],
    conferences: [
      {
        id: 'c',
        title: HOSTILE.title,
        motto: HOSTILE.motto,
        start: '2021-06-28',
        end: '2021-06-30',
        hostCities: ['essen'],
        organisers: ['org'],
      },
    ],
  });
}

/** A host page with the feed inline, a paragraph after it and a widget that reads it. */
function hostPage(json: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8">${script}</head>
<body>
<script type="application/json" id="feed">${json}</script>
<p id="after">After the feed</p>
<conf-overview src="#feed" conference="c"></conf-overview>
<p id="end">End of the page</p>
</body>
</html>`;
}

/** What docs/feed.md used to advise: `</` written as `<\/`. */
const oldAdvice = (feed: unknown) => JSON.stringify(feed).replaceAll('</', '<\\/');

describe('inlineFeedJson', () => {
  it('writes every <, >, &, U+2028 and U+2029 as \\uXXXX, and JSON reads the same value back', () => {
    const feed = hostileFeed();
    const json = inlineFeedJson(feed);
    expect(json).not.to.match(/[<>&\u2028\u2029]/);
    expect(json).to.contain('\\u003c/script\\u003e').and.to.contain('\\u003c!--\\u003cscript\\u003e').and.to.contain('\\u0026').and.to.contain('\\u2028');
    expect(JSON.parse(json)).to.deep.equal(feed);
  });

  it('indents as JSON.stringify does, and still escapes', () => {
    const json = inlineFeedJson({ a: '</script>' }, 2);
    expect(json).to.equal('{\n  "a": "\\u003c/script\\u003e"\n}');
  });

  it('writes a [ inside a string as \\u005b (WordPress runs [video], [gallery] … inside scripts too), and keeps lists', () => {
    const feed = { version: 1, motto: 'Film [video] und Fotos [gallery]', tags: ['[a]', 'b'], empty: [] };
    for (const json of [inlineFeedJson(feed), inlineFeedJson(feed, 2)]) {
      expect(json).to.contain('Film \\u005bvideo] und Fotos \\u005bgallery]').and.to.contain('"\\u005ba]"');
      expect(json.replace(/"(?:[^"\\]|\\.)*"/g, '""'), 'only lists open with [ outside strings').to.match(/^[^[]*\[\s*""[^[]*\[\]/);
      expect(JSON.parse(json)).to.deep.equal(feed);
    }
    expect(escapeInlineJson('{"a":"x\\"[y]","b":[1]}')).to.equal('{"a":"x\\"\\u005by]","b":[1]}');
  });

  it('escapes JSON text given as text', () => {
    expect(escapeInlineJson('{"a":"<!--<script>"}')).to.equal('{"a":"\\u003c!--\\u003cscript\\u003e"}');
  });

  it('throws a TypeError, as JSON.stringify does, for what JSON cannot hold', () => {
    expect(() => inlineFeedJson(undefined)).to.throw(TypeError);
    expect(() => inlineFeedJson({ big: 1n })).to.throw(TypeError);
  });
});

describe('a host page with an inline feed', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the old advice (<\\/ for </) loses the rest of the page to <!--<script>: the hazard the helper removes', () => {
    const page = new DOMParser().parseFromString(hostPage(oldAdvice(hostileFeed())), 'text/html');
    expect(page.getElementById('after'), 'the HTML parser swallowed the paragraph after the feed').to.equal(null);
  });

  it('is parsed intact (DOMParser): the elements after the script exist, the script holds the whole feed', () => {
    const feed = hostileFeed();
    const page = new DOMParser().parseFromString(hostPage(inlineFeedJson(feed)), 'text/html');
    expect(page.getElementById('after')?.textContent).to.equal('After the feed');
    expect(page.getElementById('end')?.textContent).to.equal('End of the page');
    expect(page.querySelector('conf-overview')).not.to.equal(null);
    expect(page.getElementById('injected')).to.equal(null);
    expect(page.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(page.getElementById('feed')!.textContent!)).to.deep.equal(feed);
  });

  it('loads as a real page (iframe): the widget shows the texts exactly, the page after the script is there', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = hostPage(inlineFeedJson(hostileFeed()), '<script type="module" src="/src/conf-overview/define.ts"></script>');
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    expect(page.getElementById('after')?.textContent).to.equal('After the feed');
    expect(page.getElementById('end')?.textContent).to.equal('End of the page');
    expect(page.getElementById('injected')).to.equal(null);
    const widget = page.querySelector('conf-overview')!;
    await until(() => widget.shadowRoot?.querySelector('[part~="card"], [part~="error"], [part~="empty"]'), 'the widget did not render');
    const root = widget.shadowRoot!;
    expect(root.querySelector('[part~="error"]'), 'error state').to.equal(null);
    expect(root.querySelector('[part~="title"]')?.textContent?.trim()).to.equal(HOSTILE.title);
    expect(root.querySelector('[part~="motto"] q')?.textContent).to.equal(HOSTILE.motto);
    expect(texts(root, '[part~="organisation"]')).to.deep.equal([HOSTILE.organisation]);
    expect(root.querySelector('script, p#injected'), 'feed text became markup').to.equal(null);
  });
});
