
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `قبول الكل`,
'banner.customize': `تخصيص`,
'banner.description': html`بموافقتك فقط، نستخدم ملفات تعريف الارتباط ووسائل التخزين المشابهة للأغراض التالية: ${0} يمكنك تغيير اختيارك في أي وقت.`,
'banner.policyLink': `سياسة ملفات تعريف الارتباط`,
'banner.rejectAll': `رفض الكل`,
'banner.reopen': `إعدادات ملفات تعريف الارتباط`,
'banner.title': `نحن نحترم خصوصيتك`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./ar.more.js');

  