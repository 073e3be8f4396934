
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Vienmēr atļaut`,
'gate.description': html`To nodrošina ${0}, kas var iestatīt sīkdatnes un uzzināt par jūsu apmeklējumu. Saturs paliek bloķēts, līdz jūs to atļausiet.`,
'gate.loadOnce': `Ielādēt vienreiz`,
'gate.privacyPolicy': `Privātuma politika`,
'gate.someProvider': `šis nodrošinātājs`,
'gate.title': html`${0} saturs`,
'settings.acceptAll': `Pieņemt visas`,
'settings.alwaysActive': `Vienmēr aktīvas`,
'settings.close': `Aizvērt`,
'settings.consentId': `Piekrišanas ID`,
'settings.decidedAt': `Jūsu izvēle saglabāta`,
'settings.decidedAtStale': `Jūsu iepriekšējā izvēle, kas veikta pirms šīs politikas maiņas, saglabāta`,
'settings.download': `Lejupielādēt manas piekrišanas ierakstu`,
'settings.duration': `Ilgums`,
'settings.duration.persistent': `Līdz dzēšanai`,
'settings.duration.session': `Līdz pārlūka aizvēršanai`,
'settings.entries': `Sīkdatnes un krātuves`,
'settings.gpc': html`Jūsu pārlūks sūta Global Privacy Control signālu, kuru mēs ievērojam: kategorijas ${0} paliek izslēgtas, ja vien jūs tās šeit neieslēdzat.`,
'settings.gpcOne': html`Jūsu pārlūks sūta Global Privacy Control signālu, kuru mēs ievērojam: kategorija ${0} paliek izslēgta, ja vien jūs to šeit neieslēdzat.`,
'settings.intro': `Izvēlieties, kuras sīkdatnes un līdzīgas krātuves šī vietne drīkst izmantot. Nepieciešamās vienmēr ir aktīvas, jo bez tām vietne nevar darboties. Savu izvēli varat jebkurā laikā mainīt.`,
'settings.policyLink': `Sīkdatņu politika`,
'settings.privacyPolicy': `Privātuma politika`,
'settings.purpose': `Nolūks`,
'settings.rejectAll': `Noraidīt visas`,
'settings.save': `Saglabāt izvēli`,
'settings.saved': `Jūsu izvēle ir saglabāta`,
'settings.services': `Pakalpojumi`,
'settings.title': `Sīkdatņu iestatījumi`,
'storage.consentCookie': `Saglabā jūsu izvēles par piekrišanu sīkdatnēm`,
'storage.consentLog': `Glabā jūsu piekrišanas ierakstus, līdz vietne tos ir saņēmusi`,
'storage.necessary': `Stingri nepieciešamās`,
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
};

  