/**
 * The settings dialog, cookie-elements only: a returning visitor (accepted all) clicks a
 * `[data-cookie-settings]` button; the time from the click event to the `<dialog>` in
 * `<cookie-settings>`' shadow root open and visible (polled each frame), 4× CPU throttling. The first
 * open is cold: a returning visitor has only the core, and the settings code starts loading when the
 * pointer moves onto the button (Playwright moves it just before it clicks). The second open, after
 * Escape closed the dialog, has the code in memory.
 */
/* global window, document, requestAnimationFrame */
import { dropIn, page } from './contenders.mjs';
import { decideOnce, newContext, newPage } from './measure.mjs';
import { dumkaRegistry } from './registries.mjs';

const PATH = '/settings-dialog/';

/** The settings dialog's page, for the server: the Dumka registry, the drop-in and one opener. */
export function dialogPages() {
  return {
    [PATH]: page({
      title: 'cookie-elements settings',
      head: dropIn(dumkaRegistry()),
      body: '<footer><button type="button" data-cookie-settings>Cookie settings</button></footer>',
    }),
  };
}

/** Runs in the page before its scripts: records the click (capture) and the first frame with the dialog open and visible. */
function dialogProbe() {
  const state = (window.__dialog = { clicked: null, shown: null });
  window.addEventListener('click', () => (state.clicked ??= performance.now()), true);
  const visible = () => {
    const dialog = document.querySelector('cookie-settings')?.shadowRoot?.querySelector('dialog');
    return Boolean(dialog?.open) && dialog.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const tick = () => {
    if (state.clicked !== null && state.shown === null && visible()) state.shown = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Clicks the opener; the ms from the click event to the dialog open and visible. */
async function open(page) {
  await page.evaluate(() => Object.assign(window.__dialog, { clicked: null, shown: null }));
  await page.click('[data-cookie-settings]');
  await page.waitForFunction(() => window.__dialog.shown !== null, null, { timeout: 30000 });
  const { clicked, shown } = await page.evaluate(() => window.__dialog);
  return shown - clicked;
}

/** One sample in a new context: `{ firstMs, secondMs }`. */
export async function measureDialog(browser, server) {
  const context = await newContext(browser);
  try {
    const url = `${server.url}${PATH}`;
    await decideOnce(context, url, 'acceptAll');
    const { page } = await newPage(context);
    await page.addInitScript(dialogProbe);
    await page.goto(url, { waitUntil: 'networkidle' });
    const decided = await page.evaluate(async () => (await window.cookieElements.ready).decided);
    if (!decided) throw new Error('settings dialog: not a returning visitor (no valid decision)');
    const firstMs = await open(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('cookie-settings').open, null, { timeout: 10000 });
    const secondMs = await open(page);
    return { firstMs, secondMs };
  } finally {
    await context.close();
  }
}
