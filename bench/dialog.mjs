/**
 * The settings (preferences) dialog of every contender that has one, opened by a returning visitor,
 * 4× CPU throttling, a new browser context per sample. The visitor first accepted all with a click
 * on the banner (as on the first-visit page); on the next page load a button in the page opens the
 * dialog, as each tool's docs say (`contender.settings`, bench/contenders.mjs). Measured from the
 * click event to the first frame with the dialog visible (polled each frame): the first open, the
 * bytes it downloaded, the tool's Save until the dialog is gone, and a second open.
 *
 * A returning visitor of cookie-elements has only the core: the settings code starts loading when
 * the pointer moves onto the button (Playwright moves it there just before it clicks). The peers
 * downloaded all their code with the page.
 */
/* global window, document, requestAnimationFrame */
import { acceptOnce, newContext, newPage } from './measure.mjs';

const PATH = '/settings-dialog/';

const pathOf = (contender) => `${PATH}${contender.id}/`;

/** The settings dialog's pages, for the server: each contender's page with its opener. */
export function dialogPages(contenders) {
  return Object.fromEntries(contenders.filter((c) => c.settings).map((c) => [pathOf(c), c.settingsHtml]));
}

/**
 * Runs in the page before its scripts: after a click, records the first frame in which the dialog
 * (`chain`: each selector after the first looked up in the previous element's shadow root) is
 * visible (`want: 'shown'`) or no longer visible (`want: 'gone'`).
 */
function dialogProbe(chain) {
  const state = (window.__dialog = { want: null, clicked: null, at: null });
  window.addEventListener('click', () => (state.clicked ??= performance.now()), true);
  const visible = () => {
    const dialog = chain.reduce(
      (node, selector) => node && (node.shadowRoot ?? node).querySelector(selector),
      document,
    );
    if (!dialog?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const box = dialog.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const tick = () => {
    if (state.clicked !== null && state.at === null && visible() === (state.want === 'shown')) {
      state.at = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Clicks `selector`; the ms from the click event to the dialog `want` ('shown' or 'gone'). */
async function clickUntil(page, selector, want) {
  await page.evaluate((value) => Object.assign(window.__dialog, { want: value, clicked: null, at: null }), want);
  await page.locator(selector).first().click();
  await page.waitForFunction(() => window.__dialog.at !== null, null, { timeout: 30000 });
  const { clicked, at } = await page.evaluate(() => window.__dialog);
  return at - clicked;
}

/** Waits until the server has had no request for `ms`. */
async function quiet(server, ms = 500) {
  let seen = -1;
  while (server.counts().requests !== seen) {
    seen = server.counts().requests;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/**
 * One sample of `contender` in a new context: `{ firstMs, firstBytes, firstRequests, withPageBytes,
 * saveMs, secondMs }` (`withPageBytes`: the returning visit's page load and the first open together).
 */
export async function measureDialog(browser, server, contender) {
  const { settings } = contender;
  const context = await newContext(browser);
  try {
    const url = `${server.url}${pathOf(contender)}`;
    await acceptOnce(context, url, contender);

    const { page } = await newPage(context);
    await page.addInitScript(dialogProbe, settings.dialog);
    server.reset();
    await page.goto(url, { waitUntil: 'networkidle' });
    const pageBytes = server.counts().bytes;
    if (await page.locator(contender.clickSelector).first().isVisible()) {
      throw new Error('not a returning visitor: the banner asked again');
    }
    const opener = 'footer button';
    server.reset();
    const firstMs = await clickUntil(page, opener, 'shown');
    await quiet(server);
    const { bytes: firstBytes, requests: firstRequests } = server.counts();
    const saveMs = await clickUntil(page, settings.save, 'gone');
    const secondMs = await clickUntil(page, opener, 'shown');
    return { firstMs, firstBytes, firstRequests, withPageBytes: pageBytes + firstBytes, saveMs, secondMs };
  } finally {
    await context.close();
  }
}
