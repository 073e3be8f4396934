import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { ConsentDetail } from '../../consent/types.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { directionOf } from '../../i18n/direction.js';
import { msg } from '../../i18n/msg.js';
import { langOf, pickTextLang, uiText, type PickedText } from '../../i18n/text.js';
import { defineElement } from '../../internal/define.js';
import type { Text } from '../../registry/schema.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { styles } from './cookie-gate.styles.js';

/** Links from the registry: http(s) URLs and site paths only, never `javascript:` or `data:`. */
function safeHref(url: string | undefined): string | undefined {
  return url && /^(?:https?:\/\/|\/)/i.test(url) ? url : undefined;
}

/**
 * The stamping (`enforce/gate.ts`), which enforcement also loads: imported on demand by both, so it
 * is a chunk of its own that neither carries for the other.
 */
const stamping = () => import('../../enforce/gate.js');

/** The grant a gate needs: its `service` when it names one, else its `category`; undefined for an unknown id. */
function grantOf(gate: CookieGate, { categories, services }: ConsentDetail): boolean | undefined {
  return gate.service ? services[gate.service] : categories[gate.category ?? ''];
}

/** Where focus goes once the embed shows (the buttons that had it are gone). */
const FOCUSABLE = 'iframe, video[controls], audio[controls], a[href], button, input, select, textarea, [tabindex]';

/**
 * @summary Holds an embed (a video, a map, a social post) until its service or category is granted.
 *
 * Put the embed in a `<template>` inside the gate: nothing in it loads or runs until the grant
 * exists. Meanwhile the gate shows an accessible placeholder naming what would load and from
 * which provider, with "Load once" (this page view only, nothing recorded) and "Always allow"
 * (grants the service, or the category when the gate names no service: a decision with method
 * `gate`, which the settings dialog shows and can withdraw). When that grant is withdrawn, the
 * embed is removed again. A granted gate opens without loading this element at all (enforcement
 * stamps the template); the element loads only while a gate is blocked.
 *
 * ```html
 * <cookie-gate category="marketing" service="youtube" label="Video: our office tour">
 *   <template><iframe src="https://www.youtube-nocookie.com/embed/…" title="Our office tour"></iframe></template>
 * </cookie-gate>
 * ```
 *
 * @attr {string} category - The category whose grant opens the gate (required when there is no `service`).
 * @attr {string} service - The service whose grant opens the gate (its category's grant counts when it has no grant of its own).
 * @attr {string} label - What would load, in the site's words (e.g. "Video: our office tour"); shown as the placeholder's first line.
 * @attr {'' | 'once'} loaded - Set by the suite when the gate is open (`once`: loaded for this page view only). Style with it; do not set it.
 * @attr {'light' | 'dark' | 'auto'} theme - `auto` (default) follows `prefers-color-scheme`.
 *
 * @slot - The embed, once the gate is open (stamped from the `<template>`).
 *
 * @csspart base - The placeholder (carries `lang` and `dir`).
 * @csspart label - The site's `label`.
 * @csspart title - "Content from …".
 * @csspart description - Who provides it and what loading it means.
 * @csspart policy-link - The provider's privacy policy (the service's `privacyPolicyUrl`).
 * @csspart actions - The row of buttons.
 * @csspart load-button - Load once.
 * @csspart allow-button - Always allow.
 *
 * @cssprop [--cookie-gate-min-height=12rem] - Minimum height of the placeholder (keep it near the embed's, to avoid a jump).
 */
export class CookieGate extends HTMLElement implements ReactiveControllerHost {
  // Built like the banner, on lit-html and the UI chunk it already shares (no LitElement): a blocked
  // gate on a returning visitor's page costs the placeholder, not the settings' machinery.
  // Its small reactive host (controllers, one render per task) repeats the banner's: a shared base
  // class measured +42 B gzip on every first visit (the banner's chunk), which the budget lacks.
  static readonly styles: CSSStyleSheet[] = [tokens, buttons, styles];
  static readonly observedAttributes = ['category', 'service', 'label', 'loaded'];

  /** Registers the element under `tag` (tolerant: see `defineElement`). */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  /** The category whose grant opens the gate. Attribute `category`. */
  get category(): string | undefined {
    return this.getAttribute('category') ?? undefined;
  }
  set category(value: string | undefined) {
    this.#set('category', value);
  }

  /** The service whose grant opens the gate. Attribute `service`. */
  get service(): string | undefined {
    return this.getAttribute('service') ?? undefined;
  }
  set service(value: string | undefined) {
    this.#set('service', value);
  }

  /** What would load, in the site's words. Attribute `label`. */
  get label(): string | undefined {
    return this.getAttribute('label') ?? undefined;
  }
  set label(value: string | undefined) {
    this.#set('label', value);
  }

  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). Attribute `theme`. */
  get theme(): 'light' | 'dark' | 'auto' {
    return (this.getAttribute('theme') as 'light' | 'dark' | null) ?? 'auto';
  }
  set theme(value: 'light' | 'dark' | 'auto') {
    this.setAttribute('theme', value);
  }

  #set(name: string, value: string | undefined): void {
    if (value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** Resolves when the pending render has happened (in a new UI language: once its strings are here). */
  get updateComplete(): Promise<boolean> {
    return this.#consent.loaded.then(() => this.#rendered);
  }

  #rendered: Promise<boolean> = Promise.resolve(true);
  #pending = false;
  readonly #controllers: ReactiveController[] = [];
  readonly #consent = new ConsentController(this, true);
  #reported = '';

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = CookieGate.styles;
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

  connectedCallback(): void {
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Whether the gate shows its content (granted, or loaded once). */
  get open(): boolean {
    return this.hasAttribute('loaded');
  }

  /** Applies the grant (the element does it too: under another tag name, or before enforcement loaded), then renders. */
  #update(): void {
    this.#applyGrant();
    render(this.#template(), this.shadowRoot!, { host: this });
  }

  #applyGrant(): void {
    if (!this.#consent.store.settled) return;
    const granted = grantOf(this, this.#consent.detail);
    if (granted ? !this.open : this.getAttribute('loaded') === '') {
      void stamping().then((gate) => (granted ? gate.openGate(this) : gate.closeGate(this)));
    }
    const id = this.service ?? this.category ?? '';
    if (granted === undefined && this.#consent.view && this.#reported !== id) {
      this.#reported = id;
      void this.#consent.store.report('gate', [this.localName, id]);
    }
  }

  #template(): TemplateResult | typeof nothing {
    if (this.open) return html`<slot></slot>`;
    if (!this.#consent.settled) return nothing;
    const view = this.#consent.view;
    const language = this.#consent.language;
    const service = view?.services.find((s) => s.id === this.service);
    const category = view?.categories.find((c) => c.id === (service?.category ?? this.category));
    const pick = (text: Text | undefined): PickedText | undefined =>
      text === undefined || !view ? undefined : pickTextLang(text, language, view.registry.defaultLocale);
    const name = pick(service?.name) ?? pick(category?.title);
    // Without a service, the gate knows no provider: "this provider", not the category's name again.
    const provider = pick(service?.provider) ?? (service ? name : undefined);
    const own = (picked: PickedText | undefined) => (picked ? langOf(picked, language) : undefined);
    const site = (picked: PickedText | undefined) =>
      picked
        ? own(picked)
          ? html`<span lang=${own(picked)!} dir=${directionOf(own(picked)!)}>${picked.text}</span>`
          : picked.text
        : msg('this provider', { id: 'gate.someProvider' });
    const href = safeHref(service?.privacyPolicyUrl);
    const t = (id: string, text: string) => uiText(view, language, id, text);
    // The label is the page's own words: in the page's language, which the UI's may not be.
    const pageLang = this.closest('[lang]')?.getAttribute('lang') || undefined;
    const labelLang = pageLang && pageLang.toLowerCase() !== language.toLowerCase() ? pageLang : undefined;
    return html`<div part="base" role="group" aria-labelledby="title" lang=${language} dir=${directionOf(language)}>
      ${this.label ? html`<p class="label" part="label" lang=${ifDefined(labelLang)} dir=${ifDefined(labelLang ? directionOf(labelLang) : undefined)}>${this.label}</p>` : nothing}
      <p class="title" id="title" part="title">${msg(html`Content from ${site(name)}`, { id: 'gate.title' })}</p>
      <p class="description" part="description">
        ${msg(html`It is provided by ${site(provider)}, who may set cookies and learn about your visit. It stays blocked until you allow it.`, { id: 'gate.description' })}
        ${href ? html`<a href=${href} part="policy-link" target="_blank" rel="noopener noreferrer">${t('gate.privacyPolicy', msg('Privacy policy', { id: 'gate.privacyPolicy' }))}</a>` : nothing}
      </p>
      <div class="actions" part="actions">
        <button type="button" class="button" part="load-button" @click=${() => this.#load(true)}>
          ${t('gate.loadOnce', msg('Load once', { id: 'gate.loadOnce' }))}
        </button>
        ${
          view && (service || category) && !view.required.has(category?.id ?? '')
            ? html`<button type="button" class="button secondary" part="allow-button" @click=${() => this.#load(false)}>
                ${t('gate.alwaysAllow', msg('Always allow', { id: 'gate.alwaysAllow' }))}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** Opens the gate: for this page view (`once`), or by granting its service or category. */
  async #load(once: boolean): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement != null;
    if (once) {
      (await stamping()).openGate(this, true);
    } else {
      const choice = this.service ? { services: { [this.service]: true } } : { categories: { [this.category!]: true } };
      await this.#consent.store.decide('gate', choice);
    }
    await this.updateComplete;
    // The buttons are gone: focus goes to what loaded, so keyboard users carry on from there.
    if (hadFocus && this.open) {
      const target = this.querySelector<HTMLElement>(FOCUSABLE);
      if (target) target.focus();
      else {
        this.tabIndex = -1;
        this.focus();
      }
    }
  }
}
