
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "conf-programme".

    
    import {str} from '../../../i18n/msg.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'programme-shown-range': str`Показаны: ${0}–${1} из ${2}`,
's0a3ceadcaa34e2ab': `Программа ещё не опубликована.`,
's0d6649f4984b1389': `Молодёжный форум`,
's1b620e51708bd4dd': `Добавить в календарь`,
's2124a4c634b1880f': `Все дни`,
's310288fb8587bd26': `Перейти к текущему`,
's3385a237d866b0e6': `Показать следующие мероприятия`,
's3385f2a37662b90f': str`Показать моё местное время (${0})`,
's3763f519c347a9f7': `Сейчас`,
's39cb621a29eea6d8': `Сбросить поиск и фильтры`,
's3c471283e04e6a3b': `Рабочая группа`,
's3cf89cb47fdde7e9': `Ссылка`,
's57d2379441a1bfed': `Модерация`,
's60d1fda79cce4246': `.ics`,
's63d894b1ddb06289': `Описание`,
's6b073c02adcbc385': str`РГ ${0}`,
's70af97de3ad8fb23': `Формат`,
's71a262c1ff142c34': str`Только моя программа (${0})`,
's867d30fb6fc590ce': str`Слишком много мест одновременно для сетки (${0}): мероприятия этого дня показаны списком.`,
's87c1abaf743c0c9f': `Время не указано`,
's8e195fedd4611b8b': str`Время указано в вашем часовом поясе (${0}).`,
'sa109b613fd1979c9': `Показанные мероприятия`,
'sabd2c1ebce35b2bd': str`Удалено из моей программы: ${0}.`,
'sacae74732f544fca': `Дни`,
'sad11e929d3a9013e': `Вся программа`,
'sb47daaf9e1c4a905': `Месяц`,
'sb6a535fede052183': `Докладчики`,
'sb89373d745b50332': `Координация`,
'sbf8eaeafb2bef651': `Культура`,
'sc5aa2d632c5def45': `Показать более ранние мероприятия`,
'sc6871d2cdeaf591b': str`Программа: ${0}`,
'sc9b6d7d28e4e659f': `Время уточняется`,
'sc9e494c8346b7cb5': `Другое`,
'sd16c845d869f5652': str`${0}–${1} (следующего дня)`,
'sd85a4a35befa6409': `Моя программа`,
'sd8d33cd578e31370': `Поиск по программе`,
'sdc9c70ac1721c5fe': str`Указано местное время конференции (${0}).`,
'seb430e8461af97e0': `Пленарное заседание`,
'sec2574ea71a53cc7': `Все форматы`,
'seed9f73b676a5db7': `Другие места`,
'sef54f7c7e4e488fe': `Приём`,
'session-count-few': str`${0} мероприятия`,
'session-count-many': str`${0} мероприятий`,
'session-count-one': str`${0} мероприятие`,
'session-count-other': str`${0} мероприятия`,
'session-next': `Далее`,
'sf562e35005f72cfb': `Нет мероприятий, подходящих под поиск или фильтры.`,
'sf9f31376a5edb582': str`Слишком много мероприятий в этот день для сетки (${0}): они показаны списком.`,
'sfb992e1acca7557f': `Экскурсия`,
'tab-undated': `Дата будет объявлена`,
'tab-undated-past': `Дата не указана`,
    };
  