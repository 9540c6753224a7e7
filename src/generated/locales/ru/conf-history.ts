
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "conf-history".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'conf-history-count-few': str`${0} конференции`,
'conf-history-count-many': str`${0} конференций`,
'conf-history-count-one': str`${0} конференция`,
'conf-history-count-other': str`${0} конференции`,
'conf-history-expected-few': str`Ожидаются ${0} участника`,
'conf-history-expected-many': str`Ожидается ${0} участников`,
'conf-history-expected-one': str`Ожидается ${0} участник`,
'conf-history-expected-other': str`Ожидаются ${0} участника`,
'conf-history-participants-few': str`${0} участника`,
'conf-history-participants-many': str`${0} участников`,
'conf-history-participants-one': str`${0} участник`,
'conf-history-participants-other': str`${0} участника`,
's0fbf6': `Следующая`,
's45800': str`Показаны: ${0}–${1} из ${2}`,
's4913e': `Ни одна конференция серии не соответствует выбранным условиям.`,
's7b65d': `Показать предыдущие конференции`,
'sab8b4': `Текущая`,
'sbb5af': `Показать следующие конференции`,
'sdd65c': `Пока не указано ни одной конференции.`,
'sf6e94': `Последняя конференция`,
    };
  