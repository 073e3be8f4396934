
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `すべて許可`,
'banner.customize': `カスタマイズ`,
'banner.description': html`当サイトでは、お客様の同意がある場合に限り、次の目的でCookieおよび類似のストレージを使用します： ${0} 選択はいつでも変更できます。`,
'banner.policyLink': `Cookieポリシー`,
'banner.rejectAll': `すべて拒否`,
'banner.reopen': `Cookie設定`,
'banner.title': `お客様のプライバシーを大切にしています`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./ja.more.js');

  