
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Να επιτρέπεται πάντα`,
'gate.description': html`Το περιεχόμενο παρέχεται από ${0}, που μπορεί να ορίζει cookies και να λαμβάνει πληροφορίες για την επίσκεψή σας. Παραμένει αποκλεισμένο μέχρι να το επιτρέψετε.`,
'gate.loadOnce': `Φόρτωση μία φορά`,
'gate.privacyPolicy': `Πολιτική απορρήτου`,
'gate.someProvider': `αυτόν τον πάροχο`,
'gate.title': html`Περιεχόμενο από ${0}`,
'settings.acceptAll': `Αποδοχή όλων`,
'settings.alwaysActive': `Πάντα ενεργά`,
'settings.close': `Κλείσιμο`,
'settings.consentId': `Αναγνωριστικό συγκατάθεσης`,
'settings.decidedAt': `Η επιλογή σας αποθηκεύτηκε στις`,
'settings.decidedAtStale': `Η προηγούμενη επιλογή σας, που έγινε πριν από την αλλαγή αυτής της πολιτικής, αποθηκεύτηκε στις`,
'settings.download': `Λήψη αρχείου της συγκατάθεσής μου`,
'settings.duration': `Διάρκεια`,
'settings.duration.persistent': `Μέχρι να διαγραφεί`,
'settings.duration.session': `Μέχρι να κλείσει το πρόγραμμα περιήγησης`,
'settings.entries': `Cookies και αποθήκευση`,
'settings.gpc': html`Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control, το οποίο σεβόμαστε: οι κατηγορίες ${0} παραμένουν απενεργοποιημένες, εκτός αν τις ενεργοποιήσετε εδώ.`,
'settings.gpcOne': html`Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control, το οποίο σεβόμαστε: η κατηγορία ${0} παραμένει απενεργοποιημένη, εκτός αν την ενεργοποιήσετε εδώ.`,
'settings.intro': `Επιλέξτε ποια cookies και παρόμοιες τεχνολογίες αποθήκευσης μπορεί να χρησιμοποιεί αυτός ο ιστότοπος. Τα απαραίτητα είναι πάντα ενεργά, επειδή ο ιστότοπος δεν μπορεί να λειτουργήσει χωρίς αυτά. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.`,
'settings.policyLink': `Πολιτική cookies`,
'settings.privacyPolicy': `Πολιτική απορρήτου`,
'settings.purpose': `Σκοπός`,
'settings.rejectAll': `Απόρριψη όλων`,
'settings.save': `Αποθήκευση επιλογών`,
'settings.saved': `Οι επιλογές σας αποθηκεύτηκαν`,
'settings.services': `Υπηρεσίες`,
'settings.title': `Ρυθμίσεις cookies`,
'storage.consentCookie': `Αποθηκεύει τις επιλογές συγκατάθεσής σας για τα cookies`,
'storage.consentLog': `Διατηρεί αρχεία των επιλογών συγκατάθεσής σας μέχρι να τα λάβει ο ιστότοπος`,
'storage.necessary': `Απολύτως απαραίτητα`,
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
};

  