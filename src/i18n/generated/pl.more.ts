
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Zawsze zezwalaj`,
'gate.description': html`Dostarcza ją ${0} i może przy tym zapisywać pliki cookie oraz uzyskiwać informacje o wizycie. Treść pozostaje zablokowana do czasu wyrażenia zgody.`,
'gate.loadOnce': `Wczytaj jednorazowo`,
'gate.privacyPolicy': `Polityka prywatności`,
'gate.someProvider': `ten dostawca`,
'gate.title': html`Treść z serwisu ${0}`,
'settings.acceptAll': `Akceptuj wszystkie`,
'settings.alwaysActive': `Zawsze aktywne`,
'settings.close': `Zamknij`,
'settings.consentId': `Identyfikator zgody`,
'settings.decidedAt': `Wybór zapisano`,
'settings.decidedAtStale': `Wcześniejszy wybór, dokonany przed zmianą tej polityki, zapisano`,
'settings.download': `Pobierz zapis zgody`,
'settings.duration': `Czas przechowywania`,
'settings.duration.persistent': `Do usunięcia`,
'settings.duration.session': `Do zamknięcia przeglądarki`,
'settings.entries': `Pliki cookie i pamięć przeglądarki`,
'settings.gpc': html`Przeglądarka wysyła sygnał Global Privacy Control, który respektujemy: kategorie ${0} pozostają wyłączone, chyba że zostaną tu włączone.`,
'settings.gpcOne': html`Przeglądarka wysyła sygnał Global Privacy Control, który respektujemy: kategoria ${0} pozostaje wyłączona, chyba że zostanie tu włączona.`,
'settings.intro': `Tutaj można wybrać, których plików cookie i podobnych mechanizmów pamięci przeglądarki może używać ta witryna. Niezbędne są zawsze aktywne, ponieważ bez nich witryna nie może działać. Wybór można zmienić w dowolnym momencie.`,
'settings.policyLink': `Polityka plików cookie`,
'settings.privacyPolicy': `Polityka prywatności`,
'settings.purpose': `Cel`,
'settings.rejectAll': `Odrzuć wszystkie`,
'settings.save': `Zapisz wybór`,
'settings.saved': `Wybór został zapisany`,
'settings.services': `Usługi`,
'settings.title': `Ustawienia plików cookie`,
'storage.consentCookie': `Przechowuje wybór dotyczący zgody na pliki cookie`,
'storage.consentLog': `Przechowuje zapisy zgód do czasu, aż witryna je odbierze`,
'storage.necessary': `Niezbędne`,
'table.alias': html`lub <code>${0}</code>`,
'table.column.category': `Kategoria`,
'table.column.duration': `Czas przechowywania`,
'table.column.name': `Nazwa`,
'table.column.provider': `Dostawca`,
'table.column.purpose': `Cel`,
'table.column.scope': `Zakres`,
'table.column.type': `Typ`,
'table.persistent': `Bezterminowo`,
'table.privacyPolicy': `Polityka prywatności`,
'table.services': `Używamy też usług, które niczego nie zapisują w tej witrynie:`,
'table.session': `Do końca sesji`,
'table.thirdParty': `Podmiot zewnętrzny`,
'table.thisSite': `Ta witryna`,
'table.type.cookie': `Plik cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Pamięć lokalna`,
'table.type.sessionStorage': `Pamięć sesji`,
'table.unavailable': `Lista plików cookie jest niedostępna.`,
'table.updated': html`Ostatnia aktualizacja: <time datetime="${0}">${1}</time>`,
};

  