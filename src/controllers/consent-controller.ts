import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getStore } from '../consent/api.js';
import type { RegistryView } from '../consent/normalize.js';
import type { ConsentDetail } from '../consent/types.js';

/**
 * Connects an element to the page's one consent store: it re-renders on every decision (in any
 * tab), when the state becomes known, and on language changes; it unsubscribes when removed.
 */
export class ConsentController implements ReactiveController {
  readonly store = getStore();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get detail(): ConsentDetail {
    return this.store.detail;
  }

  /** The validated registry; undefined until the state is known, or when the registry failed. */
  get view(): RegistryView | undefined {
    return this.store.view;
  }

  get language(): string {
    return this.store.language;
  }

  hostConnected(): void {
    this.unsubscribe = this.store.subscribe(() => this.host.requestUpdate(), true);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
