/**
 * A host application that uses @lit/localize itself (runtime mode), as a site built with Lit
 * might: it configures its own copy, in German, and renders `<host-greeting>` with it. Loaded
 * beside the drop-in build by test/i18n/host-localize.test.ts.
 */
import { LitElement, html } from 'lit';
import { configureLocalization, localized, msg } from '@lit/localize';

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'host.greeting': 'Willkommen bei uns' } }),
});

@localized()
class HostGreeting extends LitElement {
  override render() {
    return html`<p>${msg('Welcome to our site', { id: 'host.greeting' })}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

(window as unknown as { hostLocaleReady: Promise<void> }).hostLocaleReady = setLocale('de');
