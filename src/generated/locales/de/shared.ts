
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "shared".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ordinal-label': str`${0}.`,
's0247c4': `Die in diese Seite eingebetteten Daten wurden nicht gefunden.`,
's218119': `Für dieses Widget ist keine Datenquelle angegeben.`,
's266bfb': `Die Daten sind zu umfangreich, um hier angezeigt zu werden.`,
's2ba204': `Hat stattgefunden`,
's3f8ea2': `Die Daten sind beschädigt: Sie liegen nicht im JSON-Format vor.`,
's4627a9': `Demnächst`,
's52aaad': `Begleitveranstaltungen`,
's57a784': `Keine Konferenz zum Anzeigen.`,
's589be3': `Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's5c5147': str`Der Server hat mit einem Fehler geantwortet (HTTP ${0}).`,
's6602bd': `Die Daten liegen in einer Formatversion vor, die dieses Widget nicht kennt.`,
's688372': `Die Adresse führt zu einer Webseite, XML- oder Kalenderdatei, nicht zu den JSON-Daten dieses Widgets.`,
's6ebc9b': `Wird geladen …`,
's8a66d3': `Die Daten haben nicht den erwarteten Aufbau.`,
's94df86': str`Beginnt ${0}`,
'sb1abc9': `Die Informationen können nicht angezeigt werden.`,
'sc91a52': `Der Server hat zu lange nicht geantwortet.`,
'scd1dd6': `Erneut versuchen`,
'se628d8': str`Läuft gerade (Tag ${0} von ${1})`,
'sf99bbd': `Die Daten wurden diesem Widget als Attribut übergeben, bevor es geladen war, und sind verloren gegangen. Laden Sie zuerst das Widget oder verwenden Sie seine React-Komponente.`,
'sff1255': `Termin wird noch bekannt gegeben`,
    };
  