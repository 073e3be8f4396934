/**
 * Audit mode: the drift between the policy (the registry) and what the site really does, in the
 * console — `cookieElements.audit()`, from the devtools console or a test, or `?cookie-audit` in the
 * page's address (the page loader runs it once the state is known):
 * - cookies and storage keys present that the registry does not declare;
 * - entries of categories or services not granted that are present anyway (set before consent,
 *   or written after a withdrawal);
 * - a `<cookie-banner>` that keyboard users reach only after other controls of the page;
 * - gated elements and `<cookie-gate>`s naming a category or service the registry does not have.
 * HttpOnly cookies and other origins' storage are invisible to a page, and so to the audit.
 */
import type { ConsentStore } from '../consent/store.js';
import { withOwnStorage } from '../consent/own-storage.js';
import { cookieNames, entryGranted, matcher } from '../enforce/sweep.js';
import type { Entry } from '../registry/schema.js';

export interface AuditReport {
  /** Present, not declared in the registry: `cookie name`, `localStorage key`, … */
  undeclared: string[];
  /** Declared for a category or service that is not granted now, yet present. */
  withoutConsent: string[];
  /** Focusable elements before the banner in the page's order (0: it comes first). */
  focusableBeforeBanner: number;
  /** Gated elements whose category or service the registry does not have. */
  unknownGated: string[];
}

const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, [tabindex]:not([tabindex="-1"])';

function keys(area: 'localStorage' | 'sessionStorage'): string[] {
  try {
    return Object.keys(globalThis[area]);
  } catch {
    return []; // storage blocked
  }
}

export async function audit(store: ConsentStore): Promise<AuditReport> {
  await store.ready;
  const view = store.view;
  const report: AuditReport = { undeclared: [], withoutConsent: [], focusableBeforeBanner: 0, unknownGated: [] };
  if (view) {
    const entries = withOwnStorage(view).entries;
    const present: [Entry['type'], string][] = [
      ...cookieNames().map((name): [Entry['type'], string] => ['cookie', name]),
      ...keys('localStorage').map((name): [Entry['type'], string] => ['localStorage', name]),
      ...keys('sessionStorage').map((name): [Entry['type'], string] => ['sessionStorage', name]),
    ];
    for (const [type, name] of present) {
      const entry = entries.find((e) => e.type === type && matcher(e)(name));
      if (!entry) report.undeclared.push(`${type} ${name}`);
      else if (!view.required.has(entry.category) && !entryGranted(entry, store.detail)) {
        report.withoutConsent.push(`${type} ${name} (${entry.service ?? entry.category})`);
      }
    }
    for (const element of document.querySelectorAll<HTMLElement>('[data-cookie-category]')) {
      const { cookieCategory: category = '', cookieService: service } = element.dataset;
      const known =
        view.categories.some((c) => c.id === category) && (!service || view.services.some((s) => s.id === service));
      if (!known) report.unknownGated.push(`<${element.localName}> ${service ?? category}`);
    }
    for (const gate of document.querySelectorAll('cookie-gate')) {
      const service = gate.getAttribute('service');
      const id = service ?? gate.getAttribute('category') ?? '';
      if (!(service ? view.services : view.categories).some((known) => known.id === id)) {
        report.unknownGated.push(`<cookie-gate> ${id}`);
      }
    }
  }
  const banner = document.querySelector('cookie-banner');
  if (banner) {
    report.focusableBeforeBanner = [...document.querySelectorAll(FOCUSABLE)].filter(
      (element) =>
        element.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING && !banner.contains(element),
    ).length;
  }
  print(report, !!view);
  return report;
}

function print(report: AuditReport, usable: boolean): void {
  const lines = [
    usable ? '' : '- the registry is unusable (see the error above): nothing could be compared',
    ...report.undeclared.map((item) => `- not in the registry: ${item}`),
    ...report.withoutConsent.map((item) => `- present without consent: ${item}`),
    report.focusableBeforeBanner
      ? `- <cookie-banner> comes after ${report.focusableBeforeBanner} focusable element(s): put it first in <body>, so keyboard users meet it first`
      : '',
    ...report.unknownGated.map(
      (item) => `- gated element with an id the registry does not have: ${item} (it never runs)`,
    ),
  ].filter(Boolean);
  console.warn(
    lines.length
      ? `[cookie-elements] audit: ${lines.length} finding(s)\n${lines.join('\n')}`
      : '[cookie-elements] audit: the page matches its registry',
  );
}
