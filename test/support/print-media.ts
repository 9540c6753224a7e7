/**
 * Print media for the widgets' printed-page tests (test/conf-programme/printed-zone.test.ts,
 * test/quality/printed.test.ts).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { shadow, until } from './widgets.js';

let printEmulated = false;

/**
 * Print media without a beforeprint event: emulated where the browser can (Chromium, over CDP); elsewhere
 * (Firefox and WebKit here have no media emulation) the widget's `@media print` rules, which must mention
 * `mentioned`, are adopted as if printing, so their effect is checked on all engines. `screenMedia()` undoes it.
 */
export async function printMedia(element: Element, mentioned: string): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
    printEmulated = true;
    await until(() => matchMedia('print').matches, 'print media');
    return;
  } catch {
    // No media emulation in this browser.
  }
  const root = shadow(element);
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(rules.join(' '), 'the print rules').to.contain(mentioned);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Screen media again after `printMedia()` emulated print. */
export async function screenMedia(): Promise<void> {
  if (printEmulated) await emulateMedia({ media: 'screen' });
  printEmulated = false;
}
