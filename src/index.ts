/**
 * The npm package's root entry (`staedtepartner-widgets`): the widget classes and the public
 * API, with no side effects. It registers no element, so a bundler keeps only what the app
 * imports from it (package.json `sideEffects`).
 *
 * To register: one widget's entry (`staedtepartner-widgets/jubilee-list.js` defines
 * `<jubilee-list>`), all of them (`staedtepartner-widgets/all.js`), or a class under a tag of
 * the app's choosing (`customElements.define('my-list', JubileeList)`).
 */
export { JubileeList } from './jubilee-list/jubilee-list.js';
export { ConfOverview } from './conf-overview/conf-overview.js';
export { ConfHistory } from './conf-history/conf-history.js';
export { ConfProgramme } from './conf-programme/conf-programme.js';
export { PartnershipMap } from './partnership-map/partnership-map.js';
export { StaedtepartnerElement } from './shared/staedtepartner-element.js';
export { setClock } from './shared/clock.js';
export * from './i18n/index.js';
export * from './feed/index.js';
export type * from './events.js';
