import type { ReactiveControllerHost } from 'lit';
import type { RegistryView } from '../../consent/normalize.js';
import type { ConsentChoice } from '../../consent/types.js';
import type { ConsentController } from '../../controllers/consent-controller.js';
import type { Category, Service } from '../../registry/schema.js';

/**
 * The switches of `<cookie-settings>` before they are saved: on/off states toggled since the
 * dialog opened (or, inline, since the last decision), on top of the current decision, which
 * fills in every switch not toggled. Required categories and their services are always on. A
 * category switched as a whole takes its services with it. The host re-renders on every change;
 * it calls `discard()` when the dialog opens or closes and after a decision.
 */
export class ConsentDraft {
  /** Toggled switches: id → on. */
  #categories: Readonly<Record<string, boolean>> = {};
  #services: Readonly<Record<string, boolean>> = {};

  readonly #host: ReactiveControllerHost;
  readonly #consent: ConsentController;

  constructor(host: ReactiveControllerHost, consent: ConsentController) {
    this.#host = host;
    this.#consent = consent;
  }

  isRequired(categoryId: string): boolean {
    return this.#consent.view?.required.has(categoryId) ?? false;
  }

  categoryOn(id: string): boolean {
    return this.isRequired(id) || (this.#categories[id] ?? this.#consent.detail.categories[id] ?? false);
  }

  serviceOn(service: Service): boolean {
    if (this.isRequired(service.category)) return true;
    return this.#services[service.id] ?? this.#consent.detail.services[service.id] ?? false;
  }

  /** Per-service switches: several services, or a decision that grants a service apart from its category. */
  serviceSwitches(category: Category, services: readonly Service[]): boolean {
    const { detail } = this.#consent;
    return (
      !this.isRequired(category.id) &&
      (services.length > 1 || services.some((s) => detail.services[s.id] !== detail.categories[category.id]))
    );
  }

  /** Flips a category and its services; `false` when it cannot be switched (required). */
  toggleCategory(id: string): boolean {
    if (this.isRequired(id)) return false;
    const on = !this.categoryOn(id);
    const services = this.#consent.view?.services.filter((s) => s.category === id) ?? [];
    this.#categories = { ...this.#categories, [id]: on };
    this.#services = { ...this.#services, ...Object.fromEntries(services.map((s) => [s.id, on])) };
    this.#host.requestUpdate();
    return true;
  }

  /** Flips one service; `false` when it cannot be switched (its category is required). */
  toggleService(service: Service): boolean {
    if (this.isRequired(service.category)) return false;
    this.#services = { ...this.#services, [service.id]: !this.serviceOn(service) };
    this.#host.requestUpdate();
    return true;
  }

  /** Forgets the toggles: every switch shows the current decision again. */
  discard(): void {
    if (!Object.keys(this.#categories).length && !Object.keys(this.#services).length) return;
    this.#categories = {};
    this.#services = {};
    this.#host.requestUpdate();
  }

  /** What Save records: every optional category, and the services of those whose service switches are shown. */
  choice(view: RegistryView): ConsentChoice {
    const categories: Record<string, boolean> = {};
    const services: Record<string, boolean> = {};
    for (const category of view.categories) {
      if (this.isRequired(category.id)) continue;
      categories[category.id] = this.categoryOn(category.id);
      const own = view.services.filter((s) => s.category === category.id);
      if (this.serviceSwitches(category, own)) for (const s of own) services[s.id] = this.serviceOn(s);
    }
    return { categories, services };
  }
}
