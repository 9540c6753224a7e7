/**
 * `staedtepartner-widgets/conf-overview.component.js`: the `ConfOverview` class alone, not registered, for a
 * tag name of the app's choosing or a scoped registry:
 * `customElements.define('my-widget', ConfOverview)`. `./conf-overview.js` (define.ts) registers it as `<conf-overview>`.
 */
export { ConfOverview } from './conf-overview.js';
