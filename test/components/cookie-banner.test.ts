import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { getApi } from '../../src/consent/api.js';
import '../../src/components/cookie-banner/define.js';
import type { CookieBanner } from '../../src/components/cookie-banner/cookie-banner.js';
import { clearCookies, isolatePages, loadRegistry, openPage } from '../helpers/page.js';

const api = getApi();

function part(el: CookieBanner, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

/** Records the banner's UI events, in order, as `type:source`. */
function recordEvents(el: HTMLElement): string[] {
  const seen: string[] = [];
  for (const type of ['cookie-show', 'cookie-after-show', 'cookie-hide', 'cookie-after-hide'] as const) {
    el.addEventListener(type, (event) => seen.push(`${type}:${event.detail.source}`));
  }
  return seen;
}

async function banner(template = html`<cookie-banner></cookie-banner>`): Promise<CookieBanner> {
  const el = await fixture<CookieBanner>(template);
  await waitUntil(() => el.open, 'the banner never opened');
  await el.updateComplete;
  return el;
}

describe('<cookie-banner>', () => {
  before(async () => {
    clearCookies();
    await api.start({ registry: await loadRegistry('dumka') });
  });

  afterEach(async () => {
    await api.reset();
    document.documentElement.style.removeProperty('scroll-padding-block-end');
  });

  describe('first layer', () => {
    it('a banner not (yet) in the page neither opens nor announces itself; it shows once added', async () => {
      const el = document.createElement('cookie-banner');
      el.layout = 'modal';
      const seen = recordEvents(el);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(el.open).to.equal(false);
      expect(seen).to.deep.equal([]);
      document.body.append(el);
      try {
        await waitUntil(() => el.open, 'the banner did not open once added');
        expect(seen[0]).to.equal('cookie-show:api');
      } finally {
        el.remove();
      }
    });

    it('shows to an undecided visitor as a labelled region naming the purposes', async () => {
      const el = await banner();
      const region = part(el, 'base');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.equal('title');
      expect(part(el, 'title').textContent!.trim()).to.equal('We value your privacy');
      // The purposes, the optional categories' titles, as a list inside the description (which
      // the modal's aria-describedby names), between its two sentences.
      const description = part(el, 'description');
      const list = part(el, 'purposes');
      expect(description.contains(list)).to.equal(true);
      expect([list.localName, list.getAttribute('role')]).to.deep.equal(['ul', 'list']);
      expect([...list.children].map((item) => [item.localName, item.textContent!.trim()])).to.deep.equal([
        ['li', 'Analytics'],
        ['li', 'Functional'],
      ]);
      const text = description.textContent!.replace(/\s+/g, ' ').trim();
      expect(text).to.equal(
        'Only with your consent, we use cookies and similar storage for these purposes: Analytics Functional ' +
          'You can change your choice at any time. Cookie policy',
      );
      expect(part(el, 'policy-link').getAttribute('href')).to.equal('/cookie-policy');
      expect(region.getAttribute('lang')).to.equal('en');
      expect(region.getAttribute('dir')).to.equal('ltr');
    });

    // One test per layout: each axe run has the whole test timeout (WebKit runs axe slowly on a busy machine).
    for (const [layout, template] of [
      ['bar at the bottom', html`<cookie-banner></cookie-banner>`],
      ['bar at the top', html`<cookie-banner position="top"></cookie-banner>`],
      ['box at the top start', html`<cookie-banner layout="box" position="top-start"></cookie-banner>`],
      ['dark theme', html`<cookie-banner theme="dark"></cookie-banner>`],
    ] as const) {
      it(`is accessible: ${layout}`, async () => {
        const el = await banner(template);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }

    it('gives Accept all and Reject all equal prominence', async () => {
      const el = await banner();
      const accept = getComputedStyle(part(el, 'accept-button'));
      const reject = getComputedStyle(part(el, 'reject-button'));
      for (const property of [
        'font-size',
        'font-weight',
        'color',
        'background-color',
        'padding-inline-start',
        'border-top-width',
        'block-size',
      ]) {
        expect(reject.getPropertyValue(property), property).to.equal(accept.getPropertyValue(property));
      }
    });

    it('overlays the page without shifting it, and pads scrolling so it never hides the focused element', async () => {
      const before = document.body.getBoundingClientRect().top;
      const el = await banner();
      expect(getComputedStyle(part(el, 'base')).position).to.equal('fixed');
      expect(document.body.getBoundingClientRect().top).to.equal(before);
      const height = part(el, 'base').getBoundingClientRect().height;
      await waitUntil(() => document.documentElement.style.getPropertyValue('scroll-padding-block-end') !== '');
      expect(parseFloat(document.documentElement.style.getPropertyValue('scroll-padding-block-end'))).to.be.at.least(
        height - 1,
      );
    });
  });

  describe('decisions', () => {
    it('Accept all records the decision and hides, in event order', async () => {
      const el = await banner();
      const seen = recordEvents(el);
      part(el, 'accept-button').click();
      await oneEvent(el, 'cookie-after-hide');
      expect(api.getConsent()).to.include({ decided: true, method: 'accept-all' });
      expect(seen).to.deep.equal(['cookie-hide:accept-all', 'cookie-after-hide:accept-all']);
      expect(el.open).to.equal(false);
      expect(document.documentElement.style.getPropertyValue('scroll-padding-block-end')).to.equal('');
    });

    it('Reject all records the decision and hides', async () => {
      const el = await banner();
      part(el, 'reject-button').click();
      await oneEvent(el, 'cookie-after-hide');
      expect(api.getConsent()).to.include({ decided: true, method: 'reject-all' });
      expect(api.isGranted('analytics')).to.equal(false);
    });

    it('a cancelled hide keeps the banner open, but never cancels the decision', async () => {
      const el = await banner();
      el.addEventListener('cookie-hide', (event) => event.preventDefault(), { once: true });
      part(el, 'accept-button').click();
      await oneEvent(el, 'cookie-hide');
      await waitUntil(() => api.getConsent().decided);
      expect(el.open).to.equal(true);
      expect(api.isGranted('analytics')).to.equal(true);
    });

    it('hides when the decision is made elsewhere (the API, another tab)', async () => {
      const el = await banner();
      const hidden = oneEvent(el, 'cookie-after-hide');
      await api.set({ categories: { analytics: true } });
      expect((await hidden).detail.source).to.equal('save');
    });

    it('shows again after reset()', async () => {
      const el = await banner();
      await api.rejectAll();
      await waitUntil(() => !el.open);
      await api.reset();
      await waitUntil(() => el.open, 'the banner did not ask again');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches Accept, Reject and Customize in order; Enter accepts', async () => {
      const el = await banner();
      part(el, 'title').focus();
      const focused = () => el.shadowRoot!.activeElement?.getAttribute('part');
      await sendKeys({ press: 'Tab' });
      if (focused() === 'policy-link') await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('accept-button');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('reject-button');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('settings-button');
      // Back to Accept (WebDriver has no Shift+Tab): from the heading again.
      part(el, 'title').focus();
      await sendKeys({ press: 'Tab' });
      if (focused() === 'policy-link') await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('accept-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => api.getConsent().decided);
      expect(api.getConsent().method).to.equal('accept-all');
    });

    it('Escape hides the banner and records nothing', async () => {
      const el = await banner();
      const seen = recordEvents(el);
      part(el, 'reject-button').focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.open);
      expect(seen).to.deep.equal(['cookie-hide:escape', 'cookie-after-hide:escape']);
      expect(api.getConsent().decided).to.equal(false);
      expect(document.cookie).not.to.contain('dumka_cc_cookie');
    });
  });

  describe('modal layout', () => {
    it('is a modal dialog that takes focus and blocks the page; Escape records nothing', async () => {
      const outside = document.createElement('button');
      outside.textContent = 'page button';
      document.body.append(outside);
      try {
        const el = await banner(html`<cookie-banner layout="modal"></cookie-banner>`);
        const dialog = el.shadowRoot!.querySelector('dialog')!;
        expect(dialog.open).to.equal(true);
        expect(dialog.matches(':modal')).to.equal(true);
        expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !el.open);
        expect(dialog.open).to.equal(false);
        expect(api.getConsent().decided).to.equal(false);
      } finally {
        outside.remove();
      }
    });

    it('opens as a modal when an open banner is switched to the modal layout, and back', async () => {
      const el = await banner();
      el.layout = 'modal';
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the modal never opened');
      expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
      el.layout = 'box';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
      expect(part(el, 'accept-button').checkVisibility()).to.equal(true);
    });
  });

  describe('re-open control', () => {
    it('appears after a decision with `reopen`, and is accessible', async () => {
      const el = await banner(html`<cookie-banner reopen></cookie-banner>`);
      part(el, 'accept-button').click();
      await waitUntil(() => !el.open);
      await el.updateComplete;
      const reopen = part(el, 'reopen-button');
      expect(reopen.textContent!.trim()).to.equal('Cookie settings');
      await expect(el).to.be.accessible();
    });

    it('is absent without `reopen`', async () => {
      const el = await banner();
      part(el, 'accept-button').click();
      await waitUntil(() => !el.open);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="reopen-button"]')).to.equal(null);
    });
  });

  describe('registration', () => {
    it('works under another tag name', async () => {
      const { CookieBanner } = await import('../../src/components/cookie-banner/cookie-banner.js');
      class SiteBanner extends CookieBanner {}
      expect(SiteBanner.define('site-consent-banner')).to.equal(true);
      const el = await banner(html`<site-consent-banner></site-consent-banner>` as never);
      expect(part(el, 'accept-button').textContent!.trim()).to.equal('Accept all');
    });

    it('says so when the tag is taken by another library, and leaves the class usable', async () => {
      const { CookieBanner } = await import('../../src/components/cookie-banner/cookie-banner.js');
      customElements.define('taken-banner', class extends HTMLElement {});
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        expect(CookieBanner.define('taken-banner')).to.equal(false);
        await waitUntil(() => errors.length, 'nothing was said');
      } finally {
        console.error = original;
      }
      expect(String(errors[0])).to.contain('<taken-banner> is already defined by another library');
    });
  });
});

describe('<cookie-banner> language, direction and forced colors', () => {
  before(async () => {
    await getApi().ready;
  });

  afterEach(async () => {
    getApi().setLanguage('en');
    await getApi().reset();
  });

  it('mirrors for a right-to-left language and stays accessible', async () => {
    const el = await banner();
    getApi().setLanguage('ar');
    await el.updateComplete;
    const region = part(el, 'base');
    expect(region.getAttribute('lang')).to.equal('ar');
    expect(region.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('marks the purposes it names with their own lang when they are not in the UI language (WCAG 3.1.2)', async () => {
    const el = await banner();
    const description = part(el, 'description');
    expect(description.querySelectorAll('[lang]'), 'English text in an English banner').to.have.length(0);
    // The registry has English text only: in Arabic, the category titles stay English, the list around them not.
    getApi().setLanguage('ar');
    await el.updateComplete;
    expect(part(el, 'base').getAttribute('lang')).to.equal('ar');
    const marked = [...description.querySelectorAll('[lang]')];
    expect(marked.map((item) => [item.localName, item.getAttribute('lang'), item.textContent])).to.deep.equal([
      ['li', 'en', 'Analytics'],
      ['li', 'en', 'Functional'],
    ]);
    expect(part(el, 'purposes').hasAttribute('lang'), 'the list itself is in the UI language').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('keeps its buttons and border visible in forced colors mode', async function () {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    try {
      await executeServerCommand('emulate-forced-colors', { active: true });
    } catch {
      this.skip(); // this engine's driver cannot emulate forced colors (only Chromium's can)
    }
    try {
      if (!matchMedia('(forced-colors: active)').matches) this.skip();
      const el = await banner();
      const style = getComputedStyle(part(el, 'base'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(part(el, 'accept-button')).borderTopStyle).to.equal('solid');
      // Each purpose keeps an outline when its background is dropped.
      const purpose = getComputedStyle(part(el, 'purpose'));
      expect(purpose.borderTopStyle).to.equal('solid');
      expect(purpose.borderTopColor, 'the outline is not transparent').to.not.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false }).catch(() => undefined);
    }
  });
});

describe("<cookie-banner> with the site's own description", () => {
  isolatePages();

  it('shows that text instead of the whole of its own, list of purposes included', async () => {
    const dumka = await loadRegistry('dumka');
    const own = 'With your consent we count visits (Analytics) and remember your settings (Functional).';
    const page = await openPage({
      registry: { ...dumka, text: { 'banner.description': { en: own } } },
      modules: ['/src/cookie-elements.ts'],
      body: '<cookie-banner></cookie-banner>',
    });
    const el = page.win.document.querySelector('cookie-banner') as CookieBanner;
    await waitUntil(() => el.open, 'the banner never opened');
    await el.updateComplete;
    const description = el.shadowRoot!.querySelector('[part~="description"]')!;
    expect(description.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${own} Cookie policy`);
    expect(description.querySelector('[part~="purposes"]')).to.equal(null);
  });
});
