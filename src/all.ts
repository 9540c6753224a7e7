/**
 * `staedtepartner-widgets/all.js`: registers all five widgets under their own tags
 * (`<jubilee-list>`, `<conf-overview>`, `<conf-history>`, `<conf-programme>`,
 * `<partnership-map>`) and re-exports the root entry's API. A page that shows one or two
 * widgets imports their own entries instead and downloads only their code.
 */
import './jubilee-list/define.js';
import './conf-overview/define.js';
import './conf-history/define.js';
import './conf-programme/define.js';
import './partnership-map/define.js';

export * from './index.js';
