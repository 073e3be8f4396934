
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Glac le gach ceann`,
'banner.customize': `Saincheap`,
'banner.description': html`Úsáidimid fianáin agus stóráil chomhchosúil, le do thoiliú amháin, chun na gcuspóirí seo a leanas: ${0} Is féidir leat do rogha a athrú am ar bith.`,
'banner.policyLink': `Beartas fianán`,
'banner.rejectAll': `Diúltaigh do gach ceann`,
'banner.reopen': `Socruithe fianán`,
'banner.title': `Tá meas againn ar do phríobháideachas`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./ga.more.js');

  