
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Akceptuj wszystkie`,
'banner.customize': `Dostosuj`,
'banner.description': html`Wyłącznie po wyrażeniu zgody używamy plików cookie i podobnych mechanizmów pamięci przeglądarki w następujących celach: ${0} Wybór można zmienić w dowolnym momencie.`,
'banner.policyLink': `Polityka plików cookie`,
'banner.rejectAll': `Odrzuć wszystkie`,
'banner.reopen': `Ustawienia plików cookie`,
'banner.title': `Dbamy o prywatność`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./pl.more.js');

  