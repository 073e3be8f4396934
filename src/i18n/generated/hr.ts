
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Prihvati sve`,
'banner.customize': `Prilagodi`,
'banner.description': html`Isključivo uz vašu privolu koristimo kolačiće i slične tehnologije pohrane u sljedeće svrhe: ${0} Svoj odabir možete promijeniti u bilo kojem trenutku.`,
'banner.policyLink': `Pravila o kolačićima`,
'banner.rejectAll': `Odbij sve`,
'banner.reopen': `Postavke kolačića`,
'banner.title': `Poštujemo vašu privatnost`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./hr.more.js');

  