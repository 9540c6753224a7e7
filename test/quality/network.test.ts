/**
 * Network faults, served by the test runner's own server, for every widget:
 * each ends in the error state with a localised message and a retry button,
 * and retry succeeds once the server recovers. A slow answer shows the
 * loading state first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loaderSettings } from '../../src/feed/loader.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, pageLanguage, resetPage } from '../support/widgets.js';

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
  before(defineAll);
  beforeEach(async () => {
    loaderSettings.timeoutMs = 800;
    // Russian, so the messages are checked in a language other than the source.
    await pageLanguage('ru');
  });
  afterEach(async () => {
    loaderSettings.timeoutMs = timeout;
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    for (const { fault, message, url } of FAULTS) {
      it(`<${widget.tag}>: ${fault} → error with retry → recovers`, async () => {
        const { value: element, logged } = await captureConsole(async () => {
          const created = createWidget(widget, { ...widget.full, src: url(key()) });
          await waitUntil(() => created.shadowRoot?.querySelector('[part~="error"]'), `no error state for ${fault}`, { timeout: 5000 });
          return created;
        });
        const root = element.shadowRoot!;
        expect(root.querySelector('[role="alert"]')?.textContent).to.match(message);
        expect(logged.join('\n'), 'details in the console').to.contain('[staedtepartner-widgets]');
        root.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
        await waitUntil(() => root.querySelector(widget.content), `retry after ${fault} did not recover`, { timeout: 5000 });
        expect(root.querySelector('[part~="error"]')).to.equal(null);
      });
    }

    it(`<${widget.tag}>: a slow answer shows the loading state, then the content`, async () => {
      const element = createWidget(widget, { ...widget.full, src: `/__test__/delay/700?body=${encodeURIComponent('{"version":1}')}&k=${key()}` });
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="status"]'), 'no loading state');
      expect(element.shadowRoot!.querySelector('[part~="status"]')?.textContent).to.contain('Загрузка');
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="empty"], ' + widget.content), 'never finished loading', { timeout: 5000 });
    });
  }
});
