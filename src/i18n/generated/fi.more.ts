
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Salli aina`,
'gate.description': html`Sisällön tarjoaa ${0}, joka voi asettaa evästeitä ja saada tietoja vierailustasi. Sisältö pysyy estettynä, kunnes sallit sen.`,
'gate.loadOnce': `Lataa kerran`,
'gate.privacyPolicy': `Tietosuojaseloste`,
'gate.someProvider': `tämä tarjoaja`,
'gate.title': html`Sisältö palvelusta ${0}`,
'settings.acceptAll': `Hyväksy kaikki`,
'settings.alwaysActive': `Aina käytössä`,
'settings.close': `Sulje`,
'settings.consentId': `Suostumuksen tunnus`,
'settings.decidedAt': `Valintasi tallennettiin`,
'settings.decidedAtStale': `Aiempi valintasi, joka tehtiin ennen tämän käytännön muuttumista, tallennettiin`,
'settings.download': `Lataa suostumustietoni`,
'settings.duration': `Kesto`,
'settings.duration.persistent': `Kunnes poistetaan`,
'settings.duration.session': `Kunnes selain suljetaan`,
'settings.entries': `Evästeet ja tallennustila`,
'settings.gpc': html`Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä: ${0} pysyvät poissa käytöstä, ellet ota niitä käyttöön täällä.`,
'settings.gpcOne': html`Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä: ${0} pysyy poissa käytöstä, ellet ota sitä käyttöön täällä.`,
'settings.intro': `Valitse, mitä evästeitä ja vastaavia tallennustekniikoita tämä sivusto saa käyttää. Välttämättömät ovat aina käytössä, koska sivusto ei toimi ilman niitä. Voit muuttaa valintaasi milloin tahansa.`,
'settings.policyLink': `Evästekäytäntö`,
'settings.privacyPolicy': `Tietosuojaseloste`,
'settings.purpose': `Tarkoitus`,
'settings.rejectAll': `Hylkää kaikki`,
'settings.save': `Tallenna valinnat`,
'settings.saved': `Valintasi on tallennettu`,
'settings.services': `Palvelut`,
'settings.title': `Evästeasetukset`,
'storage.consentCookie': `Tallentaa evästeitä koskevat suostumusvalintasi`,
'storage.consentLog': `Säilyttää tiedot suostumusvalinnoistasi, kunnes sivusto on vastaanottanut ne`,
'storage.necessary': `Välttämättömät`,
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
};

  