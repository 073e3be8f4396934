
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Prihvati sve`,
'settings.alwaysActive': `Uvijek aktivno`,
'settings.close': `Zatvori`,
'settings.consentId': `ID privole`,
'settings.decidedAt': `Vaš je odabir spremljen`,
'settings.download': `Preuzmi zapis o mojoj privoli`,
'settings.duration': `Trajanje`,
'settings.duration.persistent': `Do brisanja`,
'settings.duration.session': `Do zatvaranja preglednika`,
'settings.entries': `Kolačići i pohrana`,
'settings.gpc': html`Vaš preglednik šalje signal Global Privacy Control, koji poštujemo: kategorije ${0} ostaju isključene ako ih ovdje ne uključite.`,
'settings.intro': `Odaberite koje kolačiće i slične tehnologije pohrane ova web-stranica smije upotrebljavati. Nužni su uvijek aktivni jer web-stranica bez njih ne može funkcionirati. Svoj odabir možete promijeniti u bilo kojem trenutku.`,
'settings.policyLink': `Pravila o kolačićima`,
'settings.privacyPolicy': `Pravila privatnosti`,
'settings.purpose': `Svrha`,
'settings.rejectAll': `Odbij sve`,
'settings.save': `Spremi odabir`,
'settings.saved': `Vaš je odabir spremljen`,
'settings.services': `Usluge`,
'settings.title': `Postavke kolačića`,
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

  