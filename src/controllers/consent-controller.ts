import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { getStore } from '../consent/api.js';
import type { RegistryView } from '../consent/normalize.js';
import type { ConsentDetail } from '../consent/types.js';
import { showLanguage, shownLanguage, watchLanguage } from '../i18n/localize.js';

/**
 * Connects an element to the page's one consent store: it re-renders on every decision (in any
 * tab), when the state becomes known, and when the UI language changes, once that language's
 * strings have loaded (so nothing ever shows half in one language); it unsubscribes when removed.
 */
export class ConsentController implements ReactiveController {
  readonly store = getStore();
  #unsubscribe: (() => void) | undefined;
  #loaded: Promise<void> = Promise.resolve();

  /**
   * Resolves when the language is chosen (a `setLanguage()` or detection under way) and its
   * strings are here (the host's `updateComplete` waits for it).
   */
  get loaded(): Promise<void> {
    return this.store.detecting.then(() => this.#loaded);
  }

  readonly #host: ReactiveControllerHost;
  /** The element shows more than the banner's strings (settings, table). */
  readonly #all: boolean;

  constructor(host: ReactiveControllerHost, all = false) {
    this.#host = host;
    this.#all = all;
    host.addController(this);
    void watchLanguage();
  }

  get detail(): ConsentDetail {
    return this.store.detail;
  }

  /** True once the state is known and the UI's strings for its language are here. */
  get settled(): boolean {
    return !!this.store.settled && shownLanguage(this.#all) !== undefined;
  }

  /** Resolves once `settled`: the state is known and the strings of its language are here. */
  get ready(): Promise<void> {
    return watchLanguage().then(() => showLanguage(this.store.language, this.#all));
  }

  /** The validated registry, once `settled`; undefined before, or when the registry failed. */
  get view(): RegistryView | undefined {
    return this.settled ? this.store.view : undefined;
  }

  /** The UI language the element renders in (the page's, once its strings have loaded). */
  get language(): string {
    return shownLanguage() ?? this.store.language;
  }

  hostConnected(): void {
    this.#unsubscribe = this.store.subscribe(() => this.#changed(), true);
    this.#changed();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #changed(): void {
    this.#host.requestUpdate();
    if (!this.store.settled) return;
    const before = shownLanguage(this.#all);
    this.#loaded = watchLanguage()
      .then(() => showLanguage(this.store.language, this.#all))
      .then(() => {
        if (this.#unsubscribe && shownLanguage(this.#all) !== before) this.#host.requestUpdate();
      });
  }
}
