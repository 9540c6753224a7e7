/**
 * What a webmaster is told to do next when the feed's address is wrong: an HTTP error names the
 * next step (check the address, for a 4xx; try again later, for a 5xx, 408 or 429), in the page's language; a blank
 * `src` is no data source, not the page itself fetched as the feed; and the console's advice for a
 * web page in place of the feed fits a site's "page not found" as well as a schedule's page.
 */
import { expect } from '@open-wc/testing';
import { prefetchFeed } from '../../src/feed/loader.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, pageLanguage, resetPage, shadow, until } from '../support/widgets.js';

const key = () => Math.random().toString(36).slice(2);

/** The widget's error message and the console's lines, once it shows its error state. */
async function errorOf(tag: string, src: string): Promise<{ message: string; retry: boolean; logged: string }> {
  const widget = WIDGET_CASES.find((w) => w.tag === tag)!;
  const { value: element, logged } = await captureConsole(async () => {
    const element = createWidget(widget, { ...widget.full, src });
    await until(() => shadow(element).querySelector('[part~="error"]'), `no error state for src="${src}"`);
    return element;
  });
  const root = shadow(element);
  return {
    message: root.querySelector('[part~="error-message"]')!.textContent!.trim(),
    retry: root.querySelector('[part~="retry"]') !== null,
    logged: logged.join('\n'),
  };
}

describe('the next step after a wrong feed address', () => {
  before(defineAll);
  afterEach(async () => {
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    await resetPage();
  });

  const CHECK_ADDRESS = {
    en: 'Check the address of the data.',
    de: 'Bitte prüfen Sie die Adresse der Daten.',
    ru: 'Проверьте адрес данных.',
  };

  const TRY_LATER = {
    en: 'Please try again later.',
    de: 'Bitte versuchen Sie es später noch einmal.',
    ru: 'Попробуйте ещё раз позже.',
  };

  for (const language of ['en', 'de', 'ru'] as const) {
    it(`an HTTP 4xx error says to check the address (404, 410, 403); a 5xx, the server's fault, and 408 Request Timeout and 429 Too Many Requests, which pass, to try again later (${language})`, async () => {
      await pageLanguage(language);
      for (const status of [404, 410, 403, 408, 429, 500, 503]) {
        const { message, retry } = await errorOf('conf-overview', `/__test__/status/${status}?k=${key()}`);
        const next = status < 500 && status !== 408 && status !== 429 ? CHECK_ADDRESS[language] : TRY_LATER[language];
        expect(message, `HTTP ${status}`).to.satisfy((text: string) => text.endsWith(`(HTTP ${status}). ${next}`));
        expect(retry, `Try again after HTTP ${status}`).to.equal(true);
      }
    });
  }

  for (const widget of WIDGET_CASES) {
    for (const src of [' ', '\n\t ']) {
      it(`<${widget.tag}>: src=${JSON.stringify(src)} is no data source, not the page fetched as the feed`, async () => {
        const fetched: string[] = [];
        const real = window.fetch;
        window.fetch = (input, init) => {
          fetched.push(String(input));
          return real(input, init);
        };
        try {
          const { message, retry, logged } = await errorOf(widget.tag, src);
          expect(message).to.equal('No data source is configured for this widget.');
          expect(retry, 'Try again').to.equal(false);
          expect(logged).to.contain(`<${widget.tag}> needs src (a feed URL or #id) or a feed property`);
          expect(fetched.filter((url) => new URL(url, document.baseURI).pathname === location.pathname)).to.deep.equal([]);
        } finally {
          window.fetch = real;
        }
      });
    }
  }

  it('the script tag does not fetch the page itself ahead of a widget with a blank src', () => {
    for (const src of ['', ' ', '\n\t ']) expect(prefetchFeed(src), JSON.stringify(src)).to.equal(undefined);
  });

  it('the console does not send a site\'s "page not found" (status 200) to a schedule\'s schedule.json alone', async () => {
    const page = '<!doctype html><html><head><title>Seite nicht gefunden</title></head><body>404</body></html>';
    const { logged } = await errorOf('conf-overview', `/__test__/json?type=text/html&k=${key()}&body=${encodeURIComponent(page)}`);
    expect(logged).to.contain('(other-format): HTML, XML or iCalendar, not JSON ("Seite nicht gefunden"): src must lead to the JSON feed or a schedule.json');
  });
});
