
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `全部接受`,
'banner.customize': `自訂`,
'banner.description': html`我們僅在取得您的同意後，才將 Cookie 及類似的儲存技術用於以下用途： ${0} 您可以隨時變更您的選擇。`,
'banner.policyLink': `Cookie 政策`,
'banner.rejectAll': `全部拒絕`,
'banner.reopen': `Cookie 設定`,
'banner.title': `我們重視您的隱私`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./zh-Hant.more.js');

  