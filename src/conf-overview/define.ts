import { ConfOverview } from './conf-overview.js';

ConfOverview.define('conf-overview');

declare global {
  interface HTMLElementTagNameMap {
    'conf-overview': ConfOverview;
  }
}

export { ConfOverview };
