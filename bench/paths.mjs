/**
 * The other ways a visitor meets the banner, for every contender, 4× CPU throttling, the same
 * probe as the main table, a new browser context per sample:
 * - Reject all on a first visit: the click until the banner is gone, then the next page view (the
 *   tool's returning visit with everything optional denied: its bytes and scripting; the banner must
 *   not ask again, and the gated analytics script must never run);
 * - Accept at the first moment a visitor could (the probe clicks it in the frame after the one
 *   that first showed it clickable): until the banner is gone, and until the gated analytics
 *   script runs (the decision taken effect, the same sign for every contender); a banner still
 *   shown 5 s after the script ran is counted;
 * - a stale decision: a visitor who accepted all comes back after the site's next revision added a
 *   purpose (`revisedRegistry()`, each tool configured from it as from the first): the time until
 *   the banner is clickable again, the bytes and scripting of that visit, and whether the gated
 *   analytics script (consented to under the first revision) ran before the visitor answered again.
 */
/* global window */
import { setTimeout as delay } from 'node:timers/promises';
import { ANALYTICS_RAN } from './contenders.mjs';
import {
  acceptOnce,
  clickAway,
  firstVisit,
  GONE,
  newContext,
  openPage,
  revisit,
  SHOWN,
  STAYS_AFTER_MS,
} from './measure.mjs';

/** The query of a contender's page after the site's next revision: the same path, so the same cookies. */
export const REVISED = '?revised';

/** The revised pages, for the server. */
export function revisedPages(contenders) {
  return Object.fromEntries(contenders.map((c) => [`/${c.id}/${REVISED}`, c.revisedHtml]));
}

/** Reject all on a first visit, then a returning visit. */
async function rejectPath(browser, server, contender) {
  const context = await newContext(browser);
  try {
    const { page, cdp } = await openPage(context, contender);
    await firstVisit(page, cdp, server, `/${contender.id}/`);
    const rejected = await clickAway(page, contender.rejectSelector, contender.consentEvent);
    const back = await revisit(page, cdp, server);
    if (back.state.shown !== null) throw new Error(`${contender.id}: the banner asked again after Reject all`);
    if (rejected.analytics !== undefined || back.state.analytics !== undefined) {
      throw new Error(`${contender.id}: the gated script ran after Reject all`);
    }
    return {
      rejectGoneMs: rejected.gone - rejected.clicked,
      rejectReturningBytes: back.bytes,
      rejectReturningRequests: back.requests,
      rejectReturningScriptMs: back.scriptMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * Accept at the first moment a visitor could click it; the banner gone, and the gated script run.
 * Nothing is evaluated in the page until the sample is over (Playwright's helper would cost the
 * page ~45 ms of main thread at 4×, inside the interval measured): the harness listens to what the
 * probe and the gated script log.
 */
async function earlyPath(browser, server, contender) {
  const context = await newContext(browser);
  try {
    const { page } = await openPage(context, contender, undefined, true);
    const heard = new Set();
    page.on('console', (message) => heard.add(message.text()));
    /** Whether the page logged `text` within `ms` (polled here, not in the page). */
    const hears = async (text, ms) => {
      for (const end = Date.now() + ms; !heard.has(text) && Date.now() < end;) await delay(20);
      return heard.has(text);
    };
    server.reset();
    await page.goto(`${server.url}/${contender.id}/`, { waitUntil: 'commit' });
    if (!(await hears(SHOWN, 30000)))
      throw new Error(`${contender.id}: the banner never became clickable (early Accept)`);
    const ran = await hears(ANALYTICS_RAN, 10000);
    if (ran) await hears(GONE, STAYS_AFTER_MS); // a banner still there then is counted below
    const { clicked, gone, analytics } = await page.evaluate(() => window.__bench);
    if (clicked === null) throw new Error(`${contender.id}: the probe's early click on Accept never landed`);
    if (!ran) throw new Error(`${contender.id}: the gated script never ran after an early Accept`);
    if (analytics < clicked) throw new Error(`${contender.id}: the gated script ran before the early Accept`);
    return {
      earlyGoneMs: gone === null ? null : gone - clicked,
      earlyAnalyticsMs: analytics - clicked,
      earlyStays: gone === null ? 1 : 0,
    };
  } finally {
    await context.close();
  }
}

/** Accept all under the first revision, then the first page view after the next one. */
async function stalePath(browser, server, contender) {
  const context = await newContext(browser);
  try {
    await acceptOnce(context, `${server.url}/${contender.id}/`, contender);
    const { page, cdp } = await openPage(context, contender);
    const stale = await firstVisit(page, cdp, server, `/${contender.id}/${REVISED}`).catch((error) => {
      throw new Error(`${contender.id}: the banner did not ask again after the new revision (${error.message})`);
    });
    return {
      staleShownMs: stale.state.shown,
      staleBytes: stale.bytes,
      staleScriptMs: stale.scriptMs,
      staleGateRan: stale.state.analytics === undefined ? 0 : 1,
    };
  } finally {
    await context.close();
  }
}

/**
 * One sample of `contender`: `{ rejectGoneMs, rejectReturningBytes, rejectReturningRequests,
 * rejectReturningScriptMs, earlyGoneMs, earlyAnalyticsMs, earlyStays, staleShownMs, staleBytes,
 * staleScriptMs, staleGateRan }` (`earlyGoneMs`: null when the banner stayed, `earlyStays` 1 then;
 * `staleGateRan`: 1 when the gated script ran on the stale visit before any new answer, else 0).
 */
export async function measurePaths(browser, server, contender) {
  return {
    ...(await rejectPath(browser, server, contender)),
    ...(await earlyPath(browser, server, contender)),
    ...(await stalePath(browser, server, contender)),
  };
}
