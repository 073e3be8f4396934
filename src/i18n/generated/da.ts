
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Accepter alle`,
'banner.customize': `Tilpas`,
'banner.description': html`Kun med dit samtykke bruger vi cookies og lignende lagring til følgende formål: ${0} Du kan til enhver tid ændre dit valg.`,
'banner.policyLink': `Cookiepolitik`,
'banner.rejectAll': `Afvis alle`,
'banner.reopen': `Cookieindstillinger`,
'banner.title': `Vi værner om dit privatliv`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./da.more.js');

  