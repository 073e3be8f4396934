
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Tillat alltid`,
'gate.description': html`Det leveres av ${0}, som kan sette informasjonskapsler og få vite om besøket ditt. Det forblir blokkert til du tillater det.`,
'gate.loadOnce': `Last inn én gang`,
'gate.privacyPolicy': `Personvernerklæring`,
'gate.someProvider': `denne leverandøren`,
'gate.title': html`Innhold fra ${0}`,
'settings.acceptAll': `Godta alle`,
'settings.alwaysActive': `Alltid aktiv`,
'settings.close': `Lukk`,
'settings.consentId': `Samtykke-ID`,
'settings.decidedAt': `Valget ditt ble lagret den`,
'settings.decidedAtStale': `Det tidligere valget ditt, tatt før denne erklæringen ble endret, ble lagret den`,
'settings.download': `Last ned opplysninger om samtykket mitt`,
'settings.duration': `Varighet`,
'settings.duration.persistent': `Til den slettes`,
'settings.duration.session': `Til nettleseren lukkes`,
'settings.entries': `Informasjonskapsler og lagring`,
'settings.gpc': html`Nettleseren din sender et Global Privacy Control-signal, og det respekterer vi: ${0} forblir slått av med mindre du slår dem på her.`,
'settings.gpcOne': html`Nettleseren din sender et Global Privacy Control-signal, og det respekterer vi: kategorien ${0} forblir slått av med mindre du slår den på her.`,
'settings.intro': `Velg hvilke informasjonskapsler og lignende lagring dette nettstedet kan bruke. De nødvendige er alltid aktive, fordi nettstedet ikke fungerer uten dem. Du kan når som helst endre valget ditt.`,
'settings.policyLink': `Erklæring om informasjonskapsler`,
'settings.privacyPolicy': `Personvernerklæring`,
'settings.purpose': `Formål`,
'settings.rejectAll': `Avvis alle`,
'settings.save': `Lagre valg`,
'settings.saved': `Valgene dine er lagret`,
'settings.services': `Tjenester`,
'settings.title': `Innstillinger for informasjonskapsler`,
'storage.consentCookie': `Lagrer valgene dine om samtykke til informasjonskapsler`,
'storage.consentLog': `Tar vare på opplysninger om samtykkevalgene dine til nettstedet har mottatt dem`,
'storage.necessary': `Strengt nødvendige`,
'table.alias': html`eller <code>${0}</code>`,
'table.column.category': `Kategori`,
'table.column.duration': `Varighet`,
'table.column.name': `Navn`,
'table.column.provider': `Leverandør`,
'table.column.purpose': `Formål`,
'table.column.scope': `Omfang`,
'table.column.type': `Lagringstype`,
'table.persistent': `Vedvarende`,
'table.privacyPolicy': `Personvernerklæring`,
'table.services': `Brukes også, uten å lagre noe på dette nettstedet:`,
'table.session': `Økt`,
'table.thirdParty': `Tredjepart`,
'table.thisSite': `Dette nettstedet`,
'table.type.cookie': `Informasjonskapsel`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokal lagring`,
'table.type.sessionStorage': `Øktlagring`,
'table.unavailable': `Listen over informasjonskapsler er ikke tilgjengelig.`,
'table.updated': html`Sist oppdatert: <time datetime="${0}">${1}</time>`,
};

  