/** Vue with the generated typings (staedtepartner-widgets/types/vue): the tags are global components with typed props. */
import type {} from 'staedtepartner-widgets/types/vue';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';
import type { GlobalComponents } from 'vue';

type ProgrammeProps = InstanceType<GlobalComponents['conf-programme']>['$props'];

declare const feed: FeedDocument;

export const props: ProgrammeProps = { feed, view: 'grid', 'heading-level': 3, 'onday-select': (event) => event.detail.day };
// @ts-expect-error the view is list or grid
export const wrong: ProgrammeProps = { view: 'table' };
