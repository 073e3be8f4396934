
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Permitir sempre`,
'gate.description': html`É fornecido por ${0}, que pode definir cookies e obter informações sobre a sua visita. Permanece bloqueado até que o permita.`,
'gate.loadOnce': `Carregar uma vez`,
'gate.privacyPolicy': `Política de privacidade`,
'gate.someProvider': `este fornecedor`,
'gate.title': html`Conteúdo de ${0}`,
'settings.acceptAll': `Aceitar todos`,
'settings.alwaysActive': `Sempre ativos`,
'settings.close': `Fechar`,
'settings.consentId': `ID de consentimento`,
'settings.decidedAt': `A sua escolha foi guardada em`,
'settings.decidedAtStale': `A sua escolha anterior, feita antes da alteração desta política, foi guardada em`,
'settings.download': `Transferir o meu registo de consentimento`,
'settings.duration': `Duração`,
'settings.duration.persistent': `Até ser eliminado`,
'settings.duration.session': `Até fechar o navegador`,
'settings.entries': `Cookies e armazenamento`,
'settings.gpc': html`O seu navegador envia um sinal Global Privacy Control, que respeitamos: as categorias ${0} permanecem desativadas, a menos que as ative aqui.`,
'settings.gpcOne': html`O seu navegador envia um sinal Global Privacy Control, que respeitamos: a categoria ${0} permanece desativada, a menos que a ative aqui.`,
'settings.intro': `Escolha que cookies e armazenamento semelhante este site pode utilizar. Os essenciais estão sempre ativos, porque o site não funciona sem eles. Pode alterar a sua escolha a qualquer momento.`,
'settings.policyLink': `Política de cookies`,
'settings.privacyPolicy': `Política de privacidade`,
'settings.purpose': `Finalidade`,
'settings.rejectAll': `Rejeitar todos`,
'settings.save': `Guardar escolhas`,
'settings.saved': `As suas escolhas foram guardadas`,
'settings.services': `Serviços`,
'settings.title': `Definições de cookies`,
'storage.consentCookie': `Guarda as suas escolhas de consentimento de cookies`,
'storage.consentLog': `Conserva registos das suas escolhas de consentimento até que o site os receba`,
'storage.necessary': `Estritamente necessários`,
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
};

  