
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Accetta tutti`,
'settings.alwaysActive': `Sempre attivi`,
'settings.close': `Chiudi`,
'settings.consentId': `ID del consenso`,
'settings.decidedAt': `La sua scelta è stata salvata il`,
'settings.download': `Scarica la registrazione del mio consenso`,
'settings.duration': `Durata`,
'settings.duration.persistent': `Fino all'eliminazione`,
'settings.duration.session': `Fino alla chiusura del browser`,
'settings.entries': `Cookie e archiviazione`,
'settings.gpc': html`Il suo browser invia un segnale Global Privacy Control e lo rispettiamo: le categorie ${0} restano disattivate, a meno che non le attivi qui.`,
'settings.intro': `Scelga quali cookie e strumenti di archiviazione simili può utilizzare questo sito. Quelli essenziali sono sempre attivi, perché senza di essi il sito non può funzionare. Può modificare la scelta in qualsiasi momento.`,
'settings.policyLink': `Informativa sui cookie`,
'settings.privacyPolicy': `Informativa sulla privacy`,
'settings.purpose': `Finalità`,
'settings.rejectAll': `Rifiuta tutti`,
'settings.save': `Salva scelte`,
'settings.saved': `Le sue scelte sono state salvate`,
'settings.services': `Servizi`,
'settings.title': `Impostazioni cookie`,
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

  