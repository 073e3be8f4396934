
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Uvijek dopusti`,
'gate.description': html`Pruža ga ${0} i pritom može postavljati kolačiće i prikupljati podatke o vašem posjetu. Sadržaj ostaje blokiran dok ga ne dopustite.`,
'gate.loadOnce': `Učitaj jednom`,
'gate.privacyPolicy': `Pravila privatnosti`,
'gate.someProvider': `ovaj pružatelj`,
'gate.title': html`Sadržaj usluge ${0}`,
'settings.acceptAll': `Prihvati sve`,
'settings.alwaysActive': `Uvijek aktivno`,
'settings.close': `Zatvori`,
'settings.consentId': `ID privole`,
'settings.decidedAt': `Vaš je odabir spremljen`,
'settings.decidedAtStale': `Vaš raniji odabir, napravljen prije promjene ovih pravila, spremljen je`,
'settings.download': `Preuzmi zapis o mojoj privoli`,
'settings.duration': `Trajanje`,
'settings.duration.persistent': `Do brisanja`,
'settings.duration.session': `Do zatvaranja preglednika`,
'settings.entries': `Kolačići i pohrana`,
'settings.gpc': html`Vaš preglednik šalje signal Global Privacy Control, koji poštujemo: kategorije ${0} ostaju isključene ako ih ovdje ne uključite.`,
'settings.gpcOne': html`Vaš preglednik šalje signal Global Privacy Control, koji poštujemo: kategorija ${0} ostaje isključena ako je ovdje ne uključite.`,
'settings.intro': `Odaberite koje kolačiće i slične tehnologije pohrane ova web-stranica smije upotrebljavati. Nužni su uvijek aktivni jer web-stranica bez njih ne može funkcionirati. Svoj odabir možete promijeniti u bilo kojem trenutku.`,
'settings.policyLink': `Pravila o kolačićima`,
'settings.privacyPolicy': `Pravila privatnosti`,
'settings.purpose': `Svrha`,
'settings.rejectAll': `Odbij sve`,
'settings.save': `Spremi odabir`,
'settings.saved': `Vaš je odabir spremljen`,
'settings.services': `Usluge`,
'settings.title': `Postavke kolačića`,
'storage.consentCookie': `Sprema vaše odabire privole za kolačiće`,
'storage.consentLog': `Čuva zapise o vašim privolama dok ih web-stranica ne primi`,
'storage.necessary': `Strogo nužni`,
'table.alias': html`ili <code>${0}</code>`,
'table.column.category': `Kategorija`,
'table.column.duration': `Trajanje`,
'table.column.name': `Naziv`,
'table.column.provider': `Pružatelj`,
'table.column.purpose': `Svrha`,
'table.column.scope': `Opseg`,
'table.column.type': `Vrsta`,
'table.persistent': `Trajno`,
'table.privacyPolicy': `Pravila privatnosti`,
'table.services': `Također se koriste, a na ovoj web-stranici ništa ne pohranjuju:`,
'table.session': `Sesija`,
'table.thirdParty': `Treća strana`,
'table.thisSite': `Ova web-stranica`,
'table.type.cookie': `Kolačić`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokalna pohrana`,
'table.type.sessionStorage': `Pohrana sesije`,
'table.unavailable': `Popis kolačića nije dostupan.`,
'table.updated': html`Posljednje ažuriranje: <time datetime="${0}">${1}</time>`,
};

  