
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'settings.acceptAll': `Αποδοχή όλων`,
'settings.alwaysActive': `Πάντα ενεργά`,
'settings.close': `Κλείσιμο`,
'settings.consentId': `Αναγνωριστικό συγκατάθεσης`,
'settings.decidedAt': `Η επιλογή σας αποθηκεύτηκε στις`,
'settings.download': `Λήψη αρχείου της συγκατάθεσής μου`,
'settings.duration': `Διάρκεια`,
'settings.duration.persistent': `Μέχρι να διαγραφεί`,
'settings.duration.session': `Μέχρι να κλείσει το πρόγραμμα περιήγησης`,
'settings.entries': `Cookies και αποθήκευση`,
'settings.gpc': html`Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control, το οποίο σεβόμαστε: οι κατηγορίες ${0} παραμένουν απενεργοποιημένες, εκτός αν τις ενεργοποιήσετε εδώ.`,
'settings.intro': `Επιλέξτε ποια cookies και παρόμοιες τεχνολογίες αποθήκευσης μπορεί να χρησιμοποιεί αυτός ο ιστότοπος. Τα απαραίτητα είναι πάντα ενεργά, επειδή ο ιστότοπος δεν μπορεί να λειτουργήσει χωρίς αυτά. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.`,
'settings.policyLink': `Πολιτική cookies`,
'settings.privacyPolicy': `Πολιτική απορρήτου`,
'settings.purpose': `Σκοπός`,
'settings.rejectAll': `Απόρριψη όλων`,
'settings.save': `Αποθήκευση επιλογών`,
'settings.saved': `Οι επιλογές σας αποθηκεύτηκαν`,
'settings.services': `Υπηρεσίες`,
'settings.title': `Ρυθμίσεις cookies`,
'table.alias': html`ή <code>${0}</code>`,
'table.column.category': `Κατηγορία`,
'table.column.duration': `Διάρκεια`,
'table.column.name': `Όνομα`,
'table.column.provider': `Πάροχος`,
'table.column.purpose': `Σκοπός`,
'table.column.scope': `Εύρος`,
'table.column.type': `Τύπος`,
'table.persistent': `Μόνιμο`,
'table.privacyPolicy': `Πολιτική απορρήτου`,
'table.services': `Χρησιμοποιούνται επίσης, χωρίς να αποθηκεύουν τίποτα σε αυτόν τον ιστότοπο:`,
'table.session': `Συνεδρία`,
'table.thirdParty': `Τρίτο μέρος`,
'table.thisSite': `Αυτός ο ιστότοπος`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Τοπική αποθήκευση`,
'table.type.sessionStorage': `Αποθήκευση συνεδρίας`,
'table.unavailable': `Η λίστα των cookies δεν είναι διαθέσιμη.`,
'table.updated': html`Τελευταία ενημέρωση: <time datetime="${0}">${1}</time>`,
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

  