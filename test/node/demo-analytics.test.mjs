// The second reference site's demo, as a visitor meets it (Chromium, the built drop-in): its
// stand-in analytics (demo/analytics.js, gated) writes `ph_demo_posthog` (cookie and localStorage)
// only after analytics consent, runs again on the next page, and withdrawing analytics removes both.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './helpers/demo.mjs';

describe('the Dumka demo and its analytics', () => {
  const demo = useDemo();

  const stored = (page) =>
    page.evaluate(() => ({
      cookie: document.cookie.split('; ').some((pair) => pair.startsWith('ph_demo_posthog=')),
      local: localStorage.getItem('ph_demo_posthog') !== null,
      running: document.documentElement.dataset.analytics === 'running',
    }));
  const api = (page, action) =>
    page.evaluate(async (what) => {
      const cookieElements = await new Promise((resolve) => (window.cookieElements ||= []).push(resolve));
      await cookieElements.ready;
      if (what === 'accept') await cookieElements.acceptAll();
      if (what === 'withdraw') await cookieElements.set({ categories: { analytics: false } });
    }, action);

  it('stores nothing before consent, runs after it and on the next page, and is removed on withdrawal', async () => {
    const context = await demo.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(demo.server.url);
      await page.locator('[part~="accept-button"]').first().waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      assert.deepEqual(await stored(page), { cookie: false, local: false, running: false });

      await page.locator('[part~="accept-button"]').first().click();
      await page.waitForFunction(() => document.documentElement.dataset.analytics === 'running');
      assert.deepEqual(await stored(page), { cookie: true, local: true, running: true });

      await page.goto(new URL('/cookie-policy', demo.server.url).href);
      await page.waitForFunction(() => document.documentElement.dataset.analytics === 'running');

      await api(page, 'withdraw');
      const after = await stored(page);
      assert.deepEqual({ cookie: after.cookie, local: after.local }, { cookie: false, local: false });

      // The next page: analytics stays off, and writes nothing.
      await page.goto(demo.server.url);
      await api(page, 'ready');
      await page.waitForTimeout(300);
      assert.deepEqual(await stored(page), { cookie: false, local: false, running: false });
    } finally {
      await context.close();
    }
  });
});
