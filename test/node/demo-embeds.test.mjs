// The demo's embeds page (Chromium, the built drop-in): the stand-in map stays behind its
// <cookie-gate> (not requested) until the visitor allows it; "Always allow" loads it, records a
// `gate` decision, and the demo server receives that consent record exactly once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './helpers/demo.mjs';

describe('the demo embeds page', () => {
  const demo = useDemo();

  it('blocks the map until "Always allow", then the server holds one record of the decision', async () => {
    const context = await demo.browser.newContext();
    try {
      const page = await context.newPage();
      const maps = [];
      page.on('request', (request) => request.url().endsWith('/demo/map.svg') && maps.push(request.url()));
      const before = (await (await fetch(new URL('/api/consent', demo.server.url))).json()).length;
      await page.goto(new URL('/embeds', demo.server.url).href);
      const allow = page.locator('cookie-gate [part~="allow-button"]');
      await allow.waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      assert.equal(maps.length, 0, 'the map was requested before consent');
      assert.equal(await page.locator('cookie-gate iframe').count(), 0);

      await allow.click();
      await page.locator('cookie-gate iframe').waitFor({ state: 'attached' });
      await page.waitForFunction(() => localStorage.getItem('cookie-elements-consent-log') === null);
      assert.equal(maps.length, 1);
      const records = (await (await fetch(new URL('/api/consent', demo.server.url))).json()).slice(before);
      assert.equal(records.length, 1);
      assert.equal(records[0].method, 'gate');
      assert.equal(records[0].services.openmaps, true);
      assert.equal(records[0].categories.functional, false);
      // The banner hid: the decision was made.
      assert.equal(await page.locator('cookie-banner[open]').count(), 0);
    } finally {
      await context.close();
    }
  });
});
