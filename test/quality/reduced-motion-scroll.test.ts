/**
 * A host page that scrolls smoothly (`html { scroll-behavior: smooth }`, common in site themes) and a
 * reader who asked for reduced motion: when a widget moves the focus to what a button added (here
 * <conf-history>'s "Show previous", whose first conference lies below the window), the page jumps
 * there at once, and its scroll position is final right after the update, without an animation; so does the
 * start of the content that Try again focuses.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { manyConferences } from '../../scripts/freeze-feeds.mjs';
import type { ConfHistory } from '../../src/conf-history/conf-history.js';
import '../../src/conf-history/define.js';
import '../../src/jubilee-list/define.js';
import type { FeedDocument } from '../../src/feed/schema.js';
import { setClock } from '../../src/shared/clock.js';
import { captureConsole, resetPage, settled, shadow, until } from '../support/widgets.js';

const emulatesMedia = /Chrome\//.test(navigator.userAgent);

/** Answers the request held by the fault server's /turn/<key> route: the sample feed, or `status`. */
async function answer(key: string, status?: number): Promise<void> {
  await until(async () => ((await (await fetch(`/__test__/turns/${key}`)).json()) as { waiting: number }).waiting > 0, `no request for ${key}`);
  const response = await fetch(`/__test__/answer/${key}${status ? `?status=${status}` : ''}`);
  if (!response.ok) throw new Error(await response.text());
}

describe('reduced motion on a host page that scrolls smoothly', function () {
  this.timeout(60_000);
  const style = document.createElement('style');
  style.textContent = 'html { scroll-behavior: smooth }';

  beforeEach(async () => {
    if (emulatesMedia) await emulateMedia({ reducedMotion: 'reduce' });
    document.head.append(style);
    setClock(() => new Date('2024-03-01T12:00:00Z'));
  });
  afterEach(async () => {
    style.remove();
    setClock(undefined);
    if (emulatesMedia) await emulateMedia({ reducedMotion: 'no-preference' });
    document.body.replaceChildren();
    await resetPage();
  });

  it('<conf-history>: "Show previous" brings the first conference it shows into view at once', async () => {
    // Two batches, the conference marked on that day in the second: "Show previous" above it.
    const all = manyConferences(20_000);
    const marked = all.conferences.findIndex((conference) => String(conference.start) > '2024-03-01');
    const first = marked - (marked % 100) - 100;
    const element = document.createElement('conf-history') as ConfHistory;
    element.feed = { ...all, conferences: all.conferences.slice(first, first + 200) } as FeedDocument;
    // Page content above the widget.
    const above = document.createElement('div');
    above.style.height = '200vh';
    document.body.append(above, element);
    await settled(element);
    const root = shadow(element);
    const button = root.querySelector<HTMLButtonElement>('[part~="show-previous"]')!;
    // The button at the foot of the window: what it adds comes below it, out of view.
    button.scrollIntoView({ block: 'end', behavior: 'instant' });
    button.click();
    await element.updateComplete;

    const entry = root.getElementById('entry-0')!;
    expect(root.activeElement, 'the focus').to.equal(entry);
    const { top, bottom } = entry.getBoundingClientRect();
    expect(top, 'its top in the window').to.be.at.least(0);
    expect(bottom, 'its foot in the window').to.be.at.most(innerHeight);
  });

  it('Try again brings the start of the content it focuses into view at once', async () => {
    const key = `smooth-${Math.random().toString(36).slice(2)}`;
    const element = document.createElement('jubilee-list');
    element.setAttribute('src', `/__test__/turn/${key}`);
    const above = document.createElement('div');
    above.style.height = '200vh';
    // And below it, so that the page stays as long while the widget's height changes.
    const below = above.cloneNode() as HTMLElement;
    document.body.append(above, element, below);
    await captureConsole(async () => {
      await answer(key, 500);
      await until(() => shadow(element).querySelector('[part~="retry"]'), 'no Try again');
    });
    const retry = shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]')!;
    // Scrolled down to the button: the start of the widget, where the content starts, above the window.
    retry.scrollIntoView({ block: 'start', behavior: 'instant' });
    retry.focus({ preventScroll: true });
    retry.click();
    await answer(key);
    await until(() => shadow(element).activeElement && !shadow(element).querySelector('[part~="retry"]'), 'the focus did not move to the content');
    const { top, bottom } = shadow(element).activeElement!.getBoundingClientRect();
    expect(top, 'its top in the window').to.be.at.least(0);
    expect(bottom, 'its foot in the window').to.be.at.most(innerHeight);
  });
});
