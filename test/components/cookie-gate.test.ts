/**
 * `<cookie-gate>`: an embed held in a `<template>` until its service (or category) is granted.
 * Real effects: no request for the embed before consent (the test server's request log), the
 * embed in the page after "Load once" / "Always allow", gone again after a withdrawal; the
 * placeholder accessible and keyboard-usable; a granted gate opening without the element's code.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getApi } from '../../src/consent/api.js';
import type { ConsentDetail } from '../../src/consent/types.js';
import '../../src/components/cookie-gate/define.js';
import type { CookieGate } from '../../src/components/cookie-gate/cookie-gate.js';
import { clearCookies, cookieValue, isolatePages, loadRegistry, openPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';
import { waitUntil } from '../helpers/wait.js';

const api = getApi();
const FRAME = '/test/fixtures/enforce/frame.html';

const YOUTUBE = {
  id: 'youtube',
  category: 'functional',
  name: 'YouTube',
  provider: 'Google Ireland Limited',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
};

async function registry(): Promise<Record<string, unknown>> {
  const dumka = await loadRegistry('dumka');
  return { ...dumka, services: [...(dumka.services as unknown[]), YOUTUBE] };
}

/** This test's own embed URL (the request log is shared by three browsers; a URL of its own is never cached). */
let token = '';
const embed = () => `${FRAME}?t=${token}`;

async function requested(): Promise<number> {
  const log = (await (await fetch('/__requests', { cache: 'no-store' })).json()) as string[];
  return log.filter((url) => url.endsWith(`?t=${token}`)).length;
}

function part(el: CookieGate, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

async function gate(attributes = 'service="youtube" label="Video: our office tour"'): Promise<CookieGate> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><cookie-gate ${attributes}><template><iframe title="Our office tour" src="${embed()}"></iframe></template></cookie-gate></div>`,
  );
  const el = wrapper.querySelector<CookieGate>('cookie-gate')!;
  await waitUntil(() => el.open || el.shadowRoot!.querySelector('[part~="base"]'), 'the gate never rendered');
  await el.updateComplete;
  return el;
}

describe('<cookie-gate>', () => {
  before(async () => {
    clearCookies();
    await api.start({ registry: await registry() });
  });

  beforeEach(() => {
    token = Math.random().toString(36).slice(2);
  });

  afterEach(async () => {
    await api.reset();
  });

  it('blocks the embed before consent: an accessible placeholder names it and its provider, nothing is requested', async () => {
    const el = await gate();
    expect(el.open).to.equal(false);
    expect(el.querySelector('iframe'), 'the embed is in the page').to.equal(null);
    const base = part(el, 'base');
    expect(base.getAttribute('role')).to.equal('group');
    expect(base.getAttribute('lang')).to.equal('en');
    expect(part(el, 'label').textContent).to.equal('Video: our office tour');
    expect(part(el, 'label').hasAttribute('lang'), 'the label is in the page language, as the UI').to.equal(false);
    expect(part(el, 'title').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Content from YouTube');
    expect(part(el, 'description').textContent).to.contain('It is provided by Google Ireland Limited');
    expect(part(el, 'policy-link').getAttribute('href')).to.equal(YOUTUBE.privacyPolicyUrl);
    expect(part(el, 'load-button').textContent!.trim()).to.equal('Load once');
    expect(part(el, 'allow-button').textContent!.trim()).to.equal('Always allow');
    await expect(el).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requested(), 'the embed was requested before consent').to.equal(0);
  });

  it('"Load once" from the keyboard shows the embed for this page view only, and moves focus to it', async () => {
    const el = await gate();
    part(el, 'load-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.querySelector('iframe'), 'the embed did not load');
    expect(el.getAttribute('loaded')).to.equal('once');
    await waitUntil(async () => (await requested()) === 1, 'the embed was not requested');
    expect(api.getConsent().decided, 'a decision was recorded').to.equal(false);
    expect(cookieValue('dumka_cc_cookie')).to.equal(undefined);
    await waitUntil(() => document.activeElement === el.querySelector('iframe'), 'focus did not move to the embed');
  });

  it('"Always allow" grants the service (method gate): every gate of it opens, nothing else is granted', async () => {
    const first = await gate();
    const second = await gate();
    const changes: ConsentDetail[] = [];
    const listen = (event: Event) => changes.push((event as CustomEvent<ConsentDetail>).detail);
    document.addEventListener('cookie-consent-change', listen);
    part(first, 'allow-button').click();
    await waitUntil(() => first.querySelector('iframe') && second.querySelector('iframe'), 'the gates did not open');
    document.removeEventListener('cookie-consent-change', listen);
    expect(first.getAttribute('loaded')).to.equal('');
    const consent = api.getConsent();
    expect(consent).to.include({ decided: true, method: 'gate' });
    expect(consent.services.youtube).to.equal(true);
    expect(consent.categories).to.deep.include({ analytics: false, functional: false });
    expect(changes.map((change) => change.reason)).to.deep.equal(['gate']);
    expect(changes[0]!.changed).to.include('youtube');
  });

  it('closes again when the grant is withdrawn (the embed is removed); a gate loaded once stays', async () => {
    const granted = await gate();
    const once = await gate();
    part(once, 'load-button').click();
    await waitUntil(() => once.querySelector('iframe'));
    await api.set({ services: { youtube: true } });
    await waitUntil(() => granted.querySelector('iframe'), 'the gate did not open on the grant');
    await api.set({ services: { youtube: false } });
    await waitUntil(() => !granted.querySelector('iframe'), 'the embed stayed after the withdrawal');
    expect(granted.hasAttribute('loaded')).to.equal(false);
    await granted.updateComplete;
    expect(part(granted, 'load-button')).to.be.instanceOf(HTMLButtonElement);
    expect(once.querySelector('iframe'), 'a gate the visitor loaded once was closed').to.be.instanceOf(
      HTMLIFrameElement,
    );
  });

  it('marks the site’s label with the page language when the UI speaks another', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'en';
    api.setLanguage('ar');
    try {
      const el = await gate();
      await waitUntil(() => part(el, 'base').getAttribute('lang') === 'ar', 'the UI did not switch to Arabic');
      expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'label').getAttribute('lang')).to.equal('en');
      expect(part(el, 'label').getAttribute('dir')).to.equal('ltr');
      expect(
        part(el, 'title').querySelector('[lang="en"]')?.textContent,
        'the service name keeps its language',
      ).to.equal('YouTube');
      await expect(el).to.be.accessible();
    } finally {
      api.setLanguage('en');
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('without a service, follows its category', async () => {
    const el = await gate('category="functional"');
    expect(part(el, 'title').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Content from Functional');
    expect(part(el, 'description').textContent, 'no provider is known without a service').to.contain(
      'It is provided by this provider',
    );
    await api.set({ categories: { functional: true } });
    await waitUntil(() => el.querySelector('iframe'), 'the gate did not open with its category');
  });

  it('a gate naming an unknown service stays blocked and is reported', async () => {
    const errors: string[] = [];
    const listen = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('cookie-consent-error', listen);
    const el = await gate('service="vimeo"');
    await waitUntil(() => errors.length, 'no error');
    document.removeEventListener('cookie-consent-error', listen);
    expect(errors[0]).to.contain('"vimeo" is not a category or service');
    await api.acceptAll();
    await el.updateComplete;
    expect(el.querySelector('iframe')).to.equal(null);
  });
});

describe('<cookie-gate> in a page (the drop-in)', () => {
  let data: Record<string, unknown>;
  before(async () => {
    data = await registry();
  });
  isolatePages();
  beforeEach(() => {
    token = Math.random().toString(36).slice(2);
  });

  const body = () =>
    `<cookie-gate service="youtube"><template><iframe title="Our office tour" src="${embed()}"></iframe></template></cookie-gate>`;

  it('a returning visitor who allowed the service gets the embed without the element’s code', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(data, { svc: { youtube: 1 } })}; Path=/`;
    const page = await openPage({ registry: data, body: body(), modules: ['/src/cookie-elements.ts'] });
    const doc = page.frame.contentDocument!;
    await waitUntil(() => doc.querySelector('cookie-gate iframe'), 'the granted gate did not open');
    expect(doc.querySelector('cookie-gate')!.getAttribute('loaded')).to.equal('');
    expect(
      page.resources().some((url) => url.includes('cookie-gate/')),
      'the element loaded',
    ).to.equal(false);
  });

  it('a returning visitor who did not allow it gets the placeholder (the element loads)', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(data)}; Path=/`;
    const page = await openPage({ registry: data, body: body(), modules: ['/src/cookie-elements.ts'] });
    const el = page.frame.contentDocument!.querySelector('cookie-gate')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="load-button"]'), 'no placeholder');
    expect(el.querySelector('iframe')).to.equal(null);
    expect(await requested()).to.equal(0);
  });
});
