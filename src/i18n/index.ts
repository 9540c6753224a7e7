/** Language selection and Intl formatting shared by all widgets. */
export { setLanguage, currentLanguage, languageReady, supportedLanguage, LANGUAGES, LANGUAGE_ATTRIBUTE, type Language } from './language.js';
export { formatCalendarDate, formatYears, formatDaysFromNow, plural, countryName } from './format.js';
export { formatFounding } from './founding.js';
