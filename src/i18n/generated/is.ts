
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Samþykkja allar`,
'banner.customize': `Sérsníða`,
'banner.description': html`Aðeins með samþykki þínu notum við vafrakökur og sambærilega geymslu í eftirfarandi tilgangi: ${0} Þú getur breytt vali þínu hvenær sem er.`,
'banner.policyLink': `Vafrakökustefna`,
'banner.rejectAll': `Hafna öllum`,
'banner.reopen': `Vafrakökustillingar`,
'banner.title': `Persónuvernd þín skiptir okkur máli`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./is.more.js');

  