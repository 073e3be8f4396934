// A Lit app that localizes itself with @lit/localize (runtime mode, German), beside cookie-elements.
// The suite bundles its own private copy of @lit/localize, so the app's configureLocalization() is
// the only one on its copy: no "can only be configured once", and each speaks its own strings.
import { LitElement, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import cookieElements from 'cookie-elements';
import registry from './cookie-registry.json';

// The suite starts first (before the page's load event, as start() requires). Its registry puts
// the page language first in `detection.order`, so the banner follows <html lang="de">.
cookieElements.start({ registry });

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => import('./locales/de.js'),
});

class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<h1>${msg('Welcome to the app', { id: 'app.welcome' })}</h1>`;
  }
}
customElements.define('app-greeting', AppGreeting);

await setLocale('de');
