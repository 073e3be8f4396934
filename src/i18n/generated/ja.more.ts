
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `常に許可`,
'gate.description': html`このコンテンツは${0}によって提供されています。提供元がCookieを設定したり、お客様の訪問に関する情報を取得したりする場合があります。許可するまでブロックされたままになります。`,
'gate.loadOnce': `今回のみ読み込む`,
'gate.privacyPolicy': `プライバシーポリシー`,
'gate.someProvider': `外部の提供元`,
'gate.title': html`${0}のコンテンツ`,
'settings.acceptAll': `すべて許可`,
'settings.alwaysActive': `常に有効`,
'settings.close': `閉じる`,
'settings.consentId': `同意ID`,
'settings.decidedAt': `選択を保存した日時`,
'settings.decidedAtStale': `このポリシーの変更前に行った選択を保存した日時`,
'settings.download': `同意記録をダウンロード`,
'settings.duration': `有効期間`,
'settings.duration.persistent': `削除されるまで`,
'settings.duration.session': `ブラウザを閉じるまで`,
'settings.entries': `Cookieとストレージ`,
'settings.gpc': html`お客様のブラウザはGlobal Privacy Controlシグナルを送信しており、当サイトはこれを尊重します。${0}は、ここで有効にしない限り無効のままです。`,
'settings.gpcOne': html`お客様のブラウザはGlobal Privacy Controlシグナルを送信しており、当サイトはこれを尊重します。${0}は、ここで有効にしない限り無効のままです。`,
'settings.intro': `当サイトが使用できるCookieおよび類似のストレージを選択してください。必須のものはサイトの動作に欠かせないため、常に有効です。選択はいつでも変更できます。`,
'settings.policyLink': `Cookieポリシー`,
'settings.privacyPolicy': `プライバシーポリシー`,
'settings.purpose': `目的`,
'settings.rejectAll': `すべて拒否`,
'settings.save': `選択を保存`,
'settings.saved': `選択を保存しました`,
'settings.services': `サービス`,
'settings.title': `Cookie設定`,
'storage.consentCookie': `Cookieに関するお客様の同意内容を保存します`,
'storage.consentLog': `サイトが受信するまで、お客様の同意の記録を保持します`,
'storage.necessary': `必須`,
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
};

  