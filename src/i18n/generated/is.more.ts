
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Leyfa alltaf`,
'gate.description': html`Þetta efni kemur frá ${0}, sem getur sett vafrakökur og fengið upplýsingar um heimsókn þína. Það verður áfram lokað þar til þú leyfir það.`,
'gate.loadOnce': `Hlaða einu sinni`,
'gate.privacyPolicy': `Persónuverndarstefna`,
'gate.someProvider': `þessum veitanda`,
'gate.title': html`Efni frá ${0}`,
'settings.acceptAll': `Samþykkja allar`,
'settings.alwaysActive': `Alltaf virkt`,
'settings.close': `Loka`,
'settings.consentId': `Auðkenni samþykkis`,
'settings.decidedAt': `Val þitt var vistað`,
'settings.decidedAtStale': `Fyrra val þitt, sem var gert áður en þessari stefnu var breytt, var vistað`,
'settings.download': `Sækja skráningu samþykkis míns`,
'settings.duration': `Tímalengd`,
'settings.duration.persistent': `Þar til henni er eytt`,
'settings.duration.session': `Þar til vafranum er lokað`,
'settings.entries': `Vafrakökur og geymsla`,
'settings.gpc': html`Vafrinn þinn sendir Global Privacy Control-merki og við virðum það: flokkarnir ${0} verða áfram óvirkir nema þú kveikir á þeim hér.`,
'settings.gpcOne': html`Vafrinn þinn sendir Global Privacy Control-merki og við virðum það: flokkurinn ${0} verður áfram óvirkur nema þú kveikir á honum hér.`,
'settings.intro': `Veldu hvaða vafrakökur og sambærilega geymslu þessi vefur má nota. Nauðsynlegar vafrakökur eru alltaf virkar, þar sem vefurinn getur ekki starfað án þeirra. Þú getur breytt vali þínu hvenær sem er.`,
'settings.policyLink': `Vafrakökustefna`,
'settings.privacyPolicy': `Persónuverndarstefna`,
'settings.purpose': `Tilgangur`,
'settings.rejectAll': `Hafna öllum`,
'settings.save': `Vista val`,
'settings.saved': `Val þín hafa verið vistuð`,
'settings.services': `Þjónustur`,
'settings.title': `Vafrakökustillingar`,
'storage.consentCookie': `Geymir val þitt um samþykki fyrir vafrakökum`,
'storage.consentLog': `Geymir skrár yfir samþykkisval þitt þar til vefurinn hefur tekið við þeim`,
'storage.necessary': `Bráðnauðsynlegar`,
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
};

  