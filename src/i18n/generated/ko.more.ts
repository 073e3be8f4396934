
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `항상 허용`,
'gate.description': html`이 콘텐츠는 ${0}에서 제공하며, 제공업체가 쿠키를 설정하고 귀하의 방문 정보를 수집할 수 있습니다. 허용하기 전까지 차단된 상태로 유지됩니다.`,
'gate.loadOnce': `한 번만 로드`,
'gate.privacyPolicy': `개인정보 처리방침`,
'gate.someProvider': `외부 제공업체`,
'gate.title': html`${0} 콘텐츠`,
'settings.acceptAll': `모두 수락`,
'settings.alwaysActive': `항상 활성`,
'settings.close': `닫기`,
'settings.consentId': `동의 ID`,
'settings.decidedAt': `선택 저장 일시`,
'settings.decidedAtStale': `이 정책이 변경되기 전에 한 이전 선택 저장 일시`,
'settings.download': `내 동의 기록 다운로드`,
'settings.duration': `보관 기간`,
'settings.duration.persistent': `삭제될 때까지`,
'settings.duration.session': `브라우저를 닫을 때까지`,
'settings.entries': `쿠키 및 저장소`,
'settings.gpc': html`귀하의 브라우저가 Global Privacy Control 신호를 보내고 있으며, 당사는 이를 존중합니다. ${0} 카테고리는 여기에서 활성화하지 않는 한 비활성 상태로 유지됩니다.`,
'settings.gpcOne': html`귀하의 브라우저가 Global Privacy Control 신호를 보내고 있으며, 당사는 이를 존중합니다. ${0} 카테고리는 여기에서 활성화하지 않는 한 비활성 상태로 유지됩니다.`,
'settings.intro': `이 사이트에서 사용할 수 있는 쿠키 및 유사한 저장소를 선택하십시오. 필수 항목은 사이트 작동에 반드시 필요하므로 항상 활성화되어 있습니다. 선택 사항은 언제든지 변경할 수 있습니다.`,
'settings.policyLink': `쿠키 정책`,
'settings.privacyPolicy': `개인정보 처리방침`,
'settings.purpose': `목적`,
'settings.rejectAll': `모두 거부`,
'settings.save': `선택 사항 저장`,
'settings.saved': `선택 사항이 저장되었습니다`,
'settings.services': `서비스`,
'settings.title': `쿠키 설정`,
'storage.consentCookie': `귀하의 쿠키 동의 선택 사항을 저장합니다`,
'storage.consentLog': `사이트가 수신할 때까지 귀하의 동의 선택 기록을 보관합니다`,
'storage.necessary': `필수`,
'table.alias': html`또는 <code>${0}</code>`,
'table.column.category': `카테고리`,
'table.column.duration': `보관 기간`,
'table.column.name': `이름`,
'table.column.provider': `제공자`,
'table.column.purpose': `목적`,
'table.column.scope': `범위`,
'table.column.type': `유형`,
'table.persistent': `영구`,
'table.privacyPolicy': `개인정보 처리방침`,
'table.services': `이 사이트에 아무것도 저장하지 않고 함께 사용되는 서비스:`,
'table.session': `세션`,
'table.thirdParty': `제3자`,
'table.thisSite': `이 사이트`,
'table.type.cookie': `쿠키`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `로컬 저장소`,
'table.type.sessionStorage': `세션 저장소`,
'table.unavailable': `쿠키 목록을 사용할 수 없습니다.`,
'table.updated': html`최종 업데이트: <time datetime="${0}">${1}</time>`,
};

  