
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `السماح دائمًا`,
'gate.description': html`يقدّمه ${0}، وقد يضع ملفات تعريف الارتباط ويطّلع على معلومات حول زيارتك. يبقى محظورًا إلى أن تسمح به.`,
'gate.loadOnce': `تحميل مرة واحدة`,
'gate.privacyPolicy': `سياسة الخصوصية`,
'gate.someProvider': `هذا المزوّد`,
'gate.title': html`محتوى من ${0}`,
'settings.acceptAll': `قبول الكل`,
'settings.alwaysActive': `نشطة دائمًا`,
'settings.close': `إغلاق`,
'settings.consentId': `معرّف الموافقة`,
'settings.decidedAt': `تم حفظ اختيارك في`,
'settings.decidedAtStale': `تم حفظ اختيارك السابق، الذي اتخذته قبل تغيير هذه السياسة، في`,
'settings.download': `تنزيل سجل موافقتي`,
'settings.duration': `المدة`,
'settings.duration.persistent': `حتى الحذف`,
'settings.duration.session': `حتى إغلاق المتصفح`,
'settings.entries': `ملفات تعريف الارتباط ووسائل التخزين`,
'settings.gpc': html`يرسل متصفحك إشارة Global Privacy Control، ونحن نحترمها: تبقى ${0} معطّلة ما لم تفعّلها هنا.`,
'settings.gpcOne': html`يرسل متصفحك إشارة Global Privacy Control، ونحن نحترمها: تبقى فئة ${0} معطّلة ما لم تفعّلها هنا.`,
'settings.intro': `يمكنك اختيار ملفات تعريف الارتباط ووسائل التخزين المشابهة التي يُسمح لهذا الموقع باستخدامها. الأساسية منها نشطة دائمًا، لأن الموقع لا يمكنه العمل بدونها. يمكنك تغيير اختيارك في أي وقت.`,
'settings.policyLink': `سياسة ملفات تعريف الارتباط`,
'settings.privacyPolicy': `سياسة الخصوصية`,
'settings.purpose': `الغرض`,
'settings.rejectAll': `رفض الكل`,
'settings.save': `حفظ الاختيارات`,
'settings.saved': `تم حفظ اختياراتك`,
'settings.services': `الخدمات`,
'settings.title': `إعدادات ملفات تعريف الارتباط`,
'storage.consentCookie': `يخزّن اختياراتك بشأن الموافقة على ملفات تعريف الارتباط`,
'storage.consentLog': `يحتفظ بسجلات اختياراتك بشأن الموافقة إلى أن يستلمها الموقع`,
'storage.necessary': `ضرورية للغاية`,
'table.alias': html`أو <code>${0}</code>`,
'table.column.category': `الفئة`,
'table.column.duration': `المدة`,
'table.column.name': `الاسم`,
'table.column.provider': `المزوّد`,
'table.column.purpose': `الغرض`,
'table.column.scope': `النطاق`,
'table.column.type': `النوع`,
'table.persistent': `دائم`,
'table.privacyPolicy': `سياسة الخصوصية`,
'table.services': `خدمات مستخدمة أيضًا لا تخزّن أي شيء على هذا الموقع:`,
'table.session': `جلسة`,
'table.thirdParty': `طرف ثالث`,
'table.thisSite': `هذا الموقع`,
'table.type.cookie': `ملف تعريف ارتباط`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `التخزين المحلي`,
'table.type.sessionStorage': `تخزين الجلسة`,
'table.unavailable': `قائمة ملفات تعريف الارتباط غير متاحة.`,
'table.updated': html`آخر تحديث: <time datetime="${0}">${1}</time>`,
};

  