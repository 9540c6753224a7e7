/**
 * The npm entry: registers every widget and re-exports the public API.
 * For one widget only, import its own entry (`staedtepartner-widgets/jubilee-list.js`).
 */
import './jubilee-list/define.js';
import './conf-overview/define.js';
import './conf-history/define.js';
import './conf-programme/define.js';
import './partnership-map/define.js';

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
