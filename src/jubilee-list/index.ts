export { JubileeList } from './jubilee-list.js';
export { jubileesIn, countJubilees, type Jubilee, type JubileeGroup, type JubileeQuery } from './anniversaries.js';
