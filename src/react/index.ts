/**
 * The widgets as React components (`staedtepartner-widgets/react`), made with @lit/react: props
 * are set as the element's properties (`feed={object}` included), events are `on…` props
 * (`onFeedReady`, `onDaySelect`, `onCitySelect` …) with their typed `detail`. Each component
 * registers its element when its module is imported; `staedtepartner-widgets/react/<tag>.js`
 * brings one widget only.
 */
export { JubileeList } from './jubilee-list.js';
export { ConfHistory } from './conf-history.js';
export { ConfOverview } from './conf-overview.js';
export { ConfProgramme } from './conf-programme.js';
export { PartnershipMap } from './partnership-map.js';
