
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Tout accepter`,
'banner.customize': `Personnaliser`,
'banner.description': html`Nous utilisons des cookies et des technologies de stockage similaires, uniquement avec votre consentement, pour les finalités suivantes : ${0} Vous pouvez modifier votre choix à tout moment.`,
'banner.policyLink': `Politique relative aux cookies`,
'banner.rejectAll': `Tout refuser`,
'banner.reopen': `Paramètres des cookies`,
'banner.title': `Nous respectons votre vie privée`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./fr.more.js');

  