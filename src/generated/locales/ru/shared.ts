
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "shared".

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ordinal-label': str`${0}`,
's0247c4ced15de250': `Встроенные в страницу данные не найдены.`,
's218119596da34242': `Для этого виджета не указан источник данных.`,
's266bfb3676123332': `Данные слишком объёмны, чтобы показать их здесь.`,
's2ba2043e27d68a55': `Состоялась`,
's3f8ea289b2d22c7d': `Данные повреждены: это не формат JSON.`,
's4627a9667a335f23': `Скоро`,
's52aaad2e47d3119f': `Сопутствующие мероприятия`,
's57a784a147280a48': `Нет конференции для показа.`,
's589be35cd6925b2d': `Не удалось загрузить данные. Проверьте подключение и попробуйте ещё раз.`,
's5c5147585783e3ba': str`Сервер ответил ошибкой (HTTP ${0}).`,
's6602bd253a3a52c2': `Данные записаны в версии формата, которую этот виджет не знает.`,
's6ebc9bd6feae62a3': `Загрузка…`,
's8a66d30ac96c47e8': `Данные имеют неожиданную структуру.`,
's94df862a7cf3ef91': str`Начнётся ${0}`,
'sacaee7ee223307f5': `Добавить в календарь (.ics)`,
'sb1abc9ab2dd18937': `Не удаётся показать информацию.`,
'sc91a5202809f600b': `Сервер слишком долго не отвечает.`,
'scd1dd6ff53d0d01a': `Повторить`,
'se628d84f3217b9ae': str`Идёт сейчас (день ${0} из ${1})`,
'sff125524284930a2': `Дата будет объявлена`,
    };
  