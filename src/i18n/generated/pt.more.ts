
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Aceitar todos`,
'settings.alwaysActive': `Sempre ativos`,
'settings.close': `Fechar`,
'settings.consentId': `ID de consentimento`,
'settings.decidedAt': `A sua escolha foi guardada em`,
'settings.download': `Transferir o meu registo de consentimento`,
'settings.duration': `Duração`,
'settings.duration.persistent': `Até ser eliminado`,
'settings.duration.session': `Até fechar o navegador`,
'settings.entries': `Cookies e armazenamento`,
'settings.gpc': html`O seu navegador envia um sinal Global Privacy Control, que respeitamos: as categorias ${0} permanecem desativadas, a menos que as ative aqui.`,
'settings.intro': `Escolha que cookies e armazenamento semelhante este site pode utilizar. Os essenciais estão sempre ativos, porque o site não funciona sem eles. Pode alterar a sua escolha a qualquer momento.`,
'settings.policyLink': `Política de cookies`,
'settings.privacyPolicy': `Política de privacidade`,
'settings.purpose': `Finalidade`,
'settings.rejectAll': `Rejeitar todos`,
'settings.save': `Guardar escolhas`,
'settings.saved': `As suas escolhas foram guardadas`,
'settings.services': `Serviços`,
'settings.title': `Definições de cookies`,
'table.alias': html`ou <code>${0}</code>`,
'table.column.category': `Categoria`,
'table.column.duration': `Duração`,
'table.column.name': `Nome`,
'table.column.provider': `Fornecedor`,
'table.column.purpose': `Finalidade`,
'table.column.scope': `Âmbito`,
'table.column.type': `Tipo`,
'table.persistent': `Persistente`,
'table.privacyPolicy': `Política de privacidade`,
'table.services': `Também utilizados, sem armazenar nada neste site:`,
'table.session': `Sessão`,
'table.thirdParty': `Terceiros`,
'table.thisSite': `Este site`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Armazenamento local`,
'table.type.sessionStorage': `Armazenamento de sessão`,
'table.unavailable': `A lista de cookies não está disponível.`,
'table.updated': html`Última atualização: <time datetime="${0}">${1}</time>`,
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

  