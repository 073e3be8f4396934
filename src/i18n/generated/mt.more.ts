
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Aċċetta kollha`,
'settings.alwaysActive': `Dejjem attivi`,
'settings.close': `Agħlaq`,
'settings.consentId': `ID tal-kunsens`,
'settings.decidedAt': `L-għażla tiegħek ġiet salvata`,
'settings.download': `Niżżel ir-rekord tal-kunsens tiegħi`,
'settings.duration': `Tul ta' żmien`,
'settings.duration.persistent': `Sakemm jitħassar`,
'settings.duration.session': `Sakemm jingħalaq il-browser`,
'settings.entries': `Cookies u ħżin`,
'settings.gpc': html`Il-browser tiegħek jibgħat sinjal Global Privacy Control, u aħna nirrispettawh: ${0} jibqgħu mitfijin sakemm ma tixgħelhomx hawn.`,
'settings.intro': `Agħżel liema cookies u ħżin simili jista' juża dan is-sit. Dawk essenzjali huma dejjem attivi, għax is-sit ma jistax jaħdem mingħajrhom. Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.`,
'settings.policyLink': `Politika dwar il-cookies`,
'settings.privacyPolicy': `Politika tal-privatezza`,
'settings.purpose': `Skop`,
'settings.rejectAll': `Irrifjuta kollha`,
'settings.save': `Salva l-għażliet`,
'settings.saved': `L-għażliet tiegħek ġew salvati`,
'settings.services': `Servizzi`,
'settings.title': `Issettjar tal-cookies`,
'table.alias': html`jew <code>${0}</code>`,
'table.column.category': `Kategorija`,
'table.column.duration': `Tul ta' żmien`,
'table.column.name': `Isem`,
'table.column.provider': `Fornitur`,
'table.column.purpose': `Skop`,
'table.column.scope': `Ambitu`,
'table.column.type': `Tip`,
'table.persistent': `Persistenti`,
'table.privacyPolicy': `Politika tal-privatezza`,
'table.services': `Jintużaw ukoll, mingħajr ma jaħżnu xejn fuq dan is-sit:`,
'table.session': `Sessjoni`,
'table.thirdParty': `Parti terza`,
'table.thisSite': `Dan is-sit`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Ħżin lokali`,
'table.type.sessionStorage': `Ħżin tas-sessjoni`,
'table.unavailable': `Il-lista tal-cookies mhijiex disponibbli.`,
'table.updated': html`L-aħħar aġġornament: <time datetime="${0}">${1}</time>`,
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

  