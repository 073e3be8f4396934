
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Sprejmi vse`,
'banner.customize': `Prilagodi`,
'banner.description': html`Le z vašo privolitvijo uporabljamo piškotke in podobne oblike shrambe za naslednje namene: ${0} Svojo izbiro lahko kadar koli spremenite.`,
'banner.policyLink': `Pravilnik o piškotkih`,
'banner.rejectAll': `Zavrni vse`,
'banner.reopen': `Nastavitve piškotkov`,
'banner.title': `Cenimo vašo zasebnost`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./sl.more.js');

  