/**
 * Audit mode: what the page holds against what its registry declares, reported in the console
 * and returned by `cookieElements.audit()`.
 */
import { expect } from '@open-wc/testing';
import { isolatePages, loadRegistry, openPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';
import { waitUntil } from '../helpers/wait.js';

describe('audit mode', () => {
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  it('lists undeclared storage, storage without consent, a late banner and unknown gated ids', async () => {
    // Functional is denied; a key and a cookie nobody declared.
    document.cookie = `dumka_cc_cookie=${recordFor(dumka)}; Path=/`;
    document.cookie = 'mystery_tracker=1; Path=/';
    localStorage.setItem('left_over', 'x');
    localStorage.setItem('i18nextLng', 'en'); // declared, essential
    const page = await openPage({
      registry: dumka,
      modules: ['/src/core.ts'],
      body: `<a href="/">Home</a><button>Menu</button><cookie-banner></cookie-banner>
        <script type="text/plain" data-cookie-category="ads">1</script>
        <cookie-gate service="vimeo"><template><p>video</p></template></cookie-gate>`,
    });
    // Enforcement swept the denied functional storage on load; the app writes it again.
    await waitUntil(() => page.resources().some((url) => url.includes('/src/enforce/sweep')), 'no sweep');
    await new Promise((resolve) => setTimeout(resolve, 100));
    page.win.localStorage.setItem('dumka_active_role', 'coach');
    const report = await page.api.audit();
    expect(report.undeclared).to.include.members(['cookie mystery_tracker', 'localStorage left_over']);
    expect(report.undeclared.join(' ')).not.to.contain('i18nextLng').and.not.to.contain('dumka_cc_cookie');
    expect(report.withoutConsent).to.deep.equal(['localStorage dumka_active_role (functional)']);
    expect(report.focusableBeforeBanner).to.equal(2);
    expect(report.unknownGated).to.deep.equal(['<script> ads', '<cookie-gate> vimeo']);
    const warning = page.logs.warn.find((line) => line.includes('audit:'))!;
    expect(warning).to.contain('mystery_tracker').and.to.contain('put it first in <body>').and.to.contain('ads');
  });

  it('says the page matches its registry when it does', async () => {
    const page = await openPage({ registry: dumka, modules: ['/src/core.ts'] });
    const report = await page.api.audit();
    expect(report).to.deep.equal({ undeclared: [], withoutConsent: [], focusableBeforeBanner: 0, unknownGated: [] });
    expect(page.logs.warn.join('\n')).to.contain('the page matches its registry');
  });

  it('runs by itself with ?cookie-audit in the address', async () => {
    document.cookie = 'mystery_tracker=1; Path=/';
    const page = await openPage({ registry: dumka, query: '?utm_source=x&cookie-audit' });
    await waitUntil(() => page.logs.warn.some((line) => line.includes('audit:')), 'no audit in the console');
    expect(page.logs.warn.find((line) => line.includes('audit:'))).to.contain(
      'not in the registry: cookie mystery_tracker',
    );
  });

  it('does not run without the switch (nor for a look-alike parameter)', async () => {
    document.cookie = 'mystery_tracker=1; Path=/';
    const page = await openPage({ registry: dumka, query: '?cookie-audits=1' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.logs.warn.join('\n')).not.to.contain('audit:');
    expect(page.resources().some((url) => url.includes('audit'))).to.equal(false);
  });
});
