
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `אישור קבוע`,
'gate.description': html`התוכן מסופק על ידי ${0}, שעשוי להציב עוגיות ולקבל מידע על הביקור שלך. הוא יישאר חסום עד שיאושר.`,
'gate.loadOnce': `טעינה חד-פעמית`,
'gate.privacyPolicy': `מדיניות פרטיות`,
'gate.someProvider': `ספק זה`,
'gate.title': html`תוכן מ-${0}`,
'settings.acceptAll': `קבלת הכול`,
'settings.alwaysActive': `פעיל תמיד`,
'settings.close': `סגירה`,
'settings.consentId': `מזהה הסכמה`,
'settings.decidedAt': `הבחירה שלך נשמרה בתאריך`,
'settings.decidedAtStale': `הבחירה הקודמת שלך, שנעשתה לפני שמדיניות זו השתנתה, נשמרה בתאריך`,
'settings.download': `הורדת רשומת ההסכמה שלי`,
'settings.duration': `משך`,
'settings.duration.persistent': `עד למחיקה`,
'settings.duration.session': `עד לסגירת הדפדפן`,
'settings.entries': `עוגיות ואחסון`,
'settings.gpc': html`הדפדפן שלך שולח אות Global Privacy Control, ואנו מכבדים אותו: הקטגוריות ${0} יישארו כבויות, אלא אם יופעלו כאן.`,
'settings.gpcOne': html`הדפדפן שלך שולח אות Global Privacy Control, ואנו מכבדים אותו: הקטגוריה ${0} תישאר כבויה, אלא אם תופעל כאן.`,
'settings.intro': `ניתן לבחור באילו עוגיות ואמצעי אחסון דומים האתר רשאי להשתמש. החיוניים שבהם פעילים תמיד, כי האתר אינו יכול לפעול בלעדיהם. ניתן לשנות את הבחירה בכל עת.`,
'settings.policyLink': `מדיניות עוגיות`,
'settings.privacyPolicy': `מדיניות פרטיות`,
'settings.purpose': `מטרה`,
'settings.rejectAll': `דחיית הכול`,
'settings.save': `שמירת הבחירות`,
'settings.saved': `הבחירות שלך נשמרו`,
'settings.services': `שירותים`,
'settings.title': `הגדרות עוגיות`,
'storage.consentCookie': `שומרת את בחירות ההסכמה שלך לגבי עוגיות`,
'storage.consentLog': `שומר רשומות של בחירות ההסכמה שלך עד שהאתר יקבל אותן`,
'storage.necessary': `חיוניים בהחלט`,
'table.alias': html`או <code>${0}</code>`,
'table.column.category': `קטגוריה`,
'table.column.duration': `משך`,
'table.column.name': `שם`,
'table.column.provider': `ספק`,
'table.column.purpose': `מטרה`,
'table.column.scope': `היקף`,
'table.column.type': `סוג`,
'table.persistent': `קבוע`,
'table.privacyPolicy': `מדיניות פרטיות`,
'table.services': `שירותים נוספים בשימוש, שאינם מאחסנים דבר באתר זה:`,
'table.session': `הפעלה`,
'table.thirdParty': `צד שלישי`,
'table.thisSite': `אתר זה`,
'table.type.cookie': `עוגייה`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `אחסון מקומי`,
'table.type.sessionStorage': `אחסון הפעלה`,
'table.unavailable': `רשימת העוגיות אינה זמינה.`,
'table.updated': html`עדכון אחרון: <time datetime="${0}">${1}</time>`,
};

  