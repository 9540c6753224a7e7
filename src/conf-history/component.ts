/**
 * `staedtepartner-widgets/conf-history.component.js`: the `ConfHistory` class alone, not registered, for a
 * tag name of the app's choosing or a scoped registry:
 * `customElements.define('my-widget', ConfHistory)`. `./conf-history.js` (define.ts) registers it as `<conf-history>`.
 */
export { ConfHistory } from './conf-history.js';
