import { ConfProgramme } from './conf-programme.js';

ConfProgramme.define('conf-programme');

declare global {
  interface HTMLElementTagNameMap {
    'conf-programme': ConfProgramme;
  }
}

export { ConfProgramme };
