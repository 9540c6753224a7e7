
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-programme".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'programme-shown-range': str`Angezeigt: ${0}–${1} von ${2}`,
's0a3ce': `Das Programm ist noch nicht veröffentlicht.`,
's0d664': `Jugendforum`,
's1b620': `Zum Kalender hinzufügen`,
's2124a': `Alle Tage`,
's2903c': `Alle Tracks`,
's29729': `Link zu dieser Veranstaltung kopieren`,
's31028': `Zu „Jetzt“ springen`,
's3385a': `Weitere Veranstaltungen zeigen`,
's3385f': str`Meine Ortszeit zeigen (${0})`,
's3763f': `Jetzt`,
's39cb6': `Suche und Filter zurücksetzen`,
's3c471': `Arbeitsgruppe`,
's4910b': `Der Link konnte nicht kopiert werden.`,
's50104': `Pause`,
's57d23': `Moderation`,
's5b641': `Die Kalenderdatei konnte nicht erstellt werden. Einzelheiten stehen in der Browserkonsole.`,
's63d89': `Beschreibung`,
's6b073': str`AG ${0}`,
's70af9': `Art`,
's71a26': str`Nur mein Programm (${0})`,
's74018': `Link kopiert.`,
's867d3': str`Zu viele Orte gleichzeitig für das Raster (${0}): Die Veranstaltungen dieses Tages werden als Liste gezeigt.`,
's87c1a': `Uhrzeit unbekannt`,
's8e195': str`Zeiten in Ihrer Zeitzone (${0}).`,
's91b7d': `Kalenderdatei erstellt.`,
's9e858': `Track`,
's9f6ef': `Kalenderdatei herunterladen (.ics)`,
'sa109b': `Angezeigte Veranstaltungen`,
'sa5109': `Link zu dieser Veranstaltung`,
'sabd2c': str`Aus meinem Programm entfernt: ${0}.`,
'sacae7': `Tage`,
'sad11e': `Ganzes Programm`,
'sb47da': `Monat`,
'sb6a53': `Referierende`,
'sb8937': `Koordination`,
'sbf8ea': `Kultur`,
'sc5aa2': `Frühere Veranstaltungen zeigen`,
'sc6871': str`Programm: ${0}`,
'sc9b6d': `Uhrzeit folgt`,
'sc9e49': `Sonstiges`,
'sd16c8': str`${0}–${1} Uhr (am Folgetag)`,
'sd85a4': `Mein Programm`,
'sd8d33': `Programm durchsuchen`,
'sdc9c7': str`Zeiten in der Ortszeit der Konferenz (${0}).`,
'seb430': `Plenum`,
'sec257': `Alle Arten`,
'seed9f': `Andere Orte`,
'sef54f': `Empfang`,
'session-count-few': str`${0} Veranstaltungen`,
'session-count-many': str`${0} Veranstaltungen`,
'session-count-one': str`${0} Veranstaltung`,
'session-count-other': str`${0} Veranstaltungen`,
'session-next': `Als Nächstes`,
'sf562e': `Keine Veranstaltung passt zur Suche oder zu den Filtern.`,
'sf9f31': str`Zu viele Veranstaltungen an diesem Tag für das Raster (${0}), daher werden sie als Liste gezeigt.`,
'sfb992': `Exkursion`,
'sfca55': `Suche, Filter und mehr`,
'tab-undated': `Datum folgt`,
'tab-undated-past': `Datum unbekannt`,
    };
  