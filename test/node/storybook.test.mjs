// Storybook, built as it ships (`storybook build`, static, offline) and opened in headless Chromium:
// every story renders its elements (upgraded, shadow DOM rendered, in the story's language) with no
// page error and no console error, Storybook's own accessibility test (addon-a11y, `test: 'error'`)
// passes, and axe-core (injected here, independently) finds no violation. The `forced-colors` story
// is opened with forced colours emulated. Then the isolation check: one page walks through every
// story as the Storybook UI does (no reload, one consent store), forwards and backwards, and each
// story must look exactly as it did on a fresh page, so no decision, GPC signal or language leaks
// from one story to the next (and a story that starts from a decision stays off the docs pages, where
// stories share one origin). Finally the docs pages show the elements' API from the manifest.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from './helpers/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const AXE = require.resolve('axe-core/axe.min.js');
const ELEMENTS = ['cookie-banner', 'cookie-settings', 'cookie-table', 'cookie-gate'];

/** The states the issue asks for: each must stay a story (their ids, from the titles and export names). */
const REQUIRED = [
  'elements-cookie-banner--bar',
  'elements-cookie-banner--bar-top',
  'elements-cookie-banner--box',
  'elements-cookie-banner--box-bottom-start',
  'elements-cookie-banner--box-top-end',
  'elements-cookie-banner--box-top-start',
  'elements-cookie-banner--modal',
  'elements-cookie-banner--reopen-after-decision',
  'elements-cookie-banner--stale-decision',
  'elements-cookie-settings--inline',
  'elements-cookie-settings--inline-expanded',
  'elements-cookie-settings--dialog-open',
  'elements-cookie-settings--decided',
  'elements-cookie-settings--stale-decision',
  'elements-cookie-settings--global-privacy-control',
  'elements-cookie-table--full',
  'elements-cookie-table--filtered-by-category',
  'elements-cookie-table--custom-columns',
  'elements-cookie-gate--blocked',
  'elements-cookie-gate--loaded',
  'suite-cookie-policy-page--dark',
  'suite-cookie-policy-page--forced-colors',
  'suite-cookie-policy-page--right-to-left',
  'suite-cookie-policy-page--long-strings-finnish',
  'suite-cookie-policy-page--theming',
];

/** Runs `storybook build` into `dir`; rejects with its output when it fails. */
function buildStorybook(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', '.bin', 'storybook'), 'build', '-o', dir, '--quiet'],
      { cwd: root, env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1' } },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`storybook build exited ${code}:\n${output}`)),
    );
  });
}

/**
 * Before Storybook's preview starts: keep every `storyFinished` event (its status, and the
 * reports of the a11y addon) where the test can read it.
 */
function recordFinishedStories() {
  window.__storiesFinished = [];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => window.__storiesFinished.push(event));
    },
  });
}

/** Waits in the page until the story `id` has finished (rendered, played, afterEach hooks run). */
async function storyFinished(page, id) {
  await page.waitForFunction((storyId) => window.__storiesFinished?.some((event) => event.storyId === storyId), id, {
    timeout: 20_000,
  });
  return page.evaluate((storyId) => {
    const event = window.__storiesFinished.findLast((finished) => finished.storyId === storyId);
    window.__storiesFinished = [];
    return {
      status: event.status,
      a11y: event.reporters
        .filter((report) => report.type === 'a11y')
        .map((report) => ({
          status: report.status,
          violations: (report.result?.violations ?? []).map((violation) => violation.id),
          error: report.result?.error ? String(report.result.error.message ?? report.result.error) : undefined,
        })),
    };
  }, id);
}

/**
 * In the page: waits until every cookie-* element has rendered (in the UI language, with the
 * current state), then says what is wrong with the story's rendering, if anything.
 */
function renderingProblems(tags) {
  return (async () => {
    const problems = [];
    const elements = [...document.querySelectorAll('*')].filter((element) => tags.includes(element.localName));
    await Promise.all(elements.map((element) => element.updateComplete));
    const storyRoot = document.querySelector('#storybook-root');
    if (!storyRoot?.querySelector('*')) problems.push('the story root is empty');
    if (document.body.classList.contains('sb-show-errordisplay')) {
      problems.push(`Storybook shows an error: ${document.querySelector('#error-message')?.textContent?.trim()}`);
    }
    const api = window.cookieElements;
    const language = api.getConsent().language;
    for (const element of elements) {
      const name = element.localName;
      if (!customElements.get(name)) problems.push(`<${name}> is not defined`);
      else if (!element.shadowRoot?.querySelector('*')) problems.push(`<${name}> rendered nothing in its shadow root`);
      const base = element.shadowRoot?.querySelector('[lang]');
      if (base && base.getAttribute('lang') !== language) {
        problems.push(`<${name}> speaks ${base.getAttribute('lang')}, the page ${language}`);
      }
      if (base && /^(ar|he)\b/.test(language) !== (base.getAttribute('dir') === 'rtl')) {
        problems.push(`<${name}> in ${language} has dir=${base.getAttribute('dir')}`);
      }
    }
    const storyLocale = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.storyGlobals?.locale;
    if (storyLocale && language !== storyLocale)
      problems.push(`the story asks for ${storyLocale}, the page is in ${language}`);
    return problems;
  })();
}

/** In the page: what a visitor would notice of the state (no ids or times, which differ per decision). */
function fingerprint(tags) {
  const api = window.cookieElements;
  const { decided, stale, method, gpc, categories, services, language } = api.getConsent();
  const visible = (node) => node.checkVisibility?.() ?? true;
  const elements = [...document.querySelectorAll('*')]
    .filter((element) => tags.includes(element.localName))
    .map((element) => {
      const shadow = element.shadowRoot;
      const all = (selector) => [...(shadow?.querySelectorAll(selector) ?? [])].filter(visible);
      return {
        tag: element.localName,
        open: element.hasAttribute('open'),
        loaded: element.getAttribute('loaded'),
        theme: element.getAttribute('theme'),
        parts: [...new Set(all('[part]').flatMap((node) => node.getAttribute('part').split(/\s+/)))].sort(),
        switches: all('[role="switch"]').map((node) => node.getAttribute('aria-checked')),
        expanded: all('[aria-expanded]').map((node) => node.getAttribute('aria-expanded')),
        slotted: [...element.children]
          .filter((child) => child.localName !== 'template')
          .map((child) => child.localName),
      };
    });
  return {
    consent: { decided, stale, method, gpc, categories, services, language },
    signal: navigator.globalPrivacyControl ?? null,
    cookies: document.cookie
      .split(';')
      .map((pair) => pair.split('=')[0].trim())
      .filter(Boolean)
      .sort(),
    colorScheme: document.documentElement.style.colorScheme,
    elements,
  };
}

/** Where `here` differs from `fresh`, as `path: fresh value → value here` lines. */
function differences(fresh, here, path = '') {
  const flat = (value) => Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null);
  if (flat(fresh) && flat(here)) {
    return JSON.stringify(fresh) === JSON.stringify(here)
      ? []
      : [`${path}: ${JSON.stringify(fresh)} on a fresh page, ${JSON.stringify(here)} here`];
  }
  if (typeof fresh === 'object' && fresh !== null && typeof here === 'object' && here !== null) {
    const keys = [...new Set([...Object.keys(fresh), ...Object.keys(here)])];
    return keys.flatMap((key) => differences(fresh[key], here[key], path ? `${path}.${key}` : key));
  }
  return fresh === here ? [] : [`${path}: ${JSON.stringify(fresh)} on a fresh page, ${JSON.stringify(here)} here`];
}

/** axe-core on what the a11y addon checks: the body, without Storybook's own wrappers; `region` off as there. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(
      { include: [document.body], exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']] },
      { rules: { region: { enabled: false } } },
    );
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' > '))
          .join(', ')}`,
    );
  });
}

/** Page errors and console errors (and the suite's own warnings) of `page`, as they come. */
function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || (message.type() === 'warning' && text.includes('[cookie-elements]'))) {
      problems.push(`console ${message.type()}: ${text}`);
    }
  });
  return problems;
}

describe('Storybook (static build, headless Chromium)', { timeout: 240_000 }, () => {
  let dir;
  let server;
  let browser;
  let stories = [];
  let docs = [];
  /** Each story's fingerprint on a fresh page. */
  const fresh = new Map();

  before(
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'cookie-elements-storybook-'));
      await buildStorybook(dir);
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
      const entries = Object.values(index.entries);
      stories = entries.filter((entry) => entry.type === 'story');
      docs = entries.filter((entry) => entry.type === 'docs');
      [server, browser] = await Promise.all([serveStatic(dir), launchChromium()]);
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const storyUrl = (id, viewMode = 'story') =>
    `${server.url}iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`;

  it('lists a story for every element and every state the issue names', () => {
    const ids = stories.map((story) => story.id);
    assert.deepEqual(
      REQUIRED.filter((id) => !ids.includes(id)),
      [],
    );
    for (const tag of ELEMENTS) {
      assert.ok(
        stories.some((story) => story.title === `Elements/${tag}`),
        `no stories for <${tag}>`,
      );
    }
  });

  // Two stories at a time (each in a browser context of its own: no cookies, empty storage, a first visit).
  it(
    'renders every story on a fresh page: no errors, rendered elements, zero axe violations',
    { concurrency: 2 },
    async (t) => {
      assert.ok(stories.length > 0, 'index.json lists no stories');
      const checkStory = async (story) => {
        const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
        try {
          const page = await context.newPage();
          const problems = watchProblems(page);
          await page.addInitScript(recordFinishedStories);
          if (story.tags?.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' });
          await page.goto(storyUrl(story.id));
          const finished = await storyFinished(page, story.id);
          problems.push(...(await page.evaluate(renderingProblems, ELEMENTS)));
          if (
            story.tags?.includes('forced-colors') &&
            !(await page.evaluate(() => matchMedia('(forced-colors: active)').matches))
          ) {
            problems.push('forced colours are not in force');
          }
          if (finished.status !== 'success')
            problems.push(`Storybook says the story failed: ${JSON.stringify(finished)}`);
          for (const report of finished.a11y) {
            if (report.status !== 'passed') problems.push(`addon-a11y ${report.status}: ${JSON.stringify(report)}`);
          }
          if (finished.a11y.length !== 1) problems.push(`addon-a11y reported ${finished.a11y.length} times`);
          problems.push(...(await axeViolations(page)).map((violation) => `axe-core: ${violation}`));
          const state = await page.evaluate(fingerprint, ELEMENTS);
          fresh.set(story.id, state);
          // A docs page shows its stories side by side, each a page of its own on one origin: a decision
          // in one would be adopted by the others (the suite keeps same-origin pages in step), so a story
          // that starts from a decision must be tagged `!autodocs`.
          if ((state.consent.decided || state.consent.stale) && story.tags?.includes('autodocs')) {
            problems.push('starts from a decision, yet is on its docs page (tag it `!autodocs`)');
          }
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      };
      await Promise.all(stories.map((story) => t.test(story.id, () => checkStory(story))));
    },
  );

  it('isolates each story: reached from any other story (no reload), it looks as on a fresh page', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.addInitScript(recordFinishedStories);
      const ids = stories.map((story) => story.id).filter((id) => fresh.has(id));
      const walk = [...ids, ...ids.slice(0, -1).reverse()];
      // The a11y addon's own run is off here (global `a11y.manual`): the fresh pages checked it.
      await page.goto(`${storyUrl(walk[0])}&globals=a11y.manual:!true`);
      await storyFinished(page, walk[0]);
      const leaks = [];
      for (const [step, id] of walk.entries()) {
        if (step > 0) {
          await page.evaluate(
            (storyId) => window.__STORYBOOK_PREVIEW__.onSetCurrentStory({ storyId, viewMode: 'story' }),
            id,
          );
          await storyFinished(page, id);
        }
        await page.evaluate(renderingProblems, ELEMENTS);
        for (const problem of problems.splice(0))
          leaks.push(`${id} (after ${walk[step - 1] ?? 'nothing'}): ${problem}`);
        const now = await page.evaluate(fingerprint, ELEMENTS);
        for (const difference of differences(fresh.get(id), now)) {
          leaks.push(`${id} (after ${walk[step - 1] ?? 'nothing'}): ${difference}`);
        }
      }
      assert.deepEqual(leaks, [], 'errors, or stories that differ from their fresh page');
    } finally {
      await context.close();
    }
  });

  it('documents each element from the manifest (public API only) on its docs page', async (t) => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    for (const tag of ELEMENTS) {
      await t.test(`<${tag}>`, async () => {
        const entry = docs.find((doc) => doc.title === `Elements/${tag}`);
        assert.ok(entry, `no docs page for <${tag}>`);
        const declaration = declarations.find((candidate) => candidate.tagName === tag);
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          const problems = watchProblems(page);
          await page.goto(storyUrl(entry.id, 'docs'));
          await page.locator('#storybook-docs table.docblock-argstable').first().waitFor({ timeout: 20_000 });
          const rows = await page
            .locator('#storybook-docs table.docblock-argstable tbody tr td:first-child')
            .evaluateAll((cells) => cells.map((cell) => cell.textContent.replace(/\*$/, '').trim()));
          const documented = [
            ...(declaration.attributes ?? []),
            ...(declaration.events ?? []),
            ...(declaration.cssParts ?? []),
            ...(declaration.cssProperties ?? []),
          ].map((item) => item.name);
          assert.deepEqual(
            documented.filter((name) => !rows.includes(name)),
            [],
            'manifest entries missing from the docs',
          );
          const internal = (declaration.members ?? []).filter(
            (member) => (member.privacy || member.static || member.readonly) && !documented.includes(member.name),
          );
          assert.deepEqual(
            internal.map((member) => member.name).filter((name) => rows.includes(name)),
            [],
            'internal members shown in the docs',
          );
          assert.deepEqual(problems, [], 'docs page errors');
        } finally {
          await context.close();
        }
      });
    }
  });
});
