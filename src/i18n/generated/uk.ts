
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Прийняти всі`,
'banner.customize': `Налаштувати`,
'banner.description': html`Лише з вашої згоди ми використовуємо файли cookie та подібні сховища з такими цілями: ${0} Ви можете будь-коли змінити свій вибір.`,
'banner.policyLink': `Політика використання файлів cookie`,
'banner.rejectAll': `Відхилити всі`,
'banner.reopen': `Налаштування файлів cookie`,
'banner.title': `Ми цінуємо вашу конфіденційність`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./uk.more.js');

  