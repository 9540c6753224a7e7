/**
 * `staedtepartner-widgets/conf-programme.component.js`: the `ConfProgramme` class alone, not registered, for a
 * tag name of the app's choosing or a scoped registry:
 * `customElements.define('my-widget', ConfProgramme)`. `./conf-programme.js` (define.ts) registers it as `<conf-programme>`.
 */
export { ConfProgramme } from './conf-programme.js';
