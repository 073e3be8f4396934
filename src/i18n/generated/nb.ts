
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Godta alle`,
'banner.customize': `Tilpass`,
'banner.description': html`Bare med ditt samtykke bruker vi informasjonskapsler og lignende lagring til disse formålene: ${0} Du kan når som helst endre valget ditt.`,
'banner.policyLink': `Erklæring om informasjonskapsler`,
'banner.rejectAll': `Avvis alle`,
'banner.reopen': `Innstillinger for informasjonskapsler`,
'banner.title': `Vi tar personvernet ditt på alvor`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./nb.more.js');

  