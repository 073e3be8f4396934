
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Приемам всички`,
'banner.customize': `Настройки`,
'banner.description': html`Само с ваше съгласие използваме бисквитки и подобни технологии за съхранение със следните цели: ${0} Можете да промените избора си по всяко време.`,
'banner.policyLink': `Политика за бисквитките`,
'banner.rejectAll': `Отхвърлям всички`,
'banner.reopen': `Настройки за бисквитки`,
'banner.title': `Ценим вашата поверителност`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./bg.more.js');

  