import { expect, fixture, html } from '@open-wc/testing';
import { getApi } from '../../src/consent/api.js';
import '../../src/components/cookie-table/define.js';
import type { CookieTable } from '../../src/components/cookie-table/cookie-table.js';
import { DEFAULT_CONSENT_COOKIE_NAME } from '../../src/registry/constants.js';
import { loadRegistry } from '../helpers/page.js';

/** Text as a visitor reads it: whitespace collapsed. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A duration in days as this engine's Intl words it (the same engine as the element). */
function intlDays(value: number, language = 'en'): string {
  const DurationFormat = (
    Intl as unknown as {
      DurationFormat?: new (l: string, o: object) => { format(d: Record<string, number>): string };
    }
  ).DurationFormat;
  return DurationFormat
    ? new DurationFormat(language, { style: 'long' }).format({ days: value })
    : new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
}

/** The first reference site: only strictly necessary cookies, so no banner and nothing written. */
describe('<cookie-table> for a site that needs no banner', () => {
  before(async () => {
    const dpokit = await loadRegistry('dpokit');
    await getApi().start({
      registry: {
        ...dpokit,
        // the headers of the site's own policy page
        text: {
          'table.column.name': 'Cookie name',
          'table.column.category': 'Type',
          'table.column.duration': 'Expiry',
          'table.column.scope': 'Set on',
        },
      },
    });
  });

  const seedColumns = 'name purpose category duration scope';

  it("reproduces the policy's table: headers, names with their HTTPS variants, expiry and scope", async () => {
    const el = await fixture<CookieTable>(html`<cookie-table columns=${seedColumns}></cookie-table>`);
    const tables = el.shadowRoot!.querySelectorAll('table');
    expect(tables).to.have.length(1);
    const table = tables[0]!;
    expect(text(table.querySelector('caption'))).to.equal('Functional / Strictly necessary');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Cookie name',
      'Purpose',
      'Type',
      'Expiry',
      'Set on',
    ]);
    const category = 'Functional / Strictly necessary';
    const scope = '/dashboard/* pages only';
    expect([...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text))).to.deep.equal([
      [
        'next-auth.session-token or __Secure-next-auth.session-token',
        'Maintains your authenticated session in the customer dashboard after you log in via magic link.',
        category,
        intlDays(30),
        scope,
      ],
      [
        'next-auth.csrf-token or __Host-next-auth.csrf-token',
        'Cross-site request forgery protection for authentication forms. Required to ensure that login and sign-out requests originate from this site.',
        category,
        'Session',
        scope,
      ],
      [
        'next-auth.callback-url',
        'Records the URL you were trying to access before being redirected to the login page, so you can be redirected back after successful login.',
        category,
        'Session',
        scope,
      ],
    ]);
  });

  it('shows the HTTPS name variants as code, in the row header', async () => {
    const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
    const names = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) =>
      [...th.querySelectorAll('code')].map(text),
    );
    expect(names).to.deep.equal([
      ['next-auth.session-token', '__Secure-next-auth.session-token'],
      ['next-auth.csrf-token', '__Host-next-auth.csrf-token'],
      ['next-auth.callback-url'],
    ]);
  });

  it('lists no consent cookie, and nothing is written', async () => {
    const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(3);
    await getApi().acceptAll(); // even a decision writes nothing for such a site
    const names = document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim());
    expect(names).to.not.include(DEFAULT_CONSENT_COOKIE_NAME);
  });

  it('lists the cookieless analytics and the third-party checkout, with links to their privacy policies', async () => {
    const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
    const services = el.shadowRoot!.querySelector('[part~="services"]')!;
    expect(text(services.querySelector('p'))).to.equal('Also used, storing nothing on this site:');
    const items = [...services.querySelectorAll('li')];
    expect(items.map((li) => text(li.querySelector('.service-name')))).to.deep.equal([
      'Plausible Analytics',
      'Stripe Checkout',
    ]);
    expect(text(items[0])).to.contain('Cookieless analytics');
    const links = items.map((li) => li.querySelector('a')!);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://plausible.io/privacy',
      'https://stripe.com/privacy',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).to.equal('noopener');
      expect(link.hasAttribute('target')).to.equal(false);
    }
  });

  it('shows the date the policy was last updated, in UTC', async () => {
    const el = await fixture<CookieTable>(html`<cookie-table></cookie-table>`);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2026, 2, 15),
    );
    expect(text(el.shadowRoot!.querySelector('[part~="updated"]'))).to.equal(`Last updated: ${expected}`);
  });

  it('is accessible', async () => {
    const el = await fixture<CookieTable>(html`<cookie-table columns=${seedColumns}></cookie-table>`);
    await expect(el).to.be.accessible();
  });
});
