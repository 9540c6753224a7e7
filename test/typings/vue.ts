/** Vue with the generated typings (staedtepartner-widgets/types/vue): the tags are global components with typed props. */
import type {} from 'staedtepartner-widgets/types/vue';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';
import type { GlobalComponents } from 'vue';

type ProgrammeProps = InstanceType<GlobalComponents['conf-programme']>['$props'];

declare const feed: FeedDocument;

export const props: ProgrammeProps = { feed, view: 'grid', 'heading-level': 3, 'onday-select': (event) => event.detail.day };
// @ts-expect-error the view is list or grid
export const wrong: ProgrammeProps = { view: 'table' };
// Vue's templates look `@day-select` up as `onDaySelect`: the event's detail is typed there too.
export const camel: ProgrammeProps = { onDaySelect: (event) => event.detail.day, onFeedReady: (event) => event.detail.warnings };
// @ts-expect-error a day-select event's detail has no city
export const wrongDetail: ProgrammeProps = { onDaySelect: (event) => event.detail.city };
