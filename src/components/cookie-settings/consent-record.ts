import type { ConsentDetail } from '../../consent/types.js';

/** What `consent-record.json` holds (the visitor's copy of their decision: GDPR portability). */
export interface ConsentRecordExport extends Pick<
  ConsentDetail,
  'consentId' | 'firstDecidedAt' | 'decidedAt' | 'method' | 'revision' | 'categories' | 'services' | 'gpc' | 'language'
> {
  site: string;
  exportedAt: string;
}

/** Saves the record of `detail` as `consent-record.json` (a Blob URL, never a `data:` one), through a link in `root`. */
export function downloadRecord(detail: ConsentDetail, root: ParentNode): void {
  const record: ConsentRecordExport = {
    consentId: detail.consentId,
    firstDecidedAt: detail.firstDecidedAt,
    decidedAt: detail.decidedAt,
    method: detail.method,
    revision: detail.revision,
    categories: detail.categories,
    services: detail.services,
    gpc: detail.gpc,
    language: detail.language,
    site: location.origin,
    exportedAt: new Date().toISOString(),
  };
  const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'consent-record.json';
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Some engines read the Blob after click() returns: revoke it later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
