
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Всегда разрешать`,
'gate.description': html`Его предоставляет ${0}; при этом могут устанавливаться файлы cookie и передаваться сведения о вашем посещении. Контент остаётся заблокированным, пока вы его не разрешите.`,
'gate.loadOnce': `Загрузить один раз`,
'gate.privacyPolicy': `Политика конфиденциальности`,
'gate.someProvider': `этот поставщик`,
'gate.title': html`Контент сервиса ${0}`,
'settings.acceptAll': `Принять все`,
'settings.alwaysActive': `Всегда активны`,
'settings.close': `Закрыть`,
'settings.consentId': `Идентификатор согласия`,
'settings.decidedAt': `Ваш выбор сохранён`,
'settings.decidedAtStale': `Ваш прежний выбор, сделанный до изменения этой политики, сохранён`,
'settings.download': `Скачать запись о моём согласии`,
'settings.duration': `Срок хранения`,
'settings.duration.persistent': `До удаления`,
'settings.duration.session': `До закрытия браузера`,
'settings.entries': `Файлы cookie и хранилища`,
'settings.gpc': html`Ваш браузер отправляет сигнал Global Privacy Control, который мы соблюдаем: ${0} остаются отключёнными, пока вы не включите их здесь.`,
'settings.gpcOne': html`Ваш браузер отправляет сигнал Global Privacy Control, который мы соблюдаем: категория ${0} остаётся отключённой, пока вы не включите её здесь.`,
'settings.intro': `Выберите, какие файлы cookie и аналогичные хранилища может использовать этот сайт. Необходимые всегда активны, так как без них сайт не может работать. Вы можете изменить свой выбор в любое время.`,
'settings.policyLink': `Политика использования файлов cookie`,
'settings.privacyPolicy': `Политика конфиденциальности`,
'settings.purpose': `Цель`,
'settings.rejectAll': `Отклонить все`,
'settings.save': `Сохранить выбор`,
'settings.saved': `Ваш выбор сохранён`,
'settings.services': `Сервисы`,
'settings.title': `Настройки файлов cookie`,
'storage.consentCookie': `Хранит ваш выбор в отношении файлов cookie`,
'storage.consentLog': `Хранит записи о вашем согласии, пока сайт их не получит`,
'storage.necessary': `Строго необходимые`,
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
};

  