
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Prijať všetky`,
'settings.alwaysActive': `Vždy aktívne`,
'settings.close': `Zavrieť`,
'settings.consentId': `ID súhlasu`,
'settings.decidedAt': `Vaša voľba bola uložená dňa`,
'settings.download': `Stiahnuť záznam o mojom súhlase`,
'settings.duration': `Trvanie`,
'settings.duration.persistent': `Do vymazania`,
'settings.duration.session': `Do zatvorenia prehliadača`,
'settings.entries': `Súbory cookie a úložiská`,
'settings.gpc': html`Váš prehliadač odosiela signál Global Privacy Control, ktorý rešpektujeme: kategórie ${0} zostanú vypnuté, pokiaľ ich tu nezapnete.`,
'settings.intro': `Vyberte, ktoré súbory cookie a podobné úložiská môže táto webová stránka používať. Nevyhnutné sú vždy aktívne, pretože bez nich webová stránka nemôže fungovať. Svoju voľbu môžete kedykoľvek zmeniť.`,
'settings.policyLink': `Zásady používania súborov cookie`,
'settings.privacyPolicy': `Zásady ochrany osobných údajov`,
'settings.purpose': `Účel`,
'settings.rejectAll': `Odmietnuť všetky`,
'settings.save': `Uložiť voľby`,
'settings.saved': `Vaše voľby boli uložené`,
'settings.services': `Služby`,
'settings.title': `Nastavenia súborov cookie`,
'table.alias': html`alebo <code>${0}</code>`,
'table.column.category': `Kategória`,
'table.column.duration': `Trvanie`,
'table.column.name': `Názov`,
'table.column.provider': `Poskytovateľ`,
'table.column.purpose': `Účel`,
'table.column.scope': `Rozsah`,
'table.column.type': `Typ`,
'table.persistent': `Trvalé`,
'table.privacyPolicy': `Zásady ochrany osobných údajov`,
'table.services': `Používajú sa aj služby, ktoré na tejto webovej stránke nič neukladajú:`,
'table.session': `Relácia`,
'table.thirdParty': `Tretia strana`,
'table.thisSite': `Táto webová stránka`,
'table.type.cookie': `Súbor cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokálne úložisko`,
'table.type.sessionStorage': `Úložisko relácie`,
'table.unavailable': `Zoznam súborov cookie nie je k dispozícii.`,
'table.updated': html`Posledná aktualizácia: <time datetime="${0}">${1}</time>`,
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

  