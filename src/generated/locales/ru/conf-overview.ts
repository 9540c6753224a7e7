
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).
    // The ru strings of the group "conf-overview".

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's13b3f5afa0862d1c': `Место`,
's18d9277a5ac87167': `Участники`,
's1f7698c061c208c9': `Открыта`,
's2c15b9b13a3e2a80': `Зарегистрироваться`,
's370d6e81132eed55': `Открыта, крайний срок:`,
's504d83b92c9ed51e': `Даты`,
's6dbbe2646b239ca5': `Закрыта`,
's74359cde9ae78760': `Ещё не открыта`,
's74c51a37caaebd36': `При поддержке`,
's7859e0b546108aae': `Ссылки`,
's7a0d96255620c696': `Участвовать онлайн`,
's7edfdbbfedd85d76': `Организаторы`,
's87bae2710b2492c3': `Контакты`,
's9eba0933010df96e': `Подробнее`,
'sacaee7ee223307f5': `Добавить в календарь (.ics)`,
'se1ef56fd05a573b8': `Регистрация`,
'seadeb3a807d7478a': `Онлайн`,
    };
  