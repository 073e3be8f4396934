
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Állandó engedélyezés`,
'gate.description': html`A tartalmat ${0} biztosítja, amely sütiket helyezhet el, és információkat szerezhet az Ön látogatásáról. Mindaddig blokkolva marad, amíg nem engedélyezi.`,
'gate.loadOnce': `Egyszeri betöltés`,
'gate.privacyPolicy': `Adatvédelmi tájékoztató`,
'gate.someProvider': `ez a szolgáltató`,
'gate.title': html`${0}-tartalom`,
'settings.acceptAll': `Összes elfogadása`,
'settings.alwaysActive': `Mindig aktív`,
'settings.close': `Bezárás`,
'settings.consentId': `Hozzájárulás azonosítója`,
'settings.decidedAt': `Választás mentésének időpontja`,
'settings.decidedAtStale': `Korábbi, e szabályzat módosítása előtt hozott választás mentésének időpontja`,
'settings.download': `Hozzájárulási adataim letöltése`,
'settings.duration': `Időtartam`,
'settings.duration.persistent': `Törlésig`,
'settings.duration.session': `A böngésző bezárásáig`,
'settings.entries': `Sütik és tárolt adatok`,
'settings.gpc': html`Az Ön böngészője Global Privacy Control jelzést küld, amelyet tiszteletben tartunk: ${0} kikapcsolva maradnak, hacsak itt be nem kapcsolja őket.`,
'settings.gpcOne': html`Az Ön böngészője Global Privacy Control jelzést küld, amelyet tiszteletben tartunk: ${0} kikapcsolva marad, hacsak itt be nem kapcsolja.`,
'settings.intro': `Válassza ki, mely sütiket és hasonló tárolási technológiákat használhatja ez a webhely. A feltétlenül szükségesek mindig aktívak, mert nélkülük a webhely nem tud működni. Választását bármikor módosíthatja.`,
'settings.policyLink': `Sütiszabályzat`,
'settings.privacyPolicy': `Adatvédelmi tájékoztató`,
'settings.purpose': `Cél`,
'settings.rejectAll': `Összes elutasítása`,
'settings.save': `Választás mentése`,
'settings.saved': `Választását mentettük`,
'settings.services': `Szolgáltatások`,
'settings.title': `Sütibeállítások`,
'storage.consentCookie': `Tárolja a sütikkel kapcsolatos hozzájárulási döntéseit`,
'storage.consentLog': `Megőrzi a hozzájárulásairól szóló adatokat, amíg a webhely meg nem kapja őket`,
'storage.necessary': `Feltétlenül szükséges`,
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
};

  