
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "jubilee-list".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'jubilee-dropped-few': str`Es können keine Partnerschaften angezeigt werden: ${0} Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.`,
'jubilee-dropped-many': str`Es können keine Partnerschaften angezeigt werden: ${0} Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.`,
'jubilee-dropped-one': str`Es können keine Partnerschaften angezeigt werden: ${0} Eintrag wurde ausgelassen, weil er ungültig ist. Einzelheiten stehen in der Browserkonsole.`,
'jubilee-dropped-other': str`Es können keine Partnerschaften angezeigt werden: ${0} Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.`,
'jubilee-show-more': `Weitere Partnerschaften anzeigen`,
'jubilee-shown-of': str`${0} von ${1} angezeigt`,
'jubilee-summary-few': str`${0} Partnerschaften feiern ${1} ein rundes Jubiläum.`,
'jubilee-summary-many': str`${0} Partnerschaften feiern ${1} ein rundes Jubiläum.`,
'jubilee-summary-one': str`${0} Partnerschaft feiert ${1} ein rundes Jubiläum.`,
'jubilee-summary-other': str`${0} Partnerschaften feiern ${1} ein rundes Jubiläum.`,
'jubilee-undated-few': str`${0} Partnerschaften ohne Gründungsdatum sind nicht aufgeführt.`,
'jubilee-undated-many': str`${0} Partnerschaften ohne Gründungsdatum sind nicht aufgeführt.`,
'jubilee-undated-one': str`${0} Partnerschaft ohne Gründungsdatum ist nicht aufgeführt.`,
'jubilee-undated-other': str`${0} Partnerschaften ohne Gründungsdatum sind nicht aufgeführt.`,
's05dc5': `Außerdem`,
's38be9': `Unterzeichnet`,
'sba786': str`Jubiläum ${0}`,
'sc30dd': str`Im Jahr ${0} feiert keine Partnerschaft ein rundes Jubiläum.`,
'se55be': `Partner seit`,
'se6f79': `und`,
'sefef6': `Bekräftigt`,
    };
  