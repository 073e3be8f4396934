
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Принять все`,
'settings.alwaysActive': `Всегда активны`,
'settings.close': `Закрыть`,
'settings.consentId': `Идентификатор согласия`,
'settings.decidedAt': `Ваш выбор сохранён`,
'settings.download': `Скачать запись о моём согласии`,
'settings.duration': `Срок хранения`,
'settings.duration.persistent': `До удаления`,
'settings.duration.session': `До закрытия браузера`,
'settings.entries': `Файлы cookie и хранилища`,
'settings.gpc': html`Ваш браузер отправляет сигнал Global Privacy Control, который мы соблюдаем: ${0} остаются отключёнными, пока вы не включите их здесь.`,
'settings.intro': `Выберите, какие файлы cookie и аналогичные хранилища может использовать этот сайт. Необходимые всегда активны, так как без них сайт не может работать. Вы можете изменить свой выбор в любое время.`,
'settings.policyLink': `Политика использования файлов cookie`,
'settings.privacyPolicy': `Политика конфиденциальности`,
'settings.purpose': `Цель`,
'settings.rejectAll': `Отклонить все`,
'settings.save': `Сохранить выбор`,
'settings.saved': `Ваш выбор сохранён`,
'settings.services': `Сервисы`,
'settings.title': `Настройки файлов cookie`,
'table.alias': html`или <code>${0}</code>`,
'table.column.category': `Категория`,
'table.column.duration': `Срок хранения`,
'table.column.name': `Название`,
'table.column.provider': `Поставщик`,
'table.column.purpose': `Цель`,
'table.column.scope': `Область действия`,
'table.column.type': `Тип`,
'table.persistent': `Бессрочно`,
'table.privacyPolicy': `Политика конфиденциальности`,
'table.services': `Также используются сервисы, которые ничего не сохраняют на этом сайте:`,
'table.session': `На время сеанса`,
'table.thirdParty': `Третья сторона`,
'table.thisSite': `Этот сайт`,
'table.type.cookie': `Файл cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Локальное хранилище`,
'table.type.sessionStorage': `Хранилище сеанса`,
'table.unavailable': `Список файлов cookie недоступен.`,
'table.updated': html`Последнее обновление: <time datetime="${0}">${1}</time>`,
'storage.necessary': `Strictly necessary`,
'storage.consentCookie': `Stores your cookie consent choices`,
'storage.consentLog': `Keeps records of your consent choices until the site has received them`,
'gate.someProvider': `this provider`,
'gate.title': html`Content from ${0}`,
'gate.description': html`It is provided by ${0}, who may set cookies and learn about your visit. It stays blocked until you allow it.`,
'gate.privacyPolicy': `Privacy policy`,
'gate.loadOnce': `Load once`,
'gate.alwaysAllow': `Always allow`,
};

  