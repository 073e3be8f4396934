// The suite under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), as the
// demo server sends it: no page may report a violation, before or after a decision (Chromium).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CSP } from '../../scripts/serve.mjs';
import { useDemo } from './helpers/demo.mjs';

describe('strict Content-Security-Policy', () => {
  const demo = useDemo();

  it('is what the demo server sends', () => {
    assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval/);
    assert.match(CSP, /script-src 'self'/);
  });

  for (const path of ['/', '/cookie-policy', '/essential/', '/essential/cookie-policy']) {
    it(`${path}: no violation while loading, validating, deciding and opening the settings`, async () => {
      const context = await demo.browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (event) =>
            (window.__violations ||= []).push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
          ),
        );
        await page.goto(new URL(path, demo.server.url).href);
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
