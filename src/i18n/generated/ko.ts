
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `모두 수락`,
'banner.customize': `맞춤 설정`,
'banner.description': html`당사는 귀하의 동의가 있는 경우에만 다음 목적으로 쿠키 및 유사한 저장소를 사용합니다: ${0} 선택 사항은 언제든지 변경할 수 있습니다.`,
'banner.policyLink': `쿠키 정책`,
'banner.rejectAll': `모두 거부`,
'banner.reopen': `쿠키 설정`,
'banner.title': `귀하의 개인정보를 소중히 여깁니다`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./ko.more.js');

  