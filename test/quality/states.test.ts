/**
 * The shared states of every widget (loading, error, retry) for keyboard and
 * screen-reader users:
 *
 * - **Try again** keeps the focus: on the retry button while the feed loads
 *   again (never the page's `<body>`), on the start of the content once it
 *   arrives, on the retry button again after another failure; and it takes no
 *   focus when the retry was not started from the button.
 * - **Try again** only where loading again can help: a feed from an address, not a feed in the
 *   page (an inline `#id` or the `feed` property), which would be read the same again.
 * - Several widgets on one feed announce a load or a failure once: one live
 *   region (role=status while loading, role=alert for the failure), the others
 *   show the same text without a live-region role.
 *
 * The answers come from the fault server's /turn/<key> route: each request is
 * held until the test answers it, so the loading state lasts as long as the
 * test looks at it, on a machine of any speed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, deepActiveElement, pageLanguage, resetPage, until } from '../support/widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const newKey = () => `states-${Math.random().toString(36).slice(2)}`;
const turnUrl = (key: string) => `/__test__/turn/${key}`;

/** Waits until a request for `key` is at the server, held there. */
function requestArrived(key: string): Promise<void> {
  return until(
    async () => ((await (await fetch(`/__test__/turns/${key}`)).json()) as { waiting: number }).waiting > 0,
    `no request for ${key} reached the server`,
  );
}

/** Answers the held request for `key`: the sample feed, or `status`. */
async function answer(key: string, status?: number): Promise<void> {
  const response = await fetch(`/__test__/answer/${key}${status ? `?status=${status}` : ''}`);
  if (!response.ok) throw new Error(await response.text());
}

/** The focused element, looking into shadow roots. */
/**
 * The focused element in a few words, for assertions: comparing elements themselves would
 * print the whole page (`<body>`) when focus is lost, which takes the browser forever.
 */
function focusName(): string {
  const active = deepActiveElement();
  if (!active) return 'nothing';
  const part = active.getAttribute('part');
  return `${active.localName}${part ? `[part="${part}"]` : ''}${active.isConnected ? '' : ' (detached)'}`;
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A widget whose first load fails with HTTP 500 (answered through /turn/<key>). */
async function failedWidget(widget: (typeof WIDGET_CASES)[number], key: string): Promise<Widget> {
  const { value, logged } = await captureConsole(async () => {
    const element = createWidget(widget, { ...widget.full, src: turnUrl(key) }) as Widget;
    await requestArrived(key);
    await answer(key, 500);
    await until(() => part(element, 'retry'), `<${widget.tag}> shows no retry button`);
    return element;
  });
  expect(logged.join('\n'), 'details in the console').to.contain('[staedtepartner-widgets]');
  return value;
}

describe('shared states: focus and announcements', () => {
  before(defineAll);
  afterEach(async () => {
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    document.querySelectorAll('[data-test-outside]').forEach((element) => element.remove());
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    it(`<${widget.tag}>: Try again keeps the focus on the retry button while loading, then moves it to the content`, async () => {
      const key = newKey();
      const element = await failedWidget(widget, key);
      const retry = part(element, 'retry')!;
      retry.focus();
      expect(focusName()).to.equal('button[part="retry"]');

      await sendKeys({ press: 'Enter' });
      await requestArrived(key);
      await element.updateComplete;
      // Loading again: busy, "Loading…", and the focus still on the very same button.
      expect(part(element, 'base')?.getAttribute('aria-busy')).to.equal('true');
      expect(part(element, 'status')?.textContent).to.contain('Loading');
      expect(focusName(), 'focus while loading again').to.equal('button[part="retry"]');
      expect(part(element, 'retry') === retry, 'the retry button stays in place, the same element').to.equal(true);
      expect(deepActiveElement() === retry, 'focus on that button').to.equal(true);
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      await expect(element).to.be.accessible();

      // A click on the inactive button while loading starts no second request.
      retry.click();
      await element.updateComplete;
      expect(deepActiveElement() === retry, 'focus on the retry button').to.equal(true);
      expect(((await (await fetch(`/__test__/turns/${key}`)).json()) as { waiting: number }).waiting, 'requests in flight').to.equal(1);

      await answer(key);
      await until(() => element.shadowRoot!.querySelector(widget.content), 'the retry did not bring the content');
      await element.updateComplete;
      const focused = deepActiveElement();
      expect(document.activeElement === element, `focus in the widget, not on ${focusName()}`).to.equal(true);
      expect(focused?.matches('[part~="title"], [part~="summary"]'), `focus on ${focusName()}`).to.equal(true);
      expect(focused?.getAttribute('tabindex'), 'focusable, but no Tab stop').to.equal('-1');
      expect(part(element, 'retry')).to.equal(null);
    });

    it(`<${widget.tag}>: after a second failure the focus is on the retry button again`, async () => {
      const key = newKey();
      const element = await failedWidget(widget, key);
      const retry = part(element, 'retry')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await requestArrived(key);
      await element.updateComplete;
      expect(deepActiveElement() === retry, `focus while loading again on ${focusName()}`).to.equal(true);
      await captureConsole(async () => {
        await answer(key, 503);
        await until(() => part(element, 'error-message')?.textContent?.includes('503'), 'no second error');
      });
      await element.updateComplete;
      expect(focusName(), 'focus after the second failure').to.equal('button[part="retry"]');
      expect(deepActiveElement() === part(element, 'retry'), 'on the retry button of this widget').to.equal(true);
      expect(part(element, 'retry')?.hasAttribute('aria-disabled')).to.equal(false);
      expect(part(element, 'error')?.getAttribute('role'), 'the retried widget announces its failure').to.equal('alert');
    });

    it(`<${widget.tag}>: a retry not started from the button leaves the focus where it is`, async () => {
      const key = newKey();
      const element = await failedWidget(widget, key);
      const outside = Object.assign(document.createElement('button'), { textContent: 'elsewhere' });
      outside.dataset.testOutside = '';
      element.after(outside);
      outside.focus();
      part(element, 'retry')!.click();
      await requestArrived(key);
      await answer(key);
      await until(() => element.shadowRoot!.querySelector(widget.content), 'the retry did not bring the content');
      await element.updateComplete;
      expect(document.activeElement === outside, `focus moved to ${focusName()}`).to.equal(true);
    });
  }

  it('three widgets on one src: one "Loading…" status and one alert, every widget shows the text', async () => {
    await pageLanguage('de');
    const key = newKey();
    const widgets = WIDGET_CASES.slice(0, 3).map((widget) => createWidget(widget, { ...widget.full, src: turnUrl(key) }) as Widget);
    await requestArrived(key);
    await Promise.all(widgets.map((element) => element.updateComplete));
    for (const element of widgets) expect(part(element, 'status')?.textContent, element.localName).to.contain('geladen');
    const statuses = widgets.filter((element) => part(element, 'status')?.getAttribute('role') === 'status');
    expect(statuses, 'widgets announcing "Loading…"').to.have.length(1);
    for (const element of widgets)
      expect(element.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]').length, element.localName).to.be.at.most(1);

    await captureConsole(async () => {
      await answer(key, 500);
      await until(() => widgets.every((element) => part(element, 'error')), 'not every widget shows the error');
    });
    await Promise.all(widgets.map((element) => element.updateComplete));
    for (const element of widgets) {
      expect(part(element, 'error-message')?.textContent, element.localName).to.contain('HTTP 500');
      expect(part(element, 'retry'), element.localName).not.to.equal(null);
    }
    const alerts = widgets.flatMap((element) => [...element.shadowRoot!.querySelectorAll('[role="alert"], [aria-live="assertive"]')]);
    expect(alerts, 'alerts for one failure').to.have.length(1);
    for (const element of widgets) await expect(element).to.be.accessible();
  });

  it('three widgets on one src: Try again in one loads the feed again for all three, with one request', async () => {
    const key = newKey();
    const widgets = WIDGET_CASES.slice(0, 3).map((widget) => createWidget(widget, { ...widget.full, src: turnUrl(key) }) as Widget);
    await requestArrived(key);
    await captureConsole(async () => {
      await answer(key, 500);
      await until(() => widgets.every((element) => part(element, 'retry')), 'not every widget shows the error');
    });
    part(widgets[1]!, 'retry')!.click();
    await requestArrived(key);
    await Promise.all(widgets.map((element) => element.updateComplete));
    for (const element of widgets) expect(part(element, 'base')?.getAttribute('aria-busy'), `${element.localName} loading again`).to.equal('true');
    expect(((await (await fetch(`/__test__/turns/${key}`)).json()) as { waiting: number }).waiting, 'requests for the three').to.equal(1);
    await answer(key);
    for (const [i, element] of widgets.entries()) {
      const content = WIDGET_CASES[i]!.content;
      await until(() => element.shadowRoot!.querySelector(content), `<${element.localName}> still shows no content`);
      expect(part(element, 'error'), element.localName).to.equal(null);
    }
  });

  it('three widgets given one broken feed object: one alert', async () => {
    const broken = { version: 99 };
    const widgets = await captureConsole(async () => {
      const created = WIDGET_CASES.slice(0, 3).map((widget) => {
        const element = document.createElement(widget.tag) as Widget & { feed?: unknown };
        element.feed = broken;
        document.body.append(element);
        return element;
      });
      await until(() => created.every((element) => part(element, 'error')), 'not every widget shows the error');
      return created;
    });
    const alerts = widgets.value.filter((element) => part(element, 'error')?.getAttribute('role') === 'alert');
    expect(alerts).to.have.length(1);
  });

  it('a feed in the page that cannot be shown (inline #id, the feed property) offers no Try again', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'states-damaged', textContent: '{"version":1,' });
    script.dataset.testOutside = '';
    document.body.append(script);
    const sources: [string, (element: Widget & { feed?: unknown }) => void][] = [
      ['damaged inline feed', (element) => element.setAttribute('src', '#states-damaged')],
      ['missing inline feed', (element) => element.setAttribute('src', '#states-missing')],
      ['feed property', (element) => (element.feed = { version: 99 })],
    ];
    for (const widget of WIDGET_CASES) {
      for (const [name, give] of sources) {
        const element = document.createElement(widget.tag) as Widget & { feed?: unknown };
        give(element);
        await captureConsole(async () => {
          document.body.append(element);
          await until(() => part(element, 'error'), `<${widget.tag}>, ${name}: no error state`);
          await element.updateComplete;
        });
        expect(part(element, 'error-message')?.textContent?.trim(), `<${widget.tag}>, ${name}`).not.to.equal('');
        expect(part(element, 'retry'), `<${widget.tag}>, ${name}: Try again`).to.equal(null);
        element.remove();
      }
    }
  });
});
