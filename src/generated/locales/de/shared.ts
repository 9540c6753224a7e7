
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "shared".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'ordinal-label': str`${0}.`,
's0247c': `Die in diese Seite eingebetteten Daten wurden nicht gefunden.`,
's04aba': `Bitte versuchen Sie es später noch einmal.`,
's0a357': `Die Adresse der Daten ist keine Webadresse.`,
's0e07b': str`Der Fehler steht in Zeile ${0}.`,
's21811': `Für dieses Widget ist keine Datenquelle angegeben.`,
's266bf': `Die Daten sind zu umfangreich, um hier angezeigt zu werden.`,
's2ba20': `Hat stattgefunden`,
's3f8ea': `Die Daten sind beschädigt, sie liegen nicht im JSON-Format vor.`,
's43999': `Die Daten nennen keine Formatversion, die dieses Widget kennt.`,
's4627a': `Steht bevor`,
's52aaa': `Begleitveranstaltungen`,
's57a78': `Keine Konferenz vorhanden.`,
's589be': `Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's5c514': str`Der Server hat mit einem Fehler geantwortet (HTTP ${0}).`,
's68837': `Die Adresse führt zu einer Webseite, XML- oder Kalenderdatei, nicht zu den JSON-Daten dieses Widgets.`,
's6ebc9': `Wird geladen …`,
's7869d': `Bitte prüfen Sie die Adresse der Daten.`,
's8a66d': `Die Daten haben nicht den erwarteten Aufbau.`,
's94df8': str`Beginnt ${0}`,
's952e7': `Läuft gerade`,
'sb1abc': `Die Informationen können nicht angezeigt werden.`,
'sc91a5': `Der Server hat zu lange nicht geantwortet.`,
'scd1dd': `Erneut versuchen`,
'se628d': str`Läuft gerade (Tag ${0} von ${1})`,
'sf99bb': `Die Daten wurden diesem Widget als Attribut übergeben, bevor es geladen war, und sind verloren gegangen. Laden Sie zuerst das Widget oder verwenden Sie seine React-Komponente.`,
'sff125': `Termin wird noch bekannt gegeben`,
    };
  