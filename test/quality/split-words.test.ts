/**
 * No word of a widget's text is split between two text nodes side by side, as a literal "(" right
 * before an expression in a template makes one (`(${…})`): WebKit then does not break that word
 * by the inherited `overflow-wrap: anywhere` when it works out the min-content width, and an
 * inline-block, flex or grid item holding it widens its container beyond a narrow widget
 * ("(anniversary": 88 px beyond a 200 px list at 200 % text, 4fd0a6c). An element that breaks
 * such a word itself (`word-break: break-word`, as the jubilee list's countdown) may hold one.
 *
 * A check of the text nodes, in every engine, of what WebKit's layout shows only where the word is
 * long and the room narrow (test/quality/narrow-box-text.test.ts lays that out for the sample
 * feed). Measured in WebKit, at min-content: "(" + "anniversary" and "annive" + "rsary" stay as
 * wide as unbroken; broken as one text are "anniversary" + ",", "Speakers" + ": ",
 * "2005" + "–" + "2021", a text beside an element (<span>Name</span>, …) and a text after a
 * comment or an empty text node. So a pair counts when the first text ends in a character other
 * than a space or a dash (a line may break after one) and the second begins with a letter or digit.
 */
import { expect } from '@open-wc/testing';
import { setLanguage } from '../../src/i18n/language.js';
import { WIDGET_MODULES, type WidgetTag } from '../../src/registry.js';
import { setClock } from '../../src/shared/clock.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage, shadow, until } from '../support/widgets.js';

interface Case {
  tag: WidgetTag;
  attributes: Record<string, string>;
  content: string;
  today?: string;
}

/** Each widget's full state, and more of their text: countdowns, a city's details, sessions with speakers and rooms (frab). */
const CASES: Case[] = [
  ...WIDGET_CASES.map(({ tag, full, content }) => ({ tag, attributes: full, content })),
  { tag: 'jubilee-list', attributes: { src: SAMPLE_FEED_URL, year: '2031' }, content: '[part~="countdown"]', today: '2031-03-01T10:00:00Z' },
  { tag: 'partnership-map', attributes: { src: SAMPLE_FEED_URL, city: 'essen' }, content: '[part~="partner-since"]' },
  { tag: 'conf-programme', attributes: { src: '/demo/schedule.frab.json', view: 'list' }, content: '[part~="speakers"]' },
];

/** The words of `root` split between two text nodes side by side, where nothing breaks them. */
function splitWords(root: ShadowRoot): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let previous: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data === '') continue;
    // Side by side: the same parent, and only comments (Lit's markers) or empty text between.
    let between = node.previousSibling;
    while (between && (between.nodeType === Node.COMMENT_NODE || (between instanceof Text && between.data === ''))) between = between.previousSibling;
    if (previous && between === previous && /[^\s\-‐–—]$/u.test(previous.data) && /^[\p{L}\p{N}]/u.test(node.data)) {
      if (getComputedStyle(node.parentElement!).wordBreak !== 'break-word')
        split.push(
          `<${node.parentElement!.localName} part="${node.parentElement!.getAttribute('part') ?? ''}">: "${previous.data.slice(-12)}" + "${node.data.slice(0, 20)}"`,
        );
    }
    previous = node;
  }
  return split;
}

describe('words split between text nodes', () => {
  afterEach(async () => {
    document.querySelectorAll('body > *:not(script)').forEach((element) => element.remove());
    await resetPage();
  });

  for (const { tag, attributes, content, today } of CASES) {
    for (const language of ['en', 'de', 'ru']) {
      it(`<${tag}> ${JSON.stringify(attributes)}, ${language}: none where nothing breaks them`, async () => {
        await WIDGET_MODULES[tag]();
        await setLanguage(language);
        if (today) setClock(() => new Date(today));
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.style.cssText = 'display: block; width: 200px; font: 32px sans-serif';
        document.body.append(element);
        await until(() => shadow(element).querySelector(content), `no ${content}`);
        expect(splitWords(shadow(element))).to.deep.equal([]);
      });
    }
  }
});
