
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Her zaman izin ver`,
'gate.description': html`İçerik, çerez yerleştirebilen ve ziyaretiniz hakkında bilgi edinebilen ${0} tarafından sunulur. Siz izin verene kadar engellenmiş olarak kalır.`,
'gate.loadOnce': `Bir kez yükle`,
'gate.privacyPolicy': `Gizlilik politikası`,
'gate.someProvider': `bu sağlayıcı`,
'gate.title': html`${0} içeriği`,
'settings.acceptAll': `Tümünü kabul et`,
'settings.alwaysActive': `Her zaman etkin`,
'settings.close': `Kapat`,
'settings.consentId': `Onay kimliği`,
'settings.decidedAt': `Seçiminizin kaydedildiği tarih`,
'settings.decidedAtStale': `Bu politika değişmeden önce yaptığınız önceki seçiminizin kaydedildiği tarih`,
'settings.download': `Onay kaydımı indir`,
'settings.duration': `Süre`,
'settings.duration.persistent': `Silinene kadar`,
'settings.duration.session': `Tarayıcı kapanana kadar`,
'settings.entries': `Çerezler ve depolama`,
'settings.gpc': html`Tarayıcınız Global Privacy Control sinyali gönderiyor ve buna saygı duyuyoruz: ${0}, burada etkinleştirmediğiniz sürece kapalı kalır.`,
'settings.gpcOne': html`Tarayıcınız Global Privacy Control sinyali gönderiyor ve buna saygı duyuyoruz: ${0}, burada etkinleştirmediğiniz sürece kapalı kalır.`,
'settings.intro': `Bu sitenin hangi çerezleri ve benzeri depolama yöntemlerini kullanabileceğini seçin. Zorunlu olanlar her zaman etkindir, çünkü site onlar olmadan çalışamaz. Seçiminizi istediğiniz zaman değiştirebilirsiniz.`,
'settings.policyLink': `Çerez politikası`,
'settings.privacyPolicy': `Gizlilik politikası`,
'settings.purpose': `Amaç`,
'settings.rejectAll': `Tümünü reddet`,
'settings.save': `Seçimleri kaydet`,
'settings.saved': `Seçimleriniz kaydedildi`,
'settings.services': `Hizmetler`,
'settings.title': `Çerez ayarları`,
'storage.consentCookie': `Çerez onayı tercihlerinizi saklar`,
'storage.consentLog': `Onay tercihlerinizin kayıtlarını site bunları alana kadar saklar`,
'storage.necessary': `Zorunlu`,
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
};

  