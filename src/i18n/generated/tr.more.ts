
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Tümünü kabul et`,
'settings.alwaysActive': `Her zaman etkin`,
'settings.close': `Kapat`,
'settings.consentId': `Onay kimliği`,
'settings.decidedAt': `Seçiminizin kaydedildiği tarih`,
'settings.download': `Onay kaydımı indir`,
'settings.duration': `Süre`,
'settings.duration.persistent': `Silinene kadar`,
'settings.duration.session': `Tarayıcı kapanana kadar`,
'settings.entries': `Çerezler ve depolama`,
'settings.gpc': html`Tarayıcınız Global Privacy Control sinyali gönderiyor ve buna saygı duyuyoruz: ${0}, burada etkinleştirmediğiniz sürece kapalı kalır.`,
'settings.intro': `Bu sitenin hangi çerezleri ve benzeri depolama yöntemlerini kullanabileceğini seçin. Zorunlu olanlar her zaman etkindir, çünkü site onlar olmadan çalışamaz. Seçiminizi istediğiniz zaman değiştirebilirsiniz.`,
'settings.policyLink': `Çerez politikası`,
'settings.privacyPolicy': `Gizlilik politikası`,
'settings.purpose': `Amaç`,
'settings.rejectAll': `Tümünü reddet`,
'settings.save': `Seçimleri kaydet`,
'settings.saved': `Seçimleriniz kaydedildi`,
'settings.services': `Hizmetler`,
'settings.title': `Çerez ayarları`,
'table.alias': html`veya <code>${0}</code>`,
'table.column.category': `Kategori`,
'table.column.duration': `Süre`,
'table.column.name': `Ad`,
'table.column.provider': `Sağlayıcı`,
'table.column.purpose': `Amaç`,
'table.column.scope': `Kapsam`,
'table.column.type': `Tür`,
'table.persistent': `Kalıcı`,
'table.privacyPolicy': `Gizlilik politikası`,
'table.services': `Ayrıca kullanılan ve bu sitede hiçbir şey depolamayan hizmetler:`,
'table.session': `Oturum`,
'table.thirdParty': `Üçüncü taraf`,
'table.thisSite': `Bu site`,
'table.type.cookie': `Çerez`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Yerel depolama`,
'table.type.sessionStorage': `Oturum depolaması`,
'table.unavailable': `Çerez listesi kullanılamıyor.`,
'table.updated': html`Son güncelleme: <time datetime="${0}">${1}</time>`,
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

  