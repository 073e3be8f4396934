/**
 * Global Privacy Control: with `navigator.globalPrivacyControl === true` (injected before the
 * suite loads: no engine under test sends it by default), categories marked `gpc: true` stay off
 * on "Accept all", the visitor can still switch them on one by one, the record notes it, and the
 * settings say that the signal was honoured.
 */
import { expect } from '@open-wc/testing';
import { isolatePages, loadRegistry, openPage, type TestPage } from '../helpers/page.js';
import { waitUntil } from '../helpers/wait.js';

const GPC = `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });</script>`;
const AXE = '<script src="/node_modules/axe-core/axe.min.js"></script>';

interface Axe {
  run(context: Element): Promise<{ violations: { id: string; help: string }[] }>;
}

function notice(page: TestPage): HTMLElement | null {
  return (
    page.win.document
      .querySelector('cookie-settings')
      ?.shadowRoot?.querySelector<HTMLElement>('[part~="gpc-notice"]') ?? null
  );
}

describe('Global Privacy Control', () => {
  let registry: Record<string, unknown>;

  before(async () => {
    const dumka = await loadRegistry('dumka');
    const categories = (dumka.categories as { id: string }[]).map((category) =>
      category.id === 'analytics' ? { ...category, gpc: true } : category,
    );
    registry = { ...dumka, categories };
  });

  isolatePages();

  async function settingsOf(page: TestPage): Promise<Element> {
    await page.api.showSettings();
    const settings = page.win.document.querySelector('cookie-settings')!;
    await waitUntil(() => settings.shadowRoot?.querySelector('[part~="dialog"]'), 'the settings never opened');
    await (settings as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    return settings;
  }

  it('is honoured: "Accept all" leaves the marked category off, the record says so, one by one still works', async () => {
    const page = await openPage({ registry, modules: ['/src/index.ts'], head: GPC });
    await page.api.acceptAll();
    expect(page.api.getConsent().categories).to.include({ analytics: false, functional: true });
    expect(page.api.getConsent().gpc).to.equal(true);
    expect(page.api.getConsent().method).to.equal('accept-all');

    await page.api.set({ categories: { analytics: true } });
    expect(page.api.isGranted('analytics')).to.equal(true);
  });

  it('is said in the settings, naming what it keeps off, accessibly', async () => {
    const page = await openPage({ registry, modules: ['/src/index.ts'], head: GPC + AXE });
    const settings = await settingsOf(page);
    await waitUntil(() => notice(page), 'no notice');
    const text = notice(page)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Global Privacy Control').and.to.contain('Analytics stays off unless you switch it on');
    expect(text).not.to.contain('Functional');
    const { violations } = await (page.win as unknown as { axe: Axe }).axe.run(settings);
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).to.deep.equal([]);
  });

  it('names several categories in the plural', async () => {
    const both = {
      ...registry,
      categories: (registry.categories as { id: string }[]).map((c) =>
        c.id === 'functional' ? { ...c, gpc: true } : c,
      ),
    };
    const page = await openPage({ registry: both, modules: ['/src/index.ts'], head: GPC });
    await settingsOf(page);
    await waitUntil(() => notice(page), 'no notice');
    const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(['Analytics', 'Functional']);
    expect(notice(page)!.textContent!.replace(/\s+/g, ' ')).to.contain(`${list} stay off unless you switch them on`);
  });

  it('is not mentioned when the browser sends no signal', async () => {
    const page = await openPage({ registry, modules: ['/src/index.ts'] });
    await settingsOf(page);
    expect(notice(page)).to.equal(null);
    await page.api.acceptAll();
    expect(page.api.getConsent().categories.analytics).to.equal(true);
    expect(page.api.getConsent().gpc).to.equal(false);
  });
});
