// For node tests that drive the demo: headless Chromium and the demo server, started before the
// suite's tests and closed after them. Call inside `describe()`; read `.browser` and `.server` in tests.
import { after, before } from 'node:test';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startServer } from '../../../scripts/serve.mjs';

export function useDemo() {
  const demo = { browser: undefined, server: undefined };
  before(async () => {
    [demo.browser, demo.server] = await Promise.all([launchChromium(), startServer()]);
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
