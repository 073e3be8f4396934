import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { validateRegistry, validateRegistryText, type ValidationResult } from '../../src/registry/validate.js';
import type { Registry } from '../../src/registry/schema.js';
import type { RegistryIssue } from '../../src/registry/issues.js';

type Item = Record<string, unknown>;
interface Doc extends Item {
  categories: Item[];
  services: Item[];
  entries: Item[];
  consentCookie: Item;
}

/** A small valid registry (shaped like the dumka one); each test breaks one thing in a fresh copy. */
function registry(): Doc {
  return {
    version: 1,
    revision: 1,
    updated: '2026-05-23',
    defaultLocale: 'en',
    locales: ['en', 'uk'],
    policyUrl: '/cookie-policy',
    consentCookie: { name: 'site_consent', maxAgeDays: 365, path: '/', sameSite: 'Lax' },
    categories: [
      { id: 'essential', required: true, title: { en: 'Essential', uk: 'Необхідні' }, description: 'Needed to run.' },
      { id: 'analytics', title: 'Analytics', description: 'How visitors use the site.' },
    ],
    services: [
      {
        id: 'posthog',
        category: 'analytics',
        name: 'PostHog',
        provider: 'PostHog Inc.',
        privacyPolicyUrl: 'https://posthog.com/privacy',
      },
    ],
    entries: [
      {
        name: 'sessionid',
        type: 'cookie',
        category: 'essential',
        purpose: 'Keeps you signed in',
        duration: 'P2W',
        path: '/',
      },
      { name: 'i18nextLng', type: 'localStorage', category: 'essential', purpose: 'Language', duration: 'persistent' },
      {
        name: 'ph_<project>_posthog',
        pattern: '^ph_.+_posthog$',
        type: 'cookie',
        category: 'analytics',
        service: 'posthog',
        purpose: 'PostHog analytics state',
        duration: 'persistent',
      },
    ],
  };
}

function describeIssues(issues: readonly RegistryIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

/** The validated registry; fails the test with the issues when it is not valid. */
function valid(result: ValidationResult): Registry {
  if (!result.ok) expect.fail(`expected a valid registry, got:\n${describeIssues(result.issues)}`);
  return result.registry;
}

/** The issues; fails the test when the registry was accepted. */
function invalid(result: ValidationResult): RegistryIssue[] {
  if (result.ok) expect.fail('expected the registry to be rejected, but it was accepted');
  expect(result.issues, 'a rejected registry names at least one issue').to.have.length.above(0);
  return result.issues;
}

/** Asserts the registry is rejected with exactly one issue, at `path`, whose message says each of `words`. */
function expectOnlyIssue(input: unknown, path: string, ...words: string[]): RegistryIssue {
  const issues = invalid(validateRegistry(input));
  expect(
    issues.map((issue) => issue.path),
    describeIssues(issues),
  ).to.deep.equal([path]);
  for (const word of words) expect(issues[0]!.message).to.include(word);
  return issues[0]!;
}

/** Asserts there is an issue at `path` whose message says each of `words`. */
function expectIssue(issues: readonly RegistryIssue[], path: string, ...words: string[]): void {
  const found = issues.filter((issue) => issue.path === path && words.every((word) => issue.message.includes(word)));
  expect(found, `no issue at ${path} saying ${words.join(' … ')} in:\n${describeIssues(issues)}`).to.have.lengthOf(1);
}

async function example(name: string): Promise<unknown> {
  const response = await fetch(`/examples/registries/${name}.json`);
  expect(response.status, `/examples/registries/${name}.json`).to.equal(200);
  return response.json();
}

describe('validateRegistry', () => {
  it('accepts the registry the other tests start from', () => {
    const result = validateRegistry(registry());
    valid(result);
    expect(result.warnings).to.deep.equal([]);
  });

  describe('the example registries', () => {
    it('accepts the dumka registry without warnings', async () => {
      const result = validateRegistry(await example('dumka'));
      const reg = valid(result);
      expect(result.warnings).to.deep.equal([]);
      expect(reg.categories.map((category) => category.id)).to.deep.equal(['essential', 'analytics', 'functional']);
      expect(reg.categories.find((category) => category.id === 'essential')?.required).to.equal(true);
      expect(reg.consentCookie?.name).to.equal('dumka_cc_cookie');
      expect(reg.consentCookie?.maxAgeDays).to.equal(365);
    });

    it('lists the PostHog key of the dumka registry as a cookie and a localStorage key, by pattern', async () => {
      const reg = valid(validateRegistry(await example('dumka')));
      const posthog = (reg.entries ?? []).filter((entry) => entry.name === 'ph_<project>_posthog');
      expect(posthog.map((entry) => entry.type)).to.have.members(['cookie', 'localStorage']);
      for (const entry of posthog) {
        expect(entry.category).to.equal('analytics');
        expect(entry.service).to.equal('posthog');
        expect(entry.pattern).to.equal('^ph_.+_posthog$');
        // the pattern matches the key PostHog really sets, and not a look-alike
        expect(new RegExp(entry.pattern!).test('ph_phc_Abc123XYZ_posthog')).to.equal(true);
        expect(new RegExp(entry.pattern!).test('ph__posthog')).to.equal(false);
      }
    });

    it('accepts the dpokit registry without warnings: one required category, cookies under /dashboard', async () => {
      const result = validateRegistry(await example('dpokit'));
      const reg = valid(result);
      expect(result.warnings).to.deep.equal([]);
      expect(reg.categories).to.have.lengthOf(1);
      expect(reg.categories[0]!.required).to.equal(true);
      const entries = reg.entries ?? [];
      const aliases = entries.flatMap((entry) => entry.aliases ?? []);
      expect(aliases).to.include('__Secure-next-auth.session-token');
      expect(aliases).to.include('__Host-next-auth.csrf-token');
      expect(entries).to.have.length.above(0);
      for (const entry of entries) {
        expect(entry.type, entry.name).to.equal('cookie');
        expect(entry.path, entry.name).to.equal('/dashboard');
      }
    });
  });

  describe('format version, revision and date', () => {
    it('requires "version"', () => {
      const doc = registry();
      delete doc.version;
      expectOnlyIssue(doc, '$.version', 'expected 1', 'missing');
    });

    for (const version of [2, '1', 0]) {
      it(`rejects "version": ${JSON.stringify(version)}, expecting the literal 1`, () => {
        expectOnlyIssue({ ...registry(), version }, '$.version', 'expected 1');
      });
    }

    it('rejects a negative revision', () => {
      expectOnlyIssue({ ...registry(), revision: -1 }, '$.revision', '>=0');
    });

    it('rejects a fractional revision, expecting an integer', () => {
      expectOnlyIssue({ ...registry(), revision: 1.5 }, '$.revision', 'expected int');
    });

    it('rejects a revision given as a string, expecting a number', () => {
      expectOnlyIssue({ ...registry(), revision: '3' }, '$.revision', 'expected number', '"3"');
    });

    it('accepts revision 0 and a leap day', () => {
      valid(validateRegistry({ ...registry(), revision: 0, updated: '2024-02-29' }));
    });

    for (const updated of ['2026-02-30', '2025-02-29', '15 March 2026', '2026-3-15', '2026-03-15T00:00:00Z']) {
      it(`rejects "updated": "${updated}", expecting a calendar date`, () => {
        expectOnlyIssue({ ...registry(), updated }, '$.updated', 'YYYY-MM-DD');
      });
    }
  });

  describe('categories, services and ids', () => {
    it('requires at least one category', () => {
      const doc = { ...registry(), categories: [], services: [], entries: [] };
      expectOnlyIssue(doc, '$.categories', 'at least one category');
    });

    it('requires "categories"', () => {
      const doc = { ...registry(), services: [], entries: [] } as Item;
      delete doc.categories;
      expectOnlyIssue(doc, '$.categories', 'expected array', 'missing');
    });

    it('rejects a duplicate category id, naming the first one', () => {
      const doc = registry();
      doc.categories.push({ id: 'analytics', title: 'Statistics' });
      expectOnlyIssue(doc, '$.categories[2].id', 'duplicate id "analytics"', '$.categories[1].id');
    });

    it('rejects a duplicate service id, naming the first one', () => {
      const doc = registry();
      doc.services.push({ id: 'posthog', category: 'analytics', name: 'PostHog EU' });
      expectOnlyIssue(doc, '$.services[1].id', 'duplicate id "posthog"', '$.services[0].id');
    });

    it('rejects a service id equal to a category id (isGranted answers for both)', () => {
      const doc = registry();
      doc.services.push({ id: 'analytics', category: 'analytics', name: 'Our analytics' });
      expectOnlyIssue(doc, '$.services[1].id', 'duplicate id "analytics"', '$.categories[1].id', 'one namespace');
    });

    it('rejects a service in an unknown category, listing the known ones', () => {
      const doc = registry();
      doc.services.push({ id: 'hotjar', category: 'marketing', name: 'Hotjar' });
      expectOnlyIssue(doc, '$.services[1].category', 'unknown category "marketing"', 'essential, analytics');
    });

    it('accepts a service without entries (a cookieless tool)', () => {
      const doc = registry();
      doc.services.push({ id: 'plausible', category: 'essential', name: 'Plausible Analytics' });
      valid(validateRegistry(doc));
    });

    for (const id of ['Marketing', 'social media', '1st-party', '']) {
      it(`rejects the category id ${JSON.stringify(id)}`, () => {
        const doc = registry();
        doc.categories.push({ id, title: 'Marketing' });
        expectOnlyIssue(doc, '$.categories[2].id', 'expected an id of lowercase letters');
      });
    }

    it('rejects a service id with a space', () => {
      const doc = registry();
      doc.services.push({ id: 'google analytics', category: 'analytics', name: 'Google Analytics' });
      expectOnlyIssue(doc, '$.services[1].id', 'expected an id of lowercase letters');
    });

    it('rejects a Google Consent Mode type that does not exist', () => {
      const doc = registry();
      doc.categories[1]!.googleConsentMode = ['analytics'];
      expectOnlyIssue(doc, '$.categories[1].googleConsentMode[0]', '"analytics_storage"', 'got "analytics"');
    });
  });

  describe('entries', () => {
    it('rejects two entries with the same name and type, naming the first one', () => {
      const doc = registry();
      doc.entries.push({ ...doc.entries[0], purpose: 'Again' });
      expectOnlyIssue(doc, '$.entries[3].name', 'duplicate cookie entry "sessionid"', '$.entries[0]');
    });

    it('accepts the same name with another type (a cookie and a localStorage key)', () => {
      const doc = registry();
      doc.entries.push({ ...doc.entries[2], type: 'localStorage' });
      valid(validateRegistry(doc));
    });

    it('rejects an entry in an unknown category, listing the known ones', () => {
      const doc = registry();
      doc.entries[1]!.category = 'preferences';
      expectOnlyIssue(doc, '$.entries[1].category', 'unknown category "preferences"', 'essential, analytics');
    });

    it('rejects an entry naming an unknown service, listing the known ones', () => {
      const doc = registry();
      doc.entries[0]!.service = 'django';
      expectOnlyIssue(doc, '$.entries[0].service', 'unknown service "django"', 'posthog');
    });

    it('rejects an entry whose service is in another category', () => {
      const doc = registry();
      doc.entries[0]!.service = 'posthog';
      expectOnlyIssue(doc, '$.entries[0].service', 'service "posthog" belongs to category "analytics"', '"essential"');
    });

    it('rejects a pattern that is not a regular expression', () => {
      const doc = registry();
      doc.entries[2]!.pattern = '^ph_(+_posthog$';
      expectOnlyIssue(doc, '$.entries[2].pattern', 'expected a valid regular expression');
    });

    for (const duration of ['session', 'persistent', 'P30D', 'P1Y', 'PT30M', 'P2W', 'P1Y2M3DT4H']) {
      it(`accepts the duration "${duration}"`, () => {
        const doc = registry();
        doc.entries[0]!.duration = duration;
        valid(validateRegistry(doc));
      });
    }

    for (const duration of ['30 days', 'P', 'PT', '1Y', '', 'P1YT', 'Session']) {
      it(`rejects the duration ${JSON.stringify(duration)}`, () => {
        const doc = registry();
        doc.entries[0]!.duration = duration;
        expectOnlyIssue(doc, '$.entries[0].duration', '"session", "persistent" or an ISO 8601 duration');
      });
    }

    it('requires a duration', () => {
      const doc = registry();
      delete doc.entries[1]!.duration;
      expectOnlyIssue(doc, '$.entries[1].duration', 'expected string', 'missing');
    });

    it('rejects an unknown entry type, listing the four types', () => {
      const doc = registry();
      doc.entries[1]!.type = 'local-storage';
      expectOnlyIssue(
        doc,
        '$.entries[1].type',
        '"cookie"',
        '"localStorage"',
        '"sessionStorage"',
        '"indexedDB"',
        'got "local-storage"',
      );
    });

    it('reports only the type when a cookie entry with a path has a misspelt type', () => {
      // "path" is right for a cookie; the mistake is the type, and that is the one problem to fix
      const doc = registry();
      doc.entries[0]!.type = 'cookies';
      expectOnlyIssue(doc, '$.entries[0].type', 'got "cookies"');
    });

    it('accepts path and domain on a cookie', () => {
      const doc = registry();
      doc.entries[0]!.domain = '.example.com';
      valid(validateRegistry(doc));
    });

    it('rejects "path" on a localStorage entry', () => {
      const doc = registry();
      doc.entries[1]!.path = '/';
      expectOnlyIssue(doc, '$.entries[1].path', 'apply to cookies only', '"localStorage"');
    });

    it('rejects "domain" on a sessionStorage entry', () => {
      const doc = registry();
      doc.entries[1]!.type = 'sessionStorage';
      doc.entries[1]!.domain = 'example.com';
      expectOnlyIssue(doc, '$.entries[1].domain', 'apply to cookies only', '"sessionStorage"');
    });

    it('rejects a cookie path that does not start with "/"', () => {
      const doc = registry();
      doc.entries[0]!.path = 'dashboard';
      expectOnlyIssue(doc, '$.entries[0].path', 'starting with "/"');
    });
  });

  describe('unknown fields', () => {
    it('names a misspelt field of the consent cookie ("maxAge")', () => {
      const doc = registry();
      doc.consentCookie.maxAge = 30;
      expectOnlyIssue(doc, '$.consentCookie', 'unknown field "maxAge"');
    });

    it('names a misspelt field of an entry ("categry") and the field it lacks', () => {
      const doc = registry();
      doc.entries[1]!.categry = doc.entries[1]!.category;
      delete doc.entries[1]!.category;
      const issues = invalid(validateRegistry(doc));
      expect(issues.map((issue) => issue.path)).to.deep.equal(['$.entries[1]', '$.entries[1].category']);
      expectIssue(issues, '$.entries[1]', 'unknown field "categry"');
      expectIssue(issues, '$.entries[1].category', 'expected string', 'missing');
    });

    it('names every unknown field of one object', () => {
      const doc = registry();
      Object.assign(doc.consentCookie, { maxAge: 30, secure: true });
      expectOnlyIssue(doc, '$.consentCookie', 'unknown fields', '"maxAge"', '"secure"');
    });

    it('names unknown top-level, category and service fields', () => {
      const doc = registry();
      doc.revison = 2;
      doc.categories[0]!.colour = 'red';
      doc.services[0]!.url = 'https://posthog.com';
      const issues = invalid(validateRegistry(doc));
      expect(issues.map((issue) => issue.path)).to.deep.equal(['$', '$.categories[0]', '$.services[0]']);
      expectIssue(issues, '$', 'unknown field "revison"');
      expectIssue(issues, '$.categories[0]', 'unknown field "colour"');
      expectIssue(issues, '$.services[0]', 'unknown field "url"');
    });

    it('allows "$schema", as the example registries use it', () => {
      valid(validateRegistry({ ...registry(), $schema: '../../registry.schema.json' }));
    });
  });

  describe('languages', () => {
    it('rejects a category title without the default locale', () => {
      const doc = registry();
      doc.categories[0]!.title = { uk: 'Необхідні' };
      expectOnlyIssue(doc, '$.categories[0].title', 'expected a text in "en"', 'defaultLocale', 'uk');
    });

    it('rejects an entry purpose without the default locale', () => {
      const doc = registry();
      doc.entries[2]!.purpose = { uk: 'Аналітика', ru: 'Аналитика' };
      expectOnlyIssue(doc, '$.entries[2].purpose', 'expected a text in "en"');
    });

    it('rejects a UI text override without the default locale', () => {
      const doc = { ...registry(), text: { 'banner.title': { uk: 'Ми цінуємо вашу приватність' } } };
      expectOnlyIssue(doc, '$.text["banner.title"]', 'expected a text in "en"');
    });

    it('accepts localized texts that name the default locale', () => {
      const doc = { ...registry(), text: { 'banner.title': { en: 'We value your privacy', uk: 'Ми цінуємо' } } };
      doc.services[0]!.description = { en: 'Product analytics', uk: 'Аналітика' };
      valid(validateRegistry(doc));
    });

    it('rejects a defaultLocale that is not among "locales"', () => {
      const doc = { ...registry(), defaultLocale: 'en', locales: ['uk', 'ru'] };
      expectOnlyIssue(doc, '$.defaultLocale', '"en" is not among "locales"');
    });

    it('rejects a locale that is not a language tag', () => {
      expectOnlyIssue({ ...registry(), locales: ['en', 'english'] }, '$.locales[1]', 'BCP 47');
    });

    it('names the language key that is not a tag, inside a text map', () => {
      const doc = registry();
      doc.categories[0]!.title = { en: 'Essential', english: 'Essential' };
      expectOnlyIssue(doc, '$.categories[0].title.english', 'BCP 47', 'got "english"');
    });

    it('rejects a text that is neither a string nor a map, and an empty map', () => {
      const doc = registry();
      doc.categories[0]!.title = 5 as never;
      expectOnlyIssue(doc, '$.categories[0].title', 'a string, or an object from language tag to string', 'number 5');
      doc.categories[0]!.title = {};
      expectOnlyIssue(doc, '$.categories[0].title', 'at least one language');
    });

    it('words the limits of lengths and numbers', () => {
      expectIssue(invalid(validateRegistry({ ...registry(), locales: [] })), '$.locales', 'at least 1 item');
      const doc = registry();
      doc.entries![0]!.name = '';
      expectOnlyIssue(doc, '$.entries[0].name', 'at least 1 character', 'got ""');
      doc.entries![0]!.name = 'x'.repeat(257);
      expectOnlyIssue(doc, '$.entries[0].name', 'at most 256 characters');
      expectOnlyIssue({ ...registry(), consentCookie: { maxAgeDays: 0 } }, '$.consentCookie.maxAgeDays', '>0', '0');
      expectOnlyIssue({ ...registry(), consentCookie: { maxAgeDays: 4000 } }, '$.consentCookie.maxAgeDays', '<=3650');
    });
  });

  describe('URLs and the consent cookie', () => {
    it('rejects a javascript: privacy policy URL of a service', () => {
      const doc = registry();
      doc.services[0]!.privacyPolicyUrl = 'javascript:alert(1)';
      expectOnlyIssue(doc, '$.services[0].privacyPolicyUrl', 'expected an http(s) URL');
    });

    it('rejects a privacy policy URL that is not absolute', () => {
      const doc = registry();
      doc.services[0]!.privacyPolicyUrl = 'posthog.com/privacy';
      expectOnlyIssue(doc, '$.services[0].privacyPolicyUrl', 'expected an http(s) URL');
    });

    it('rejects a javascript: policyUrl', () => {
      expectOnlyIssue({ ...registry(), policyUrl: 'javascript:alert(1)' }, '$.policyUrl', 'http(s) URL', '"/"');
    });

    for (const name of ['site consent', 'consent;path=/', '', 'згода']) {
      it(`rejects the consent cookie name ${JSON.stringify(name)}`, () => {
        const doc = registry();
        doc.consentCookie.name = name;
        expectOnlyIssue(doc, '$.consentCookie.name', 'expected a cookie name');
      });
    }

    it('rejects an unknown sameSite value', () => {
      const doc = registry();
      doc.consentCookie.sameSite = 'lax';
      expectOnlyIssue(doc, '$.consentCookie.sameSite', '"Lax"', 'got "lax"');
    });
  });

  describe('every problem at once', () => {
    it('reports independent mistakes together, sorted by path, entries in numeric order', () => {
      const doc = registry();
      for (let i = 0; i < 8; i++) {
        doc.entries.push({
          name: `key_${i}`,
          type: 'localStorage',
          category: 'essential',
          purpose: 'Test',
          duration: 'P1D',
        });
      }
      // 11 entries now (0..10); break things in an order unlike the result's
      doc.version = 2;
      doc.entries[10]!.category = 'marketing';
      doc.consentCookie.maxAge = 30;
      doc.updated = '15 March 2026';
      doc.entries[2]!.duration = '30 days';
      doc.categories.push({ id: 'essential', title: 'Essential again' });
      doc.services[0]!.privacyPolicyUrl = 'javascript:alert(1)';

      const issues = invalid(validateRegistry(doc));
      expect(
        issues.map((issue) => issue.path),
        describeIssues(issues),
      ).to.deep.equal([
        '$.categories[2].id',
        '$.consentCookie',
        '$.entries[2].duration',
        '$.entries[10].category',
        '$.services[0].privacyPolicyUrl',
        '$.updated',
        '$.version',
      ]);
      expectIssue(issues, '$.categories[2].id', 'duplicate id "essential"');
      expectIssue(issues, '$.consentCookie', 'unknown field "maxAge"');
      expectIssue(issues, '$.entries[2].duration', 'ISO 8601 duration');
      expectIssue(issues, '$.entries[10].category', 'unknown category "marketing"');
      expectIssue(issues, '$.services[0].privacyPolicyUrl', 'http(s) URL');
      expectIssue(issues, '$.updated', 'YYYY-MM-DD');
      expectIssue(issues, '$.version', 'expected 1');
    });

    it('runs the rules across fields even when the schema failed', () => {
      const doc = registry();
      doc.revision = 'one';
      doc.entries[1]!.duration = 'forever';
      doc.entries.push({ ...doc.entries[0] }); // duplicate
      doc.entries[2]!.pattern = '(';
      doc.entries[0]!.service = 'hotjar';
      const issues = invalid(validateRegistry(doc));
      expect(
        issues.map((issue) => issue.path),
        describeIssues(issues),
      ).to.deep.equal([
        '$.entries[0].service',
        '$.entries[1].duration',
        '$.entries[2].pattern',
        '$.entries[3].name',
        '$.revision',
      ]);
    });

    it('keeps the index of every entry when some entries are not objects', () => {
      const doc = registry();
      const cookie = doc.entries[0]!;
      doc.entries = [null, cookie, 7, { ...cookie }] as unknown as Item[];
      const issues = invalid(validateRegistry(doc));
      expect(
        issues.map((issue) => issue.path),
        describeIssues(issues),
      ).to.deep.equal(['$.entries[0]', '$.entries[2]', '$.entries[3].name']);
      expectIssue(issues, '$.entries[0]', 'expected object', 'null');
      expectIssue(issues, '$.entries[2]', 'expected object', '7');
      expectIssue(issues, '$.entries[3].name', 'duplicate cookie entry "sessionid"', '$.entries[1]');
    });
  });

  describe('warnings', () => {
    it('warns about a consent cookie kept over 13 months, and still accepts the registry', () => {
      const doc = registry();
      doc.consentCookie.maxAgeDays = 396;
      const result = validateRegistry(doc);
      valid(result);
      expect(result.warnings.map((warning) => warning.path)).to.deep.equal(['$.consentCookie.maxAgeDays']);
      expect(result.warnings[0]!.message).to.include('396 days').and.include('13 months');
    });

    it('does not warn at exactly 395 days', () => {
      const doc = registry();
      doc.consentCookie.maxAgeDays = 395;
      const result = validateRegistry(doc);
      valid(result);
      expect(result.warnings).to.deep.equal([]);
    });

    it('warns about sameSite "None"', () => {
      const doc = registry();
      doc.consentCookie.sameSite = 'None';
      const result = validateRegistry(doc);
      valid(result);
      expect(result.warnings.map((warning) => warning.path)).to.deep.equal(['$.consentCookie.sameSite']);
      expect(result.warnings[0]!.message).to.include('HTTPS');
    });

    it('still reports warnings beside errors', () => {
      const doc = registry();
      doc.consentCookie.maxAgeDays = 730;
      doc.version = 2;
      const result = validateRegistry(doc);
      expect(invalid(result).map((issue) => issue.path)).to.deep.equal(['$.version']);
      expect(result.warnings.map((warning) => warning.path)).to.deep.equal(['$.consentCookie.maxAgeDays']);
    });
  });

  describe('registry strings are text', () => {
    const IMG = '<img src=x onerror="window.__pwned=1">';
    const SCRIPT = '<script>window.__pwned=1</script>';
    type Pwned = Window & { __pwned?: unknown; __control?: unknown };

    afterEach(() => {
      delete (window as Pwned).__pwned;
      delete (window as Pwned).__control;
    });

    it('accepts HTML in every text field as ordinary text, and runs none of it', async () => {
      const doc = registry();
      doc.text = { 'banner.title': IMG, 'banner.description': { en: SCRIPT, uk: IMG } };
      for (const category of doc.categories)
        Object.assign(category, { title: { en: IMG, uk: SCRIPT }, description: SCRIPT });
      Object.assign(doc.services[0]!, { name: IMG, provider: SCRIPT, description: { en: IMG } });
      doc.entries.push({
        name: IMG,
        aliases: [SCRIPT],
        type: 'sessionStorage',
        category: 'analytics',
        service: 'posthog',
        purpose: { en: SCRIPT, uk: IMG },
        scope: IMG,
        duration: 'session',
      });
      for (const entry of doc.entries) Object.assign(entry, { purpose: { en: IMG, uk: SCRIPT }, scope: SCRIPT });

      const result = validateRegistry(doc);
      // the text comes back exactly as written: not stripped, escaped or rejected
      expect(valid(result)).to.deep.equal(doc);

      // Control: the same payload does run once something parses it as HTML, so the wait is long enough.
      const control = document.createElement('div');
      control.innerHTML = IMG.replace('__pwned', '__control');
      await waitUntil(() => (window as Pwned).__control === 1, 'the control payload never ran', { timeout: 10000 });
      expect((window as Pwned).__pwned).to.equal(undefined);
    });
  });

  describe('never throws', () => {
    const inputs: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a boolean', true],
      ['an array', [registry()]],
      ['a string', JSON.stringify(registry())],
      ['categories as a string', { categories: 'x' }],
      [
        'entries, services and categories of the wrong shapes',
        { ...registry(), categories: [null, 'x'], services: {}, entries: [null, 1, 2.5, 'x', []] },
      ],
      ['every field null', Object.fromEntries(Object.keys(registry()).map((key) => [key, null]))],
      ['texts and locales of the wrong shapes', { ...registry(), text: 'x', locales: [1, null], consentCookie: [] }],
    ];
    for (const [label, input] of inputs) {
      it(`rejects ${label} with issues`, () => {
        let result: ValidationResult | undefined;
        expect(() => (result = validateRegistry(input))).not.to.throw();
        const issues = invalid(result!);
        for (const issue of issues) {
          expect(issue.path).to.match(/^\$/);
          expect(issue.message).to.be.a('string').with.length.above(0);
        }
      });
    }

    it('names what the whole document should be', () => {
      expectOnlyIssue(null, '$', 'expected object', 'null');
      expectOnlyIssue(42, '$', 'expected object', '42');
      expectOnlyIssue([], '$', 'expected object', 'array');
      expectOnlyIssue('registry', '$', 'expected object', '"registry"');
    });

    it('names the missing fields of an object that is not a registry', () => {
      const issues = invalid(validateRegistry({ categories: 'x' }));
      expect(issues.map((issue) => issue.path)).to.deep.equal([
        '$.categories',
        '$.defaultLocale',
        '$.revision',
        '$.version',
      ]);
      expectIssue(issues, '$.categories', 'expected array', '"x"');
    });
  });
});

describe('validateRegistryText', () => {
  it('validates JSON text', () => {
    const doc = registry();
    const result = validateRegistryText(JSON.stringify(doc, null, 2));
    expect(valid(result)).to.deep.equal(doc);
  });

  it('reports registry problems in JSON text by path', () => {
    const text = JSON.stringify({ ...registry(), version: 2 });
    expectIssue(invalid(validateRegistryText(text)), '$.version', 'expected 1');
  });

  // Each case: the text, and where the mistake is (1-based line and column).
  const broken: [string, string, number, number][] = [
    ['a trailing comma', '{\n  "version": 1,\n  "revision": 1,\n}\n', 4, 1],
    ['single quotes', "{\n  'version': 1\n}", 2, 3],
    ['a missing value', '{\n  "version": 1,\n  "revision": }\n', 3, 15],
    ['a file cut short', '{\n  "version": 1,\n', 3, 1],
  ];
  for (const [label, text, line, column] of broken) {
    it(`reports ${label} as one issue at $ with its line and column`, () => {
      const issues = invalid(validateRegistryText(text));
      expect(issues).to.have.lengthOf(1);
      expect(issues[0]!.path).to.equal('$');
      expect(issues[0]!.message).to.include('invalid JSON');
      expect(issues[0]!.message).to.include(`line ${line}, column ${column}`);
    });
  }
});
