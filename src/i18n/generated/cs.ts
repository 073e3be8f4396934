
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Přijmout vše`,
'banner.customize': `Nastavení`,
'banner.description': html`Soubory cookie a podobná úložiště používáme pouze s vaším souhlasem, a to k těmto účelům: ${0} Svou volbu můžete kdykoli změnit.`,
'banner.policyLink': `Zásady používání souborů cookie`,
'banner.rejectAll': `Odmítnout vše`,
'banner.reopen': `Nastavení souborů cookie`,
'banner.title': `Vážíme si vašeho soukromí`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./cs.more.js');

  