
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `すべて許可`,
'settings.alwaysActive': `常に有効`,
'settings.close': `閉じる`,
'settings.consentId': `同意ID`,
'settings.decidedAt': `選択を保存した日時`,
'settings.download': `同意記録をダウンロード`,
'settings.duration': `有効期間`,
'settings.duration.persistent': `削除されるまで`,
'settings.duration.session': `ブラウザを閉じるまで`,
'settings.entries': `Cookieとストレージ`,
'settings.gpc': html`お客様のブラウザはGlobal Privacy Controlシグナルを送信しており、当サイトはこれを尊重します。${0}は、ここで有効にしない限り無効のままです。`,
'settings.intro': `当サイトが使用できるCookieおよび類似のストレージを選択してください。必須のものはサイトの動作に欠かせないため、常に有効です。選択はいつでも変更できます。`,
'settings.policyLink': `Cookieポリシー`,
'settings.privacyPolicy': `プライバシーポリシー`,
'settings.purpose': `目的`,
'settings.rejectAll': `すべて拒否`,
'settings.save': `選択を保存`,
'settings.saved': `選択を保存しました`,
'settings.services': `サービス`,
'settings.title': `Cookie設定`,
'table.alias': html`または <code>${0}</code>`,
'table.column.category': `カテゴリ`,
'table.column.duration': `有効期間`,
'table.column.name': `名前`,
'table.column.provider': `提供元`,
'table.column.purpose': `目的`,
'table.column.scope': `範囲`,
'table.column.type': `種類`,
'table.persistent': `永続`,
'table.privacyPolicy': `プライバシーポリシー`,
'table.services': `その他に利用しているサービス（当サイトには何も保存しません）：`,
'table.session': `セッション`,
'table.thirdParty': `サードパーティ`,
'table.thisSite': `当サイト`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `ローカルストレージ`,
'table.type.sessionStorage': `セッションストレージ`,
'table.unavailable': `Cookieの一覧を表示できません。`,
'table.updated': html`最終更新日：<time datetime="${0}">${1}</time>`,
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

  