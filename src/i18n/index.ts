/** Language selection and Intl formatting shared by all widgets. */
export { setLanguage, currentLanguage, languageReady, supportedLanguage, LANGUAGES, LANGUAGE_ATTRIBUTE, type Language } from './language.js';
export { formatCalendarDate, formatFounding, formatYears, formatDaysFromNow, plural, countryName } from './format.js';
