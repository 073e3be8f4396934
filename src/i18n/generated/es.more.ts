
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'gate.alwaysAllow': `Permitir siempre`,
'gate.description': html`Lo proporciona ${0}, que puede instalar cookies y obtener información sobre su visita. Permanece bloqueado hasta que lo permita.`,
'gate.loadOnce': `Cargar una vez`,
'gate.privacyPolicy': `Política de privacidad`,
'gate.someProvider': `este proveedor`,
'gate.title': html`Contenido de ${0}`,
'settings.acceptAll': `Aceptar todo`,
'settings.alwaysActive': `Siempre activas`,
'settings.close': `Cerrar`,
'settings.consentId': `ID de consentimiento`,
'settings.decidedAt': `Su selección se guardó el`,
'settings.decidedAtStale': `Su selección anterior, realizada antes de que cambiara esta política, se guardó el`,
'settings.download': `Descargar mi registro de consentimiento`,
'settings.duration': `Duración`,
'settings.duration.persistent': `Hasta que se elimine`,
'settings.duration.session': `Hasta que se cierre el navegador`,
'settings.entries': `Cookies y almacenamiento`,
'settings.gpc': html`Su navegador envía una señal Global Privacy Control y la respetamos: las categorías ${0} permanecen desactivadas, a menos que las active aquí.`,
'settings.gpcOne': html`Su navegador envía una señal Global Privacy Control y la respetamos: la categoría ${0} permanece desactivada, a menos que la active aquí.`,
'settings.intro': `Elija qué cookies y tecnologías de almacenamiento similares puede usar este sitio. Las esenciales están siempre activas, porque el sitio no puede funcionar sin ellas. Puede cambiar su selección en cualquier momento.`,
'settings.policyLink': `Política de cookies`,
'settings.privacyPolicy': `Política de privacidad`,
'settings.purpose': `Finalidad`,
'settings.rejectAll': `Rechazar todo`,
'settings.save': `Guardar selección`,
'settings.saved': `Su selección se ha guardado`,
'settings.services': `Servicios`,
'settings.title': `Configuración de cookies`,
'storage.consentCookie': `Almacena sus preferencias de consentimiento de cookies`,
'storage.consentLog': `Conserva registros de sus decisiones de consentimiento hasta que el sitio los haya recibido`,
'storage.necessary': `Estrictamente necesarias`,
'table.alias': html`o <code>${0}</code>`,
'table.column.category': `Categoría`,
'table.column.duration': `Duración`,
'table.column.name': `Nombre`,
'table.column.provider': `Proveedor`,
'table.column.purpose': `Finalidad`,
'table.column.scope': `Ámbito`,
'table.column.type': `Tipo`,
'table.persistent': `Persistente`,
'table.privacyPolicy': `Política de privacidad`,
'table.services': `También se utilizan, sin almacenar nada en este sitio:`,
'table.session': `Sesión`,
'table.thirdParty': `Tercero`,
'table.thisSite': `Este sitio`,
'table.type.cookie': `Cookie`,
'table.type.indexedDB': `IndexedDB`,
'table.type.localStorage': `Almacenamiento local`,
'table.type.sessionStorage': `Almacenamiento de sesión`,
'table.unavailable': `La lista de cookies no está disponible.`,
'table.updated': html`Última actualización: <time datetime="${0}">${1}</time>`,
};

  