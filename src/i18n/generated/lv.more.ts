
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Pieņemt visas`,
'settings.alwaysActive': `Vienmēr aktīvas`,
'settings.close': `Aizvērt`,
'settings.consentId': `Piekrišanas ID`,
'settings.decidedAt': `Jūsu izvēle saglabāta`,
'settings.download': `Lejupielādēt manas piekrišanas ierakstu`,
'settings.duration': `Ilgums`,
'settings.duration.persistent': `Līdz dzēšanai`,
'settings.duration.session': `Līdz pārlūka aizvēršanai`,
'settings.entries': `Sīkdatnes un krātuves`,
'settings.gpc': html`Jūsu pārlūks sūta Global Privacy Control signālu, kuru mēs ievērojam: kategorijas ${0} paliek izslēgtas, ja vien jūs tās šeit neieslēdzat.`,
'settings.intro': `Izvēlieties, kuras sīkdatnes un līdzīgas krātuves šī vietne drīkst izmantot. Nepieciešamās vienmēr ir aktīvas, jo bez tām vietne nevar darboties. Savu izvēli varat jebkurā laikā mainīt.`,
'settings.policyLink': `Sīkdatņu politika`,
'settings.privacyPolicy': `Privātuma politika`,
'settings.purpose': `Nolūks`,
'settings.rejectAll': `Noraidīt visas`,
'settings.save': `Saglabāt izvēli`,
'settings.saved': `Jūsu izvēle ir saglabāta`,
'settings.services': `Pakalpojumi`,
'settings.title': `Sīkdatņu iestatījumi`,
'table.alias': html`vai <code>${0}</code>`,
'table.column.category': `Kategorija`,
'table.column.duration': `Ilgums`,
'table.column.name': `Nosaukums`,
'table.column.provider': `Nodrošinātājs`,
'table.column.purpose': `Nolūks`,
'table.column.scope': `Darbības joma`,
'table.column.type': `Veids`,
'table.persistent': `Pastāvīgi`,
'table.privacyPolicy': `Privātuma politika`,
'table.services': `Tiek izmantoti arī šie pakalpojumi, kas šajā vietnē neko neglabā:`,
'table.session': `Sesija`,
'table.thirdParty': `Trešā puse`,
'table.thisSite': `Šī vietne`,
'table.type.cookie': `Sīkdatne`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Vietējā krātuve`,
'table.type.sessionStorage': `Sesijas krātuve`,
'table.unavailable': `Sīkdatņu saraksts nav pieejams.`,
'table.updated': html`Pēdējoreiz atjaunināts: <time datetime="${0}">${1}</time>`,
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

  