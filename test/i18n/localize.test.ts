import { expect, fixture, html } from '@open-wc/testing';
import { getApi } from '../../src/consent/api.js';
import '../../src/components/cookie-banner/define.js';
import '../../src/components/cookie-table/define.js';
import type { CookieBanner } from '../../src/components/cookie-banner/cookie-banner.js';
import type { CookieTable } from '../../src/components/cookie-table/cookie-table.js';
import { allLocales } from '../../src/i18n/generated/locale-codes.js';
import { templates as ukFirst } from '../../src/i18n/generated/uk.js';
import { templates as ukMore } from '../../src/i18n/generated/uk.more.js';
import { UI_LOCALES } from '../../src/i18n/detect.js';
import { uiLocaleOf } from '../../src/i18n/localize.js';
import { clearCookies, loadRegistry } from '../helpers/page.js';
import { waitUntil } from '../helpers/wait.js';

const api = getApi();

function shadowText(el: Element, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
}

describe('UI strings (@lit/localize)', () => {
  it('know every locale lit-localize generated', () => {
    expect([...UI_LOCALES]).to.deep.equal([...allLocales]);
  });

  it('use a locale of ours for a page language: exact, then the language alone, else English', () => {
    expect(uiLocaleOf('uk')).to.equal('uk');
    expect(uiLocaleOf('pt-BR')).to.equal('pt-BR');
    expect(uiLocaleOf('pt-br')).to.equal('pt-BR');
    expect(uiLocaleOf('de-AT')).to.equal('de');
    expect(uiLocaleOf('zh-Hant')).to.equal('zh-Hant');
    expect(uiLocaleOf('ca')).to.equal('en');
  });

  describe('in the elements', () => {
    before(async () => {
      clearCookies();
      await api.start({ registry: await loadRegistry('dumka') });
    });

    afterEach(async () => {
      api.setLanguage('en');
      await api.reset();
    });

    it("the banner speaks the page's language once its strings have loaded, and English again after", async () => {
      const el = await fixture<CookieBanner>(html`<cookie-banner></cookie-banner>`);
      await waitUntil(() => el.open, 'the banner never opened');
      await el.updateComplete;
      expect(shadowText(el, '[part~="accept-button"]')).to.equal('Accept all');
      api.setLanguage('uk');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('uk');
      expect(shadowText(el, '[part~="accept-button"]')).to.equal(ukFirst['banner.acceptAll']);
      expect(shadowText(el, '[part~="reject-button"]')).to.equal(ukFirst['banner.rejectAll']);
      expect(shadowText(el, '[part~="title"]')).to.equal(ukFirst['banner.title']);
      api.setLanguage('en');
      await el.updateComplete;
      expect(shadowText(el, '[part~="accept-button"]')).to.equal('Accept all');
      await expect(el).to.be.accessible();
    });

    it('the table waits for the rest of the locale (its column names are not among the banner strings)', async () => {
      api.setLanguage('uk');
      const el = await fixture<CookieTable>(html`<cookie-table category="essential"></cookie-table>`);
      await el.updateComplete;
      const headers = [...el.shadowRoot!.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim());
      expect(headers).to.include(ukMore['table.column.name']);
      expect(headers).not.to.include('Name');
      await expect(el).to.be.accessible();
    });
  });
});
