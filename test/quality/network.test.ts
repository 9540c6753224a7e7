/**
 * Network faults, served by the test runner's own server, for every widget:
 * each ends in the error state with a localised message and a retry button,
 * and retry succeeds once the server recovers. An answer the server holds
 * back shows the loading state until the test releases it.
 *
 * Nothing here depends on the machine's speed: the loader keeps its default
 * timeout (20 s) except for the answer that never ends, where a short one only
 * decides when the error comes, not whether.
 */
import { expect } from '@open-wc/testing';
import { loaderSettings } from '../../src/feed/loader.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, heldAnswer, pageLanguage, resetPage, until, type HeldAnswer } from '../support/widgets.js';

const key = () => Math.random().toString(36).slice(2);

/** The same test server under another origin: localhost ↔ 127.0.0.1. */
function otherOrigin(path: string): string {
  const here = new URL(location.href);
  here.hostname = here.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return new URL(path, here.origin).href;
}

const FAULTS: { fault: string; message: RegExp; url: (k: string) => string }[] = [
  { fault: '404', message: /HTTP 404/, url: (k) => `/__test__/recover/404/${k}` },
  { fault: '500', message: /HTTP 500/, url: (k) => `/__test__/recover/500/${k}` },
  { fault: 'hang', message: /Сервер слишком долго не отвечает/, url: (k) => `/__test__/recover/hang/${k}` },
  { fault: 'invalid-json', message: /не формат JSON/, url: (k) => `/__test__/recover/invalid-json/${k}` },
  { fault: 'html', message: /не формат JSON/, url: (k) => `/__test__/recover/html/${k}` },
  { fault: 'cors', message: /Не удалось загрузить данные/, url: (k) => otherOrigin(`/__test__/recover/cors/${k}`) },
];

describe('network faults', () => {
  const timeout = loaderSettings.timeoutMs;
  let held: HeldAnswer | undefined;
  before(defineAll);
  beforeEach(async () => {
    // Russian, so the messages are checked in a language other than the source.
    await pageLanguage('ru');
  });
  afterEach(async () => {
    loaderSettings.timeoutMs = timeout;
    await held?.release();
    held = undefined;
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    for (const { fault, message, url } of FAULTS) {
      it(`<${widget.tag}>: ${fault} → error with retry → recovers`, async () => {
        // An answer that never ends is given up on after the loader's timeout; a short one
        // only makes the error come sooner. Every other fault keeps the default (20 s),
        // so a slow server under load still answers before it.
        if (fault === 'hang') loaderSettings.timeoutMs = 500;
        const { value: element, logged } = await captureConsole(async () => {
          const created = createWidget(widget, { ...widget.full, src: url(key()) });
          await until(() => created.shadowRoot?.querySelector('[part~="error"]'), `no error state for ${fault}`);
          return created;
        });
        loaderSettings.timeoutMs = timeout;
        const root = element.shadowRoot!;
        expect(root.querySelector('[role="alert"]')?.textContent).to.match(message);
        expect(logged.join('\n'), 'details in the console').to.contain('[staedtepartner-widgets]');
        root.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
        await until(() => root.querySelector(widget.content), `retry after ${fault} did not recover`);
        expect(root.querySelector('[part~="error"]')).to.equal(null);
      });
    }

    it(`<${widget.tag}>: shows the loading state while the answer is held back, then the content`, async () => {
      held = heldAnswer();
      const element = createWidget(widget, { ...widget.full, src: held.url });
      await held.reached();
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('[part~="status"]')?.textContent).to.contain('Загрузка');
      expect(root.querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal('true');
      expect(root.querySelector(`[part~="empty"], [part~="error"], ${widget.content}`), 'settled before the answer').to.equal(null);
      await held.release();
      await until(() => root.querySelector('[part~="empty"], ' + widget.content), 'never finished loading');
      expect(root.querySelector('[part~="status"]')).to.equal(null);
    });
  }
});
