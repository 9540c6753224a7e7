
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "jubilee-list".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'jubilee-dropped-few': str`Не удаётся показать партнёрства: ${0} записи пропущены, так как содержат ошибки. Подробности — в консоли браузера.`,
'jubilee-dropped-many': str`Не удаётся показать партнёрства: ${0} записей пропущено, так как они содержат ошибки. Подробности — в консоли браузера.`,
'jubilee-dropped-one': str`Не удаётся показать партнёрства: ${0} запись пропущена, так как содержит ошибки. Подробности — в консоли браузера.`,
'jubilee-dropped-other': str`Не удаётся показать партнёрства: ${0} записи пропущены, так как содержат ошибки. Подробности — в консоли браузера.`,
'jubilee-show-more': `Показать ещё партнёрства`,
'jubilee-shown-of': str`Показано: ${0} из ${1}`,
'jubilee-summary-few': str`${0} партнёрства отмечают круглую дату в ${1} году.`,
'jubilee-summary-many': str`${0} партнёрств отмечают круглую дату в ${1} году.`,
'jubilee-summary-one': str`${0} партнёрство отмечает круглую дату в ${1} году.`,
'jubilee-summary-other': str`${0} партнёрства отмечают круглую дату в ${1} году.`,
'jubilee-undated-few': str`${0} партнёрства без даты основания не включены в список.`,
'jubilee-undated-many': str`${0} партнёрств без даты основания не включены в список.`,
'jubilee-undated-one': str`${0} партнёрство без даты основания не включено в список.`,
'jubilee-undated-other': str`${0} партнёрства без даты основания не включены в список.`,
's05dc5': `Также`,
's38be9': `Подписано`,
'sba786': str`юбилей ${0}`,
'sc30dd': str`В ${0} году нет партнёрств с круглой датой.`,
'se55be': `Дата основания`,
'se6f79': `и`,
'sefef6': `Подтверждено`,
    };
  