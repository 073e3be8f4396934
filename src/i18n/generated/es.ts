
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit/html.js';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'banner.acceptAll': `Aceptar todo`,
'banner.customize': `Personalizar`,
'banner.description': html`Solo con su consentimiento, usamos cookies y tecnologías de almacenamiento similares para los siguientes fines: ${0} Puede cambiar su selección en cualquier momento.`,
'banner.policyLink': `Política de cookies`,
'banner.rejectAll': `Rechazar todo`,
'banner.reopen': `Configuración de cookies`,
'banner.title': `Valoramos su privacidad`,
};

/** The rest of the locale's strings (settings, table), loaded when those are shown. */
export const more = () => import('./es.more.js');

  