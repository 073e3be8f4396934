
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Consenti sempre`,
'gate.description': html`È fornito da ${0}, che può impostare cookie e ricevere informazioni sulla sua visita. Resta bloccato finché non lo consente.`,
'gate.loadOnce': `Carica una volta`,
'gate.privacyPolicy': `Informativa sulla privacy`,
'gate.someProvider': `questo fornitore`,
'gate.title': html`Contenuto di ${0}`,
'settings.acceptAll': `Accetta tutti`,
'settings.alwaysActive': `Sempre attivi`,
'settings.close': `Chiudi`,
'settings.consentId': `ID del consenso`,
'settings.decidedAt': `La sua scelta è stata salvata il`,
'settings.decidedAtStale': `La sua scelta precedente, effettuata prima della modifica di questa informativa, è stata salvata il`,
'settings.download': `Scarica la registrazione del mio consenso`,
'settings.duration': `Durata`,
'settings.duration.persistent': `Fino all'eliminazione`,
'settings.duration.session': `Fino alla chiusura del browser`,
'settings.entries': `Cookie e archiviazione`,
'settings.gpc': html`Il suo browser invia un segnale Global Privacy Control e lo rispettiamo: le categorie ${0} restano disattivate, a meno che non le attivi qui.`,
'settings.gpcOne': html`Il suo browser invia un segnale Global Privacy Control e lo rispettiamo: la categoria ${0} resta disattivata, a meno che non la attivi qui.`,
'settings.intro': `Scelga quali cookie e strumenti di archiviazione simili può utilizzare questo sito. Quelli essenziali sono sempre attivi, perché senza di essi il sito non può funzionare. Può modificare la scelta in qualsiasi momento.`,
'settings.policyLink': `Informativa sui cookie`,
'settings.privacyPolicy': `Informativa sulla privacy`,
'settings.purpose': `Finalità`,
'settings.rejectAll': `Rifiuta tutti`,
'settings.save': `Salva scelte`,
'settings.saved': `Le sue scelte sono state salvate`,
'settings.services': `Servizi`,
'settings.title': `Impostazioni cookie`,
'storage.consentCookie': `Memorizza le sue scelte di consenso ai cookie`,
'storage.consentLog': `Conserva le registrazioni delle sue scelte di consenso finché il sito non le ha ricevute`,
'storage.necessary': `Strettamente necessari`,
'table.alias': html`o <code>${0}</code>`,
'table.column.category': `Categoria`,
'table.column.duration': `Durata`,
'table.column.name': `Nome`,
'table.column.provider': `Fornitore`,
'table.column.purpose': `Finalità`,
'table.column.scope': `Ambito`,
'table.column.type': `Tipo`,
'table.persistent': `Persistente`,
'table.privacyPolicy': `Informativa sulla privacy`,
'table.services': `Utilizziamo anche questi servizi, che non memorizzano nulla su questo sito:`,
'table.session': `Sessione`,
'table.thirdParty': `Terza parte`,
'table.thisSite': `Questo sito`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Archiviazione locale`,
'table.type.sessionStorage': `Archiviazione di sessione`,
'table.unavailable': `L'elenco dei cookie non è disponibile.`,
'table.updated': html`Ultimo aggiornamento: <time datetime="${0}">${1}</time>`,
};

  