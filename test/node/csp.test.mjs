// The suite under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), as the
// demo server sends it: no page may report a violation, before or after a decision (Chromium).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { CSP, startServer } from '../../scripts/serve.mjs';

describe('strict Content-Security-Policy', () => {
  let browser;
  let server;
  before(async () => {
    [browser, server] = await Promise.all([launchChromium(), startServer()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is what the demo server sends', () => {
    assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval/);
    assert.match(CSP, /script-src 'self'/);
  });

  for (const path of ['/', '/cookie-policy', '/essential/', '/essential/cookie-policy']) {
    it(`${path}: no violation while loading, validating, deciding and opening the settings`, async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (event) =>
            (window.__violations ||= []).push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
          ),
        );
        await page.goto(new URL(path, server.url).href);
        await page.evaluate(async () => {
          const api = await new Promise((resolve) => (window.cookieElements ||= []).push(resolve));
          await api.ready;
          await api.acceptAll(); // waits for the registry's validation (zod) first
          await api.showSettings();
        });
        await page.locator('[part~="dialog"]').first().waitFor({ state: 'visible' });
        assert.deepEqual(await page.evaluate(() => window.__violations ?? []), []);
      } finally {
        await context.close();
      }
    });
  }
});
