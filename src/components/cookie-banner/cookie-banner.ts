import { html, nothing, render } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { msg } from '../../i18n/msg.js';
import { getApi } from '../../consent/api.js';
import type { RegistryView } from '../../consent/normalize.js';
import type { ConsentReason } from '../../consent/types.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { CookieAfterHideEvent } from '../../events/cookie-after-hide.js';
import { CookieAfterShowEvent } from '../../events/cookie-after-show.js';
import { CookieHideEvent } from '../../events/cookie-hide.js';
import { CookieShowEvent } from '../../events/cookie-show.js';
import type { CookieUiSource } from '../../events/ui-source.js';
import { directionOf } from '../../i18n/direction.js';
import { langOf, pickTextLang, uiText } from '../../i18n/text.js';
import { defineElement } from '../../internal/define.js';
import { deepActiveElement, uiRegistry } from '../../internal/ui-registry.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { styles } from './cookie-banner.styles.js';

export const BANNER_LAYOUTS = ['bar', 'box', 'modal'] as const;
export type BannerLayout = (typeof BANNER_LAYOUTS)[number];
export const BANNER_POSITIONS = ['bottom', 'top', 'bottom-end', 'bottom-start', 'top-end', 'top-start'] as const;
export type BannerPosition = (typeof BANNER_POSITIONS)[number];

/** How a decision's reason reads as the source of the banner hiding. */
const HIDE_SOURCE: Partial<Record<ConsentReason, CookieUiSource>> = {
  'accept-all': 'accept-all',
  'reject-all': 'reject-all',
  custom: 'save',
};

/**
 * @summary Asks for consent on a first visit, and whenever the stored decision is stale.
 *
 * Shown while the visitor has no valid decision; never for a registry that needs no banner.
 * The first layer names the purposes, links the policy, and offers Accept all, Reject all
 * (equal prominence) and Customize (the settings dialog). Closing or Escape records nothing.
 * Place it first in `<body>`, so it comes first in focus order.
 *
 * @attr {'bar' | 'box' | 'modal'} layout - `bar` (full width, default), `box` (a corner), or `modal` (centred, blocks the page).
 * @attr {'bottom' | 'top' | 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start'} position - `bottom` (default) or `top` for the bar; `bottom-end`, `bottom-start`, `top-end` or `top-start` for the box.
 * @attr {boolean} reopen - After a decision, show a small control that reopens the settings.
 * @attr {'light' | 'dark' | 'auto'} theme - `auto` (default) follows `prefers-color-scheme`.
 * @attr {boolean} reload-on-withdraw - On this page, a withdrawn grant (here, in another tab, or through the API) reloads the page once its storage is cleared and its consent record queued: scripts that already ran cannot be unloaded.
 * @attr {boolean} open - Reflects whether the banner is shown (read it, style with it; do not set it).
 *
 * @event cookie-show - The banner starts to show. `detail: { source }`.
 * @event cookie-after-show - The banner is shown. `detail: { source }`.
 * @event cookie-hide - The banner is about to hide; cancellable (a decision already made stays made). `detail: { source }`.
 * @event cookie-after-hide - The banner is hidden. `detail: { source }`.
 *
 * @csspart base - The banner region (or dialog, in the modal layout).
 * @csspart title - The heading.
 * @csspart description - The text, with the list of purposes (or the site's own `banner.description`).
 * @csspart purposes - The list of purposes: the titles of the optional categories, a row of tags.
 * @csspart purpose - One purpose in that list.
 * @csspart policy-link - The link to the cookie policy.
 * @csspart actions - The row of buttons.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject all (styled exactly as Accept all).
 * @csspart settings-button - Customize.
 * @csspart reopen-button - The small control that reopens the settings after a decision (`reopen`).
 *
 * @cssprop [--cookie-banner-max-width=64rem] - Content width of the bar layout.
 * @cssprop [--cookie-banner-box-width=24rem] - Width of the box layout (the modal is 1.5×).
 * @cssprop [--cookie-banner-gap=1rem] - Distance of the box and the re-open control from the viewport edges.
 */
export class CookieBanner extends HTMLElement implements ReactiveControllerHost {
  // The banner is what a first visit waits for, so it is built on lit-html alone (templates with
  // text-only bindings), not LitElement: a small reactive host of its own below.
  static readonly styles: CSSStyleSheet[] = [tokens, buttons, styles];
  static readonly observedAttributes = ['layout', 'position', 'reopen'];

  /** Registers the element under `tag` (tolerant: see `defineElement`). */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  /** `bar` (full width), `box` (a corner), or `modal` (centred, blocks the page). Attribute `layout`. */
  get layout(): BannerLayout {
    return (this.getAttribute('layout') as BannerLayout | null) ?? 'bar';
  }
  set layout(value: BannerLayout) {
    this.setAttribute('layout', value);
  }

  /** `bottom`/`top` for the bar; `bottom-end`, `bottom-start`, `top-end`, `top-start` for the box. Attribute `position`. */
  get position(): BannerPosition {
    return (this.getAttribute('position') as BannerPosition | null) ?? 'bottom';
  }
  set position(value: BannerPosition) {
    this.setAttribute('position', value);
  }

  /** After a decision, show a small control that reopens the settings (withdrawal as easy as consent). Attribute `reopen`. */
  get reopen(): boolean {
    return this.hasAttribute('reopen');
  }
  set reopen(value: boolean) {
    this.toggleAttribute('reopen', value);
  }

  /** Whether the banner is shown (reflected as the `open` attribute, for CSS). */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  private set open(value: boolean) {
    this.toggleAttribute('open', value);
    this.requestUpdate();
  }

  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). Attribute `theme`. */
  get theme(): 'light' | 'dark' | 'auto' {
    return (this.getAttribute('theme') as 'light' | 'dark' | null) ?? 'auto';
  }
  set theme(value: 'light' | 'dark' | 'auto') {
    this.setAttribute('theme', value);
  }

  /** Resolves when the pending render has happened (in a new UI language: once its strings are here). */
  get updateComplete(): Promise<boolean> {
    return this.#consent.loaded.then(() => this.#rendered);
  }
  #rendered: Promise<boolean> = Promise.resolve(true);

  #dismissed = false;
  readonly #controllers: ReactiveController[] = [];
  readonly #consent = new ConsentController(this);
  #resizeObserver: ResizeObserver | undefined;
  #lastReason: ConsentReason = 'init';
  /** Shown by `showBanner()` although a decision exists. */
  #forced = false;
  #pending = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = CookieBanner.styles;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.shadowRoot!.querySelector('dialog');
  }

  get #region(): HTMLElement | null {
    return this.shadowRoot!.querySelector('.region');
  }

  addController(controller: ReactiveController): void {
    this.#controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.splice(this.#controllers.indexOf(controller) >>> 0, 1);
  }

  /** Schedules one render for the end of the current task. */
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#rendered = Promise.resolve().then(() => {
      this.#pending = false;
      this.#update();
      return true;
    });
  }

  attributeChangedCallback(name: string): void {
    this.requestUpdate();
    if (name === 'layout' && this.open) {
      void this.updateComplete.then(() => {
        this.#showDialog();
        this.#observeSize();
      });
    }
  }

  /** Shows the banner (even when a decision exists: `showBanner()`). */
  async show(source: CookieUiSource = 'api'): Promise<void> {
    this.#dismissed = false;
    this.#forced = true;
    await this.#setOpen(true, source);
  }

  /** Hides the banner; resolves `false` when a `cookie-hide` listener cancelled it. */
  async hide(source: CookieUiSource = 'api'): Promise<boolean> {
    return this.#setOpen(false, source);
  }

  /** Should the banner ask now? Missing or stale decision, and a registry that needs asking. */
  get #mustAsk(): boolean {
    const view = this.#consent.view;
    return !!view?.needsBanner && !this.#consent.detail.decided;
  }

  connectedCallback(): void {
    for (const controller of this.#controllers) controller.hostConnected?.();
    uiRegistry().banners.add(this);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
    uiRegistry().banners.delete(this);
    this.#resizeObserver?.disconnect();
    this.#setScrollPadding(0);
  }

  /** Decides whether to show or hide, then renders. */
  #update(): void {
    this.#decideVisibility();
    render(this.#template(), this.shadowRoot!, { host: this });
  }

  #decideVisibility(): void {
    if (!this.isConnected) return; // a banner not in the page (yet) neither shows nor announces itself
    const { reason } = this.#consent.detail;
    const decidedNow = reason !== this.#lastReason && this.#consent.detail.decided;
    this.#lastReason = reason;
    if (decidedNow && this.open) {
      this.#forced = false;
      void this.#setOpen(false, HIDE_SOURCE[reason] ?? 'api');
    } else if (!this.open && !this.#dismissed && (this.#mustAsk || this.#forced)) {
      void this.#setOpen(true, 'api');
    }
  }

  async #setOpen(open: boolean, source: CookieUiSource): Promise<boolean> {
    if (open === this.open) return true;
    if (open) {
      this.dispatchEvent(new CookieShowEvent(source));
      this.open = true;
      await this.updateComplete;
      this.#showDialog();
      this.#observeSize();
      this.#consent.store.validateSoon(); // the banner is interactive: the registry's check may load now
      this.dispatchEvent(new CookieAfterShowEvent(source));
      return true;
    }
    if (!this.dispatchEvent(new CookieHideEvent(source))) return false;
    const hadFocus = this.matches(':focus-within');
    this.#dialog?.close();
    this.open = false;
    this.#dismissed = !this.#consent.detail.decided; // closed without deciding: stay closed on this page
    this.#resizeObserver?.disconnect();
    this.#setScrollPadding(0);
    await this.updateComplete;
    if (hadFocus) this.shadowRoot!.querySelector<HTMLElement>('.reopen')?.focus();
    this.dispatchEvent(new CookieAfterHideEvent(source));
    return true;
  }

  /** The non-modal banner overlays the page; scroll padding keeps focused elements out from under it. */
  /** The modal layout's dialog, once rendered, opens as a modal (focus on its title). */
  #showDialog(): void {
    if (this.layout === 'modal' && this.#dialog && !this.#dialog.open) {
      this.#dialog.showModal();
      this.shadowRoot!.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  #observeSize(): void {
    const region = this.#region;
    if (!region || this.layout === 'modal') return;
    this.#resizeObserver ??= new ResizeObserver(() => {
      const side = this.layout === 'bar' && this.position === 'top' ? 'start' : 'end';
      this.#setScrollPadding(this.open ? region.getBoundingClientRect().height : 0, side);
    });
    this.#resizeObserver.observe(region);
  }

  #setScrollPadding(pixels: number, side: 'start' | 'end' = 'end'): void {
    const root = document.documentElement.style;
    root.removeProperty('scroll-padding-block-start');
    root.removeProperty('scroll-padding-block-end');
    if (pixels > 0) root.setProperty(`scroll-padding-block-${side}`, `${Math.ceil(pixels)}px`);
  }

  #decide(decision: 'accept-all' | 'reject-all'): void {
    void (decision === 'accept-all' ? getApi().acceptAll() : getApi().rejectAll());
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.layout !== 'modal') {
      event.stopPropagation();
      void this.hide('escape');
    }
  }

  #onCancel(event: Event): void {
    event.preventDefault(); // the banner decides, through the cancellable cookie-hide
    void this.hide('escape');
  }

  /**
   * The optional categories' titles as a list (a row of tags); a title in another language (a
   * fallback) carries its own lang. A list, not words joined into the sentence: `Intl.ListFormat`
   * would load ICU data on the first visit's critical path (50–125 ms at 4× CPU throttling, once
   * per renderer process: bench/README.md#where-we-are-behind).
   */
  #purposes(view: RegistryView, language: string) {
    return html`<ul part="purposes" role="list">
      ${view.categories
        .filter((c) => !view.required.has(c.id))
        .map((c) => {
          const title = pickTextLang(c.title, language, view.registry.defaultLocale);
          // The space: the text around (the modal's aria-describedby) reads "A B", not "AB".
          return html`<li part="purpose" lang=${ifDefined(langOf(title, language))}>${title.text}</li> `;
        })}
    </ul>`;
  }

  #template() {
    const view = this.#consent.view;
    if (!view) return nothing;
    const language = this.#consent.language;
    const t = (id: string, own: string) => uiText(view, language, id, own);
    if (!this.open) {
      return this.reopen && this.#consent.detail.decided && view.needsBanner
        ? html`<button
            type="button"
            class="reopen"
            part="reopen-button"
            lang=${language}
            dir=${directionOf(language)}
            @click=${() => void getApi().showSettings(deepActiveElement())}
          >
            ${t('banner.reopen', msg('Cookie settings', { id: 'banner.reopen' }))}
          </button>`
        : nothing;
    }
    // A description of the site's own (registry `text`) replaces the whole sentence.
    const description =
      t('banner.description', '') ||
      // prettier-ignore
      msg(html`Only with your consent, we use cookies and similar storage for these purposes: ${this.#purposes(view, language)} You can change your choice at any time.`, { id: 'banner.description' });
    const policyUrl = view.registry.policyUrl;
    const content = html`
      <div class="inner">
        <h2 class="title" id="title" part="title" tabindex="-1">
          ${t('banner.title', msg('We value your privacy', { id: 'banner.title' }))}
        </h2>
        <div class="description" id="description" part="description">
          ${description}
          ${policyUrl ? html`<a href=${policyUrl} part="policy-link">${t('banner.policyLink', msg('Cookie policy', { id: 'banner.policyLink' }))}</a>` : nothing}
        </div>
        <div class="actions" part="actions">
          <button type="button" class="button" part="accept-button" @click=${() => this.#decide('accept-all')}>
            ${t('banner.acceptAll', msg('Accept all', { id: 'banner.acceptAll' }))}
          </button>
          <button type="button" class="button" part="reject-button" @click=${() => this.#decide('reject-all')}>
            ${t('banner.rejectAll', msg('Reject all', { id: 'banner.rejectAll' }))}
          </button>
          <button
            type="button"
            class="button secondary"
            part="settings-button"
            @click=${(event: Event) => void getApi().showSettings(event.currentTarget as Element)}
          >
            ${t('banner.customize', msg('Customize', { id: 'banner.customize' }))}
          </button>
        </div>
      </div>
    `;
    if (this.layout === 'modal') {
      return html`<dialog
        part="base"
        aria-labelledby="title"
        aria-describedby="description"
        lang=${language}
        dir=${directionOf(language)}
        @cancel=${this.#onCancel}
      >
        ${content}
      </dialog>`;
    }
    return html`<section
      class="region ${this.layout} ${this.layout === 'box' && !this.position.includes('-') ? 'bottom-end' : this.position}"
      part="base"
      role="region"
      aria-labelledby="title"
      lang=${language}
      dir=${directionOf(language)}
      @keydown=${this.#onKeydown}
    >
      ${content}
    </section>`;
  }
}
