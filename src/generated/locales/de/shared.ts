
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "shared".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ordinal-label': str`${0}.`,
's0247c4ced15de250': `Die in diese Seite eingebetteten Daten wurden nicht gefunden.`,
's218119596da34242': `Für dieses Widget ist keine Datenquelle angegeben.`,
's266bfb3676123332': `Die Daten sind zu umfangreich, um hier angezeigt zu werden.`,
's2ba2043e27d68a55': `Hat stattgefunden`,
's3f8ea289b2d22c7d': `Die Daten sind beschädigt: Sie liegen nicht im JSON-Format vor.`,
's4627a9667a335f23': `Demnächst`,
's52aaad2e47d3119f': `Begleitveranstaltungen`,
's57a784a147280a48': `Keine Konferenz zum Anzeigen.`,
's589be35cd6925b2d': `Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's5c5147585783e3ba': str`Der Server hat mit einem Fehler geantwortet (HTTP ${0}).`,
's6602bd253a3a52c2': `Die Daten liegen in einer Formatversion vor, die dieses Widget nicht kennt.`,
's6ebc9bd6feae62a3': `Wird geladen …`,
's8a66d30ac96c47e8': `Die Daten haben nicht den erwarteten Aufbau.`,
's94df862a7cf3ef91': str`Beginnt ${0}`,
'sb1abc9ab2dd18937': `Die Informationen können nicht angezeigt werden.`,
'sc91a5202809f600b': `Der Server hat zu lange nicht geantwortet.`,
'scd1dd6ff53d0d01a': `Erneut versuchen`,
'se628d84f3217b9ae': str`Läuft gerade (Tag ${0} von ${1})`,
'sf99bbd317d5c8edc': `Die Daten wurden diesem Widget als Attribut übergeben, bevor es geladen war, und sind verloren gegangen. Laden Sie zuerst das Widget oder verwenden Sie seine React-Komponente.`,
'sff125524284930a2': `Termin wird noch bekannt gegeben`,
    };
  