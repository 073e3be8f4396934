
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Ceadaigh i gcónaí`,
'gate.description': html`Tá sé á sholáthar ag ${0}, a d'fhéadfadh fianáin a shocrú agus eolas a fháil faoi do chuairt. Fanfaidh sé blocáilte go dtí go gceadaíonn tú é.`,
'gate.loadOnce': `Lódáil uair amháin`,
'gate.privacyPolicy': `Beartas príobháideachais`,
'gate.someProvider': `an soláthraí seo`,
'gate.title': html`Ábhar ó ${0}`,
'settings.acceptAll': `Glac le gach ceann`,
'settings.alwaysActive': `Gníomhach i gcónaí`,
'settings.close': `Dún`,
'settings.consentId': `Aitheantas toilithe`,
'settings.decidedAt': `Sábháladh do rogha ar`,
'settings.decidedAtStale': `Sábháladh do rogha roimhe seo, a rinneadh sular athraíodh an beartas seo, ar`,
'settings.download': `Íoslódáil mo thaifead toilithe`,
'settings.duration': `Fad`,
'settings.duration.persistent': `Go dtí go scriostar é`,
'settings.duration.session': `Go dtí go ndúntar an brabhsálaí`,
'settings.entries': `Fianáin agus stóráil`,
'settings.gpc': html`Seolann do bhrabhsálaí comhartha Global Privacy Control, agus cloímid leis: fanfaidh ${0} múchta mura gcuireann tú ar siúl anseo iad.`,
'settings.gpcOne': html`Seolann do bhrabhsálaí comhartha Global Privacy Control, agus cloímid leis: fanfaidh an chatagóir ${0} múchta mura gcuireann tú ar siúl anseo í.`,
'settings.intro': `Roghnaigh na fianáin agus an stóráil chomhchosúil is féidir leis an suíomh seo a úsáid. Bíonn na cinn riachtanacha gníomhach i gcónaí, mar ní féidir leis an suíomh oibriú gan iad. Is féidir leat do rogha a athrú am ar bith.`,
'settings.policyLink': `Beartas fianán`,
'settings.privacyPolicy': `Beartas príobháideachais`,
'settings.purpose': `Cuspóir`,
'settings.rejectAll': `Diúltaigh do gach ceann`,
'settings.save': `Sábháil roghanna`,
'settings.saved': `Sábháladh do roghanna`,
'settings.services': `Seirbhísí`,
'settings.title': `Socruithe fianán`,
'storage.consentCookie': `Do roghanna toilithe maidir le fianáin a stóráil`,
'storage.consentLog': `Taifid ar do roghanna toilithe a choinneáil go dtí go bhfuil siad faighte ag an suíomh`,
'storage.necessary': `Fíor-riachtanach`,
'table.alias': html`nó <code>${0}</code>`,
'table.column.category': `Catagóir`,
'table.column.duration': `Fad`,
'table.column.name': `Ainm`,
'table.column.provider': `Soláthraí`,
'table.column.purpose': `Cuspóir`,
'table.column.scope': `Raon`,
'table.column.type': `Cineál`,
'table.persistent': `Buan`,
'table.privacyPolicy': `Beartas príobháideachais`,
'table.services': `In úsáid freisin, gan aon rud a stóráil ar an suíomh seo:`,
'table.session': `Seisiún`,
'table.thirdParty': `Tríú páirtí`,
'table.thisSite': `An suíomh seo`,
'table.type.cookie': `Fianán`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Stóráil áitiúil`,
'table.type.sessionStorage': `Stóráil seisiúin`,
'table.unavailable': `Níl liosta na bhfianán ar fáil.`,
'table.updated': html`An nuashonrú is déanaí: <time datetime="${0}">${1}</time>`,
};

  