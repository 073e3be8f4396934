
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Vždy povoliť`,
'gate.description': html`Poskytuje ho ${0} a môže pritom ukladať súbory cookie a získavať informácie o vašej návšteve. Obsah zostane zablokovaný, kým ho nepovolíte.`,
'gate.loadOnce': `Načítať raz`,
'gate.privacyPolicy': `Zásady ochrany osobných údajov`,
'gate.someProvider': `tento poskytovateľ`,
'gate.title': html`Obsah služby ${0}`,
'settings.acceptAll': `Prijať všetky`,
'settings.alwaysActive': `Vždy aktívne`,
'settings.close': `Zavrieť`,
'settings.consentId': `ID súhlasu`,
'settings.decidedAt': `Vaša voľba bola uložená dňa`,
'settings.decidedAtStale': `Vaša predchádzajúca voľba, urobená pred zmenou týchto zásad, bola uložená dňa`,
'settings.download': `Stiahnuť záznam o mojom súhlase`,
'settings.duration': `Trvanie`,
'settings.duration.persistent': `Do vymazania`,
'settings.duration.session': `Do zatvorenia prehliadača`,
'settings.entries': `Súbory cookie a úložiská`,
'settings.gpc': html`Váš prehliadač odosiela signál Global Privacy Control, ktorý rešpektujeme: kategórie ${0} zostanú vypnuté, pokiaľ ich tu nezapnete.`,
'settings.gpcOne': html`Váš prehliadač odosiela signál Global Privacy Control, ktorý rešpektujeme: kategória ${0} zostane vypnutá, pokiaľ ju tu nezapnete.`,
'settings.intro': `Vyberte, ktoré súbory cookie a podobné úložiská môže táto webová stránka používať. Nevyhnutné sú vždy aktívne, pretože bez nich webová stránka nemôže fungovať. Svoju voľbu môžete kedykoľvek zmeniť.`,
'settings.policyLink': `Zásady používania súborov cookie`,
'settings.privacyPolicy': `Zásady ochrany osobných údajov`,
'settings.purpose': `Účel`,
'settings.rejectAll': `Odmietnuť všetky`,
'settings.save': `Uložiť voľby`,
'settings.saved': `Vaše voľby boli uložené`,
'settings.services': `Služby`,
'settings.title': `Nastavenia súborov cookie`,
'storage.consentCookie': `Ukladá vašu voľbu súhlasu so súbormi cookie`,
'storage.consentLog': `Uchováva záznamy o vašom súhlase, kým ich webová stránka neprijme`,
'storage.necessary': `Nevyhnutne potrebné`,
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
};

  