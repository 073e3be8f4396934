import { expect } from '@open-wc/testing';
import { langOf, pickText, pickTextLang, uiText } from '../../src/i18n/text.js';
import type { RegistryView } from '../../src/consent/normalize.js';

const TITLE = { en: 'Analytics', uk: 'Аналітика', 'pt-BR': 'Análise', pt: 'Análises' };

describe('site text', () => {
  describe('pickTextLang', () => {
    it('picks the exact tag (case-insensitively) and says so', () => {
      expect(pickTextLang(TITLE, 'uk', 'en')).to.deep.equal({ text: 'Аналітика', lang: 'uk' });
      expect(pickTextLang(TITLE, 'pt-BR', 'en')).to.deep.equal({ text: 'Análise', lang: 'pt-BR' });
      expect(pickTextLang(TITLE, 'pt-br', 'en')).to.deep.equal({ text: 'Análise', lang: 'pt-BR' });
    });

    it('falls back to the language alone, and gives its tag (not the UI one)', () => {
      expect(pickTextLang(TITLE, 'pt-PT', 'en')).to.deep.equal({ text: 'Análises', lang: 'pt' });
      expect(pickTextLang(TITLE, 'uk-UA', 'en')).to.deep.equal({ text: 'Аналітика', lang: 'uk' });
    });

    it("falls back to the registry's defaultLocale, then to the first locale there is", () => {
      expect(pickTextLang(TITLE, 'ar', 'en')).to.deep.equal({ text: 'Analytics', lang: 'en' });
      expect(pickTextLang({ de: 'Statistik', fr: 'Statistiques' }, 'ar', 'en')).to.deep.equal({
        text: 'Statistik',
        lang: 'de',
      });
    });

    it("takes a plain string to be in the registry's defaultLocale, whatever the UI language", () => {
      expect(pickTextLang('Analytics', 'ar', 'en')).to.deep.equal({ text: 'Analytics', lang: 'en' });
      expect(pickTextLang('Statistik', 'de', 'de')).to.deep.equal({ text: 'Statistik', lang: 'de' });
      expect(pickTextLang('Statistik', 'en', 'de')).to.deep.equal({ text: 'Statistik', lang: 'de' });
    });

    it('gives no text in the UI language for missing text (nothing to mark)', () => {
      expect(pickTextLang(undefined, 'ar', 'en')).to.deep.equal({ text: '', lang: 'ar' });
    });
  });

  describe('pickText', () => {
    it('is the text of pickTextLang', () => {
      expect(pickText(TITLE, 'uk', 'en')).to.equal('Аналітика');
      expect(pickText(TITLE, 'pt-PT', 'en')).to.equal('Análises');
      expect(pickText(TITLE, 'ar', 'en')).to.equal('Analytics');
      expect(pickText('Analytics', 'ar', 'en')).to.equal('Analytics');
      expect(pickText(undefined, 'ar', 'en')).to.equal('');
    });
  });

  describe('langOf', () => {
    it('is the picked locale where it differs from the UI language, else nothing', () => {
      expect(langOf(pickTextLang(TITLE, 'ar', 'en'), 'ar')).to.equal('en');
      expect(langOf(pickTextLang('Analytics', 'ar', 'en'), 'ar')).to.equal('en');
      expect(langOf(pickTextLang(TITLE, 'pt-PT', 'en'), 'pt-PT')).to.equal('pt');
      expect(langOf(pickTextLang(TITLE, 'uk', 'en'), 'uk')).to.equal(undefined);
      expect(langOf(pickTextLang(TITLE, 'pt-br', 'en'), 'pt-br'), 'tags compare case-insensitively').to.equal(
        undefined,
      );
      expect(langOf(pickTextLang(undefined, 'ar', 'en'), 'ar')).to.equal(undefined);
    });
  });

  describe('uiText', () => {
    const view = { registry: { defaultLocale: 'en', text: { 'settings.title': { uk: 'Налаштування' } } } };

    it("prefers the registry's override, and uses the suite's own string without one", () => {
      expect(uiText(view as unknown as RegistryView, 'uk', 'settings.title', 'Cookie settings')).to.equal(
        'Налаштування',
      );
      expect(uiText(view as unknown as RegistryView, 'uk', 'settings.close', 'Close')).to.equal('Close');
      expect(uiText(undefined, 'uk', 'settings.close', 'Close')).to.equal('Close');
    });
  });
});
