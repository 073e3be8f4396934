// The consent cookie's attributes as the browser stored them, over http and https (Secure),
// read from Chromium's cookie jar (playwright-core; page scripts cannot see attributes in every engine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selfSigned } from './helpers/tls.mjs';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const DAY = 864e5;

async function decideAndReadCookie(browser, url) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(async () => {
      const api = await new Promise((resolve) => (window.cookieElements ||= []).push(resolve));
      await api.ready;
      await api.acceptAll();
    });
    return (await context.cookies()).find((cookie) => cookie.name === 'dumka_cc_cookie');
  } finally {
    await context.close();
  }
}

describe('the consent cookie attributes (Chromium)', () => {
  let browser;
  let dir;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookie-elements-tls-'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('over http: Path=/, SameSite=Lax, one year (the registry says 365 days), not Secure', async () => {
    const server = await startServer();
    try {
      const cookie = await decideAndReadCookie(browser, server.url);
      assert.ok(cookie, 'the consent cookie was written');
      assert.equal(cookie.path, '/');
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.secure, false);
      assert.equal(cookie.httpOnly, false);
      const days = (cookie.expires * 1000 - Date.now()) / DAY;
      assert.ok(days > 364.9 && days < 365.1, `expires in ${days} days`);
    } finally {
      await server.close();
    }
  });

  it('over https: Secure as well', async () => {
    const server = await startServer({ tls: selfSigned(dir) });
    try {
      assert.ok(server.url.startsWith('https://'));
      const cookie = await decideAndReadCookie(browser, server.url);
      assert.ok(cookie, 'the consent cookie was written');
      assert.equal(cookie.secure, true);
      assert.equal(cookie.sameSite, 'Lax');
    } finally {
      await server.close();
    }
  });
});
