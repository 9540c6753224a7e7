import { JubileeList } from './jubilee-list.js';

JubileeList.define('jubilee-list');

declare global {
  interface HTMLElementTagNameMap {
    'jubilee-list': JubileeList;
  }
}

export { JubileeList };
