
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "conf-overview".

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export default {
      'overview-add-to-calendar': `Добавить в календарь`,
's13b3f': `Место`,
's18d92': `Участники`,
's1f769': `Открыта`,
's2c15b': `Зарегистрироваться`,
's370d6': `Открыта, крайний срок:`,
's504d8': `Даты`,
's6dbbe': `Закрыта`,
's74359': `Ещё не открыта`,
's74c51': `При поддержке`,
's7859e': `Ссылки`,
's7a0d9': `Участвовать онлайн`,
's7edfd': `Организаторы`,
's87bae': `Контакты`,
's9eba0': `Подробнее`,
'se1ef5': `Регистрация`,
'seadeb': `Онлайн`,
    };
  