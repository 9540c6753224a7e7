export { ConfProgramme } from './conf-programme.js';
export { buildProgramme, filterSessions, nowAndNext, gridLayout, type Programme, type ProgrammeSession, type ProgrammeDay, type ProgrammeFilter } from './programme.js';
