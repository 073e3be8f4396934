
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Luba alati`,
'gate.description': html`Seda sisu pakub ${0}, kes võib seada küpsiseid ja saada teavet teie külastuse kohta. Sisu jääb blokeerituks, kuni selle lubate.`,
'gate.loadOnce': `Laadi üks kord`,
'gate.privacyPolicy': `Privaatsuspoliitika`,
'gate.someProvider': `see pakkuja`,
'gate.title': html`Teenuse ${0} sisu`,
'settings.acceptAll': `Nõustu kõigiga`,
'settings.alwaysActive': `Alati aktiivne`,
'settings.close': `Sulge`,
'settings.consentId': `Nõusoleku ID`,
'settings.decidedAt': `Teie valik salvestati`,
'settings.decidedAtStale': `Teie varasem valik, mis tehti enne selle poliitika muutmist, salvestati`,
'settings.download': `Laadi alla minu nõusoleku kirje`,
'settings.duration': `Kestus`,
'settings.duration.persistent': `Kuni kustutamiseni`,
'settings.duration.session': `Kuni brauseri sulgemiseni`,
'settings.entries': `Küpsised ja salvestusruum`,
'settings.gpc': html`Teie brauser saadab signaali Global Privacy Control ja me järgime seda: ${0} jäävad välja lülitatuks, kui te neid siin sisse ei lülita.`,
'settings.gpcOne': html`Teie brauser saadab signaali Global Privacy Control ja me järgime seda: kategooria ${0} jääb välja lülitatuks, kui te seda siin sisse ei lülita.`,
'settings.intro': `Valige, milliseid küpsiseid ja sarnaseid salvestustehnoloogiaid see veebisait võib kasutada. Hädavajalikud on alati aktiivsed, sest ilma nendeta ei saa veebisait toimida. Oma valikut saate igal ajal muuta.`,
'settings.policyLink': `Küpsiste poliitika`,
'settings.privacyPolicy': `Privaatsuspoliitika`,
'settings.purpose': `Eesmärk`,
'settings.rejectAll': `Keeldu kõigist`,
'settings.save': `Salvesta valikud`,
'settings.saved': `Teie valikud on salvestatud`,
'settings.services': `Teenused`,
'settings.title': `Küpsiste seaded`,
'storage.consentCookie': `Salvestab teie küpsistega seotud nõusolekuvalikud`,
'storage.consentLog': `Säilitab teie nõusolekute kirjed, kuni veebisait on need kätte saanud`,
'storage.necessary': `Hädavajalikud`,
'table.alias': html`või <code>${0}</code>`,
'table.column.category': `Kategooria`,
'table.column.duration': `Kestus`,
'table.column.name': `Nimi`,
'table.column.provider': `Pakkuja`,
'table.column.purpose': `Eesmärk`,
'table.column.scope': `Ulatus`,
'table.column.type': `Tüüp`,
'table.persistent': `Püsiv`,
'table.privacyPolicy': `Privaatsuspoliitika`,
'table.services': `Kasutame ka järgmisi teenuseid, mis sellel veebisaidil midagi ei salvesta:`,
'table.session': `Seanss`,
'table.thirdParty': `Kolmas osapool`,
'table.thisSite': `See veebisait`,
'table.type.cookie': `Küpsis`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Kohalik salvestusruum`,
'table.type.sessionStorage': `Seansi salvestusruum`,
'table.unavailable': `Küpsiste loend pole saadaval.`,
'table.updated': html`Viimati uuendatud: <time datetime="${0}">${1}</time>`,
};

  