
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Acceptă tot`,
'settings.alwaysActive': `Întotdeauna active`,
'settings.close': `Închide`,
'settings.consentId': `ID-ul consimțământului`,
'settings.decidedAt': `Alegerea dumneavoastră a fost salvată la`,
'settings.download': `Descarcă dovada consimțământului meu`,
'settings.duration': `Durată`,
'settings.duration.persistent': `Până la ștergere`,
'settings.duration.session': `Până la închiderea browserului`,
'settings.entries': `Cookie-uri și stocare`,
'settings.gpc': html`Browserul dumneavoastră trimite un semnal Global Privacy Control, pe care îl respectăm: categoriile ${0} rămân dezactivate dacă nu le activați aici.`,
'settings.intro': `Alegeți ce cookie-uri și tehnologii de stocare similare poate folosi acest site. Cele esențiale sunt întotdeauna active, deoarece site-ul nu poate funcționa fără ele. Vă puteți modifica alegerea oricând.`,
'settings.policyLink': `Politica privind cookie-urile`,
'settings.privacyPolicy': `Politica de confidențialitate`,
'settings.purpose': `Scop`,
'settings.rejectAll': `Respinge tot`,
'settings.save': `Salvează alegerile`,
'settings.saved': `Alegerile dumneavoastră au fost salvate`,
'settings.services': `Servicii`,
'settings.title': `Setări cookie-uri`,
'table.alias': html`sau <code>${0}</code>`,
'table.column.category': `Categorie`,
'table.column.duration': `Durată`,
'table.column.name': `Nume`,
'table.column.provider': `Furnizor`,
'table.column.purpose': `Scop`,
'table.column.scope': `Domeniu de aplicare`,
'table.column.type': `Tip`,
'table.persistent': `Până la ștergere`,
'table.privacyPolicy': `Politica de confidențialitate`,
'table.services': `Se mai folosesc, fără a stoca nimic pe acest site:`,
'table.session': `Sesiune`,
'table.thirdParty': `Terță parte`,
'table.thisSite': `Acest site`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Stocare locală`,
'table.type.sessionStorage': `Stocare de sesiune`,
'table.unavailable': `Lista de cookie-uri nu este disponibilă.`,
'table.updated': html`Ultima actualizare: <time datetime="${0}">${1}</time>`,
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

  