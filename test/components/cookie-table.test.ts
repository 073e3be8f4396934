import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { getApi } from '../../src/consent/api.js';
import '../../src/components/cookie-table/define.js';
import type { CookieTable } from '../../src/components/cookie-table/cookie-table.js';
import { formatDuration } from '../../src/i18n/format.js';
import { closeAll, loadRegistry, openPage } from '../helpers/page.js';

/** Text as a visitor reads it: whitespace collapsed. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A duration as this engine's Intl words it (the same engine as the element). */
function intlDuration(unit: 'year' | 'week' | 'day' | 'minute', value: number, language = 'en'): string {
  const DurationFormat = (
    Intl as unknown as {
      DurationFormat?: new (l: string, o: object) => { format(d: Record<string, number>): string };
    }
  ).DurationFormat;
  return DurationFormat
    ? new DurationFormat(language, { style: 'long' }).format({ [`${unit}s`]: value })
    : new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

function parts(el: CookieTable, name: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
}

/** Each category block as the visitor sees it: heading, description, caption, headers, rows of cell texts. */
function categories(el: CookieTable) {
  return parts(el, 'category').map((block) => ({
    heading: text(block.querySelector('[part~="heading"]')),
    description: text(block.querySelector('[part~="description"]')),
    caption: text(block.querySelector('caption')),
    headers: [...block.querySelectorAll('thead th')].map(text),
    rows: [...block.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text)),
  }));
}

const SCOPE_UK = 'Де встановлено';
const HOSTILE = '<img src=x onerror="window.__injected = true">Provided by';

describe('<cookie-table>', () => {
  let dumka: Record<string, unknown>;
  let early: CookieTable;
  let earlyBase: { exists: boolean; children: number; text: string };

  before(async () => {
    dumka = await loadRegistry('dumka');
    // Mounted before the state is known: it must render an empty base, then the tables.
    early = document.createElement('cookie-table');
    document.body.append(early);
    await early.updateComplete;
    const base = early.shadowRoot!.querySelector('[part="base"]');
    earlyBase = { exists: base !== null, children: base?.children.length ?? -1, text: text(base) };
    await getApi().start({
      registry: {
        ...dumka,
        text: { 'table.column.scope': { en: 'Set on', uk: SCOPE_UK }, 'table.column.provider': HOSTILE },
      },
    });
  });

  after(async () => {
    early.remove();
    getApi().setLanguage('en');
    await getApi().reset();
  });

  describe('states', () => {
    it('renders an empty base before the state is known, then the tables once the registry is read', async () => {
      expect(earlyBase).to.deep.equal({ exists: true, children: 0, text: '' });
      await early.updateComplete;
      expect(parts(early, 'table')).to.have.length(3);
    });

    it('says the cookie list is unavailable when the registry failed, instead of throwing', async () => {
      try {
        const page = await openPage({
          registry: {
            ...dumka,
            entries: [{ name: 'x', type: 'cookie', category: 'nope', purpose: 'x', duration: '1d' }],
          },
          modules: ['/src/core.ts', '/src/components/cookie-table/define.ts'],
          body: '<cookie-table></cookie-table>',
        });
        const table = page.win.document.querySelector('cookie-table') as CookieTable;
        // A first visit shows the state at once and validates off the critical path: the
        // table gives way to the message as soon as the registry is found invalid.
        const base = () => text(table.shadowRoot?.querySelector('[part="base"]'));
        await waitUntil(() => base() === 'The cookie list is unavailable.', `shows "${base()}"`, { timeout: 8000 });
        expect(table.shadowRoot!.querySelector('table')).to.equal(null);
      } finally {
        closeAll();
      }
    });
  });

  describe('content', () => {
    it('shows one table per category, in registry order, with heading, description and caption', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      // The registry's text is in en, uk and ru; the test page is English.
      const registryCategories = dumka.categories as { title: { en: string }; description: { en: string } }[];
      const shown = categories(el);
      expect(shown.map((c) => c.heading)).to.deep.equal(['Essential', 'Analytics', 'Functional']);
      shown.forEach((c, i) => {
        expect(c.caption).to.equal(registryCategories[i]!.title.en);
        expect(c.description).to.equal(registryCategories[i]!.description.en);
      });
      expect(el.shadowRoot!.querySelectorAll('h3[part~="heading"]')).to.have.length(3);
    });

    it("lists every entry of the reference site with purpose and duration, as its policy's tables do", async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      const [essential, analytics, functional] = categories(el);
      const auth = 'Authentication token, to keep you signed in through the current JWT API.';
      const posthog = 'PostHog analytics state; created only when analytics is configured and accepted';
      expect(essential!.headers).to.deep.equal(['Name', 'Purpose', 'Duration']);
      expect(essential!.rows).to.deep.equal([
        ['dumka_cc_cookie', 'Stores your cookie consent preferences', intlDuration('year', 1)],
        ['sessionid', 'Created by Django for compatibility (not used for API auth)', intlDuration('week', 2)],
        ['csrftoken', 'Security token to prevent CSRF attacks', intlDuration('year', 1)],
        ['dumka_jwt_access', auth, 'Persistent'],
        ['dumka_jwt_refresh', auth, 'Persistent'],
        ['i18nextLng', 'Language: remembers the interface language.', 'Persistent'],
      ]);
      expect(analytics!.rows).to.deep.equal([
        ['ph_<project>_posthog', posthog, 'Persistent'],
        ['ph_<project>_posthog', posthog, 'Persistent'],
      ]);
      expect(functional!.rows).to.deep.equal([
        ['dumka_active_role', 'Remembers your chosen role (client/coach)', 'Persistent'],
      ]);
    });

    it('lists the consent cookie once (the registry lists it itself)', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      const names = [...el.shadowRoot!.querySelectorAll('tbody th code')].map(text);
      expect(names.filter((name) => name === 'dumka_cc_cookie')).to.have.length(1);
    });

    it('lists the PostHog pattern key both as a cookie and in local storage, its name as written', async () => {
      const el = await fixture<CookieTable>(
        html`<cookie-table category="analytics" columns="name type"></cookie-table>`,
      );
      expect(categories(el)[0]!.rows).to.deep.equal([
        ['ph_<project>_posthog', 'Cookie'],
        ['ph_<project>_posthog', 'Local storage'],
      ]);
      // text, not markup: the angle brackets survive and no <project> element exists
      expect(el.shadowRoot!.querySelector('project')).to.equal(null);
    });

    it('lists services that store nothing on the site after their table', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      const [essential, ...others] = parts(el, 'category');
      const services = essential!.querySelector('[part~="services"]')!;
      expect(services.previousElementSibling!.querySelector('table')).to.not.equal(null);
      expect([...services.querySelectorAll('li .service-name')].map(text)).to.deep.equal(['Sentry']);
      const link = services.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://sentry.io/privacy/');
      expect(link.getAttribute('rel')).to.equal('noopener');
      expect(link.hasAttribute('target')).to.equal(false);
      // PostHog stores entries: it is in its table, not in a list
      for (const block of others) expect(block.querySelector('[part~="services"]')).to.equal(null);
    });

    it('shows "Last updated" as a long date computed in UTC, so it never shifts a day', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      const updated = parts(el, 'updated')[0]!;
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2026, 4, 23),
      );
      expect(text(updated)).to.equal(`Last updated: ${expected}`);
      expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2026-05-23');
      expect(text(updated)).to.contain('23').and.to.contain('2026');
    });

    it('shows a registry string containing HTML as text, creating no element', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table columns="name provider"></cookie-table>`);
      expect(categories(el)[0]!.headers).to.deep.equal(['Name', HOSTILE]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __injected?: boolean }).__injected).to.equal(undefined);
    });
  });

  describe('provider and scope', () => {
    it('marks third-party entries, names the site for its own, and falls back to the path for the scope', async () => {
      try {
        const page = await openPage({
          registry: {
            ...dumka,
            services: [
              ...(dumka.services as object[]),
              { id: 'stripe', category: 'functional', name: 'Stripe', provider: 'Stripe, Inc.' },
            ],
            entries: [
              ...(dumka.entries as object[]),
              {
                name: '__stripe_mid',
                type: 'cookie',
                category: 'functional',
                service: 'stripe',
                purpose: 'Fraud prevention',
                duration: 'P1Y',
                path: '/checkout',
                thirdParty: true,
              },
              {
                name: 'widget',
                type: 'sessionStorage',
                category: 'functional',
                purpose: 'A widget',
                duration: 'session',
                thirdParty: true,
              },
            ],
          },
          modules: ['/src/core.ts', '/src/components/cookie-table/define.ts'],
          body: '<cookie-table category="functional" columns="name type provider scope"></cookie-table>',
        });
        const table = page.win.document.querySelector('cookie-table') as CookieTable;
        await waitUntil(() => table.shadowRoot?.querySelector('tbody tr'), 'no table', { timeout: 8000 });
        const rows = [...table.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
        expect(rows).to.deep.equal([
          ['dumka_active_role', 'Local storage', 'This site', ''],
          ['__stripe_mid', 'Cookie', 'Stripe, Inc. Third party', '/checkout'],
          ['widget', 'Session storage', 'Third party', ''],
        ]);
        expect(page.logs.error).to.deep.equal([]);
      } finally {
        closeAll();
      }
    });
  });

  describe('properties', () => {
    it('category shows only that category', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table category="analytics"></cookie-table>`);
      expect(categories(el).map((c) => c.heading)).to.deep.equal(['Analytics']);
    });

    it('category takes a space- or comma-separated list, shown in the order given', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table category="functional, essential"></cookie-table>`);
      expect(categories(el).map((c) => c.heading)).to.deep.equal(['Functional', 'Essential']);
      el.category = 'analytics functional';
      await el.updateComplete;
      expect(categories(el).map((c) => c.heading)).to.deep.equal(['Analytics', 'Functional']);
    });

    it('columns chooses the columns and their order; the name cell heads its row wherever it is', async () => {
      const el = await fixture<CookieTable>(
        html`<cookie-table category="essential" columns="type,name provider scope"></cookie-table>`,
      );
      const [essential] = categories(el);
      expect(essential!.headers).to.deep.equal(['Type', 'Name', HOSTILE, 'Set on']);
      expect(essential!.rows.slice(0, 4)).to.deep.equal([
        ['Cookie', 'dumka_cc_cookie', 'This site', ''],
        ['Cookie', 'sessionid', 'Django', ''],
        ['Cookie', 'csrftoken', 'Django', ''],
        ['Local storage', 'dumka_jwt_access', 'Sign-in', ''],
      ]);
      const rowHeaders = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')];
      expect(rowHeaders.map(text).slice(0, 2)).to.deep.equal(['dumka_cc_cookie', 'sessionid']);
      const scopes = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'));
      expect(scopes).to.deep.equal(['col', 'col', 'col', 'col']);
    });

    it('provider names the service provider', async () => {
      const el = await fixture<CookieTable>(
        html`<cookie-table category="analytics" columns="name provider"></cookie-table>`,
      );
      expect(categories(el)[0]!.rows.map((row) => row[1])).to.deep.equal(['PostHog Inc.', 'PostHog Inc.']);
    });

    it('reports unknown column names in the console and ignores them', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      try {
        const el = await fixture<CookieTable>(
          html`<cookie-table category="functional" columns="name expiry purpose colour"></cookie-table>`,
        );
        expect(categories(el)[0]!.headers).to.deep.equal(['Name', 'Purpose']);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('"expiry"').and.to.contain('"colour"');
      } finally {
        console.error = original;
      }
    });

    it('reports a category the registry does not have, once, and shows nothing for it', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      try {
        const el = await fixture<CookieTable>(html`<cookie-table category="marketing functional"></cookie-table>`);
        expect(categories(el).map((c) => c.heading)).to.deep.equal(['Functional']);
        getApi().setLanguage('uk'); // a re-render does not repeat the error
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('"marketing"');
      } finally {
        console.error = original;
        getApi().setLanguage('en');
      }
    });

    it('heading-level sets the level of the category headings', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table heading-level="2"></cookie-table>`);
      expect([...el.shadowRoot!.querySelectorAll('h2')].map(text)).to.deep.equal([
        'Essential',
        'Analytics',
        'Functional',
      ]);
      expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
    });

    it('hide-updated hides the "Last updated" line', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table hide-updated></cookie-table>`);
      expect(parts(el, 'updated')).to.have.length(0);
      expect(parts(el, 'table')).to.have.length(3);
    });
  });

  describe('language', () => {
    afterEach(() => getApi().setLanguage('en'));

    it('re-renders in the new language: lang on the root, site text and durations for that language', async () => {
      const el = await fixture<CookieTable>(
        html`<cookie-table category="essential" columns="name duration scope"></cookie-table>`,
      );
      const base = parts(el, 'base')[0]!;
      expect(base.getAttribute('lang')).to.equal('en');
      expect(base.getAttribute('dir')).to.equal('ltr');
      getApi().setLanguage('uk');
      await el.updateComplete;
      expect(parts(el, 'base')[0]!.getAttribute('lang')).to.equal('uk');
      const [essential] = categories(el);
      expect(essential!.headers[2]).to.equal(SCOPE_UK);
      expect(essential!.rows[0]![1]).to.equal(intlDuration('year', 1, 'uk'));
      const expectedDate = new Intl.DateTimeFormat('uk', { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2026, 4, 23),
      );
      expect(text(parts(el, 'updated')[0]!.querySelector('time'))).to.equal(expectedDate);
    });

    it('marks site text in another language than the UI with its own lang (WCAG 3.1.2)', async () => {
      // The registry has English text only: in Arabic, its titles, descriptions and purposes stay English.
      getApi().setLanguage('ar');
      const el = await fixture<CookieTable>(
        html`<cookie-table category="analytics" columns="name purpose category duration provider"></cookie-table>`,
      );
      expect(parts(el, 'base')[0]!.getAttribute('lang')).to.equal('ar');
      const [block] = parts(el, 'category');
      expect(block!.querySelector('[part~="heading"]')!.getAttribute('lang')).to.equal('en');
      expect(block!.querySelector('[part~="description"]')!.getAttribute('lang')).to.equal('en');
      // English text keeps its own direction inside a right-to-left page.
      expect(block!.querySelector('[part~="description"]')!.getAttribute('dir')).to.equal('ltr');
      expect(block!.querySelector('caption')!.getAttribute('lang')).to.equal('en');
      const rows = [...block!.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(2);
      for (const row of rows) {
        const [name, purpose, category, duration, provider] = [...row.children];
        expect(text(purpose)).to.equal(
          'PostHog analytics state; created only when analytics is configured and accepted',
        );
        expect(purpose!.getAttribute('lang'), 'purpose').to.equal('en');
        expect(category!.getAttribute('lang'), 'category').to.equal('en');
        expect(provider!.getAttribute('lang'), 'provider').to.equal('en');
        expect(name!.hasAttribute('lang'), 'a cookie name is no text in a language').to.equal(false);
        expect(duration!.hasAttribute('lang'), 'durations are worded in the UI language').to.equal(false);
      }
      await expect(el).to.be.accessible();
    });

    it('adds no lang where the site text is in the UI language', async () => {
      const el = await fixture<CookieTable>(
        html`<cookie-table columns="name purpose category duration type scope provider"></cookie-table>`,
      );
      expect(parts(el, 'table')).to.have.length(3);
      expect(el.shadowRoot!.querySelectorAll('[part~="base"] [lang]')).to.have.length(0);
    });

    it('sets dir="rtl" on the root for Arabic', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      getApi().setLanguage('ar');
      await el.updateComplete;
      const base = parts(el, 'base')[0]!;
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(base.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('formatDuration', () => {
    it('words ISO 8601 durations with Intl', () => {
      expect(formatDuration('P1Y', 'en')).to.equal(intlDuration('year', 1));
      expect(formatDuration('P2W', 'en')).to.equal(intlDuration('week', 2));
      expect(formatDuration('P30D', 'en')).to.equal(intlDuration('day', 30));
      expect(formatDuration('PT30M', 'en')).to.equal(intlDuration('minute', 30));
      expect(formatDuration('P1Y', 'en')).to.match(/\b1\b.*year/);
    });

    it('words a duration of several units and a fractional one, and leaves anything else as it is', () => {
      const twoUnits = formatDuration('P1Y6M', 'en');
      expect(twoUnits).to.contain('1').and.to.contain('6');
      expect(twoUnits).to.contain(
        new Intl.NumberFormat('en', { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(6),
      );
      expect(formatDuration('P1.5D', 'en')).to.equal(
        new Intl.NumberFormat('en', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(1.5),
      );
      expect(formatDuration('30 days', 'en')).to.equal('30 days');
    });
  });

  describe('layout', () => {
    it('at 320 CSS px causes no horizontal scroll; each table scrolls in a focusable, labelled region', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <cookie-table columns="name purpose category duration type scope provider"></cookie-table>
        </div>
      `);
      const el = container.querySelector('cookie-table')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const regions = [...el.shadowRoot!.querySelectorAll('[role="region"]')] as HTMLElement[];
      expect(regions).to.have.length(3);
      // seven columns do not fit in 320 px: the tables scroll inside their regions, not the page
      expect(regions.some((region) => region.scrollWidth > region.clientWidth)).to.equal(true);
      for (const region of regions) {
        expect(getComputedStyle(region).overflowX).to.equal('auto');
        const label = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
        expect(label?.localName).to.equal('caption');
        expect(region.contains(label)).to.equal(true);
        expect(text(label)).to.not.equal('');
        region.focus();
        expect(el.shadowRoot!.activeElement).to.equal(region);
      }
    });
  });

  describe('accessibility', () => {
    afterEach(() => getApi().setLanguage('en'));

    it('the full table', async () => {
      const el = await fixture<CookieTable>(
        html`<cookie-table columns="name purpose category duration type scope provider"></cookie-table>`,
      );
      await expect(el).to.be.accessible();
    });

    it('a filtered table', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table category="analytics"></cookie-table>`);
      await expect(el).to.be.accessible();
    });

    it('the dark theme', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table theme="dark"></cookie-table>`);
      await expect(el).to.be.accessible();
    });

    it('right to left', async () => {
      getApi().setLanguage('ar');
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      expect(parts(el, 'base')[0]!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('subscriptions', () => {
    afterEach(() => getApi().setLanguage('en'));

    /** Counts the element's re-render requests from now on. */
    function countUpdates(el: CookieTable): { count: number } {
      const counter = { count: 0 };
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<CookieTable['requestUpdate']>) => {
        counter.count++;
        original(...args);
      };
      return counter;
    }

    it('an element added and removed 50 times listens once while connected, and not at all when removed', async () => {
      const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      const parent = el.parentElement!;
      for (let i = 0; i < 50; i++) {
        el.remove();
        parent.append(el);
      }
      const connected = countUpdates(el);
      getApi().setLanguage('uk');
      // The language changes once detection (loaded on first use) has matched it: one notice, and
      // one more render once its strings are here — not one per time it was connected.
      await waitUntil(() => connected.count > 0, 'the element never heard of the new language');
      await el.updateComplete;
      expect(connected.count).to.be.within(1, 2);

      el.remove();
      const detached = countUpdates(el);
      getApi().setLanguage('en');
      await getApi().acceptAll();
      expect(detached.count).to.equal(0);
    });

    it('50 elements created and removed leave no listener behind', async () => {
      const removed: { count: number }[] = [];
      for (let i = 0; i < 50; i++) {
        const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
        el.remove();
        removed.push(countUpdates(el));
      }
      const live = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
      const liveCount = countUpdates(live);
      await getApi().rejectAll();
      getApi().setLanguage('uk');
      await waitUntil(() => liveCount.count > 1, 'the live element never heard of the new language');
      await live.updateComplete;
      expect(liveCount.count).to.be.within(2, 3); // the decision, the language, its strings

      expect(removed.reduce((sum, c) => sum + c.count, 0)).to.equal(0);
    });
  });
});
