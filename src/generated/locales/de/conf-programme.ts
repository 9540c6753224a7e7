
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-programme".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'programme-shown-range': str`Angezeigt: ${0}–${1} von ${2}`,
's0a3ceadcaa34e2ab': `Das Programm ist noch nicht veröffentlicht.`,
's0d6649f4984b1389': `Jugendforum`,
's1b620e51708bd4dd': `Zum Kalender hinzufügen`,
's2124a4c634b1880f': `Alle Tage`,
's29729d9784a38cb7': `Link zu dieser Veranstaltung kopieren`,
's310288fb8587bd26': `Zu „Jetzt“ springen`,
's3385a237d866b0e6': `Weitere Veranstaltungen zeigen`,
's3385f2a37662b90f': str`Meine Ortszeit zeigen (${0})`,
's3763f519c347a9f7': `Jetzt`,
's39cb621a29eea6d8': `Suche und Filter zurücksetzen`,
's3c471283e04e6a3b': `Arbeitsgruppe`,
's4910b4530ed8711b': `Der Link konnte nicht kopiert werden.`,
's57d2379441a1bfed': `Moderation`,
's63d894b1ddb06289': `Beschreibung`,
's6b073c02adcbc385': str`AG ${0}`,
's70af97de3ad8fb23': `Art`,
's71a262c1ff142c34': str`Nur mein Programm (${0})`,
's740187a1971de927': `Link kopiert.`,
's867d30fb6fc590ce': str`Zu viele Orte gleichzeitig für das Raster (${0}): Die Veranstaltungen dieses Tages werden als Liste gezeigt.`,
's87c1abaf743c0c9f': `Uhrzeit unbekannt`,
's8e195fedd4611b8b': str`Zeiten in Ihrer Zeitzone (${0}).`,
's9f6ef8df6866f07d': `Kalenderdatei herunterladen (.ics)`,
'sa109b613fd1979c9': `Angezeigte Veranstaltungen`,
'sa51096312058fe1a': `Link zu dieser Veranstaltung`,
'sabd2c1ebce35b2bd': str`Aus meinem Programm entfernt: ${0}.`,
'sacae74732f544fca': `Tage`,
'sad11e929d3a9013e': `Ganzes Programm`,
'sb47daaf9e1c4a905': `Monat`,
'sb6a535fede052183': `Referierende`,
'sb89373d745b50332': `Koordination`,
'sbf8eaeafb2bef651': `Kultur`,
'sc5aa2d632c5def45': `Frühere Veranstaltungen zeigen`,
'sc6871d2cdeaf591b': str`Programm: ${0}`,
'sc9b6d7d28e4e659f': `Uhrzeit folgt`,
'sc9e494c8346b7cb5': `Sonstiges`,
'sd16c845d869f5652': str`${0}–${1} Uhr (am Folgetag)`,
'sd85a4a35befa6409': `Mein Programm`,
'sd8d33cd578e31370': `Programm durchsuchen`,
'sdc9c70ac1721c5fe': str`Zeiten in der Ortszeit der Konferenz (${0}).`,
'seb430e8461af97e0': `Plenum`,
'sec2574ea71a53cc7': `Alle Arten`,
'seed9f73b676a5db7': `Andere Orte`,
'sef54f7c7e4e488fe': `Empfang`,
'session-count-few': str`${0} Veranstaltungen`,
'session-count-many': str`${0} Veranstaltungen`,
'session-count-one': str`${0} Veranstaltung`,
'session-count-other': str`${0} Veranstaltungen`,
'session-next': `Als Nächstes`,
'sf562e35005f72cfb': `Keine Veranstaltung passt zur Suche oder zu den Filtern.`,
'sf9f31376a5edb582': str`Zu viele Veranstaltungen an diesem Tag für das Raster (${0}): Sie werden als Liste gezeigt.`,
'sfb992e1acca7557f': `Exkursion`,
'tab-undated': `Datum folgt`,
'tab-undated-past': `Datum unbekannt`,
    };
  