/** Svelte 5 with the generated typings (staedtepartner-widgets/types/svelte): the tags in `svelteHTML.IntrinsicElements`. */
import type {} from 'staedtepartner-widgets/types/svelte';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';

declare const feed: FeedDocument;

export const map: svelteHTML.IntrinsicElements['partnership-map'] = {
  feed,
  view: 'table',
  class: 'map',
  'oncity-select': (event) => event.detail.city.name,
};
// @ts-expect-error the year is a number
export const list: svelteHTML.IntrinsicElements['jubilee-list'] = { year: 'next' };
