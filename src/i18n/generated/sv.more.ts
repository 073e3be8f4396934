
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Tillåt alltid`,
'gate.description': html`Det tillhandahålls av ${0}, som kan sätta kakor och få information om ditt besök. Det förblir blockerat tills du tillåter det.`,
'gate.loadOnce': `Läs in en gång`,
'gate.privacyPolicy': `Integritetspolicy`,
'gate.someProvider': `den här leverantören`,
'gate.title': html`Innehåll från ${0}`,
'settings.acceptAll': `Acceptera alla`,
'settings.alwaysActive': `Alltid aktiv`,
'settings.close': `Stäng`,
'settings.consentId': `Samtyckes-ID`,
'settings.decidedAt': `Ditt val sparades den`,
'settings.decidedAtStale': `Ditt tidigare val, som gjordes innan denna policy ändrades, sparades den`,
'settings.download': `Ladda ner uppgifter om mitt samtycke`,
'settings.duration': `Varaktighet`,
'settings.duration.persistent': `Tills den raderas`,
'settings.duration.session': `Tills webbläsaren stängs`,
'settings.entries': `Kakor och lagring`,
'settings.gpc': html`Din webbläsare skickar en Global Privacy Control-signal, och den respekterar vi: ${0} förblir avstängda om du inte slår på dem här.`,
'settings.gpcOne': html`Din webbläsare skickar en Global Privacy Control-signal, och den respekterar vi: kategorin ${0} förblir avstängd om du inte slår på den här.`,
'settings.intro': `Välj vilka kakor och liknande lagring den här webbplatsen får använda. Nödvändiga är alltid aktiva, eftersom webbplatsen inte fungerar utan dem. Du kan när som helst ändra ditt val.`,
'settings.policyLink': `Kakpolicy`,
'settings.privacyPolicy': `Integritetspolicy`,
'settings.purpose': `Ändamål`,
'settings.rejectAll': `Avvisa alla`,
'settings.save': `Spara val`,
'settings.saved': `Dina val har sparats`,
'settings.services': `Tjänster`,
'settings.title': `Kakinställningar`,
'storage.consentCookie': `Sparar dina val om samtycke till kakor`,
'storage.consentLog': `Behåller uppgifter om dina samtyckesval tills webbplatsen har tagit emot dem`,
'storage.necessary': `Strikt nödvändiga`,
'table.alias': html`eller <code>${0}</code>`,
'table.column.category': `Kategori`,
'table.column.duration': `Varaktighet`,
'table.column.name': `Namn`,
'table.column.provider': `Leverantör`,
'table.column.purpose': `Ändamål`,
'table.column.scope': `Omfattning`,
'table.column.type': `Typ`,
'table.persistent': `Beständig`,
'table.privacyPolicy': `Integritetspolicy`,
'table.services': `Används också, utan att lagra något på den här webbplatsen:`,
'table.session': `Under sessionen`,
'table.thirdParty': `Tredje part`,
'table.thisSite': `Den här webbplatsen`,
'table.type.cookie': `Kaka`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokal lagring`,
'table.type.sessionStorage': `Sessionslagring`,
'table.unavailable': `Listan över kakor är inte tillgänglig.`,
'table.updated': html`Senast uppdaterad: <time datetime="${0}">${1}</time>`,
};

  