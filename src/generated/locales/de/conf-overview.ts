
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-overview".

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'overview-add-to-calendar': `Zum Kalender hinzufügen`,
's13b3f5': `Ort`,
's18d927': `Teilnehmende`,
's1f7698': `Geöffnet`,
's2c15b9': `Zur Anmeldung`,
's370d6e': `Geöffnet, Anmeldeschluss:`,
's504d83': `Termin`,
's6dbbe2': `Geschlossen`,
's74359c': `Noch nicht geöffnet`,
's74c51a': `Gefördert von`,
's7859e0': `Links`,
's7a0d96': `Online teilnehmen`,
's7edfdb': `Veranstalter`,
's87bae2': `Kontakt`,
's9eba09': `Weitere Informationen`,
'se1ef56': `Anmeldung`,
'seadeb3': `Online`,
    };
  