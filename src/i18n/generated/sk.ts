
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Prijať všetky`,
'banner.customize': `Prispôsobiť`,
'banner.description': html`Len s vaším súhlasom používame súbory cookie a podobné úložiská na tieto účely: ${0} Svoju voľbu môžete kedykoľvek zmeniť.`,
'banner.policyLink': `Zásady používania súborov cookie`,
'banner.rejectAll': `Odmietnuť všetky`,
'banner.reopen': `Nastavenia súborov cookie`,
'banner.title': `Záleží nám na vašom súkromí`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./sk.more.js');

  