
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Разрешавам винаги`,
'gate.description': html`Предоставя се от ${0}; при това могат да се задават бисквитки и да се предава информация за посещението ви. Остава блокирано, докато не го разрешите.`,
'gate.loadOnce': `Зареждам веднъж`,
'gate.privacyPolicy': `Политика за поверителност`,
'gate.someProvider': `този доставчик`,
'gate.title': html`Съдържание от ${0}`,
'settings.acceptAll': `Приемам всички`,
'settings.alwaysActive': `Винаги активни`,
'settings.close': `Затваряне`,
'settings.consentId': `ID на съгласието`,
'settings.decidedAt': `Изборът ви е запазен на`,
'settings.decidedAtStale': `Предишният ви избор, направен преди промяната на тази политика, е запазен на`,
'settings.download': `Изтегляне на записа за моето съгласие`,
'settings.duration': `Срок на съхранение`,
'settings.duration.persistent': `До изтриване`,
'settings.duration.session': `До затваряне на браузъра`,
'settings.entries': `Бисквитки и хранилища`,
'settings.gpc': html`Браузърът ви изпраща сигнал Global Privacy Control, който спазваме: ${0} остават изключени, освен ако не ги включите тук.`,
'settings.gpcOne': html`Браузърът ви изпраща сигнал Global Privacy Control, който спазваме: категорията ${0} остава изключена, освен ако не я включите тук.`,
'settings.intro': `Изберете кои бисквитки и подобни технологии за съхранение може да използва този сайт. Необходимите са винаги активни, защото сайтът не може да работи без тях. Можете да промените избора си по всяко време.`,
'settings.policyLink': `Политика за бисквитките`,
'settings.privacyPolicy': `Политика за поверителност`,
'settings.purpose': `Цел`,
'settings.rejectAll': `Отхвърлям всички`,
'settings.save': `Запазвам избора`,
'settings.saved': `Изборът ви е запазен`,
'settings.services': `Услуги`,
'settings.title': `Настройки за бисквитки`,
'storage.consentCookie': `Съхранява избора ви относно бисквитките`,
'storage.consentLog': `Съхранява записи за съгласието ви, докато сайтът не ги получи`,
'storage.necessary': `Строго необходими`,
'table.alias': html`или <code>${0}</code>`,
'table.column.category': `Категория`,
'table.column.duration': `Срок на съхранение`,
'table.column.name': `Име`,
'table.column.provider': `Доставчик`,
'table.column.purpose': `Цел`,
'table.column.scope': `Обхват`,
'table.column.type': `Тип`,
'table.persistent': `Постоянно`,
'table.privacyPolicy': `Политика за поверителност`,
'table.services': `Използват се също, без да съхраняват нищо на този сайт:`,
'table.session': `Сесия`,
'table.thirdParty': `Трета страна`,
'table.thisSite': `Този сайт`,
'table.type.cookie': `Бисквитка`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Локално хранилище`,
'table.type.sessionStorage': `Хранилище на сесията`,
'table.unavailable': `Списъкът с бисквитки не е наличен.`,
'table.updated': html`Последна актуализация: <time datetime="${0}">${1}</time>`,
};

  