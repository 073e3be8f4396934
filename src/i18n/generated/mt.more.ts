
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Dejjem ippermetti`,
'gate.description': html`Huwa pprovdut minn ${0}, li jista' jpoġġi cookies u jikseb informazzjoni dwar iż-żjara tiegħek. Jibqa' mblukkat sakemm tippermettih.`,
'gate.loadOnce': `Agħbi darba`,
'gate.privacyPolicy': `Politika tal-privatezza`,
'gate.someProvider': `dan il-fornitur`,
'gate.title': html`Kontenut minn ${0}`,
'settings.acceptAll': `Aċċetta kollha`,
'settings.alwaysActive': `Dejjem attivi`,
'settings.close': `Agħlaq`,
'settings.consentId': `ID tal-kunsens`,
'settings.decidedAt': `L-għażla tiegħek ġiet salvata`,
'settings.decidedAtStale': `L-għażla preċedenti tiegħek, magħmula qabel ma nbidlet din il-politika, ġiet salvata`,
'settings.download': `Niżżel ir-rekord tal-kunsens tiegħi`,
'settings.duration': `Tul ta' żmien`,
'settings.duration.persistent': `Sakemm jitħassar`,
'settings.duration.session': `Sakemm jingħalaq il-browser`,
'settings.entries': `Cookies u ħżin`,
'settings.gpc': html`Il-browser tiegħek jibgħat sinjal Global Privacy Control, u aħna nirrispettawh: ${0} jibqgħu mitfijin sakemm ma tixgħelhomx hawn.`,
'settings.gpcOne': html`Il-browser tiegħek jibgħat sinjal Global Privacy Control, u aħna nirrispettawh: il-kategorija ${0} tibqa' mitfija sakemm ma tixgħelhiex hawn.`,
'settings.intro': `Agħżel liema cookies u ħżin simili jista' juża dan is-sit. Dawk essenzjali huma dejjem attivi, għax is-sit ma jistax jaħdem mingħajrhom. Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.`,
'settings.policyLink': `Politika dwar il-cookies`,
'settings.privacyPolicy': `Politika tal-privatezza`,
'settings.purpose': `Skop`,
'settings.rejectAll': `Irrifjuta kollha`,
'settings.save': `Salva l-għażliet`,
'settings.saved': `L-għażliet tiegħek ġew salvati`,
'settings.services': `Servizzi`,
'settings.title': `Issettjar tal-cookies`,
'storage.consentCookie': `Jaħżen l-għażliet tal-kunsens tiegħek għall-cookies`,
'storage.consentLog': `Iżomm rekords tal-għażliet tal-kunsens tiegħek sakemm is-sit jirċevihom`,
'storage.necessary': `Strettament meħtieġa`,
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
};

  