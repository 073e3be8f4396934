
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Összes elfogadása`,
'banner.customize': `Testreszabás`,
'banner.description': html`Kizárólag az Ön hozzájárulásával használunk sütiket és hasonló tárolási technológiákat a következő célokra: ${0} Választását bármikor módosíthatja.`,
'banner.policyLink': `Sütiszabályzat`,
'banner.rejectAll': `Összes elutasítása`,
'banner.reopen': `Sütibeállítások`,
'banner.title': `Fontos számunkra az Ön magánszférája`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./hu.more.js');

  