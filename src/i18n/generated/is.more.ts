
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Samþykkja allar`,
'settings.alwaysActive': `Alltaf virkt`,
'settings.close': `Loka`,
'settings.consentId': `Auðkenni samþykkis`,
'settings.decidedAt': `Val þitt var vistað`,
'settings.download': `Sækja skráningu samþykkis míns`,
'settings.duration': `Tímalengd`,
'settings.duration.persistent': `Þar til henni er eytt`,
'settings.duration.session': `Þar til vafranum er lokað`,
'settings.entries': `Vafrakökur og geymsla`,
'settings.gpc': html`Vafrinn þinn sendir Global Privacy Control-merki og við virðum það: flokkarnir ${0} verða áfram óvirkir nema þú kveikir á þeim hér.`,
'settings.intro': `Veldu hvaða vafrakökur og sambærilega geymslu þessi vefur má nota. Nauðsynlegar vafrakökur eru alltaf virkar, þar sem vefurinn getur ekki starfað án þeirra. Þú getur breytt vali þínu hvenær sem er.`,
'settings.policyLink': `Vafrakökustefna`,
'settings.privacyPolicy': `Persónuverndarstefna`,
'settings.purpose': `Tilgangur`,
'settings.rejectAll': `Hafna öllum`,
'settings.save': `Vista val`,
'settings.saved': `Val þín hafa verið vistuð`,
'settings.services': `Þjónustur`,
'settings.title': `Vafrakökustillingar`,
'table.alias': html`eða <code>${0}</code>`,
'table.column.category': `Flokkur`,
'table.column.duration': `Tímalengd`,
'table.column.name': `Heiti`,
'table.column.provider': `Veitandi`,
'table.column.purpose': `Tilgangur`,
'table.column.scope': `Gildissvið`,
'table.column.type': `Tegund`,
'table.persistent': `Varanleg`,
'table.privacyPolicy': `Persónuverndarstefna`,
'table.services': `Einnig notað, án þess að geyma neitt á þessum vef:`,
'table.session': `Lota`,
'table.thirdParty': `Þriðji aðili`,
'table.thisSite': `Þessi vefur`,
'table.type.cookie': `Vafrakaka`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Staðbundin geymsla`,
'table.type.sessionStorage': `Lotugeymsla`,
'table.unavailable': `Listinn yfir vafrakökur er ekki tiltækur.`,
'table.updated': html`Síðast uppfært: <time datetime="${0}">${1}</time>`,
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

  