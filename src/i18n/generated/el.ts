
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Αποδοχή όλων`,
'banner.customize': `Προσαρμογή`,
'banner.description': html`Χρησιμοποιούμε cookies και παρόμοιες τεχνολογίες αποθήκευσης, μόνο με τη συγκατάθεσή σας, για τους εξής σκοπούς: ${0} Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.`,
'banner.policyLink': `Πολιτική cookies`,
'banner.rejectAll': `Απόρριψη όλων`,
'banner.reopen': `Ρυθμίσεις cookies`,
'banner.title': `Σεβόμαστε το απόρρητό σας`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./el.more.js');

  