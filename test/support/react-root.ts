import { createRoot, type Root } from 'react-dom/client';
import type { FeedDocument } from '../../src/feed/schema.js';
import { sampleFeed } from './feeds.js';
import { resetPage } from './widgets.js';

/** What {@link reactRootPerTest} gives each test: a React root in a fresh container, and the sample feed. */
export interface ReactRoot {
  readonly container: HTMLElement;
  readonly root: Root;
  readonly feed: FeedDocument;
}

/**
 * Call inside `describe()`: loads the sample feed once, gives each test a React root in a new
 * container in the page, and unmounts it, removes the container and resets the page after it.
 */
export function reactRootPerTest(): ReactRoot {
  const state = {} as { container: HTMLElement; root: Root; feed: FeedDocument };
  before(async () => {
    state.feed = (await sampleFeed()) as unknown as FeedDocument;
  });
  beforeEach(() => {
    state.container = document.createElement('div');
    document.body.append(state.container);
    state.root = createRoot(state.container);
  });
  afterEach(async () => {
    state.root.unmount();
    state.container.remove();
    await resetPage();
  });
  return state;
}
