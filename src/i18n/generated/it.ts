
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Accetta tutti`,
'banner.customize': `Personalizza`,
'banner.description': html`Utilizziamo cookie e strumenti di archiviazione simili, solo con il suo consenso, per le seguenti finalità: ${0} Può modificare la scelta in qualsiasi momento.`,
'banner.policyLink': `Informativa sui cookie`,
'banner.rejectAll': `Rifiuta tutti`,
'banner.reopen': `Impostazioni cookie`,
'banner.title': `Rispettiamo la sua privacy`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./it.more.js');

  