/**
 * `staedtepartner-widgets/partnership-map.component.js`: the `PartnershipMap` class alone, not registered, for a
 * tag name of the app's choosing or a scoped registry:
 * `customElements.define('my-widget', PartnershipMap)`. `./partnership-map.js` (define.ts) registers it as `<partnership-map>`.
 */
export { PartnershipMap } from './partnership-map.js';
