
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Permitir sempre`,
'gate.description': html`É fornecido por ${0}, que pode definir cookies e obter informações sobre sua visita. Fica bloqueado até que você o permita.`,
'gate.loadOnce': `Carregar uma vez`,
'gate.privacyPolicy': `Política de privacidade`,
'gate.someProvider': `este provedor`,
'gate.title': html`Conteúdo de ${0}`,
'settings.acceptAll': `Aceitar todos`,
'settings.alwaysActive': `Sempre ativo`,
'settings.close': `Fechar`,
'settings.consentId': `ID de consentimento`,
'settings.decidedAt': `Sua escolha foi salva em`,
'settings.decidedAtStale': `Sua escolha anterior, feita antes da alteração desta política, foi salva em`,
'settings.download': `Baixar meu registro de consentimento`,
'settings.duration': `Duração`,
'settings.duration.persistent': `Até ser excluído`,
'settings.duration.session': `Até o navegador ser fechado`,
'settings.entries': `Cookies e armazenamento`,
'settings.gpc': html`Seu navegador envia um sinal Global Privacy Control, e nós o respeitamos: as categorias ${0} ficam desativadas, a menos que você as ative aqui.`,
'settings.gpcOne': html`Seu navegador envia um sinal Global Privacy Control, e nós o respeitamos: a categoria ${0} fica desativada, a menos que você a ative aqui.`,
'settings.intro': `Escolha quais cookies e formas de armazenamento semelhantes este site pode usar. Os essenciais estão sempre ativos, pois o site não funciona sem eles. Você pode alterar sua escolha a qualquer momento.`,
'settings.policyLink': `Política de cookies`,
'settings.privacyPolicy': `Política de privacidade`,
'settings.purpose': `Finalidade`,
'settings.rejectAll': `Rejeitar todos`,
'settings.save': `Salvar escolhas`,
'settings.saved': `Suas escolhas foram salvas`,
'settings.services': `Serviços`,
'settings.title': `Configurações de cookies`,
'storage.consentCookie': `Armazena suas escolhas de consentimento de cookies`,
'storage.consentLog': `Mantém registros das suas escolhas de consentimento até que o site os receba`,
'storage.necessary': `Estritamente necessários`,
'table.alias': html`ou <code>${0}</code>`,
'table.column.category': `Categoria`,
'table.column.duration': `Duração`,
'table.column.name': `Nome`,
'table.column.provider': `Provedor`,
'table.column.purpose': `Finalidade`,
'table.column.scope': `Escopo`,
'table.column.type': `Tipo`,
'table.persistent': `Persistente`,
'table.privacyPolicy': `Política de privacidade`,
'table.services': `Também usados, sem armazenar nada neste site:`,
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

  