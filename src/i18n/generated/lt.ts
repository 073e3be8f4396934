
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Priimti visus`,
'banner.customize': `Tinkinti`,
'banner.description': html`Tik jums sutikus naudojame slapukus ir panašias naršyklės saugyklas šiais tikslais: ${0} Savo pasirinkimą galite bet kada pakeisti.`,
'banner.policyLink': `Slapukų politika`,
'banner.rejectAll': `Atmesti visus`,
'banner.reopen': `Slapukų nustatymai`,
'banner.title': `Gerbiame jūsų privatumą`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./lt.more.js');

  