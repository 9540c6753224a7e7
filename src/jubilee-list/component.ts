/**
 * `staedtepartner-widgets/jubilee-list.component.js`: the `JubileeList` class alone, not registered, for a
 * tag name of the app's choosing or a scoped registry:
 * `customElements.define('my-widget', JubileeList)`. `./jubilee-list.js` (define.ts) registers it as `<jubilee-list>`.
 */
export { JubileeList } from './jubilee-list.js';
