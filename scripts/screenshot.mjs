#!/usr/bin/env node
/**
 * Looks at the demo as a visitor would: serves it, opens it in headless Chromium, decides,
 * and saves screenshots (default into ./screenshots/). Usage: node scripts/screenshot.mjs [dir]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const dir = process.argv[2] ?? 'screenshots';
await mkdir(dir, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const problems = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#state')?.textContent?.includes('"decided"'));
  await page.screenshot({ path: `${dir}/demo-first-visit.png`, fullPage: true });
  await page.getByRole('button', { name: 'Analytics only' }).click();
  await page.waitForFunction(() => document.querySelector('#state')?.textContent?.includes('"custom"'));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#state')?.textContent?.includes('"custom"'));
  await page.screenshot({ path: `${dir}/demo-returning.png`, fullPage: true });
  console.log(`screenshots in ${dir}/; console problems: ${problems.length ? problems.join(' | ') : 'none'}`);
} finally {
  await browser.close();
  await server.close();
}
