
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `קבלת הכול`,
'banner.customize': `התאמה אישית`,
'banner.description': html`רק בהסכמתך, אנו משתמשים בעוגיות ובאמצעי אחסון דומים למטרות הבאות: ${0} ניתן לשנות את הבחירה בכל עת.`,
'banner.policyLink': `מדיניות עוגיות`,
'banner.rejectAll': `דחיית הכול`,
'banner.reopen': `הגדרות עוגיות`,
'banner.title': `אנו מכבדים את פרטיותך`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./he.more.js');

  