
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "partnership-map".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'partnership-map-cities-few': str`${0} Städte`,
'partnership-map-cities-many': str`${0} Städte`,
'partnership-map-cities-one': str`${0} Stadt`,
'partnership-map-cities-other': str`${0} Städte`,
'partnership-map-column-country': `Land`,
'partnership-map-dropped-few': str`Es können keine Partnerschaften angezeigt werden: ${0} Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.`,
'partnership-map-dropped-many': str`Es können keine Partnerschaften angezeigt werden: ${0} Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.`,
'partnership-map-dropped-one': str`Es können keine Partnerschaften angezeigt werden: ${0} Eintrag wurde ausgelassen, weil er ungültig ist. Einzelheiten stehen in der Browserkonsole.`,
'partnership-map-dropped-other': str`Es können keine Partnerschaften angezeigt werden: ${0} Einträge wurden ausgelassen, weil sie ungültig sind. Einzelheiten stehen in der Browserkonsole.`,
'partnership-map-partners-since': `Partner seit`,
'partnership-map-partnerships-few': str`${0} Partnerschaften`,
'partnership-map-partnerships-many': str`${0} Partnerschaften`,
'partnership-map-partnerships-one': str`${0} Partnerschaft`,
'partnership-map-partnerships-other': str`${0} Partnerschaften`,
'partnership-map-undated-hidden-few': str`${0} Partnerschaften ohne Gründungsdatum werden wegen des Jahresfilters nicht angezeigt.`,
'partnership-map-undated-hidden-many': str`${0} Partnerschaften ohne Gründungsdatum werden wegen des Jahresfilters nicht angezeigt.`,
'partnership-map-undated-hidden-one': str`${0} Partnerschaft ohne Gründungsdatum wird wegen des Jahresfilters nicht angezeigt.`,
'partnership-map-undated-hidden-other': str`${0} Partnerschaften ohne Gründungsdatum werden wegen des Jahresfilters nicht angezeigt.`,
's05240': `Alle Länder`,
's06bf3': `Ansicht zurücksetzen`,
's08c83': `bis`,
's08ce4': `Zu viele Partnerschaften, um alle zu zeichnen: Es werden nur die der ausgewählten Stadt gezeigt.`,
's10fef': `Diese Städte liegen auf der Karte an einem Ort. Wählen Sie eine aus, um ihre Partnerschaften zu sehen, oder finden Sie sie über das Suchfeld.`,
's1e187': `Karte`,
's236ae': `Vergrößern`,
's2468b': `Stadt`,
's337a1': `Tabelle`,
's3d5ea': `Die Karte zeigt wieder die Anfangsansicht.`,
's3e6fa': `Die Tabelle konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's40ee9': `Karte der Städtepartnerschaften`,
's448a9': `Andere Länder`,
's4b58c': `Legende`,
's4bbc1': `Keine Partnerschaft passt zu diesen Filtern.`,
's4bf94': `Die Pfeiltasten verschieben die Karte, + und − zoomen, 0 stellt die Ansicht zurück. Mit der Tabulatortaste erreichen Sie die Orte: Die Pfeiltasten springen zum nächsten Ort in dieser Richtung, die Eingabetaste öffnet eine Stadt oder vergrößert eine Gruppe, Escape schließt die Details. Im Suchfeld öffnet die Eingabetaste den besten Treffer. Die Tabellenansicht listet dieselben Partnerschaften auf.`,
's60b34': `Jahre`,
's63588': str`Nach „${0}“ aufsteigend sortiert.`,
's66397': `Partnerschaften der gewählten Stadt`,
's7f59f': `Ansicht`,
's7f845': `von`,
's827b9': `Partnerschaft`,
's83613': `Details schließen`,
's8d716': `Die Tabelle der Partnerschaften war beim Drucken noch nicht geladen. Drucken Sie erneut, um sie mitzudrucken.`,
's8f47d': `Es sind noch keine Partnerschaften eingetragen.`,
's9cf74': `Land`,
'sa1486': `Die Karte zeigt die Gruppe jetzt größer.`,
'sac471': `Gründungsjahr`,
'sb2c57': `Mehr anzeigen`,
'sb2e2a': `Städtepartnerschaften`,
'sc65ea': `Verkleinern`,
'sc94dc': str`Nach „${0}“ absteigend sortiert.`,
'sca4a7': `Tastaturhilfe`,
'sd404b': `Zu viele Partnerschaften, um jede einzeln zu zeichnen: eine Linie je Paar von Gebieten, dicker bei mehr Partnerschaften. Wählen Sie eine Stadt, um ihre eigenen zu sehen.`,
'sd8ca3': `Land der Partnerstadt`,
'sd9261': str`${0} von ${1} angezeigt`,
'sdc2f3': `Mehrere Städte (ihre Anzahl); zum Vergrößern auswählen`,
'sdfa22': `Gründungsdatum unbekannt`,
'seb416': `Seit`,
'sf05d3': `Partnerstadt`,
'sf66d7': `Stadt suchen`,
'sf6ad6': `Zum Zoomen Strg gedrückt halten und scrollen – oder + und − verwenden.`,
    };
  