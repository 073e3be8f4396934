
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Acceptera alla`,
'banner.customize': `Anpassa`,
'banner.description': html`Endast med ditt samtycke använder vi kakor och liknande lagring för följande ändamål: ${0} Du kan när som helst ändra ditt val.`,
'banner.policyLink': `Kakpolicy`,
'banner.rejectAll': `Avvisa alla`,
'banner.reopen': `Kakinställningar`,
'banner.title': `Vi värnar om din integritet`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./sv.more.js');

  