
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Vedno dovoli`,
'gate.description': html`Zagotavlja jo ${0}, ki lahko nastavlja piškotke in pridobi podatke o vašem obisku. Vsebina ostane blokirana, dokler je ne dovolite.`,
'gate.loadOnce': `Naloži enkrat`,
'gate.privacyPolicy': `Pravilnik o zasebnosti`,
'gate.someProvider': `ta ponudnik`,
'gate.title': html`Vsebina storitve ${0}`,
'settings.acceptAll': `Sprejmi vse`,
'settings.alwaysActive': `Vedno aktivno`,
'settings.close': `Zapri`,
'settings.consentId': `ID privolitve`,
'settings.decidedAt': `Vaša izbira je bila shranjena dne`,
'settings.decidedAtStale': `Vaša prejšnja izbira, opravljena pred spremembo tega pravilnika, je bila shranjena dne`,
'settings.download': `Prenesi zapis o moji privolitvi`,
'settings.duration': `Trajanje`,
'settings.duration.persistent': `Do izbrisa`,
'settings.duration.session': `Do zaprtja brskalnika`,
'settings.entries': `Piškotki in shramba`,
'settings.gpc': html`Vaš brskalnik pošilja signal Global Privacy Control, ki ga upoštevamo: kategorije ${0} ostanejo izklopljene, razen če jih tukaj vklopite.`,
'settings.gpcOne': html`Vaš brskalnik pošilja signal Global Privacy Control, ki ga upoštevamo: kategorija ${0} ostane izklopljena, razen če jo tukaj vklopite.`,
'settings.intro': `Izberite, katere piškotke in podobne oblike shrambe lahko uporablja to spletno mesto. Nujni so vedno aktivni, ker spletno mesto brez njih ne more delovati. Svojo izbiro lahko kadar koli spremenite.`,
'settings.policyLink': `Pravilnik o piškotkih`,
'settings.privacyPolicy': `Pravilnik o zasebnosti`,
'settings.purpose': `Namen`,
'settings.rejectAll': `Zavrni vse`,
'settings.save': `Shrani izbire`,
'settings.saved': `Vaše izbire so bile shranjene`,
'settings.services': `Storitve`,
'settings.title': `Nastavitve piškotkov`,
'storage.consentCookie': `Shranjuje vaše izbire glede privolitve za piškotke`,
'storage.consentLog': `Hrani zapise o vaših privolitvah, dokler jih spletno mesto ne prejme`,
'storage.necessary': `Nujno potrebni`,
'table.alias': html`ali <code>${0}</code>`,
'table.column.category': `Kategorija`,
'table.column.duration': `Trajanje`,
'table.column.name': `Ime`,
'table.column.provider': `Ponudnik`,
'table.column.purpose': `Namen`,
'table.column.scope': `Obseg`,
'table.column.type': `Vrsta`,
'table.persistent': `Trajno`,
'table.privacyPolicy': `Pravilnik o zasebnosti`,
'table.services': `Uporabljamo tudi storitve, ki na tem spletnem mestu ne shranjujejo ničesar:`,
'table.session': `Seja`,
'table.thirdParty': `Tretja oseba`,
'table.thisSite': `To spletno mesto`,
'table.type.cookie': `Piškotek`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokalna shramba`,
'table.type.sessionStorage': `Shramba seje`,
'table.unavailable': `Seznam piškotkov ni na voljo.`,
'table.updated': html`Zadnja posodobitev: <time datetime="${0}">${1}</time>`,
};

  