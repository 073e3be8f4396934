
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `始终允许`,
'gate.description': html`此内容由${0}提供，该提供方可能会设置 Cookie 并获知您的访问信息。在您允许之前，此内容将保持屏蔽。`,
'gate.loadOnce': `仅加载一次`,
'gate.privacyPolicy': `隐私政策`,
'gate.someProvider': `第三方`,
'gate.title': html`来自${0}的内容`,
'settings.acceptAll': `全部接受`,
'settings.alwaysActive': `始终启用`,
'settings.close': `关闭`,
'settings.consentId': `同意 ID`,
'settings.decidedAt': `您的选择保存于`,
'settings.decidedAtStale': `您在此政策变更前所做的选择保存于`,
'settings.download': `下载我的同意记录`,
'settings.duration': `有效期`,
'settings.duration.persistent': `直到被删除`,
'settings.duration.session': `直到浏览器关闭`,
'settings.entries': `Cookie 和存储`,
'settings.gpc': html`您的浏览器发送了 Global Privacy Control 信号，我们予以尊重：除非您在此处启用，否则${0}将保持关闭。`,
'settings.gpcOne': html`您的浏览器发送了 Global Privacy Control 信号，我们予以尊重：除非您在此处启用，否则${0}将保持关闭。`,
'settings.intro': `请选择本网站可以使用哪些 Cookie 及类似存储技术。其中必要项始终启用，因为没有它们本网站将无法运行。您可以随时更改您的选择。`,
'settings.policyLink': `Cookie 政策`,
'settings.privacyPolicy': `隐私政策`,
'settings.purpose': `用途`,
'settings.rejectAll': `全部拒绝`,
'settings.save': `保存选择`,
'settings.saved': `您的选择已保存`,
'settings.services': `服务`,
'settings.title': `Cookie 设置`,
'storage.consentCookie': `存储您的 Cookie 同意选择`,
'storage.consentLog': `在网站收到之前，保留您的同意选择记录`,
'storage.necessary': `必要`,
'table.alias': html`或 <code>${0}</code>`,
'table.column.category': `类别`,
'table.column.duration': `有效期`,
'table.column.name': `名称`,
'table.column.provider': `提供方`,
'table.column.purpose': `用途`,
'table.column.scope': `范围`,
'table.column.type': `类型`,
'table.persistent': `持久`,
'table.privacyPolicy': `隐私政策`,
'table.services': `此外还使用了以下服务（不在本网站存储任何内容）：`,
'table.session': `会话`,
'table.thirdParty': `第三方`,
'table.thisSite': `本网站`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `本地存储`,
'table.type.sessionStorage': `会话存储`,
'table.unavailable': `Cookie 列表不可用。`,
'table.updated': html`最后更新：<time datetime="${0}">${1}</time>`,
};

  