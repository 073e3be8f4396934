
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Hyväksy kaikki`,
'banner.customize': `Mukauta`,
'banner.description': html`Käytämme evästeitä ja vastaavia tallennustekniikoita vain suostumuksellasi seuraaviin tarkoituksiin: ${0} Voit muuttaa valintaasi milloin tahansa.`,
'banner.policyLink': `Evästekäytäntö`,
'banner.rejectAll': `Hylkää kaikki`,
'banner.reopen': `Evästeasetukset`,
'banner.title': `Arvostamme yksityisyyttäsi`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./fi.more.js');

  