
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Összes elfogadása`,
'settings.alwaysActive': `Mindig aktív`,
'settings.close': `Bezárás`,
'settings.consentId': `Hozzájárulás azonosítója`,
'settings.decidedAt': `Választás mentésének időpontja`,
'settings.download': `Hozzájárulási adataim letöltése`,
'settings.duration': `Időtartam`,
'settings.duration.persistent': `Törlésig`,
'settings.duration.session': `A böngésző bezárásáig`,
'settings.entries': `Sütik és tárolt adatok`,
'settings.gpc': html`Az Ön böngészője Global Privacy Control jelzést küld, amelyet tiszteletben tartunk: ${0} kikapcsolva maradnak, hacsak itt be nem kapcsolja őket.`,
'settings.intro': `Válassza ki, mely sütiket és hasonló tárolási technológiákat használhatja ez a webhely. A feltétlenül szükségesek mindig aktívak, mert nélkülük a webhely nem tud működni. Választását bármikor módosíthatja.`,
'settings.policyLink': `Sütiszabályzat`,
'settings.privacyPolicy': `Adatvédelmi tájékoztató`,
'settings.purpose': `Cél`,
'settings.rejectAll': `Összes elutasítása`,
'settings.save': `Választás mentése`,
'settings.saved': `Választását mentettük`,
'settings.services': `Szolgáltatások`,
'settings.title': `Sütibeállítások`,
'table.alias': html`vagy <code>${0}</code>`,
'table.column.category': `Kategória`,
'table.column.duration': `Időtartam`,
'table.column.name': `Név`,
'table.column.provider': `Szolgáltató`,
'table.column.purpose': `Cél`,
'table.column.scope': `Hatókör`,
'table.column.type': `Típus`,
'table.persistent': `Állandó`,
'table.privacyPolicy': `Adatvédelmi tájékoztató`,
'table.services': `Szintén használt szolgáltatások, amelyek semmit sem tárolnak ezen a webhelyen:`,
'table.session': `Munkamenet`,
'table.thirdParty': `Harmadik fél`,
'table.thisSite': `Ez a webhely`,
'table.type.cookie': `Süti`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Helyi tárhely`,
'table.type.sessionStorage': `Munkamenet-tárhely`,
'table.unavailable': `A sütik listája nem érhető el.`,
'table.updated': html`Utolsó frissítés: <time datetime="${0}">${1}</time>`,
'storage.necessary': `Strictly necessary`,
'storage.consentCookie': `Stores your cookie consent choices`,
'storage.consentLog': `Keeps records of your consent choices until the site has received them`,
'gate.someProvider': `this provider`,
'gate.title': html`Content from ${0}`,
'gate.description': html`It is provided by ${0}, who may set cookies and learn about your visit. It stays blocked until you allow it.`,
'gate.privacyPolicy': `Privacy policy`,
'gate.loadOnce': `Load once`,
'gate.alwaysAllow': `Always allow`,
};

  