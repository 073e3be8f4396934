
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Alles accepteren`,
'settings.alwaysActive': `Altijd actief`,
'settings.close': `Sluiten`,
'settings.consentId': `Toestemmings-ID`,
'settings.decidedAt': `Uw keuze is opgeslagen op`,
'settings.download': `Mijn toestemmingsregistratie downloaden`,
'settings.duration': `Duur`,
'settings.duration.persistent': `Tot verwijdering`,
'settings.duration.session': `Tot de browser wordt gesloten`,
'settings.entries': `Cookies en opslag`,
'settings.gpc': html`Uw browser verstuurt een Global Privacy Control-signaal en dat respecteren we: ${0} blijven uitgeschakeld, tenzij u ze hier inschakelt.`,
'settings.intro': `Kies welke cookies en vergelijkbare opslag deze website mag gebruiken. Essentiële cookies en opslag zijn altijd actief, omdat de website niet zonder kan werken. U kunt uw keuze op elk moment wijzigen.`,
'settings.policyLink': `Cookiebeleid`,
'settings.privacyPolicy': `Privacybeleid`,
'settings.purpose': `Doel`,
'settings.rejectAll': `Alles weigeren`,
'settings.save': `Keuzes opslaan`,
'settings.saved': `Uw keuzes zijn opgeslagen`,
'settings.services': `Diensten`,
'settings.title': `Cookie-instellingen`,
'table.alias': html`of <code>${0}</code>`,
'table.column.category': `Categorie`,
'table.column.duration': `Duur`,
'table.column.name': `Naam`,
'table.column.provider': `Aanbieder`,
'table.column.purpose': `Doel`,
'table.column.scope': `Bereik`,
'table.column.type': `Soort`,
'table.persistent': `Permanent`,
'table.privacyPolicy': `Privacybeleid`,
'table.services': `Ook gebruikt, zonder iets op deze website op te slaan:`,
'table.session': `Sessie`,
'table.thirdParty': `Derde partij`,
'table.thisSite': `Deze website`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokale opslag`,
'table.type.sessionStorage': `Sessieopslag`,
'table.unavailable': `De cookielijst is niet beschikbaar.`,
'table.updated': html`Laatst bijgewerkt: <time datetime="${0}">${1}</time>`,
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

  