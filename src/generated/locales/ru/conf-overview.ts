
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "conf-overview".

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'overview-add-to-calendar': `Добавить в календарь`,
's13b3f5': `Место`,
's18d927': `Участники`,
's1f7698': `Открыта`,
's2c15b9': `Зарегистрироваться`,
's370d6e': `Открыта, крайний срок:`,
's504d83': `Даты`,
's6dbbe2': `Закрыта`,
's74359c': `Ещё не открыта`,
's74c51a': `При поддержке`,
's7859e0': `Ссылки`,
's7a0d96': `Участвовать онлайн`,
's7edfdb': `Организаторы`,
's87bae2': `Контакты`,
's9eba09': `Подробнее`,
'se1ef56': `Регистрация`,
'seadeb3': `Онлайн`,
    };
  