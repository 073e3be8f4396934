
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Aceitar todos`,
'banner.customize': `Personalizar`,
'banner.description': html`Apenas com o seu consentimento, utilizamos cookies e armazenamento semelhante para os seguintes fins: ${0} Pode alterar a sua escolha a qualquer momento.`,
'banner.policyLink': `Política de cookies`,
'banner.rejectAll': `Rejeitar todos`,
'banner.reopen': `Definições de cookies`,
'banner.title': `Valorizamos a sua privacidade`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./pt.more.js');

  