
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Завжди дозволяти`,
'gate.description': html`Його надає ${0}, що може встановлювати файли cookie та дізнаватися про ваш візит. Вміст залишається заблокованим, доки ви його не дозволите.`,
'gate.loadOnce': `Завантажити один раз`,
'gate.privacyPolicy': `Політика конфіденційності`,
'gate.someProvider': `цей постачальник`,
'gate.title': html`Вміст сервісу ${0}`,
'settings.acceptAll': `Прийняти всі`,
'settings.alwaysActive': `Завжди активні`,
'settings.close': `Закрити`,
'settings.consentId': `Ідентифікатор згоди`,
'settings.decidedAt': `Ваш вибір збережено`,
'settings.decidedAtStale': `Ваш попередній вибір, зроблений до зміни цієї політики, збережено`,
'settings.download': `Завантажити запис про мою згоду`,
'settings.duration': `Термін зберігання`,
'settings.duration.persistent': `До видалення`,
'settings.duration.session': `До закриття браузера`,
'settings.entries': `Файли cookie та сховища`,
'settings.gpc': html`Ваш браузер надсилає сигнал Global Privacy Control, якого ми дотримуємося: ${0} залишаються вимкненими, доки ви не ввімкнете їх тут.`,
'settings.gpcOne': html`Ваш браузер надсилає сигнал Global Privacy Control, якого ми дотримуємося: категорія ${0} залишається вимкненою, доки ви не ввімкнете її тут.`,
'settings.intro': `Виберіть, які файли cookie та подібні сховища може використовувати цей сайт. Необхідні завжди активні, бо без них сайт не може працювати. Ви можете будь-коли змінити свій вибір.`,
'settings.policyLink': `Політика використання файлів cookie`,
'settings.privacyPolicy': `Політика конфіденційності`,
'settings.purpose': `Мета`,
'settings.rejectAll': `Відхилити всі`,
'settings.save': `Зберегти вибір`,
'settings.saved': `Ваш вибір збережено`,
'settings.services': `Сервіси`,
'settings.title': `Налаштування файлів cookie`,
'storage.consentCookie': `Зберігає ваш вибір щодо файлів cookie`,
'storage.consentLog': `Зберігає записи про вашу згоду, доки сайт їх не отримає`,
'storage.necessary': `Суворо необхідні`,
'table.alias': html`або <code>${0}</code>`,
'table.column.category': `Категорія`,
'table.column.duration': `Термін зберігання`,
'table.column.name': `Назва`,
'table.column.provider': `Постачальник`,
'table.column.purpose': `Мета`,
'table.column.scope': `Сфера дії`,
'table.column.type': `Тип`,
'table.persistent': `Безстроково`,
'table.privacyPolicy': `Політика конфіденційності`,
'table.services': `Також використовуються сервіси, які нічого не зберігають на цьому сайті:`,
'table.session': `На час сеансу`,
'table.thirdParty': `Третя сторона`,
'table.thisSite': `Цей сайт`,
'table.type.cookie': `Файл cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Локальне сховище`,
'table.type.sessionStorage': `Сховище сеансу`,
'table.unavailable': `Список файлів cookie недоступний.`,
'table.updated': html`Останнє оновлення: <time datetime="${0}">${1}</time>`,
};

  