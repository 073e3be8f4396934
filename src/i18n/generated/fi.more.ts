
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Hyväksy kaikki`,
'settings.alwaysActive': `Aina käytössä`,
'settings.close': `Sulje`,
'settings.consentId': `Suostumuksen tunnus`,
'settings.decidedAt': `Valintasi tallennettiin`,
'settings.download': `Lataa suostumustietoni`,
'settings.duration': `Kesto`,
'settings.duration.persistent': `Kunnes poistetaan`,
'settings.duration.session': `Kunnes selain suljetaan`,
'settings.entries': `Evästeet ja tallennustila`,
'settings.gpc': html`Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä: ${0} pysyvät poissa käytöstä, ellet ota niitä käyttöön täällä.`,
'settings.intro': `Valitse, mitä evästeitä ja vastaavia tallennustekniikoita tämä sivusto saa käyttää. Välttämättömät ovat aina käytössä, koska sivusto ei toimi ilman niitä. Voit muuttaa valintaasi milloin tahansa.`,
'settings.policyLink': `Evästekäytäntö`,
'settings.privacyPolicy': `Tietosuojaseloste`,
'settings.purpose': `Tarkoitus`,
'settings.rejectAll': `Hylkää kaikki`,
'settings.save': `Tallenna valinnat`,
'settings.saved': `Valintasi on tallennettu`,
'settings.services': `Palvelut`,
'settings.title': `Evästeasetukset`,
'table.alias': html`tai <code>${0}</code>`,
'table.column.category': `Luokka`,
'table.column.duration': `Kesto`,
'table.column.name': `Nimi`,
'table.column.provider': `Tarjoaja`,
'table.column.purpose': `Tarkoitus`,
'table.column.scope': `Laajuus`,
'table.column.type': `Tyyppi`,
'table.persistent': `Pysyvä`,
'table.privacyPolicy': `Tietosuojaseloste`,
'table.services': `Käytämme myös seuraavia palveluita, jotka eivät tallenna mitään tällä sivustolla:`,
'table.session': `Istunto`,
'table.thirdParty': `Kolmas osapuoli`,
'table.thisSite': `Tämä sivusto`,
'table.type.cookie': `Eväste`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Paikallinen tallennustila`,
'table.type.sessionStorage': `Istunnon tallennustila`,
'table.unavailable': `Evästeluettelo ei ole saatavilla.`,
'table.updated': html`Päivitetty viimeksi: <time datetime="${0}">${1}</time>`,
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

  