
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "partnership-map".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
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
's052403': `Alle Länder`,
's06bf38': `Ansicht zurücksetzen`,
's08c839': `bis`,
's08ce41': `Zu viele Partnerschaften, um alle zu zeichnen: Es werden nur die der ausgewählten Stadt gezeigt.`,
's10fef5': `Diese Städte liegen auf der Karte an einem Ort. Wählen Sie eine aus, um ihre Partnerschaften zu sehen, oder finden Sie sie über das Suchfeld.`,
's1e1879': `Karte`,
's236ae9': `Vergrößern`,
's2468b6': `Stadt`,
's337a1e': `Tabelle`,
's3d5eab': `Die Karte zeigt wieder die Anfangsansicht.`,
's3e6fab': `Die Tabelle konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's40ee9f': `Karte der Städtepartnerschaften`,
's448a9d': `Andere Länder`,
's4b58c0': `Legende`,
's4bbc11': `Keine Partnerschaft passt zu diesen Filtern.`,
's60b34c': `Jahre`,
's66397e': `Partnerschaften der gewählten Stadt`,
's7f59f5': `Ansicht`,
's7f8450': `von`,
's827b98': `Partnerschaft`,
's836138': `Details schließen`,
's8d716b': `Die Tabelle der Partnerschaften war beim Drucken noch nicht geladen. Drucken Sie erneut, um sie mitzudrucken.`,
's8f47df': `Es sind noch keine Partnerschaften eingetragen.`,
's9cf740': `Land`,
'sa14862': `Die Karte zeigt die Gruppe jetzt größer.`,
'sac4718': `Gegründet`,
'sb2c57b': `Mehr anzeigen`,
'sb2e2a4': `Städtepartnerschaften`,
'sc65ea2': `Verkleinern`,
'sca4a77': `Tastaturhilfe`,
'sd404b2': `Zu viele Partnerschaften, um jede einzeln zu zeichnen: eine Linie je Paar von Gebieten, dicker bei mehr Partnerschaften. Wählen Sie eine Stadt, um ihre eigenen zu sehen.`,
'sd8ca3e': `Land der Partnerstadt`,
'sd92612': str`${0} von ${1} angezeigt`,
'sdc2f37': `Mehrere Städte (ihre Anzahl); zum Vergrößern auswählen`,
'sdfa22e': `Gründungsdatum unbekannt`,
'se22f74': `Die Pfeiltasten verschieben die Karte, + und − zoomen, 0 stellt die Ansicht zurück. Mit der Tabulatortaste erreichen Sie die Orte: Die Pfeiltasten springen zum nächsten Ort in dieser Richtung, die Eingabetaste öffnet eine Stadt oder vergrößert eine Gruppe, Escape schließt die Details. Die Tabellenansicht listet dieselben Partnerschaften auf.`,
'seb4164': `Seit`,
'sf05d35': `Partnerstadt`,
'sf66d7a': `Stadt suchen`,
'sf6ad63': `Zum Zoomen Strg gedrückt halten und scrollen – oder + und − verwenden.`,
    };
  