import { PartnershipMap } from './partnership-map.js';

PartnershipMap.define('partnership-map');

declare global {
  interface HTMLElementTagNameMap {
    'partnership-map': PartnershipMap;
  }
}

export { PartnershipMap };
