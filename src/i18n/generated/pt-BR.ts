
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Aceitar todos`,
'banner.customize': `Personalizar`,
'banner.description': html`Somente com o seu consentimento, usamos cookies e formas de armazenamento semelhantes para as seguintes finalidades: ${0} Você pode alterar sua escolha a qualquer momento.`,
'banner.policyLink': `Política de cookies`,
'banner.rejectAll': `Rejeitar todos`,
'banner.reopen': `Configurações de cookies`,
'banner.title': `Valorizamos sua privacidade`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./pt-BR.more.js');

  