
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Принять все`,
'banner.customize': `Настроить`,
'banner.description': html`Только с вашего согласия мы используем файлы cookie и аналогичные хранилища в следующих целях: ${0} Вы можете изменить свой выбор в любое время.`,
'banner.policyLink': `Политика использования файлов cookie`,
'banner.rejectAll': `Отклонить все`,
'banner.reopen': `Настройки файлов cookie`,
'banner.title': `Мы ценим вашу конфиденциальность`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./ru.more.js');

  