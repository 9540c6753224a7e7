import { ConfHistory } from './conf-history.js';

ConfHistory.define('conf-history');

declare global {
  interface HTMLElementTagNameMap {
    'conf-history': ConfHistory;
  }
}

export { ConfHistory };
