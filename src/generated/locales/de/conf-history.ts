
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The de strings of the group "conf-history".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'conf-history-count-few': str`${0} Konferenzen`,
'conf-history-count-many': str`${0} Konferenzen`,
'conf-history-count-one': str`${0} Konferenz`,
'conf-history-count-other': str`${0} Konferenzen`,
'conf-history-expected-few': str`${0} Teilnehmende erwartet`,
'conf-history-expected-many': str`${0} Teilnehmende erwartet`,
'conf-history-expected-one': str`${0} teilnehmende Person erwartet`,
'conf-history-expected-other': str`${0} Teilnehmende erwartet`,
'conf-history-participants-few': str`${0} Teilnehmende`,
'conf-history-participants-many': str`${0} Teilnehmende`,
'conf-history-participants-one': str`${0} teilnehmende Person`,
'conf-history-participants-other': str`${0} Teilnehmende`,
's0fbf6': `Nächste`,
's45800': str`Angezeigt: ${0}–${1} von ${2}`,
's4913e': `Keine Konferenz der Reihe passt zu dieser Auswahl.`,
's7b65d': `Vorherige Konferenzen zeigen`,
'sab8b4': `Aktuell`,
'sbb5af': `Weitere Konferenzen zeigen`,
'sdd65c': `Es sind noch keine Konferenzen eingetragen.`,
'sf6e94': `Letzte Konferenz`,
    };
  