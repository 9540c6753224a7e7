
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-overview".

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'overview-add-to-calendar': `Zum Kalender hinzufügen`,
's13b3f': `Ort`,
's18d92': `Teilnehmende`,
's1f769': `Geöffnet`,
's2c15b': `Zur Anmeldung`,
's370d6': `Geöffnet, Anmeldeschluss:`,
's504d8': `Termin`,
's6dbbe': `Geschlossen`,
's74359': `Noch nicht geöffnet`,
's74c51': `Gefördert von`,
's7859e': `Links`,
's7a0d9': `Online teilnehmen`,
's7edfd': `Veranstalter`,
's87bae': `Kontakt`,
's9eba0': `Weitere Informationen`,
'se1ef5': `Anmeldung`,
'seadeb': `Online`,
    };
  