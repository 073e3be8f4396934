
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Pieņemt visas`,
'banner.customize': `Pielāgot`,
'banner.description': html`Tikai ar jūsu piekrišanu mēs izmantojam sīkdatnes un līdzīgas krātuves šādiem nolūkiem: ${0} Savu izvēli varat jebkurā laikā mainīt.`,
'banner.policyLink': `Sīkdatņu politika`,
'banner.rejectAll': `Noraidīt visas`,
'banner.reopen': `Sīkdatņu iestatījumi`,
'banner.title': `Mēs cienām jūsu privātumu`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./lv.more.js');

  