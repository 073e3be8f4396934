import { expect } from '@open-wc/testing';
import { normalizeRegistry } from '../../src/consent/normalize.js';
import { withOwnStorage } from '../../src/consent/own-storage.js';
import type { Registry } from '../../src/registry/schema.js';
import { loadRegistry } from '../helpers/page.js';

describe('the suite declares its own storage', () => {
  let dumka: Registry;
  let dpokit: Registry;

  before(async () => {
    dumka = (await loadRegistry('dumka')) as unknown as Registry;
    dpokit = (await loadRegistry('dpokit')) as unknown as Registry;
  });

  it('adds the consent cookie to the first required category, with its lifetime, path and domain', () => {
    const registry: Registry = {
      ...dumka,
      consentCookie: { name: 'site_consent', maxAgeDays: 200, path: '/', domain: '.example.com' },
    };
    const { categories, entries } = withOwnStorage(normalizeRegistry(registry, null));
    expect(categories).to.equal(registry.categories);
    expect(entries[0]).to.deep.equal({
      name: 'site_consent',
      type: 'cookie',
      category: 'essential',
      purpose: 'Stores your cookie consent choices',
      duration: 'P200D',
      path: '/',
      domain: '.example.com',
    });
    expect(entries.slice(1)).to.deep.equal(registry.entries);
  });

  it('uses the default name and six-month lifetime when the registry sets none', () => {
    const { consentCookie: _omitted, ...registry } = dumka;
    const { entries } = withOwnStorage(normalizeRegistry(registry, null));
    expect(entries[0]).to.include({ name: 'cookie_consent', duration: 'P182D', path: '/' });
  });

  it('does not list it twice when the site lists it itself (the reference site does)', () => {
    const { entries } = withOwnStorage(normalizeRegistry(dumka, null));
    expect(entries.filter((e) => e.name === 'dumka_cc_cookie')).to.have.length(1);
    expect(entries).to.deep.equal(dumka.entries);
  });

  it('adds a "Strictly necessary" category for it when the registry has no required one', () => {
    const registry: Registry = {
      ...dumka,
      consentCookie: undefined,
      categories: dumka.categories.filter((c) => !c.required),
      services: dumka.services!.filter((s) => s.category !== 'essential'),
      entries: dumka.entries!.filter((e) => e.category !== 'essential'),
    };
    const { categories, entries } = withOwnStorage(normalizeRegistry(registry, null));
    expect(categories[0]).to.deep.equal({ id: 'necessary', required: true, title: 'Strictly necessary' });
    expect(entries[0]).to.include({ name: 'cookie_consent', category: 'necessary' });
  });

  it('declares nothing for a registry that needs no banner, because nothing is written', () => {
    const view = normalizeRegistry(dpokit, null);
    expect(view.needsBanner).to.equal(false);
    const { categories, entries } = withOwnStorage(view);
    expect(categories).to.deep.equal(dpokit.categories);
    expect(entries).to.deep.equal(dpokit.entries);
  });
});
