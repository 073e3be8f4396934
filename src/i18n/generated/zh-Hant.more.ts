
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `一律允許`,
'gate.description': html`此內容由${0}提供，該提供者可能會設定 Cookie 並得知您的造訪資訊。在您允許之前，此內容將維持封鎖。`,
'gate.loadOnce': `僅載入一次`,
'gate.privacyPolicy': `隱私權政策`,
'gate.someProvider': `第三方`,
'gate.title': html`來自${0}的內容`,
'settings.acceptAll': `全部接受`,
'settings.alwaysActive': `一律啟用`,
'settings.close': `關閉`,
'settings.consentId': `同意 ID`,
'settings.decidedAt': `您的選擇儲存於`,
'settings.decidedAtStale': `您在此政策變更前所做的選擇儲存於`,
'settings.download': `下載我的同意紀錄`,
'settings.duration': `有效期限`,
'settings.duration.persistent': `直到刪除為止`,
'settings.duration.session': `直到瀏覽器關閉`,
'settings.entries': `Cookie 與儲存空間`,
'settings.gpc': html`您的瀏覽器傳送了 Global Privacy Control 訊號，我們予以尊重：除非您在此處啟用，否則${0}將維持關閉。`,
'settings.gpcOne': html`您的瀏覽器傳送了 Global Privacy Control 訊號，我們予以尊重：除非您在此處啟用，否則${0}將維持關閉。`,
'settings.intro': `請選擇本網站可使用哪些 Cookie 及類似的儲存技術。其中必要項目一律啟用，因為缺少它們本網站將無法運作。您可以隨時變更您的選擇。`,
'settings.policyLink': `Cookie 政策`,
'settings.privacyPolicy': `隱私權政策`,
'settings.purpose': `用途`,
'settings.rejectAll': `全部拒絕`,
'settings.save': `儲存選擇`,
'settings.saved': `已儲存您的選擇`,
'settings.services': `服務`,
'settings.title': `Cookie 設定`,
'storage.consentCookie': `儲存您的 Cookie 同意選擇`,
'storage.consentLog': `在網站收到之前，保留您的同意選擇紀錄`,
'storage.necessary': `必要`,
'table.alias': html`或 <code>${0}</code>`,
'table.column.category': `類別`,
'table.column.duration': `有效期限`,
'table.column.name': `名稱`,
'table.column.provider': `提供者`,
'table.column.purpose': `用途`,
'table.column.scope': `範圍`,
'table.column.type': `類型`,
'table.persistent': `持續性`,
'table.privacyPolicy': `隱私權政策`,
'table.services': `另外使用以下服務（不會在本網站儲存任何內容）：`,
'table.session': `工作階段`,
'table.thirdParty': `第三方`,
'table.thisSite': `本網站`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `本機儲存空間`,
'table.type.sessionStorage': `工作階段儲存空間`,
'table.unavailable': `無法提供 Cookie 清單。`,
'table.updated': html`最後更新：<time datetime="${0}">${1}</time>`,
};

  