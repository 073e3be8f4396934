import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg } from '../../i18n/msg.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { CookieAfterHideEvent } from '../../events/cookie-after-hide.js';
import { CookieAfterShowEvent } from '../../events/cookie-after-show.js';
import { CookieHideEvent } from '../../events/cookie-hide.js';
import { CookieShowEvent } from '../../events/cookie-show.js';
import type { CookieUiSource } from '../../events/ui-source.js';
import { uiText } from '../../i18n/text.js';
import { CookieElement } from '../../internal/cookie-element.js';
import { deepActiveElement, uiRegistry, type ShowableElement } from '../../internal/ui-registry.js';
import { buttons } from '../../styles/tokens.js';
import { ConsentDraft } from './consent-draft.js';
import { downloadRecord } from './consent-record.js';
import {
  renderActions,
  renderCategories,
  renderHeader,
  renderGpcNotice,
  renderIntro,
  renderRecord,
  type CategoryState,
  type PartContext,
} from './cookie-settings.parts.js';
import { styles } from './cookie-settings.styles.js';

export type { ConsentRecordExport } from './consent-record.js';

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
 * Firefox closes on a second Escape without user activation in between), `open` follows the dialog
 * and that `cookie-hide` is not cancelable.
 *
 * Switches start from the current decision (an undecided visitor sees every optional category
 * off) and stay local until saved: closing without saving discards them. Required categories show
 * "Always active" and cannot be switched off. Per-service switches appear where a category has more
 * than one service, or where the current decision grants a service differently from its category.
 *
 * With `inline`, the same content renders in the page (for the cookie policy page): always
 * visible, no dialog, and not used by `showSettings()`.
 *
 * @attr {boolean} reload-on-withdraw - On this page, a withdrawn grant (here, in another tab, or through the API) reloads the page once its storage is cleared and its consent record queued: scripts that already ran cannot be unloaded.
 *
 * @event cookie-show - The dialog starts to show. `detail: { source: CookieUiSource }`.
 * @event cookie-after-show - The dialog is shown and focus has moved in. `detail: { source: CookieUiSource }`.
 * @event cookie-hide - The dialog is about to hide; cancellable (`preventDefault()` keeps it open; a decision already made stays made), except when the browser closes the dialog itself (a second Escape): then `cancelable` is `false`. `detail: { source: CookieUiSource }` (`accept-all`, `reject-all`, `save`, `close-button`, `escape`, `api`).
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
 * @csspart gpc-notice - Says that the browser's Global Privacy Control signal is honoured, and what it keeps off.
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

  /** The level of the heading (1–6; default 2): set it to fit the page's outline when `inline`. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Category ids whose details are shown. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** The live region's text, and whether it belongs in the dialog (which stayed open) or outside. */
  @state() private status = '';
  @state() private statusInDialog = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  readonly #consent = new ConsentController(this, true);

  /** Also waits for the strings of a new UI language, so that what resolves is the element in that language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#consent.loaded;
    return super.getUpdateComplete();
  }
  /** The switches toggled since the dialog opened (or since the last decision, inline). */
  readonly #draft = new ConsentDraft(this, this.#consent);
  #opener: Element | null = null;
  /** While show() runs (its `open` changes are its own, not the page's). */
  #showing: Promise<void> | undefined;
  /** The `cookie-hide` of an Escape was already fired (the browser may close the dialog anyway). */
  #escapeHideFired = false;

  /** Opens the dialog; `opener` (default: the focused element) gets focus back when it closes. */
  show(source: CookieUiSource = 'api', opener?: Element | null): Promise<void> {
    if (this.inline) {
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
      return Promise.resolve();
    }
    if (this.dialog?.open || !this.isConnected) return Promise.resolve();
    this.#showing ??= this.#openDialog(source, opener ?? deepActiveElement()).finally(
      () => (this.#showing = undefined),
    );
    return this.#showing;
  }

  async #openDialog(source: CookieUiSource, opener: Element | null): Promise<void> {
    this.#opener = opener;
    await this.#consent.ready;
    this.#draft.discard();
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
    this.#escapeHideFired = false;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    // Interactive: its Save, Accept or Reject will need the writer (and a deferred registry check),
    // so they load now, when the main thread is idle, rather than after the click.
    this.#consent.store.validateSoon();
    this.dispatchEvent(new CookieAfterShowEvent(source));
  }

  /** Closes the dialog; resolves `false` when a `cookie-hide` listener cancelled it (or it was not open). */
  async hide(source: CookieUiSource = 'api'): Promise<boolean> {
    const hidden = this.#requestHide(source);
    await this.updateComplete;
    return hidden;
  }

  /** Fires the cancellable `cookie-hide`; closes unless it was cancelled. */
  #requestHide(source: CookieUiSource): boolean {
    if (this.inline || !this.dialog?.open) {
      this.open = false;
      return false;
    }
    if (!this.dispatchEvent(new CookieHideEvent(source))) {
      this.open = true;
      return false;
    }
    this.#finishHide(source);
    return true;
  }

  /** Closes without asking (the hide was not cancelled, or the browser closed it). */
  #finishHide(source: CookieUiSource): void {
    this.open = false;
    this.#escapeHideFired = false;
    if (this.dialog?.open) this.dialog.close();
    this.#draft.discard();
    const opener = this.#opener;
    this.#opener = null;
    // Duck-typed: the opener may come from another realm (a frame's button).
    if (opener?.isConnected && opener !== document.body && typeof (opener as HTMLElement).focus === 'function') {
      (opener as HTMLElement).focus();
    }
    this.dispatchEvent(new CookieAfterHideEvent(source));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#register();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    uiRegistry().settings.delete(this);
    this.open = false;
    this.dialog?.close(); // a removed dialog leaves the top layer but would come back open
  }

  /** Settings dialogs meet `showSettings()` in the UI registry; an inline one is not a dialog to show. */
  #register(): void {
    if (this.isConnected && !this.inline) uiRegistry().settings.add(this);
    else uiRegistry().settings.delete(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('inline')) this.#register();
    // `open` set by the page (attribute or property) rather than by show()/hide().
    if (changed.has('open') && !this.#showing && !this.inline && this.isConnected) {
      if (this.open && !this.dialog?.open) void this.show('api');
      else if (!this.open && this.dialog?.open) void this.hide('api');
    }
  }

  // ---- Escape: the dialog's cancel goes through the cancellable cookie-hide ----

  #onCancel(event: Event): void {
    // cookie-hide decides where the page may cancel. Where it may not (CloseWatcher without user
    // activation: a second Escape), the dialog closes anyway: cookie-hide says so (not cancelable).
    event.preventDefault();
    this.#escapeHideFired = true;
    if (this.dispatchEvent(new CookieHideEvent('escape', event.cancelable))) this.#finishHide('escape');
  }

  /** The dialog closed: after finishHide() nothing is left to do; otherwise the browser closed it. */
  #onClose(): void {
    if (!this.open) return;
    if (!this.#escapeHideFired) this.dispatchEvent(new CookieHideEvent('escape', false)); // too late to cancel
    this.#escapeHideFired = false;
    this.#finishHide('escape');
  }

  // ---- Decisions ----

  #toggleExpanded(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  #changed(): void {
    this.status = '';
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  async #decide(decision: 'accept-all' | 'reject-all' | 'custom'): Promise<void> {
    const view = this.#consent.view;
    if (!view) return;
    const choice = decision === 'custom' ? this.#draft.choice(view) : {};
    // The decision is recorded first: cancelling the hide that follows never cancels it.
    await this.#consent.store.decide(decision, choice);
    this.#draft.discard();
    const hidden = !this.inline && this.#requestHide(decision === 'custom' ? 'save' : decision);
    this.statusInDialog = !this.inline && !hidden;
    this.status = uiText(
      this.#consent.view,
      this.#consent.language,
      'settings.saved',
      msg('Your choices were saved', { id: 'settings.saved' }),
    );
  }

  // ---- Rendering ----

  override render() {
    const view = this.#consent.view;
    if (!view) return nothing;
    const language = this.#consent.language;
    const dir = this.directionOf(language);
    const content = this.#renderContent({ view, language });
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
        @cancel=${this.#onCancel}
        @close=${this.#onClose}
      >
        <div class="base" part="base">${content}</div>
      </dialog>
      <div class="visually-hidden" role="status" lang=${language} dir=${dir}>
        ${this.statusInDialog ? '' : this.status}
      </div>
    `;
  }

  #renderContent(ctx: PartContext): TemplateResult {
    const state: CategoryState = {
      switches: this.#draft,
      expanded: this.expanded,
      onExpand: (id) => this.#toggleExpanded(id),
      onToggle: (id) => this.#draft.toggleCategory(id) && this.#changed(),
      onToggleService: (service) => this.#draft.toggleService(service) && this.#changed(),
    };
    return html`
      ${renderHeader(ctx, this.inline, this.headingLevel, () => void this.hide('close-button'))}
      <div class="body" part="body">
        ${renderIntro(ctx)} ${renderGpcNotice(ctx)} ${renderCategories(ctx, state)}
        ${renderRecord(
          ctx,
          this.#consent.detail,
          () => downloadRecord(this.#consent.detail, this.renderRoot),
          () => this.requestUpdate(),
        )}
      </div>
      ${renderActions(ctx, (decision) => void this.#decide(decision))}
      <div class="status" part="status" role="status">${this.inline || this.statusInDialog ? this.status : ''}</div>
    `;
  }
}
