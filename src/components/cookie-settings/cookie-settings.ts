import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { RegistryView } from '../../consent/normalize.js';
import { withOwnStorage } from '../../consent/own-storage.js';
import type { ConsentDetail } from '../../consent/types.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { CookieAfterHideEvent } from '../../events/cookie-after-hide.js';
import { CookieAfterShowEvent } from '../../events/cookie-after-show.js';
import { CookieHideEvent } from '../../events/cookie-hide.js';
import { CookieShowEvent } from '../../events/cookie-show.js';
import type { CookieUiSource } from '../../events/ui-source.js';
import { formatDateTime, formatDuration } from '../../i18n/format.js';
import { pickText, uiText } from '../../i18n/text.js';
import { CookieElement } from '../../internal/cookie-element.js';
import { deepActiveElement, uiRegistry, type ShowableElement } from '../../internal/ui-registry.js';
import type { Category, Entry, Service, Text } from '../../registry/schema.js';
import { buttons } from '../../styles/tokens.js';
import { styles } from './cookie-settings.styles.js';

/** What `consent-record.json` holds (the visitor's copy of their decision: GDPR portability). */
export interface ConsentRecordExport extends Pick<
  ConsentDetail,
  'consentId' | 'firstDecidedAt' | 'decidedAt' | 'method' | 'revision' | 'categories' | 'services' | 'gpc' | 'language'
> {
  site: string;
  exportedAt: string;
}

/** Links from the registry: http(s) URLs and site paths only, never `javascript:` or `data:`. */
function safeHref(url: string | undefined): string | undefined {
  return url && /^(?:https?:\/\/|\/)/i.test(url) ? url : undefined;
}

const checkIcon = svg`<svg class="check" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8.5l3 3 7-7" /></svg>`;
const closeIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9m0-9l-9 9" /></svg>`;
const chevronIcon = svg`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3.5l4.5 4.5L6 12.5" /></svg>`;

/**
 * @summary The settings dialog: per-category (and per-service) choices, what each category
 * stores, the current decision and a copy of it to download.
 *
 * A native modal `<dialog>` (`showModal()`), labelled by its heading. On open, focus moves to the
 * heading (focusable with `tabindex="-1"`): a screen reader starts with the dialog's title and
 * intro, and no switch can be toggled by a stray key press; the native modal keeps focus inside.
 * On close, focus returns to the opener (`show()`'s `opener`, by default the element focused when
 * `show()` was called, through shadow roots). Escape and the close button go through the
 * cancellable `cookie-hide`. Where the browser forces a close (the CloseWatcher of Chromium and
 * Firefox closes on a second Escape without user activation in between), `open` follows the dialog.
 *
 * Switches start from the current decision (an undecided visitor sees every optional category
 * off) and stay local until saved: closing without saving discards them. Required categories show
 * "Always active" and cannot be switched off. Per-service switches appear where a category has more
 * than one service, or where the current decision grants a service differently from its category.
 *
 * With `inline`, the same content renders in the page (for the cookie policy page): always
 * visible, no dialog, and not used by `showSettings()`.
 *
 * @event cookie-show - The dialog starts to show. `detail: { source: CookieUiSource }`.
 * @event cookie-after-show - The dialog is shown and focus has moved in. `detail: { source: CookieUiSource }`.
 * @event cookie-hide - The dialog is about to hide; cancellable (`preventDefault()` keeps it open; a decision already made stays made). `detail: { source: CookieUiSource }` (`accept-all`, `reject-all`, `save`, `close-button`, `escape`, `api`).
 * @event cookie-after-hide - The dialog is hidden and focus has returned to the opener. `detail: { source: CookieUiSource }`.
 * @event change - A category or service switch was toggled (nothing is recorded until a button is pressed). A plain `Event`.
 *
 * @csspart dialog - The native `<dialog>` (not rendered with `inline`).
 * @csspart base - The content wrapper (in the dialog, or in the page with `inline`).
 * @csspart header - The row with the heading and the close button.
 * @csspart title - The heading.
 * @csspart close-button - The close button (not rendered with `inline`).
 * @csspart body - The scrolling middle: intro, categories, last decision.
 * @csspart description - The intro text.
 * @csspart policy-link - The link to the cookie policy (when the registry has `policyUrl`).
 * @csspart category - One category row.
 * @csspart category-expand - The disclosure button (the category title) that shows its details.
 * @csspart category-toggle - The category switch (`role="switch"`).
 * @csspart always-active - The "Always active" label of a required category.
 * @csspart category-details - The expanded part: description, services, entries.
 * @csspart service - One service in the details.
 * @csspart service-toggle - A per-service switch.
 * @csspart entry - One cookie or storage entry in the details.
 * @csspart record - The last decision: date, consent id, download button.
 * @csspart download-button - "Download my consent record".
 * @csspart actions - The row of buttons.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject all (styled exactly as Accept all: equal prominence).
 * @csspart save-button - Save choices.
 * @csspart status - The visible "saved" message (a polite live region).
 *
 * @cssprop [--cookie-settings-max-width=40rem] - The width of the dialog (at most the viewport's, less margins).
 * @cssprop [--cookie-color-accent=#2743c6] - Theme token (see the theme documentation for all `--cookie-*` tokens).
 */
@localized()
export class CookieSettings extends CookieElement implements ShowableElement {
  static override styles = [...CookieElement.styles, buttons, styles];

  /** Whether the dialog is open (reflected). Setting it opens or closes the dialog (source `api`). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Renders the settings in the page instead of a dialog: always visible; Save hides nothing. */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** Category ids whose details are shown. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** Switches toggled since the dialog opened (or since the last decision, inline): id → on. */
  @state() private draftCategories: Readonly<Record<string, boolean>> = {};
  @state() private draftServices: Readonly<Record<string, boolean>> = {};
  /** The live region's text, and whether it belongs in the dialog (which stayed open) or outside. */
  @state() private status = '';
  @state() private statusInDialog = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly consent = new ConsentController(this);
  private opener: Element | null = null;
  /** While show() runs (its `open` changes are its own, not the page's). */
  private showing: Promise<void> | undefined;
  /** The `cookie-hide` of an Escape was already fired (the browser may close the dialog anyway). */
  private escapeHideFired = false;

  /** Opens the dialog; `opener` (default: the focused element) gets focus back when it closes. */
  show(source: CookieUiSource = 'api', opener?: Element | null): Promise<void> {
    if (this.inline) {
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
      return Promise.resolve();
    }
    if (this.dialog?.open || !this.isConnected) return Promise.resolve();
    this.showing ??= this.openDialog(source, opener ?? deepActiveElement()).finally(() => (this.showing = undefined));
    return this.showing;
  }

  private async openDialog(source: CookieUiSource, opener: Element | null): Promise<void> {
    this.opener = opener;
    await this.consent.store.ready;
    this.discardDraft();
    this.status = '';
    this.dispatchEvent(new CookieShowEvent(source));
    this.open = true;
    await this.updateComplete;
    const dialog = this.dialog;
    // No usable registry (the store already said why), or hidden or removed meanwhile.
    if (!dialog || !this.open || !this.isConnected) {
      this.open = false;
      return;
    }
    this.escapeHideFired = false;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    this.dispatchEvent(new CookieAfterShowEvent(source));
  }

  /** Closes the dialog; resolves `false` when a `cookie-hide` listener cancelled it (or it was not open). */
  async hide(source: CookieUiSource = 'api'): Promise<boolean> {
    const hidden = this.requestHide(source);
    await this.updateComplete;
    return hidden;
  }

  /** Fires the cancellable `cookie-hide`; closes unless it was cancelled. */
  private requestHide(source: CookieUiSource): boolean {
    if (this.inline || !this.dialog?.open) {
      this.open = false;
      return false;
    }
    if (!this.dispatchEvent(new CookieHideEvent(source))) {
      this.open = true;
      return false;
    }
    this.finishHide(source);
    return true;
  }

  /** Closes without asking (the hide was not cancelled, or the browser closed it). */
  private finishHide(source: CookieUiSource): void {
    this.open = false;
    this.escapeHideFired = false;
    if (this.dialog?.open) this.dialog.close();
    this.discardDraft();
    const opener = this.opener;
    this.opener = null;
    // Duck-typed: the opener may come from another realm (a frame's button).
    if (opener?.isConnected && opener !== document.body && typeof (opener as HTMLElement).focus === 'function') {
      (opener as HTMLElement).focus();
    }
    this.dispatchEvent(new CookieAfterHideEvent(source));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.register();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    uiRegistry().settings.delete(this);
    this.open = false;
    this.dialog?.close(); // a removed dialog leaves the top layer but would come back open
  }

  /** Settings dialogs meet `showSettings()` in the UI registry; an inline one is not a dialog to show. */
  private register(): void {
    if (this.isConnected && !this.inline) uiRegistry().settings.add(this);
    else uiRegistry().settings.delete(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('inline')) this.register();
    // `open` set by the page (attribute or property) rather than by show()/hide().
    if (changed.has('open') && !this.showing && !this.inline && this.isConnected) {
      if (this.open && !this.dialog?.open) void this.show('api');
      else if (!this.open && this.dialog?.open) void this.hide('api');
    }
  }

  private discardDraft(): void {
    if (Object.keys(this.draftCategories).length) this.draftCategories = {};
    if (Object.keys(this.draftServices).length) this.draftServices = {};
  }

  // ---- Escape: the dialog's cancel goes through the cancellable cookie-hide ----

  private onCancel(event: Event): void {
    // cookie-hide decides. Where the browser does not let the page cancel (CloseWatcher without
    // user activation), the dialog closes anyway and `close` brings `open` in line.
    event.preventDefault();
    this.escapeHideFired = true;
    if (this.dispatchEvent(new CookieHideEvent('escape'))) this.finishHide('escape');
  }

  /** The dialog closed: after finishHide() nothing is left to do; otherwise the browser closed it. */
  private onClose(): void {
    if (!this.open) return;
    if (!this.escapeHideFired) this.dispatchEvent(new CookieHideEvent('escape')); // too late to cancel
    this.escapeHideFired = false;
    this.finishHide('escape');
  }

  // ---- Decisions ----

  private isRequired(categoryId: string): boolean {
    return this.consent.view?.required.has(categoryId) ?? false;
  }

  private categoryOn(id: string): boolean {
    return this.isRequired(id) || (this.draftCategories[id] ?? this.consent.detail.categories[id] ?? false);
  }

  private serviceOn(service: Service): boolean {
    if (this.isRequired(service.category)) return true;
    return this.draftServices[service.id] ?? this.consent.detail.services[service.id] ?? false;
  }

  /** Per-service switches: several services, or a decision that grants a service apart from its category. */
  private serviceSwitches(category: Category, services: readonly Service[]): boolean {
    const { detail } = this.consent;
    return (
      !this.isRequired(category.id) &&
      (services.length > 1 || services.some((s) => detail.services[s.id] !== detail.categories[category.id]))
    );
  }

  private toggleCategory(id: string): void {
    if (this.isRequired(id)) return;
    const on = !this.categoryOn(id);
    this.draftCategories = { ...this.draftCategories, [id]: on };
    // A category switched as a whole takes its services with it.
    const services = this.consent.view?.services.filter((s) => s.category === id) ?? [];
    this.draftServices = { ...this.draftServices, ...Object.fromEntries(services.map((s) => [s.id, on])) };
    this.changed();
  }

  private toggleService(service: Service): void {
    if (this.isRequired(service.category)) return;
    this.draftServices = { ...this.draftServices, [service.id]: !this.serviceOn(service) };
    this.changed();
  }

  private changed(): void {
    this.status = '';
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private async decide(decision: 'accept-all' | 'reject-all' | 'custom'): Promise<void> {
    const view = this.consent.view;
    if (!view) return;
    let choice = {};
    if (decision === 'custom') {
      const categories: Record<string, boolean> = {};
      const services: Record<string, boolean> = {};
      for (const category of view.categories) {
        if (this.isRequired(category.id)) continue;
        categories[category.id] = this.categoryOn(category.id);
        const own = view.services.filter((s) => s.category === category.id);
        if (this.serviceSwitches(category, own)) for (const s of own) services[s.id] = this.serviceOn(s);
      }
      choice = { categories, services };
    }
    // The decision is recorded first: cancelling the hide that follows never cancels it.
    await this.consent.store.decide(decision, choice);
    this.discardDraft();
    const hidden = !this.inline && this.requestHide(decision === 'custom' ? 'save' : decision);
    this.statusInDialog = !this.inline && !hidden;
    this.status = uiText(
      this.consent.view,
      this.consent.language,
      'settings.saved',
      msg('Your choices were saved', { id: 'settings.saved' }),
    );
  }

  // ---- The consent record (GDPR portability) ----

  private download(): void {
    const d = this.consent.detail;
    const record: ConsentRecordExport = {
      consentId: d.consentId,
      firstDecidedAt: d.firstDecidedAt,
      decidedAt: d.decidedAt,
      method: d.method,
      revision: d.revision,
      categories: d.categories,
      services: d.services,
      gpc: d.gpc,
      language: d.language,
      site: location.origin,
      exportedAt: new Date().toISOString(),
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'consent-record.json';
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // Some engines read the Blob after click() returns: revoke it later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // ---- Rendering ----

  override render() {
    const view = this.consent.view;
    if (!view) return nothing;
    const language = this.consent.language;
    const dir = this.directionOf(language);
    const content = this.renderContent(view, language);
    if (this.inline) {
      return html`<section class="base inline" part="base" aria-labelledby="title" lang=${language} dir=${dir}>
        ${content}
      </section>`;
    }
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        lang=${language}
        dir=${dir}
        @cancel=${this.onCancel}
        @close=${this.onClose}
      >
        <div class="base" part="base">${content}</div>
      </dialog>
      <div class="visually-hidden" role="status" lang=${language} dir=${dir}>
        ${this.statusInDialog ? '' : this.status}
      </div>
    `;
  }

  private renderContent(view: RegistryView, language: string): TemplateResult {
    const t = (id: string, own: string) => uiText(view, language, id, own);
    const policyUrl = safeHref(view.registry.policyUrl);
    const { categories, entries } = withOwnStorage(view);
    return html`
      <div class="header" part="header">
        <h2 class="title" id="title" part="title" tabindex="-1">
          ${t('settings.title', msg('Cookie settings', { id: 'settings.title' }))}
        </h2>
        ${
          this.inline
            ? nothing
            : html`<button
                type="button"
                class="close"
                part="close-button"
                aria-label=${t('settings.close', msg('Close', { id: 'settings.close' }))}
                @click=${() => void this.hide('close-button')}
              >
                ${closeIcon}
              </button>`
        }
      </div>
      <div class="body" part="body">
        <p class="description" part="description">
          ${t(
            'settings.intro',
            msg(
              'Choose which cookies and similar storage this site may use. Essential ones are always active, because the site cannot work without them. You can change your choice at any time.',
              { id: 'settings.intro' },
            ),
          )}
          ${
            policyUrl
              ? html`<a href=${policyUrl} part="policy-link"
                  >${t('settings.policyLink', msg('Cookie policy', { id: 'settings.policyLink' }))}</a
                >`
              : nothing
          }
        </p>
        <ul class="categories">
          ${categories.map((category) =>
            this.renderCategory(
              view,
              language,
              category,
              entries.filter((e) => e.category === category.id),
            ),
          )}
        </ul>
        ${this.renderRecord(view, language)}
      </div>
      <div class="actions" part="actions">
        <button type="button" class="button" part="accept-button" @click=${() => void this.decide('accept-all')}>
          ${t('settings.acceptAll', msg('Accept all', { id: 'settings.acceptAll' }))}
        </button>
        <button type="button" class="button" part="reject-button" @click=${() => void this.decide('reject-all')}>
          ${t('settings.rejectAll', msg('Reject all', { id: 'settings.rejectAll' }))}
        </button>
        <button type="button" class="button secondary" part="save-button" @click=${() => void this.decide('custom')}>
          ${t('settings.save', msg('Save choices', { id: 'settings.save' }))}
        </button>
      </div>
      <div class="status" part="status" role="status">${this.inline || this.statusInDialog ? this.status : ''}</div>
    `;
  }

  private renderCategory(
    view: RegistryView,
    language: string,
    category: Category,
    entries: readonly Entry[],
  ): TemplateResult {
    const pick = (text: Text | undefined) => pickText(text, language, view.registry.defaultLocale);
    const id = category.id;
    const required = this.isRequired(id);
    const expanded = this.expanded.has(id);
    const services = view.services.filter((s) => s.category === id);
    return html`<li class="category" part="category">
      <div class="category-row">
        <h3 class="category-title">
          <button
            type="button"
            class="expand"
            part="category-expand"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="details-${id}"
            @click=${() => this.toggleExpanded(id)}
          >
            ${chevronIcon}<span id="title-${id}">${pick(category.title)}</span>
          </button>
        </h3>
        ${
          required
            ? html`<span class="always-active" part="always-active" id="always-${id}"
                >${uiText(view, language, 'settings.alwaysActive', msg('Always active', { id: 'settings.alwaysActive' }))}</span
              >`
            : nothing
        }
        ${this.renderSwitch(
          'category-toggle',
          `title-${id}`,
          this.categoryOn(id),
          required,
          () => this.toggleCategory(id),
          required ? `always-${id}` : undefined,
        )}
      </div>
      <div class="details" part="category-details" id="details-${id}" ?hidden=${!expanded}>
        ${expanded ? this.renderDetails(view, language, category, services, entries) : nothing}
      </div>
    </li>`;
  }

  private renderSwitch(
    part: 'category-toggle' | 'service-toggle',
    labelledBy: string,
    on: boolean,
    locked: boolean,
    toggle: () => void,
    describedBy?: string,
  ): TemplateResult {
    return html`<button
      type="button"
      class="switch"
      part=${part}
      role="switch"
      aria-checked=${on ? 'true' : 'false'}
      aria-disabled=${locked ? 'true' : 'false'}
      aria-labelledby=${labelledBy}
      aria-describedby=${describedBy ?? nothing}
      @click=${toggle}
    >
      <span class="thumb">${checkIcon}</span>
    </button>`;
  }

  private toggleExpanded(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  private renderDetails(
    view: RegistryView,
    language: string,
    category: Category,
    services: readonly Service[],
    entries: readonly Entry[],
  ): TemplateResult {
    const t = (id: string, own: string) => uiText(view, language, id, own);
    const pick = (text: Text | undefined) => pickText(text, language, view.registry.defaultLocale);
    const switches = this.serviceSwitches(category, services);
    return html`
      ${category.description ? html`<p class="category-description">${pick(category.description)}</p>` : nothing}
      ${
        services.length
          ? html`<h4>${t('settings.services', msg('Services', { id: 'settings.services' }))}</h4>
              <ul class="services">
                ${services.map((service) => {
                  const href = safeHref(service.privacyPolicyUrl);
                  return html`<li class="service" part="service">
                    <div class="service-row">
                      <span class="service-name" id="service-${service.id}">${pick(service.name)}</span>
                      ${
                        switches
                          ? this.renderSwitch(
                              'service-toggle',
                              `service-${service.id}`,
                              this.serviceOn(service),
                              false,
                              () => this.toggleService(service),
                            )
                          : nothing
                      }
                    </div>
                    ${service.provider ? html`<div class="muted">${pick(service.provider)}</div>` : nothing}
                    ${service.description ? html`<div>${pick(service.description)}</div>` : nothing}
                    ${
                      href
                        ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
                            >${t('settings.privacyPolicy', msg('Privacy policy', { id: 'settings.privacyPolicy' }))}</a
                          >`
                        : nothing
                    }
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      ${
        entries.length
          ? html`<h4>${t('settings.entries', msg('Cookies and storage', { id: 'settings.entries' }))}</h4>
              <ul class="entries">
                ${entries.map((entry) => this.renderEntry(view, language, entry))}
              </ul>`
          : nothing
      }
    `;
  }

  private renderEntry(view: RegistryView, language: string, entry: Entry): TemplateResult {
    const t = (id: string, own: string) => uiText(view, language, id, own);
    const pick = (text: Text | undefined) => pickText(text, language, view.registry.defaultLocale);
    const types: Record<Entry['type'], string> = {
      cookie: t('settings.type.cookie', msg('Cookie', { id: 'settings.type.cookie' })),
      localStorage: t('settings.type.localStorage', msg('Local storage', { id: 'settings.type.localStorage' })),
      sessionStorage: t('settings.type.sessionStorage', msg('Session storage', { id: 'settings.type.sessionStorage' })),
      indexedDB: t('settings.type.indexedDB', msg('IndexedDB', { id: 'settings.type.indexedDB' })),
    };
    const duration =
      formatDuration(entry.duration, language) ??
      (entry.duration === 'session'
        ? t('settings.duration.session', msg('Until the browser closes', { id: 'settings.duration.session' }))
        : t('settings.duration.persistent', msg('Until deleted', { id: 'settings.duration.persistent' })));
    return html`<li class="entry" part="entry">
      <div class="entry-name"><code>${entry.name}</code> <span class="muted">(${types[entry.type]})</span></div>
      <dl>
        <dt>${t('settings.purpose', msg('Purpose', { id: 'settings.purpose' }))}</dt>
        <dd>${pick(entry.purpose)}</dd>
        <dt>${t('settings.duration', msg('Duration', { id: 'settings.duration' }))}</dt>
        <dd>${duration}</dd>
      </dl>
    </li>`;
  }

  private renderRecord(view: RegistryView, language: string): TemplateResult | typeof nothing {
    const { consentId, decidedAt } = this.consent.detail;
    if (!consentId || !decidedAt) return nothing;
    const t = (id: string, own: string) => uiText(view, language, id, own);
    return html`<div class="record" part="record">
      <dl>
        <dt>${t('settings.decidedAt', msg('Your choice was saved on', { id: 'settings.decidedAt' }))}</dt>
        <dd><time datetime=${decidedAt}>${formatDateTime(decidedAt, language)}</time></dd>
        <dt>${t('settings.consentId', msg('Consent ID', { id: 'settings.consentId' }))}</dt>
        <dd><code class="consent-id">${consentId}</code></dd>
      </dl>
      <button type="button" class="button secondary" part="download-button" @click=${this.download}>
        ${t('settings.download', msg('Download my consent record', { id: 'settings.download' }))}
      </button>
    </div>`;
  }
}
