/**
 * A feed on a reader's bad connection, answered as the test chooses (the fault server's
 * /turn/<key> route, or a fetch whose body the test breaks off): no sleeps.
 *
 * - A widget that failed and was then moved in the page (a tab panel or a modal re-parenting
 *   it) still follows **Try again** pressed in another widget on the same feed: before, the
 *   move took it out of the widgets that failed on that feed for good, and it kept showing
 *   the error beside the other widget's content.
 * - A widget taken off the page and put back while its feed loads shows the feed, and
 *   nothing is logged.
 * - An answer that breaks off mid-body is a network failure ("Check the connection"), not
 *   damaged data, and **Try again** recovers.
 */
import { expect } from '@open-wc/testing';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, resetPage, until } from '../support/widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const newKey = () => `bad-${Math.random().toString(36).slice(2)}`;
const turnUrl = (key: string) => `/__test__/turn/${key}`;
const waiting = async (key: string) => ((await (await fetch(`/__test__/turns/${key}`)).json()) as { waiting: number }).waiting;
const requestArrived = (key: string) => until(async () => (await waiting(key)) > 0, `no request for ${key}`);
async function answer(key: string, status?: number): Promise<void> {
  const response = await fetch(`/__test__/answer/${key}${status ? `?status=${status}` : ''}`);
  if (!response.ok) throw new Error(await response.text());
}
const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('a feed on a bad connection', () => {
  let realFetch: typeof fetch | undefined;
  before(defineAll);
  afterEach(async () => {
    if (realFetch) window.fetch = realFetch;
    realFetch = undefined;
    document.querySelectorAll(WIDGET_CASES.map((w) => w.tag).join(',')).forEach((element) => element.remove());
    document.querySelectorAll('[data-test-outside]').forEach((element) => element.remove());
    await resetPage();
  });

  it('a failed widget moved in the page recovers when Try again is pressed in another on the same src', async () => {
    const key = newKey();
    const [a, b] = WIDGET_CASES.slice(0, 2).map((widget) => createWidget(widget, { ...widget.full, src: turnUrl(key) }) as Widget);
    await requestArrived(key);
    await captureConsole(async () => {
      await answer(key, 500);
      await until(() => part(a!, 'retry') && part(b!, 'retry'), 'no error');
    });
    const box = document.createElement('div');
    box.dataset['testOutside'] = '';
    document.body.append(box);
    box.append(a!);
    await a!.updateComplete;
    part(b!, 'retry')!.click();
    await requestArrived(key);
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect(await waiting(key), 'requests for the two').to.equal(1);
    expect(part(a!, 'base')?.getAttribute('aria-busy'), 'the moved widget loads again').to.equal('true');
    await answer(key);
    await until(() => b!.shadowRoot!.querySelector(WIDGET_CASES[1]!.content), `<${b!.localName}> shows no content`);
    await until(() => a!.shadowRoot!.querySelector(WIDGET_CASES[0]!.content), `the moved <${a!.localName}> still shows the error`);
  });

  it('a widget off the page when its feed failed, put back, recovers when Try again is pressed in another on the same src', async () => {
    const key = newKey();
    const [a, b] = WIDGET_CASES.slice(2, 4).map((widget) => createWidget(widget, { ...widget.full, src: turnUrl(key) }) as Widget);
    await requestArrived(key);
    a!.remove();
    await captureConsole(async () => {
      await answer(key, 500);
      await until(() => part(a!, 'retry') && part(b!, 'retry'), 'no error');
    });
    document.body.append(a!);
    await a!.updateComplete;
    part(b!, 'retry')!.click();
    await requestArrived(key);
    await answer(key);
    await until(() => b!.shadowRoot!.querySelector(WIDGET_CASES[3]!.content), `<${b!.localName}> shows no content`);
    await until(() => a!.shadowRoot!.querySelector(WIDGET_CASES[2]!.content), `the put back <${a!.localName}> still shows the error`);
  });

  it('a widget removed and put back while its feed loads: shows the feed, nothing logged', async () => {
    const key = newKey();
    const widget = WIDGET_CASES[0]!;
    const { logged } = await captureConsole(async () => {
      const a = createWidget(widget, { ...widget.full, src: turnUrl(key) }) as Widget;
      await requestArrived(key);
      a.remove();
      await a.updateComplete;
      document.body.append(a);
      await answer(key);
      await until(() => a.shadowRoot!.querySelector(widget.content), 'no content');
    });
    expect(logged).to.deep.equal([]);
  });

  it('an answer that breaks off mid-body: network message, Try again recovers', async () => {
    const drop = `${newKey()}.json`;
    realFetch = window.fetch;
    const real = realFetch;
    let calls = 0;
    let fail!: (error: Error) => void;
    window.fetch = (input, init) => {
      if (!String(input).includes(drop)) return real(input, init);
      calls += 1;
      if (calls > 1) return real('/__test__/json?body=' + encodeURIComponent('{"version":1}'), init);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"version":1,"cities":['));
          fail = (error) => controller.error(error);
        },
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    };
    const widget = WIDGET_CASES[0]!;
    const element = createWidget(widget, { ...widget.full, src: `/${drop}` }) as Widget;
    await until(() => fail, 'no body');
    await captureConsole(async () => {
      fail(new TypeError('network error'));
      await until(() => part(element, 'error'), 'no error');
    });
    expect(part(element, 'error-message')?.textContent).to.contain('Check the connection');
    part(element, 'retry')!.focus();
    part(element, 'retry')!.click();
    await until(() => element.shadowRoot!.querySelector('[part~="empty"], ' + widget.content), 'no recovery');
    expect(element.shadowRoot!.activeElement, 'the focus after Try again').not.to.equal(null);
  });
});
