/**
 * Svelte with the generated typings (staedtepartner-widgets/types/svelte): the tags in `SvelteHTMLElements` of
 * svelte/elements, each with Svelte's HTML attributes and its own. This file is also what an app's src/app.d.ts is to
 * App.svelte and Legacy.svelte, which svelte-check checks (scripts/check-svelte-typings.mjs).
 */
import type {} from 'staedtepartner-widgets/types/svelte';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';
import type { SvelteHTMLElements } from 'svelte/elements';

declare const feed: FeedDocument;

export const map: SvelteHTMLElements['partnership-map'] = {
  feed,
  view: 'table',
  class: 'map',
  style: 'height: 30rem',
  'aria-label': 'Partnerships',
  'data-testid': 'map',
  'heading-level': '3',
  onclick: (event) => event.currentTarget.view,
  'oncity-select': (event) => event.detail.city.name,
};
// @ts-expect-error the year is a number
export const list: SvelteHTMLElements['jubilee-list'] = { year: 'next' };
