
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Nõustu kõigiga`,
'settings.alwaysActive': `Alati aktiivne`,
'settings.close': `Sulge`,
'settings.consentId': `Nõusoleku ID`,
'settings.decidedAt': `Teie valik salvestati`,
'settings.download': `Laadi alla minu nõusoleku kirje`,
'settings.duration': `Kestus`,
'settings.duration.persistent': `Kuni kustutamiseni`,
'settings.duration.session': `Kuni brauseri sulgemiseni`,
'settings.entries': `Küpsised ja salvestusruum`,
'settings.gpc': html`Teie brauser saadab signaali Global Privacy Control ja me järgime seda: ${0} jäävad välja lülitatuks, kui te neid siin sisse ei lülita.`,
'settings.intro': `Valige, milliseid küpsiseid ja sarnaseid salvestustehnoloogiaid see veebisait võib kasutada. Hädavajalikud on alati aktiivsed, sest ilma nendeta ei saa veebisait toimida. Oma valikut saate igal ajal muuta.`,
'settings.policyLink': `Küpsiste poliitika`,
'settings.privacyPolicy': `Privaatsuspoliitika`,
'settings.purpose': `Eesmärk`,
'settings.rejectAll': `Keeldu kõigist`,
'settings.save': `Salvesta valikud`,
'settings.saved': `Teie valikud on salvestatud`,
'settings.services': `Teenused`,
'settings.title': `Küpsiste seaded`,
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

  