
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Tillad altid`,
'gate.description': html`Det leveres af ${0}, som kan sætte cookies og få oplysninger om dit besøg. Det forbliver blokeret, indtil du tillader det.`,
'gate.loadOnce': `Indlæs én gang`,
'gate.privacyPolicy': `Privatlivspolitik`,
'gate.someProvider': `denne udbyder`,
'gate.title': html`Indhold fra ${0}`,
'settings.acceptAll': `Accepter alle`,
'settings.alwaysActive': `Altid aktive`,
'settings.close': `Luk`,
'settings.consentId': `Samtykke-ID`,
'settings.decidedAt': `Dit valg blev gemt den`,
'settings.decidedAtStale': `Dit tidligere valg, truffet før denne politik blev ændret, blev gemt den`,
'settings.download': `Download mit samtykkebevis`,
'settings.duration': `Varighed`,
'settings.duration.persistent': `Indtil den slettes`,
'settings.duration.session': `Indtil browseren lukkes`,
'settings.entries': `Cookies og lagring`,
'settings.gpc': html`Din browser sender et Global Privacy Control-signal, og det respekterer vi: ${0} forbliver slået fra, medmindre du slår dem til her.`,
'settings.gpcOne': html`Din browser sender et Global Privacy Control-signal, og det respekterer vi: kategorien ${0} forbliver slået fra, medmindre du slår den til her.`,
'settings.intro': `Vælg, hvilke cookies og lignende lagring dette websted må bruge. Nødvendige er altid aktive, fordi webstedet ikke kan fungere uden dem. Du kan til enhver tid ændre dit valg.`,
'settings.policyLink': `Cookiepolitik`,
'settings.privacyPolicy': `Privatlivspolitik`,
'settings.purpose': `Formål`,
'settings.rejectAll': `Afvis alle`,
'settings.save': `Gem valg`,
'settings.saved': `Dine valg er gemt`,
'settings.services': `Tjenester`,
'settings.title': `Cookieindstillinger`,
'storage.consentCookie': `Gemmer dine valg om samtykke til cookies`,
'storage.consentLog': `Opbevarer registreringer af dine samtykkevalg, indtil webstedet har modtaget dem`,
'storage.necessary': `Strengt nødvendige`,
'table.alias': html`eller <code>${0}</code>`,
'table.column.category': `Kategori`,
'table.column.duration': `Varighed`,
'table.column.name': `Navn`,
'table.column.provider': `Udbyder`,
'table.column.purpose': `Formål`,
'table.column.scope': `Omfang`,
'table.column.type': `Type`,
'table.persistent': `Vedvarende`,
'table.privacyPolicy': `Privatlivspolitik`,
'table.services': `Bruges også, men gemmer intet på dette websted:`,
'table.session': `Session`,
'table.thirdParty': `Tredjepart`,
'table.thisSite': `Dette websted`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokal lagring`,
'table.type.sessionStorage': `Sessionslagring`,
'table.unavailable': `Cookielisten er ikke tilgængelig.`,
'table.updated': html`Senest opdateret: <time datetime="${0}">${1}</time>`,
};

  