
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Nõustu kõigiga`,
'banner.customize': `Kohanda`,
'banner.description': html`Ainult teie nõusolekul kasutame küpsiseid ja sarnaseid salvestustehnoloogiaid järgmistel eesmärkidel: ${0} Oma valikut saate igal ajal muuta.`,
'banner.policyLink': `Küpsiste poliitika`,
'banner.rejectAll': `Keeldu kõigist`,
'banner.reopen': `Küpsiste seaded`,
'banner.title': `Hindame teie privaatsust`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./et.more.js');

  