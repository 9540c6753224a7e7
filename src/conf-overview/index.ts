export { ConfOverview } from './conf-overview.js';
export { registrationState, mainLink, conferenceEntry, type RegistrationState } from './overview.js';
