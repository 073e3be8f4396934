
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Vždy povolit`,
'gate.description': html`Poskytuje ho ${0} a může přitom ukládat soubory cookie a získávat informace o vaší návštěvě. Obsah zůstane zablokovaný, dokud ho nepovolíte.`,
'gate.loadOnce': `Načíst jednou`,
'gate.privacyPolicy': `Zásady ochrany osobních údajů`,
'gate.someProvider': `tento poskytovatel`,
'gate.title': html`Obsah služby ${0}`,
'settings.acceptAll': `Přijmout vše`,
'settings.alwaysActive': `Vždy aktivní`,
'settings.close': `Zavřít`,
'settings.consentId': `ID souhlasu`,
'settings.decidedAt': `Vaše volba byla uložena dne`,
'settings.decidedAtStale': `Vaše dřívější volba, provedená před změnou těchto zásad, byla uložena dne`,
'settings.download': `Stáhnout záznam o mém souhlasu`,
'settings.duration': `Doba uložení`,
'settings.duration.persistent': `Do smazání`,
'settings.duration.session': `Do zavření prohlížeče`,
'settings.entries': `Soubory cookie a úložiště`,
'settings.gpc': html`Váš prohlížeč odesílá signál Global Privacy Control, který respektujeme: kategorie ${0} zůstanou vypnuté, pokud je zde nezapnete.`,
'settings.gpcOne': html`Váš prohlížeč odesílá signál Global Privacy Control, který respektujeme: kategorie ${0} zůstane vypnutá, pokud ji zde nezapnete.`,
'settings.intro': `Vyberte, které soubory cookie a podobná úložiště smí tento web používat. Nezbytné jsou vždy aktivní, protože bez nich web nemůže fungovat. Svou volbu můžete kdykoli změnit.`,
'settings.policyLink': `Zásady používání souborů cookie`,
'settings.privacyPolicy': `Zásady ochrany osobních údajů`,
'settings.purpose': `Účel`,
'settings.rejectAll': `Odmítnout vše`,
'settings.save': `Uložit volbu`,
'settings.saved': `Vaše volba byla uložena`,
'settings.services': `Služby`,
'settings.title': `Nastavení souborů cookie`,
'storage.consentCookie': `Ukládá vaši volbu souhlasu se soubory cookie`,
'storage.consentLog': `Uchovává záznamy o vašem souhlasu, dokud je web nepřijme`,
'storage.necessary': `Nezbytně nutné`,
'table.alias': html`nebo <code>${0}</code>`,
'table.column.category': `Kategorie`,
'table.column.duration': `Doba uložení`,
'table.column.name': `Název`,
'table.column.provider': `Poskytovatel`,
'table.column.purpose': `Účel`,
'table.column.scope': `Rozsah`,
'table.column.type': `Typ`,
'table.persistent': `Trvalé`,
'table.privacyPolicy': `Zásady ochrany osobních údajů`,
'table.services': `Používáme také tyto služby, které na tomto webu nic neukládají:`,
'table.session': `Relace`,
'table.thirdParty': `Třetí strana`,
'table.thisSite': `Tento web`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Místní úložiště`,
'table.type.sessionStorage': `Úložiště relace`,
'table.unavailable': `Seznam souborů cookie není k dispozici.`,
'table.updated': html`Naposledy aktualizováno: <time datetime="${0}">${1}</time>`,
};

  