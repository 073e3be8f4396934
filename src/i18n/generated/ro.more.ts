
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Permite întotdeauna`,
'gate.description': html`Este furnizat de ${0}, care poate plasa cookie-uri și poate afla informații despre vizita dumneavoastră. Rămâne blocat până când îl permiteți.`,
'gate.loadOnce': `Încarcă o dată`,
'gate.privacyPolicy': `Politica de confidențialitate`,
'gate.someProvider': `acest furnizor`,
'gate.title': html`Conținut de la ${0}`,
'settings.acceptAll': `Acceptă tot`,
'settings.alwaysActive': `Întotdeauna active`,
'settings.close': `Închide`,
'settings.consentId': `ID-ul consimțământului`,
'settings.decidedAt': `Alegerea dumneavoastră a fost salvată la`,
'settings.decidedAtStale': `Alegerea dumneavoastră anterioară, făcută înainte de modificarea acestei politici, a fost salvată la`,
'settings.download': `Descarcă dovada consimțământului meu`,
'settings.duration': `Durată`,
'settings.duration.persistent': `Până la ștergere`,
'settings.duration.session': `Până la închiderea browserului`,
'settings.entries': `Cookie-uri și stocare`,
'settings.gpc': html`Browserul dumneavoastră trimite un semnal Global Privacy Control, pe care îl respectăm: categoriile ${0} rămân dezactivate dacă nu le activați aici.`,
'settings.gpcOne': html`Browserul dumneavoastră trimite un semnal Global Privacy Control, pe care îl respectăm: categoria ${0} rămâne dezactivată dacă nu o activați aici.`,
'settings.intro': `Alegeți ce cookie-uri și tehnologii de stocare similare poate folosi acest site. Cele esențiale sunt întotdeauna active, deoarece site-ul nu poate funcționa fără ele. Vă puteți modifica alegerea oricând.`,
'settings.policyLink': `Politica privind cookie-urile`,
'settings.privacyPolicy': `Politica de confidențialitate`,
'settings.purpose': `Scop`,
'settings.rejectAll': `Respinge tot`,
'settings.save': `Salvează alegerile`,
'settings.saved': `Alegerile dumneavoastră au fost salvate`,
'settings.services': `Servicii`,
'settings.title': `Setări cookie-uri`,
'storage.consentCookie': `Stochează alegerile dumneavoastră privind consimțământul pentru cookie-uri`,
'storage.consentLog': `Păstrează evidența alegerilor dumneavoastră privind consimțământul până când site-ul le primește`,
'storage.necessary': `Strict necesare`,
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
};

  