
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Tümünü kabul et`,
'banner.customize': `Özelleştir`,
'banner.description': html`Çerezleri ve benzeri depolama yöntemlerini yalnızca onayınızla şu amaçlar için kullanıyoruz: ${0} Seçiminizi istediğiniz zaman değiştirebilirsiniz.`,
'banner.policyLink': `Çerez politikası`,
'banner.rejectAll': `Tümünü reddet`,
'banner.reopen': `Çerez ayarları`,
'banner.title': `Gizliliğinize önem veriyoruz`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./tr.more.js');

  