
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "partnership-map".

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'partnership-map-cities-few': str`${0} города`,
'partnership-map-cities-many': str`${0} городов`,
'partnership-map-cities-one': str`${0} город`,
'partnership-map-cities-other': str`${0} города`,
'partnership-map-column-country': `Страна`,
'partnership-map-partnerships-few': str`${0} партнёрства`,
'partnership-map-partnerships-many': str`${0} партнёрств`,
'partnership-map-partnerships-one': str`${0} партнёрство`,
'partnership-map-partnerships-other': str`${0} партнёрства`,
'partnership-map-undated-hidden-few': str`${0} партнёрства без даты основания не показаны из-за фильтра по годам.`,
'partnership-map-undated-hidden-many': str`${0} партнёрств без даты основания не показаны из-за фильтра по годам.`,
'partnership-map-undated-hidden-one': str`${0} партнёрство без даты основания не показано из-за фильтра по годам.`,
'partnership-map-undated-hidden-other': str`${0} партнёрства без даты основания не показаны из-за фильтра по годам.`,
's052403aa72f58906': `Все страны`,
's06bf38e4a2b4bab1': `Исходный вид`,
's08c83907b56ac0a4': `по`,
's10fef5bbfae314b7': `Эти города находятся в одной точке карты. Выберите город, чтобы увидеть его партнёрства, или найдите его через поле поиска.`,
's1e187919b52639f1': `Карта`,
's236ae937cbcd6a39': `Приблизить`,
's2468b69d10791c82': `Город`,
's337a1e9022a8d19f': `Таблица`,
's40ee9fb384d0d3e8': `Карта партнёрств городов`,
's448a9dd518050267': `Другие страны`,
's4b58c01e2578f5e4': `Легенда`,
's4bbc1199ee834f5f': `Ни одно партнёрство не соответствует выбранным фильтрам.`,
's60b34c3c17dc35bd': `Длительность`,
's66397ec2fd97d5a6': `Партнёрства выбранного города`,
's7f59f507e02a2f38': `Вид`,
's7f845078d7a5c0b5': `с`,
's827b982673e6e853': `Партнёрство`,
's83613887f3d7ae6e': `Закрыть подробности`,
's8f47df9f8bbcaaf6': `Пока не указано ни одного партнёрства.`,
's9cf7402fe920f7d1': `Страна`,
'sa1486231e136182b': `Группа показана крупнее.`,
'sac47184c2269bc9e': `Год основания`,
'sb2c57b2d347203dd': `Показать ещё`,
'sb2e2a4a5c04f0efe': `Партнёрства городов`,
'sc65ea2cf2f21a13a': `Отдалить`,
'sca4a773c41ac3b5f': `Управление с клавиатуры`,
'sd8ca3e626b6be7e3': `Страна партнёра`,
'sd92612b128002801': str`Показано: ${0} из ${1}`,
'sdc2f374d74f05180': `Несколько городов (их число); выберите, чтобы приблизить`,
'sdfa22eb7e80ea951': `дата основания неизвестна`,
'se22f748df3774909': `Стрелки сдвигают карту, + и − меняют масштаб, 0 возвращает исходный вид. Клавиша Tab переводит к местам на карте: стрелки переходят к ближайшему месту в этом направлении, Enter открывает город или приближает группу, Escape закрывает подробности. В виде таблицы перечислены те же партнёрства.`,
'seb4164b5d01e79fd': `Дата основания`,
'sf05d35c6dd9d1b54': `Город-партнёр`,
'sf66d7a907625b558': `Найти город`,
'sf6ad63f027fca73a': `Чтобы изменить масштаб, прокрутите с нажатой клавишей Ctrl или используйте + и −.`,
    };
  