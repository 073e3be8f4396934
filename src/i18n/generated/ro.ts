
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Acceptă tot`,
'banner.customize': `Personalizează`,
'banner.description': html`Doar cu consimțământul dumneavoastră, folosim cookie-uri și tehnologii de stocare similare în următoarele scopuri: ${0} Vă puteți modifica alegerea oricând.`,
'banner.policyLink': `Politica privind cookie-urile`,
'banner.rejectAll': `Respinge tot`,
'banner.reopen': `Setări cookie-uri`,
'banner.title': `Vă respectăm confidențialitatea`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./ro.more.js');

  