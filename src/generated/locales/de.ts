
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'jubilee-summary-few': str`${0} Partnerschaften feiern ${1} ein rundes Jubiläum.`,
'jubilee-summary-many': str`${0} Partnerschaften feiern ${1} ein rundes Jubiläum.`,
'jubilee-summary-one': str`${0} Partnerschaft feiert ${1} ein rundes Jubiläum.`,
'jubilee-summary-other': str`${0} Partnerschaften feiern ${1} ein rundes Jubiläum.`,
's0247c4ced15de250': `Die in diese Seite eingebetteten Daten wurden nicht gefunden.`,
's05dc578ac4736eb2': `Außerdem`,
's218119596da34242': `Für dieses Widget ist keine Datenquelle angegeben.`,
's38be98a354b0a135': `Unterzeichnet`,
's3f8ea289b2d22c7d': `Die Daten sind beschädigt: Sie liegen nicht im JSON-Format vor.`,
's589be35cd6925b2d': `Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's5c5147585783e3ba': str`Der Server hat mit einem Fehler geantwortet (HTTP ${0}).`,
's6602bd253a3a52c2': `Die Daten liegen in einer Formatversion vor, die dieses Widget nicht kennt.`,
's6ebc9bd6feae62a3': `Wird geladen …`,
's8a66d30ac96c47e8': `Die Daten haben nicht den erwarteten Aufbau.`,
'sb1abc9ab2dd18937': `Die Informationen können nicht angezeigt werden.`,
'sba7861dbd105f0cf': str`Jubiläum ${0}`,
'sc30dd5c74cbc7e84': str`Im Jahr ${0} feiert keine Partnerschaft ein rundes Jubiläum.`,
'sc91a5202809f600b': `Der Server hat zu lange nicht geantwortet.`,
'scd1dd6ff53d0d01a': `Erneut versuchen`,
'se55be4e43562666c': `Partner seit`,
'se6f79719051ff286': `und`,
'sefef6175c64ba172': `Bekräftigt`,
    };
  