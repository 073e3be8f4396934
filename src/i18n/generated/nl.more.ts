
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Altijd toestaan`,
'gate.description': html`Het wordt aangeboden door ${0}, die cookies kan plaatsen en informatie over uw bezoek kan ontvangen. Het blijft geblokkeerd totdat u het toestaat.`,
'gate.loadOnce': `Eenmalig laden`,
'gate.privacyPolicy': `Privacybeleid`,
'gate.someProvider': `deze aanbieder`,
'gate.title': html`Inhoud van ${0}`,
'settings.acceptAll': `Alles accepteren`,
'settings.alwaysActive': `Altijd actief`,
'settings.close': `Sluiten`,
'settings.consentId': `Toestemmings-ID`,
'settings.decidedAt': `Uw keuze is opgeslagen op`,
'settings.decidedAtStale': `Uw eerdere keuze, gemaakt vóór de wijziging van dit beleid, is opgeslagen op`,
'settings.download': `Mijn toestemmingsregistratie downloaden`,
'settings.duration': `Duur`,
'settings.duration.persistent': `Tot verwijdering`,
'settings.duration.session': `Tot de browser wordt gesloten`,
'settings.entries': `Cookies en opslag`,
'settings.gpc': html`Uw browser verstuurt een Global Privacy Control-signaal en dat respecteren we: ${0} blijven uitgeschakeld, tenzij u ze hier inschakelt.`,
'settings.gpcOne': html`Uw browser verstuurt een Global Privacy Control-signaal en dat respecteren we: de categorie ${0} blijft uitgeschakeld, tenzij u deze hier inschakelt.`,
'settings.intro': `Kies welke cookies en vergelijkbare opslag deze website mag gebruiken. Essentiële cookies en opslag zijn altijd actief, omdat de website niet zonder kan werken. U kunt uw keuze op elk moment wijzigen.`,
'settings.policyLink': `Cookiebeleid`,
'settings.privacyPolicy': `Privacybeleid`,
'settings.purpose': `Doel`,
'settings.rejectAll': `Alles weigeren`,
'settings.save': `Keuzes opslaan`,
'settings.saved': `Uw keuzes zijn opgeslagen`,
'settings.services': `Diensten`,
'settings.title': `Cookie-instellingen`,
'storage.consentCookie': `Slaat uw keuzes voor cookietoestemming op`,
'storage.consentLog': `Bewaart registraties van uw toestemmingskeuzes totdat de website ze heeft ontvangen`,
'storage.necessary': `Strikt noodzakelijk`,
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
};

  