
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-programme".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'programme-shown-range': str`Angezeigt: ${0}–${1} von ${2}`,
's0a3cea': `Das Programm ist noch nicht veröffentlicht.`,
's0d6649': `Jugendforum`,
's1b620e': `Zum Kalender hinzufügen`,
's2124a4': `Alle Tage`,
's2903cb': `Alle Tracks`,
's29729d': `Link zu dieser Veranstaltung kopieren`,
's310288': `Zu „Jetzt“ springen`,
's3385a2': `Weitere Veranstaltungen zeigen`,
's3385f2': str`Meine Ortszeit zeigen (${0})`,
's3763f5': `Jetzt`,
's39cb62': `Suche und Filter zurücksetzen`,
's3c4712': `Arbeitsgruppe`,
's4910b4': `Der Link konnte nicht kopiert werden.`,
's501040': `Pause`,
's57d237': `Moderation`,
's63d894': `Beschreibung`,
's6b073c': str`AG ${0}`,
's70af97': `Art`,
's71a262': str`Nur mein Programm (${0})`,
's740187': `Link kopiert.`,
's867d30': str`Zu viele Orte gleichzeitig für das Raster (${0}): Die Veranstaltungen dieses Tages werden als Liste gezeigt.`,
's87c1ab': `Uhrzeit unbekannt`,
's8e195f': str`Zeiten in Ihrer Zeitzone (${0}).`,
's9e8580': `Track`,
's9f6ef8': `Kalenderdatei herunterladen (.ics)`,
'sa109b6': `Angezeigte Veranstaltungen`,
'sa51096': `Link zu dieser Veranstaltung`,
'sabd2c1': str`Aus meinem Programm entfernt: ${0}.`,
'sacae74': `Tage`,
'sad11e9': `Ganzes Programm`,
'sb47daa': `Monat`,
'sb6a535': `Referierende`,
'sb89373': `Koordination`,
'sbf8eae': `Kultur`,
'sc5aa2d': `Frühere Veranstaltungen zeigen`,
'sc6871d': str`Programm: ${0}`,
'sc9b6d7': `Uhrzeit folgt`,
'sc9e494': `Sonstiges`,
'sd16c84': str`${0}–${1} Uhr (am Folgetag)`,
'sd85a4a': `Mein Programm`,
'sd8d33c': `Programm durchsuchen`,
'sdc9c70': str`Zeiten in der Ortszeit der Konferenz (${0}).`,
'seb430e': `Plenum`,
'sec2574': `Alle Arten`,
'seed9f7': `Andere Orte`,
'sef54f7': `Empfang`,
'session-count-few': str`${0} Veranstaltungen`,
'session-count-many': str`${0} Veranstaltungen`,
'session-count-one': str`${0} Veranstaltung`,
'session-count-other': str`${0} Veranstaltungen`,
'session-next': `Als Nächstes`,
'sf562e3': `Keine Veranstaltung passt zur Suche oder zu den Filtern.`,
'sf9f313': str`Zu viele Veranstaltungen an diesem Tag für das Raster (${0}): Sie werden als Liste gezeigt.`,
'sfb992e': `Exkursion`,
'sfca550': `Suche, Filter und mehr`,
'tab-undated': `Datum folgt`,
'tab-undated-past': `Datum unbekannt`,
    };
  