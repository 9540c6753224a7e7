
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-overview".

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's13b3f5afa0862d1c': `Ort`,
's18d9277a5ac87167': `Teilnehmende`,
's1f7698c061c208c9': `Geöffnet`,
's2c15b9b13a3e2a80': `Zur Anmeldung`,
's370d6e81132eed55': `Geöffnet, Anmeldeschluss:`,
's504d83b92c9ed51e': `Termin`,
's6dbbe2646b239ca5': `Geschlossen`,
's74359cde9ae78760': `Noch nicht geöffnet`,
's74c51a37caaebd36': `Gefördert von`,
's7859e0b546108aae': `Links`,
's7a0d96255620c696': `Online teilnehmen`,
's7edfdbbfedd85d76': `Veranstalter`,
's87bae2710b2492c3': `Kontakt`,
's9eba0933010df96e': `Weitere Informationen`,
'sacaee7ee223307f5': `In den Kalender übernehmen (.ics)`,
'se1ef56fd05a573b8': `Anmeldung`,
'seadeb3a807d7478a': `Online`,
    };
  