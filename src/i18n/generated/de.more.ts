
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Immer zulassen`,
'gate.description': html`Dieser Inhalt wird von ${0} bereitgestellt, wobei Cookies gesetzt und Informationen über Ihren Besuch übermittelt werden können. Er bleibt blockiert, bis Sie ihn zulassen.`,
'gate.loadOnce': `Einmal laden`,
'gate.privacyPolicy': `Datenschutzerklärung`,
'gate.someProvider': `diesem Anbieter`,
'gate.title': html`Inhalt von ${0}`,
'settings.acceptAll': `Alle akzeptieren`,
'settings.alwaysActive': `Immer aktiv`,
'settings.close': `Schließen`,
'settings.consentId': `Einwilligungs-ID`,
'settings.decidedAt': `Ihre Auswahl wurde gespeichert am`,
'settings.decidedAtStale': `Ihre frühere, vor der Änderung dieser Richtlinie getroffene Auswahl wurde gespeichert am`,
'settings.download': `Meinen Einwilligungsnachweis herunterladen`,
'settings.duration': `Speicherdauer`,
'settings.duration.persistent': `Bis zur Löschung`,
'settings.duration.session': `Bis zum Schließen des Browsers`,
'settings.entries': `Cookies und Speicher`,
'settings.gpc': html`Ihr Browser sendet das Signal „Global Privacy Control“, und wir respektieren es: ${0} bleiben deaktiviert, es sei denn, Sie aktivieren sie hier.`,
'settings.gpcOne': html`Ihr Browser sendet das Signal „Global Privacy Control“, und wir respektieren es: Die Kategorie ${0} bleibt deaktiviert, es sei denn, Sie aktivieren sie hier.`,
'settings.intro': `Wählen Sie, welche Cookies und ähnlichen Speichertechnologien diese Website verwenden darf. Notwendige sind immer aktiv, weil die Website ohne sie nicht funktionieren kann. Sie können Ihre Auswahl jederzeit ändern.`,
'settings.policyLink': `Cookie-Richtlinie`,
'settings.privacyPolicy': `Datenschutzerklärung`,
'settings.purpose': `Zweck`,
'settings.rejectAll': `Alle ablehnen`,
'settings.save': `Auswahl speichern`,
'settings.saved': `Ihre Auswahl wurde gespeichert`,
'settings.services': `Dienste`,
'settings.title': `Cookie-Einstellungen`,
'storage.consentCookie': `Speichert Ihre Cookie-Auswahl`,
'storage.consentLog': `Bewahrt Nachweise Ihrer Einwilligungen auf, bis die Website sie erhalten hat`,
'storage.necessary': `Unbedingt notwendig`,
'table.alias': html`oder <code>${0}</code>`,
'table.column.category': `Kategorie`,
'table.column.duration': `Speicherdauer`,
'table.column.name': `Name`,
'table.column.provider': `Anbieter`,
'table.column.purpose': `Zweck`,
'table.column.scope': `Geltungsbereich`,
'table.column.type': `Typ`,
'table.persistent': `Dauerhaft`,
'table.privacyPolicy': `Datenschutzerklärung`,
'table.services': `Ebenfalls genutzt, ohne auf dieser Website etwas zu speichern:`,
'table.session': `Sitzung`,
'table.thirdParty': `Drittanbieter`,
'table.thisSite': `Diese Website`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Lokaler Speicher`,
'table.type.sessionStorage': `Sitzungsspeicher`,
'table.unavailable': `Die Cookie-Liste ist nicht verfügbar.`,
'table.updated': html`Zuletzt aktualisiert: <time datetime="${0}">${1}</time>`,
};

  