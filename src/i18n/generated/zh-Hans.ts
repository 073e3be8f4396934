
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `全部接受`,
'banner.customize': `自定义`,
'banner.description': html`我们仅在征得您同意后，才将 Cookie 及类似存储技术用于以下用途： ${0} 您可以随时更改您的选择。`,
'banner.policyLink': `Cookie 政策`,
'banner.rejectAll': `全部拒绝`,
'banner.reopen': `Cookie 设置`,
'banner.title': `我们重视您的隐私`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./zh-Hans.more.js');

  