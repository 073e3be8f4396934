
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Aċċetta kollha`,
'banner.customize': `Personalizza`,
'banner.description': html`Biss bil-kunsens tiegħek, nużaw il-cookies u ħżin simili għall-iskopijiet li ġejjin: ${0} Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.`,
'banner.policyLink': `Politika dwar il-cookies`,
'banner.rejectAll': `Irrifjuta kollha`,
'banner.reopen': `Issettjar tal-cookies`,
'banner.title': `Nirrispettaw il-privatezza tiegħek`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./mt.more.js');

  