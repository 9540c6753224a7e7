/** The feed contract and its loader: usable without any widget. */
export * from './schema.js';
export type { Feed, FeedFailure, FeedFailureKind, FeedResult, FeedWarning } from './model.js';
export { validateFeed, validateFeedInSteps } from './validate.js';
export { enableHints } from './hints.js';
export { loadFeed, readFeedObject, forgetFeed, loaderSettings } from './loader.js';
export { importSchedule, detectFormat, kindFor, type ImportedSchedule, type ScheduleDocument, type ScheduleFormat } from './import/index.js';
export { localise, allVersions, safeHref, paragraphs } from './text.js';
export { inlineFeedJson, escapeInlineJson } from './inline.js';
export { parseCalendarDate, type CalendarDate, type DatePrecision } from './dates.js';
