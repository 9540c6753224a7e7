/**
 * The day tabs' row (src/conf-programme/tab-strip.ts) reads sizes only where they are laid out
 * anyway: after an update it reads none, since a read there would lay out everything the update
 * changed (a day of hundreds of sessions, and again after each search keystroke) inside its task.
 * Its fades and the selected tab's scrolling into view are checked in wording-and-focus.test.ts.
 */
import { expect } from '@open-wc/testing';
import { shadow, until } from '../support/widgets.js';
import { cleanUp, container, programme, search, tab, XV } from './support.js';

/** Counts reads of layout sizes of the tablist and its tabs while `during` runs (its promise included). */
async function sizeReadsOfTabs(root: ShadowRoot, during: () => Promise<unknown>): Promise<string[]> {
  const reads: string[] = [];
  const restore: (() => void)[] = [];
  for (const [prototype, names] of [
    [Element.prototype, ['scrollLeft', 'scrollWidth', 'clientWidth', 'getBoundingClientRect']],
    [HTMLElement.prototype, ['offsetLeft', 'offsetWidth']],
  ] as const) {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
      const ofTabs = (node: unknown) => node instanceof Element && node.getRootNode() === root && /^tab(list)?$/.test(node.getAttribute('role') ?? '');
      const spy =
        typeof descriptor.value === 'function'
          ? {
              ...descriptor,
              value(this: Element, ...args: unknown[]) {
                if (ofTabs(this)) reads.push(name);
                return (descriptor.value as (...a: unknown[]) => unknown).apply(this, args);
              },
            }
          : {
              ...descriptor,
              get(this: Element) {
                if (ofTabs(this)) reads.push(name);
                return descriptor.get!.call(this);
              },
            };
      Object.defineProperty(prototype, name, spy);
      restore.push(() => Object.defineProperty(prototype, name, descriptor));
    }
  }
  try {
    await during();
  } finally {
    restore.forEach((undo) => undo());
  }
  return reads;
}

describe('<conf-programme> day tabs', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp(() => false));

  it('read no size right after an update: not after a search keystroke, not after choosing a day', async () => {
    const element = await programme({ conference: XV, container: container('360px') });
    const root = shadow(element) as ShadowRoot;
    const list = root.querySelector<HTMLElement>('[role="tablist"]')!;
    // The row is wider than 360 px: its end fades once the tab strip's code is in and has measured.
    await until(() => list.hasAttribute('data-more-end'), 'the end of the tabs did not fade');
    const typed = await sizeReadsOfTabs(root, async () => {
      await search(element, 'partner');
      await element.updateComplete;
    });
    expect(typed, 'sizes of the tabs read in the keystroke’s update').to.deep.equal([]);
    const day = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].at(-1)!.dataset.tab!;
    const chosen = await sizeReadsOfTabs(root, async () => {
      tab(element, day).click();
      await element.updateComplete;
    });
    expect(chosen, 'sizes of the tabs read in the update that shows the day').to.deep.equal([]);
    // …and the chosen day's tab is scrolled into view in a frame after it.
    const last = tab(element, day);
    await until(() => last.getBoundingClientRect().right <= list.getBoundingClientRect().right + 1, 'the chosen tab was not scrolled into view');
    await until(() => list.hasAttribute('data-more-start'), 'the start of the tabs did not fade');
  });

  it('lets go of the tabs taken off the row (another conference with fewer days)', async () => {
    // Which elements each ResizeObserver watches, from before the widget exists.
    const watched = new Map<ResizeObserver, Set<Element>>();
    const { observe, unobserve, disconnect } = ResizeObserver.prototype;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      if (!watched.has(this)) watched.set(this, new Set());
      watched.get(this)!.add(target);
      return observe.call(this, target, options);
    };
    ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
      watched.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      watched.delete(this);
      return disconnect.call(this);
    };
    try {
      const element = await programme({ conference: XV, container: container('360px') });
      const root = shadow(element) as ShadowRoot;
      const tabsOf = () => [...root.querySelectorAll('[role="tab"]')];
      const before = tabsOf();
      await until(() => [...watched.values()].some((targets) => before.every((tab) => targets.has(tab))), 'the tabs were not watched');
      element.setAttribute('conference', 'xiv-krasnodar-2017');
      await element.updateComplete;
      const gone = before.filter((tab) => !tab.isConnected);
      expect(gone.length, 'tabs taken off the row').to.be.greaterThan(0);
      await new Promise(requestAnimationFrame);
      const still = [...watched.values()].flatMap((targets) => [...targets]).filter((target) => gone.includes(target));
      expect(still.length, 'tabs taken off the row still watched').to.equal(0);
      expect(
        tabsOf().every((tab) => [...watched.values()].some((targets) => targets.has(tab))),
        'the tabs of the row now watched',
      ).to.equal(true);
    } finally {
      Object.assign(ResizeObserver.prototype, { observe, unobserve, disconnect });
    }
  });
});
