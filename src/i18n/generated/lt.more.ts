
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Visada leisti`,
'gate.description': html`Jį teikia ${0} ir gali nustatyti slapukus bei sužinoti apie jūsų apsilankymą. Turinys lieka užblokuotas, kol jo neleisite.`,
'gate.loadOnce': `Įkelti vieną kartą`,
'gate.privacyPolicy': `Privatumo politika`,
'gate.someProvider': `šis teikėjas`,
'gate.title': html`${0} turinys`,
'settings.acceptAll': `Priimti visus`,
'settings.alwaysActive': `Visada aktyvūs`,
'settings.close': `Uždaryti`,
'settings.consentId': `Sutikimo ID`,
'settings.decidedAt': `Jūsų pasirinkimas išsaugotas`,
'settings.decidedAtStale': `Jūsų ankstesnis pasirinkimas, padarytas prieš pasikeičiant šiai politikai, išsaugotas`,
'settings.download': `Atsisiųsti mano sutikimo įrašą`,
'settings.duration': `Trukmė`,
'settings.duration.persistent': `Iki ištrynimo`,
'settings.duration.session': `Iki naršyklės uždarymo`,
'settings.entries': `Slapukai ir saugyklos`,
'settings.gpc': html`Jūsų naršyklė siunčia signalą Global Privacy Control, kurio paisome: kategorijos ${0} lieka išjungtos, nebent jas čia įjungsite.`,
'settings.gpcOne': html`Jūsų naršyklė siunčia signalą Global Privacy Control, kurio paisome: kategorija ${0} lieka išjungta, nebent ją čia įjungsite.`,
'settings.intro': `Pasirinkite, kuriuos slapukus ir panašias naršyklės saugyklas gali naudoti ši svetainė. Būtinieji visada aktyvūs, nes be jų svetainė negali veikti. Savo pasirinkimą galite bet kada pakeisti.`,
'settings.policyLink': `Slapukų politika`,
'settings.privacyPolicy': `Privatumo politika`,
'settings.purpose': `Paskirtis`,
'settings.rejectAll': `Atmesti visus`,
'settings.save': `Išsaugoti pasirinkimą`,
'settings.saved': `Jūsų pasirinkimas išsaugotas`,
'settings.services': `Paslaugos`,
'settings.title': `Slapukų nustatymai`,
'storage.consentCookie': `Saugo jūsų pasirinkimus dėl sutikimo naudoti slapukus`,
'storage.consentLog': `Saugo jūsų sutikimų įrašus, kol svetainė juos gaus`,
'storage.necessary': `Būtinieji`,
'table.alias': html`arba <code>${0}</code>`,
'table.column.category': `Kategorija`,
'table.column.duration': `Trukmė`,
'table.column.name': `Pavadinimas`,
'table.column.provider': `Teikėjas`,
'table.column.purpose': `Paskirtis`,
'table.column.scope': `Taikymo sritis`,
'table.column.type': `Tipas`,
'table.persistent': `Nuolatinis`,
'table.privacyPolicy': `Privatumo politika`,
'table.services': `Taip pat naudojamos paslaugos, kurios šioje svetainėje nieko nesaugo:`,
'table.session': `Seansas`,
'table.thirdParty': `Trečioji šalis`,
'table.thisSite': `Ši svetainė`,
'table.type.cookie': `Slapukas`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Vietinė saugykla`,
'table.type.sessionStorage': `Seanso saugykla`,
'table.unavailable': `Slapukų sąrašas nepasiekiamas.`,
'table.updated': html`Paskutinį kartą atnaujinta: <time datetime="${0}">${1}</time>`,
};

  