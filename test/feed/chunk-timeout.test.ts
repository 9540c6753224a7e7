/**
 * A lazy chunk the loader asks for (a schedule format's importer, the finder of where JSON breaks)
 * whose download hangs does not keep the widgets loading for ever: after loaderSettings.timeoutMs
 * the schedule ends in the feed's own timeout failure (the widget's "took too long" with Try
 * again), broken JSON is told without its line, and a feed is validated without the fast path. The test holds the chunk (CHUNKS) and
 * fakes setTimeout; nothing waits for real time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import '../../src/conf-overview/define.js';
import { CHUNKS, forgetFeed, loadFeed, loaderSettings, readFeedObject } from '../../src/feed/loader.js';
import type { FeedResult } from '../../src/feed/model.js';
import { SAMPLE_FEED_URL } from '../support/feeds.js';
import { installFakeTimers } from '../support/fake-timers.js';
import { captureConsole as quietly, nextTask, resetPage, settled, shadow } from '../support/widgets.js';

const PRETALX = '/test/fixtures/schedules/pretalx-widget.json';

/** Holds the chunk `name` until the returned release() (then the real one); `asked` resolves once it is asked for. */
function hold(name: keyof typeof CHUNKS) {
  const real: () => Promise<unknown> = CHUNKS[name];
  let release!: () => void;
  let ask!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked = new Promise<void>((resolve) => (ask = resolve));
  const held = { asked, release, restore: () => Object.assign(CHUNKS, { [name]: real }) };
  Object.assign(CHUNKS, { [name]: () => (ask(), released.then(real)) });
  return held;
}

/** What `pending` settled to within a few turns, else 'pending'. */
async function soon<T>(pending: Promise<T>): Promise<T | 'pending'> {
  let outcome: { value: T } | undefined;
  void pending.then((value) => (outcome = { value }));
  for (let turn = 0; turn < 20 && !outcome; turn++) await nextTask();
  return outcome ? outcome.value : 'pending';
}

const kindOf = (result: FeedResult | 'pending') => (result === 'pending' ? 'pending' : result.ok ? 'ok' : result.failure.kind);

describe('a lazy chunk that never arrives', () => {
  let clock: Clock | undefined;
  let held: ReturnType<typeof hold> | undefined;
  afterEach(async () => {
    clock?.uninstall();
    clock = undefined;
    held?.release();
    held?.restore();
    held = undefined;
    forgetFeed(PRETALX);
    await resetPage();
  });

  // pretalx's widget file begins with its version, not with `talks`: the loader does not guess its
  // importer while it downloads, and asks for it once, to import it.
  for (const [what, read] of [
    ['a schedule by src', () => loadFeed(PRETALX)],
    ['a schedule object', async () => readFeedObject(await (await fetch(PRETALX)).json())],
  ] as const) {
    it(`${what}: the importer given up at loaderSettings.timeoutMs, as a timeout`, async () => {
      forgetFeed(PRETALX);
      held = hold('pretalx');
      clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { value } = await quietly(async () => {
        const pending = read();
        await held!.asked;
        clock!.tick(loaderSettings.timeoutMs - 1);
        expect(kindOf(await soon(pending)), 'before the time limit').to.equal('pending');
        clock!.tick(1);
        return soon(pending);
      });
      expect(kindOf(value)).to.equal('timeout');
    });
  }

  it('broken JSON: told without its line once the finder has not come within the time limit', async () => {
    held = hold('json');
    clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { value } = await quietly(async () => {
      const pending = loadFeed(`/__test__/json?body=${encodeURIComponent('{"version": 1,, }')}&k=${Math.random()}`);
      await held!.asked;
      clock!.tick(loaderSettings.timeoutMs);
      return soon(pending);
    });
    expect(kindOf(value)).to.equal('not-json');
  });

  it('validation’s fast path: the feed is validated without it once it has not come within the time limit', async () => {
    held = hold('fastPath');
    clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { value } = await quietly(async () => {
      const pending = loadFeed(`${SAMPLE_FEED_URL}?k=${Math.random()}`);
      await held!.asked;
      clock!.tick(loaderSettings.timeoutMs - 1);
      expect(kindOf(await soon(pending)), 'before the time limit').to.equal('pending');
      clock!.tick(1);
      return soon(pending);
    });
    expect(kindOf(value)).to.equal('ok');
  });

  it('the widget says the server took too long, and Try again reads the schedule once the chunk comes', async () => {
    held = hold('pretalx');
    clock = await installFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const element = await quietly(async () => {
      const element = await fixture(html`<conf-overview src=${PRETALX}></conf-overview>`);
      await held!.asked;
      clock!.tick(loaderSettings.timeoutMs);
      clock!.uninstall();
      clock = undefined;
      await settled(element, '[part~="card"], [part~="empty"], [part~="error"]');
      return element;
    });
    const root = shadow(element.value);
    expect(root.querySelector('[part~="error"]')?.textContent).to.contain('The server took too long to answer.');
    held.release();
    (root.querySelector('[part~="retry"]') as HTMLElement).click();
    await settled(element.value, '[part~="card"]');
  });
});
