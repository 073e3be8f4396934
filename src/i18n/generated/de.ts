
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Alle akzeptieren`,
'banner.customize': `Anpassen`,
'banner.description': html`Nur mit Ihrer Einwilligung verwenden wir Cookies und ähnliche Speichertechnologien für folgende Zwecke: ${0} Sie können Ihre Auswahl jederzeit ändern.`,
'banner.policyLink': `Cookie-Richtlinie`,
'banner.rejectAll': `Alle ablehnen`,
'banner.reopen': `Cookie-Einstellungen`,
'banner.title': `Ihre Privatsphäre ist uns wichtig`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./de.more.js');

  