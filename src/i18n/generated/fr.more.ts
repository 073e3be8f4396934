
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Toujours autoriser`,
'gate.description': html`Ce contenu est fourni par ${0}, qui peut déposer des cookies et obtenir des informations sur votre visite. Il reste bloqué jusqu'à ce que vous l'autorisiez.`,
'gate.loadOnce': `Charger une fois`,
'gate.privacyPolicy': `Politique de confidentialité`,
'gate.someProvider': `ce fournisseur`,
'gate.title': html`Contenu ${0}`,
'settings.acceptAll': `Tout accepter`,
'settings.alwaysActive': `Toujours actifs`,
'settings.close': `Fermer`,
'settings.consentId': `Identifiant de consentement`,
'settings.decidedAt': `Votre choix a été enregistré le`,
'settings.decidedAtStale': `Votre choix précédent, effectué avant la modification de cette politique, a été enregistré le`,
'settings.download': `Télécharger la preuve de mon consentement`,
'settings.duration': `Durée`,
'settings.duration.persistent': `Jusqu'à la suppression`,
'settings.duration.session': `Jusqu'à la fermeture du navigateur`,
'settings.entries': `Cookies et stockage`,
'settings.gpc': html`Votre navigateur envoie un signal Global Privacy Control, et nous le respectons : les catégories ${0} restent désactivées, sauf si vous les activez ici.`,
'settings.gpcOne': html`Votre navigateur envoie un signal Global Privacy Control, et nous le respectons : la catégorie ${0} reste désactivée, sauf si vous l'activez ici.`,
'settings.intro': `Choisissez les cookies et technologies de stockage similaires que ce site peut utiliser. Ceux qui sont strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Vous pouvez modifier votre choix à tout moment.`,
'settings.policyLink': `Politique relative aux cookies`,
'settings.privacyPolicy': `Politique de confidentialité`,
'settings.purpose': `Finalité`,
'settings.rejectAll': `Tout refuser`,
'settings.save': `Enregistrer mes choix`,
'settings.saved': `Vos choix ont été enregistrés`,
'settings.services': `Services`,
'settings.title': `Paramètres des cookies`,
'storage.consentCookie': `Enregistre vos choix de consentement aux cookies`,
'storage.consentLog': `Conserve une trace de vos choix de consentement jusqu'à leur réception par le site`,
'storage.necessary': `Strictement nécessaires`,
'table.alias': html`ou <code>${0}</code>`,
'table.column.category': `Catégorie`,
'table.column.duration': `Durée`,
'table.column.name': `Nom`,
'table.column.provider': `Fournisseur`,
'table.column.purpose': `Finalité`,
'table.column.scope': `Portée`,
'table.column.type': `Type`,
'table.persistent': `Persistant`,
'table.privacyPolicy': `Politique de confidentialité`,
'table.services': `Également utilisés, sans rien stocker sur ce site :`,
'table.session': `Session`,
'table.thirdParty': `Tiers`,
'table.thisSite': `Ce site`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Stockage local`,
'table.type.sessionStorage': `Stockage de session`,
'table.unavailable': `La liste des cookies n'est pas disponible.`,
'table.updated': html`Dernière mise à jour : <time datetime="${0}">${1}</time>`,
};

  