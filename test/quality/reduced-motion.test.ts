/**
 * Reduced motion (WCAG 2.3.3, C39): with `prefers-reduced-motion: reduce` nothing in a widget moves by
 * itself, its "Loading…" spinner included (a still ring beside the words, which say it all).
 * Chromium emulates the setting (CDP); Firefox and WebKit, whose media the runner cannot emulate,
 * are checked by the rule that the setting applies.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { heldAnswer, shadow, until, type HeldAnswer } from '../support/widgets.js';

const emulatesMedia = /Chrome\//.test(navigator.userAgent);

/** The declarations that apply to `element` under `prefers-reduced-motion: reduce`, from its shadow root's style sheets. */
function reducedMotionRules(root: ShadowRoot, element: Element): CSSStyleRule[] {
  const rules: CSSStyleRule[] = [];
  const visit = (list: CSSRuleList, reduced: boolean) => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, reduced || /prefers-reduced-motion:\s*reduce/.test(rule.conditionText));
      else if (reduced && rule instanceof CSSStyleRule && element.matches(rule.selectorText)) rules.push(rule);
    }
  };
  for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) visit(sheet.cssRules, false);
  return rules;
}

describe('reduced motion', () => {
  let held: HeldAnswer | undefined;
  before(defineAll);
  afterEach(async () => {
    await held?.release();
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    if (emulatesMedia) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const widget of WIDGET_CASES) {
    it(`<${widget.tag}>: the loading spinner stands still`, async () => {
      if (emulatesMedia) await emulateMedia({ reducedMotion: 'reduce' });
      held = heldAnswer();
      const element = createWidget(widget, { ...widget.full, src: held.url });
      await held.reached();
      await until(() => shadow(element).querySelector('.spinner'), 'no spinner while loading');
      const spinner = shadow(element).querySelector<HTMLElement>('.spinner')!;
      if (emulatesMedia) {
        expect(getComputedStyle(spinner).animationName, 'its animation').to.equal('none');
        expect(spinner.getAnimations(), 'running animations').to.have.length(0);
      } else {
        const names = reducedMotionRules(shadow(element), spinner).map((rule) => rule.style.animationName);
        expect(names, 'the animation under prefers-reduced-motion: reduce').to.include('none');
      }
    });
  }
});
