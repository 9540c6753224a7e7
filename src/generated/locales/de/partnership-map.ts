
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
's052403aa72f58906': `Alle Länder`,
's06bf38e4a2b4bab1': `Ansicht zurücksetzen`,
's08c83907b56ac0a4': `bis`,
's08ce416b6abdb077': `Zu viele Partnerschaften, um alle zu zeichnen: Es werden nur die der ausgewählten Stadt gezeigt.`,
's10fef5bbfae314b7': `Diese Städte liegen auf der Karte an einem Ort. Wählen Sie eine aus, um ihre Partnerschaften zu sehen, oder finden Sie sie über das Suchfeld.`,
's1e187919b52639f1': `Karte`,
's236ae937cbcd6a39': `Vergrößern`,
's2468b69d10791c82': `Stadt`,
's337a1e9022a8d19f': `Tabelle`,
's3d5eab17f0d0ffa7': `Die Karte zeigt wieder die Anfangsansicht.`,
's3e6fab0c29b71911': `Die Tabelle konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.`,
's40ee9fb384d0d3e8': `Karte der Städtepartnerschaften`,
's448a9dd518050267': `Andere Länder`,
's4b58c01e2578f5e4': `Legende`,
's4bbc1199ee834f5f': `Keine Partnerschaft passt zu diesen Filtern.`,
's60b34c3c17dc35bd': `Jahre`,
's66397ec2fd97d5a6': `Partnerschaften der gewählten Stadt`,
's7f59f507e02a2f38': `Ansicht`,
's7f845078d7a5c0b5': `von`,
's827b982673e6e853': `Partnerschaft`,
's83613887f3d7ae6e': `Details schließen`,
's8d716bafab31c8ae': `Die Tabelle der Partnerschaften war beim Drucken noch nicht geladen. Drucken Sie erneut, um sie mitzudrucken.`,
's8f47df9f8bbcaaf6': `Es sind noch keine Partnerschaften eingetragen.`,
's9cf7402fe920f7d1': `Land`,
'sa1486231e136182b': `Die Karte zeigt die Gruppe jetzt größer.`,
'sac47184c2269bc9e': `Gegründet`,
'sb2c57b2d347203dd': `Mehr anzeigen`,
'sb2e2a4a5c04f0efe': `Städtepartnerschaften`,
'sc65ea2cf2f21a13a': `Verkleinern`,
'sca4a773c41ac3b5f': `Tastaturhilfe`,
'sd404b28a8cff10cf': `Zu viele Partnerschaften, um jede einzeln zu zeichnen: eine Linie je Paar von Gebieten, dicker bei mehr Partnerschaften. Wählen Sie eine Stadt, um ihre eigenen zu sehen.`,
'sd8ca3e626b6be7e3': `Land der Partnerstadt`,
'sd92612b128002801': str`${0} von ${1} angezeigt`,
'sdc2f374d74f05180': `Mehrere Städte (ihre Anzahl); zum Vergrößern auswählen`,
'sdfa22eb7e80ea951': `Gründungsdatum unbekannt`,
'se22f748df3774909': `Die Pfeiltasten verschieben die Karte, + und − zoomen, 0 stellt die Ansicht zurück. Mit der Tabulatortaste erreichen Sie die Orte: Die Pfeiltasten springen zum nächsten Ort in dieser Richtung, die Eingabetaste öffnet eine Stadt oder vergrößert eine Gruppe, Escape schließt die Details. Die Tabellenansicht listet dieselben Partnerschaften auf.`,
'seb4164b5d01e79fd': `Seit`,
'sf05d35c6dd9d1b54': `Partnerstadt`,
'sf66d7a907625b558': `Stadt suchen`,
'sf6ad63f027fca73a': `Zum Zoomen Strg gedrückt halten und scrollen – oder + und − verwenden.`,
    };
  