
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Alles accepteren`,
'banner.customize': `Aanpassen`,
'banner.description': html`Alleen met uw toestemming gebruiken we cookies en vergelijkbare opslag voor de volgende doeleinden: ${0} U kunt uw keuze op elk moment wijzigen.`,
'banner.policyLink': `Cookiebeleid`,
'banner.rejectAll': `Alles weigeren`,
'banner.reopen': `Cookie-instellingen`,
'banner.title': `Wij respecteren uw privacy`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./nl.more.js');

  