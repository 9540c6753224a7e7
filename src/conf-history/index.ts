export { ConfHistory } from './conf-history.js';
export {
  historyOf,
  markedConference,
  orderConferences,
  inYears,
  hostedIn,
  hostCountries,
  type HistoryEntry,
  type HistoryMark,
  type HistoryOrder,
  type HistoryQuery,
  type HostCountry,
} from './history.js';
