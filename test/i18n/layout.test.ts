/**
 * Layout at 320 CSS px (WCAG 1.4.10 Reflow) in languages with long words (de, fi), right to left
 * (ar, he), and English as the control: the banner in each layout, the settings dialog with every
 * category open, and the policy page (tables and inline settings).
 *
 * Each page is an iframe of 320×640 (a phone): `position: fixed` elements take the width of the
 * frame's viewport as they take a phone's, which a 320 px wrapper in this document would not
 * give them (and WebKit's WebDriver cannot set the window's viewport). What is checked is what a
 * visitor would see go wrong: a control out of the viewport or out of the panel that holds it
 * (clipped, or sticking into the margin), text overflowing its button or cut at its bottom, two
 * controls on top of each other, a page or panel that scrolls sideways; and, right to left, a
 * layout that did not mirror. axe runs inside the frame (its own copy of axe-core), on the real
 * 320 px layout.
 */
import { expect } from '@open-wc/testing';
import type { BannerLayout, CookieBanner } from '../../src/components/cookie-banner/cookie-banner.js';
import type { CookieSettings } from '../../src/components/cookie-settings/cookie-settings.js';
import type { CookieTable } from '../../src/components/cookie-table/cookie-table.js';
import { templates as arFirst } from '../../src/i18n/generated/ar.js';
import { templates as arMore } from '../../src/i18n/generated/ar.more.js';
import { templates as deFirst } from '../../src/i18n/generated/de.js';
import { templates as deMore } from '../../src/i18n/generated/de.more.js';
import { templates as fiFirst } from '../../src/i18n/generated/fi.js';
import { templates as fiMore } from '../../src/i18n/generated/fi.more.js';
import { templates as heFirst } from '../../src/i18n/generated/he.js';
import { templates as heMore } from '../../src/i18n/generated/he.more.js';
import { isolatePages, loadRegistry, openPage, type TestPage } from '../helpers/page.js';
import { waitUntil } from '../helpers/wait.js';

const WIDTH = 320;
const HEIGHT = 640;
/** Sub-pixel layout: edges may land a fraction of a pixel out. */
const EPSILON = 0.5;

const LAYOUTS: readonly BannerLayout[] = ['bar', 'box', 'modal'];

/** The UI strings each language must show (so that the long words are really there). */
const STRINGS: Record<string, { accept: string; save: string }> = {
  en: { accept: 'Accept all', save: 'Save choices' },
  de: { accept: deFirst['banner.acceptAll'] as string, save: deMore['settings.save'] as string },
  fi: { accept: fiFirst['banner.acceptAll'] as string, save: fiMore['settings.save'] as string },
  ar: { accept: arFirst['banner.acceptAll'] as string, save: arMore['settings.save'] as string },
  he: { accept: heFirst['banner.acceptAll'] as string, save: heMore['settings.save'] as string },
};
const LANGUAGES = Object.keys(STRINGS);
const RTL = new Set(['ar', 'he']);
/** axe runs in these (English is the control of the layout checks; its axe runs are elsewhere). */
const AXE_LANGUAGES = new Set(['de', 'fi', 'ar', 'he']);

/** What the test needs of axe-core (loaded into each frame as a classic script). */
interface Axe {
  run(
    context: Element,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; html: string }[] }[];
  }>;
}
const AXE_SCRIPT = '<script src="/node_modules/axe-core/axe.min.js"></script>';

interface Edges {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const show = (box: Edges) => `[${round(box.left)}, ${round(box.right)}] × [${round(box.top)}, ${round(box.bottom)}]`;

/** How a problem names an element: its part (or tag) and the start of its text. */
function nameOf(el: Element): string {
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
  const label = el.getAttribute('aria-label');
  const what = el.getAttribute('part') ?? `${el.localName}${el.className ? `.${String(el.className)}` : ''}`;
  return `${what} "${text.slice(0, 40) || label || ''}"`;
}

/** The box inside an element's border and padding (where its content is laid out). */
function contentBox(el: Element): Edges {
  const rect = el.getBoundingClientRect();
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  const px = (property: string) => parseFloat(style.getPropertyValue(property)) || 0;
  return {
    left: rect.left + px('border-left-width') + px('padding-left'),
    right: rect.right - px('border-right-width') - px('padding-right'),
    top: rect.top + px('border-top-width') + px('padding-top'),
    bottom: rect.bottom - px('border-bottom-width') - px('padding-bottom'),
  };
}

/** The boxes an element draws: one per line for inline elements (a link that wraps), else its border box. */
function boxesOf(el: Element): Edges[] {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return style.display === 'inline' ? [...el.getClientRects()] : [el.getBoundingClientRect()];
}

function inside(box: Edges, area: Edges, { vertical }: { vertical: boolean }): boolean {
  const across = box.left >= area.left - EPSILON && box.right <= area.right + EPSILON;
  return across && (!vertical || (box.top >= area.top - EPSILON && box.bottom <= area.bottom + EPSILON));
}

function overlap(a: Edges, b: Edges): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > EPSILON && y > EPSILON;
}

/** The visible area of a frame's page (less a scrollbar, if it has one). */
function viewportOf(doc: Document): Edges {
  return { left: 0, right: doc.documentElement.clientWidth, top: 0, bottom: doc.documentElement.clientHeight };
}

interface ControlCheck {
  /** The buttons and links to check. */
  controls: Element[];
  /** The panel each control must stay inside (its content box). */
  panelOf: (control: Element) => Element;
  /** Whether a control must also be inside the viewport vertically (not in a panel that scrolls by design). */
  vertical: (control: Element) => boolean;
}

/**
 * Every problem a visitor would see with these controls: out of the viewport or of their panel,
 * text overflowing a button or cut at its bottom, two controls overlapping, nothing drawn.
 */
function controlProblems(doc: Document, { controls, panelOf, vertical }: ControlCheck): string[] {
  const problems: string[] = [];
  const viewport = viewportOf(doc);
  const drawn: [Element, Edges][] = [];
  for (const control of controls) {
    const boxes = boxesOf(control);
    if (!boxes.length || boxes.every((box) => box.right - box.left < 1 || box.bottom - box.top < 1)) {
      problems.push(`${nameOf(control)} is not drawn`);
      continue;
    }
    const panel = panelOf(control);
    const area = contentBox(panel);
    for (const box of boxes) {
      if (!inside(box, viewport, { vertical: vertical(control) })) {
        problems.push(`${nameOf(control)} at ${show(box)} is out of the ${viewport.right}×${viewport.bottom} viewport`);
      }
      if (!inside(box, area, { vertical: false })) {
        problems.push(`${nameOf(control)} at ${show(box)} sticks out of ${nameOf(panel).split(' ')[0]} ${show(area)}`);
      }
      drawn.push([control, box]);
    }
    if (control instanceof control.ownerDocument.defaultView!.HTMLButtonElement) {
      if (control.scrollWidth > control.clientWidth) {
        problems.push(`${nameOf(control)}: its text overflows (${control.scrollWidth} > ${control.clientWidth} px)`);
      }
      if (control.scrollHeight > control.clientHeight + 1) {
        problems.push(
          `${nameOf(control)}: its text is cut (${control.scrollHeight} > ${control.clientHeight} px high)`,
        );
      }
    }
  }
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, boxA] = drawn[i]!;
      const [b, boxB] = drawn[j]!;
      if (a !== b && !a.contains(b) && !b.contains(a) && overlap(boxA, boxB)) {
        problems.push(`${nameOf(a)} ${show(boxA)} and ${nameOf(b)} ${show(boxB)} overlap`);
      }
    }
  }
  return problems;
}

/** Blocks of text that must not overflow sideways (a word too long for them). */
function textProblems(elements: Element[]): string[] {
  return elements
    .filter((el) => el.scrollWidth > el.clientWidth)
    .map((el) => `${nameOf(el)}: its text overflows sideways (${el.scrollWidth} > ${el.clientWidth} px)`);
}

/** A page or panel scrolling sideways. */
function scrollProblems(elements: Element[]): string[] {
  return elements
    .filter((el) => el.scrollWidth > el.clientWidth)
    .map((el) =>
      el === el.ownerDocument.documentElement
        ? `the page scrolls sideways (${el.scrollWidth} > ${el.clientWidth} px)`
        : `${nameOf(el).split(' ')[0]} scrolls sideways (${el.scrollWidth} > ${el.clientWidth} px)`,
    );
}

function part(root: ShadowRoot, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

/**
 * Which edge of a block the last line of its text touches: a short last line touches the side it
 * starts from (`left` in LTR, `right` in RTL); `full` when it fills the line.
 */
function lastLineSide(block: Element): 'left' | 'right' | 'full' | 'centre' {
  const range = block.ownerDocument.createRange();
  range.selectNodeContents(block);
  const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
  const last = lines[lines.length - 1]!;
  const area = contentBox(block);
  const atLeft = Math.abs(last.left - area.left) <= 1;
  const atRight = Math.abs(last.right - area.right) <= 1;
  return atLeft && atRight ? 'full' : atLeft ? 'left' : atRight ? 'right' : 'centre';
}

const centre = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return (rect.left + rect.right) / 2;
};

/** Two elements on one line (their boxes share most of their height). */
function sameRow(a: Element, b: Element): boolean {
  const ra = a.getBoundingClientRect();
  const rb = b.getBoundingClientRect();
  return Math.abs(ra.top - rb.top) < 2 && Math.abs(ra.bottom - rb.bottom) < 2;
}

async function axeProblems(page: TestPage, el: Element): Promise<string[]> {
  const axe = (page.win as unknown as { axe?: Axe }).axe;
  if (!axe) throw new Error('axe-core did not load in the page');
  const { violations } = await axe.run(el, { resultTypes: ['violations'] });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes
        .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)}`)
        .join('; ')}`,
  );
}

/** A frame rendered after a resize: two animation frames of its own window. */
async function painted(page: TestPage): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
}

describe('layout at 320 px in long-word and right-to-left languages', function () {
  this.timeout(30_000);
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  /** A 320×640 page in `lang` (its `<html lang>` and the UI language), on screen in this document. */
  async function phone(lang: string, body: string, head = ''): Promise<TestPage> {
    const page = await openPage({ registry: dumka, modules: ['/src/index.ts'], head: AXE_SCRIPT + head, body, lang });
    // The visitor's browser (navigator) comes before <html lang> in the default detection order.
    page.api.setLanguage(lang);
    Object.assign(page.frame.style, {
      position: 'fixed',
      insetBlockStart: '0',
      insetInlineStart: '0',
      inlineSize: `${WIDTH}px`,
      blockSize: `${HEIGHT}px`,
      border: '0',
      background: 'white',
    });
    await waitUntil(
      () => page.win.innerWidth === WIDTH && page.win.innerHeight === HEIGHT,
      `the frame is ${page.win.innerWidth}×${page.win.innerHeight}, not ${WIDTH}×${HEIGHT}`,
    );
    return page;
  }

  async function openBanner(lang: string, layout: BannerLayout, head = ''): Promise<[TestPage, CookieBanner]> {
    const page = await phone(lang, `<cookie-banner layout="${layout}"></cookie-banner>`, head);
    const banner = page.win.document.querySelector('cookie-banner') as CookieBanner;
    const accept = () => banner.shadowRoot?.querySelector('[part~="accept-button"]')?.textContent?.trim();
    await waitUntil(
      () => banner.open && accept() === STRINGS[lang]!.accept,
      `the banner never showed in ${lang} (its Accept button says ${JSON.stringify(accept())})`,
    );
    await banner.updateComplete;
    await painted(page);
    return [page, banner];
  }

  /** Every problem of the banner's layout at 320 px. */
  function bannerProblems(page: TestPage, banner: CookieBanner): string[] {
    const root = banner.shadowRoot!;
    const base = part(root, 'base');
    const doc = page.win.document;
    return [
      ...controlProblems(doc, {
        controls: [...base.querySelectorAll('button, a[href]')],
        panelOf: () => base,
        vertical: () => true,
      }),
      ...textProblems([part(root, 'title'), part(root, 'description')]),
      ...scrollProblems([doc.documentElement, base]),
    ];
  }

  async function openSettings(page: TestPage, lang: string): Promise<CookieSettings> {
    await page.api.showSettings();
    const settings = page.win.document.querySelector('cookie-settings') as CookieSettings | null;
    await waitUntil(() => settings?.open, 'the settings never opened');
    await settings!.updateComplete;
    const root = settings!.shadowRoot!;
    expect(part(root, 'save-button').textContent!.trim()).to.equal(STRINGS[lang]!.save);
    // Every category open: its description, services (with their switches and links) and entries.
    for (const expand of root.querySelectorAll<HTMLElement>('[part~="category-expand"][aria-expanded="false"]')) {
      expand.click();
    }
    await settings!.updateComplete;
    expect(root.querySelectorAll('[part~="category-expand"][aria-expanded="false"]')).to.have.length(0);
    await painted(page);
    return settings!;
  }

  /** Every problem of the settings' layout (the dialog, or inline in the page). */
  function settingsProblems(page: TestPage, settings: CookieSettings): string[] {
    const root = settings.shadowRoot!;
    const doc = page.win.document;
    const body = part(root, 'body');
    const dialog = root.querySelector('dialog');
    const panels = [part(root, 'header'), body, part(root, 'actions')];
    return [
      ...(dialog && !inside(dialog.getBoundingClientRect(), viewportOf(doc), { vertical: true })
        ? [`the dialog at ${show(dialog.getBoundingClientRect())} is out of the viewport`]
        : []),
      ...controlProblems(doc, {
        controls: [...root.querySelectorAll('button, a[href]')],
        panelOf: (control) => panels.find((panel) => panel.contains(control))!,
        // The body scrolls by design (in the dialog); the header and the buttons stay in view.
        vertical: (control) => !!dialog && !body.contains(control),
      }),
      ...textProblems([part(root, 'title'), part(root, 'description')]),
      ...scrollProblems([doc.documentElement, ...(dialog ? [dialog] : []), part(root, 'base'), ...panels]),
    ];
  }

  for (const lang of LANGUAGES) {
    const rtl = RTL.has(lang);

    describe(lang, () => {
      for (const layout of LAYOUTS) {
        it(`banner, layout="${layout}": every button and link whole, inside the viewport and the banner${rtl ? ', mirrored' : ''}`, async () => {
          const [page, banner] = await openBanner(lang, layout);
          const root = banner.shadowRoot!;
          const base = part(root, 'base');
          expect(base.getAttribute('lang')).to.equal(lang);
          expect(base.getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');
          expect(page.win.getComputedStyle(base).direction).to.equal(rtl ? 'rtl' : 'ltr');
          expect(bannerProblems(page, banner)).to.deep.equal([]);

          // Mirrored: the heading starts at the right, and so does the row of buttons.
          expect(lastLineSide(part(root, 'title'))).to.be.oneOf(rtl ? ['right', 'full'] : ['left', 'full']);
          const accept = part(root, 'accept-button');
          const reject = part(root, 'reject-button');
          if (layout === 'bar') {
            expect(sameRow(accept, reject), 'Accept and Reject share the bar’s first row').to.equal(true);
          }
          if (sameRow(accept, reject)) {
            expect(centre(accept) > centre(reject), 'Accept all comes first: at the right in RTL').to.equal(rtl);
          }

          if (AXE_LANGUAGES.has(lang)) expect(await axeProblems(page, banner)).to.deep.equal([]);
        });
      }

      it(`settings dialog, every category open: controls whole and inside the dialog, no sideways scroll${rtl ? ', mirrored' : ''}`, async () => {
        const [page] = await openBanner(lang, 'bar');
        const settings = await openSettings(page, lang);
        const root = settings.shadowRoot!;
        const dialog = part(root, 'dialog');
        expect(dialog.getAttribute('lang')).to.equal(lang);
        expect(dialog.getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');
        expect(settingsProblems(page, settings)).to.deep.equal([]);

        // Mirrored: the close button and the switches at the left, the titles at the right.
        const title = part(root, 'title');
        expect(centre(part(root, 'close-button')) < centre(title), 'the close button is at the left in RTL').to.equal(
          rtl,
        );
        for (const row of root.querySelectorAll('[part~="category"]')) {
          const toggle = row.querySelector('[part~="category-toggle"]')!;
          const expand = row.querySelector('[part~="category-expand"]')!;
          expect(centre(toggle) < centre(expand), `the switch of ${nameOf(expand)} is at the left in RTL`).to.equal(
            rtl,
          );
        }
        const accept = part(root, 'accept-button');
        const reject = part(root, 'reject-button');
        if (sameRow(accept, reject)) {
          expect(centre(accept) > centre(reject), 'Accept all comes first: at the right in RTL').to.equal(rtl);
        }

        if (AXE_LANGUAGES.has(lang)) expect(await axeProblems(page, settings)).to.deep.equal([]);
      });

      it(`policy page: tables scroll in their own region at most, inline settings whole, the page never sideways${rtl ? ', mirrored' : ''}`, async () => {
        const page = await phone(
          lang,
          `<main>
            <h1>Cookie policy</h1>
            <h2>What we store</h2>
            <cookie-table category="essential analytics"></cookie-table>
            <h2>Every column</h2>
            <cookie-table category="functional" columns="name purpose category duration type scope provider"></cookie-table>
            <cookie-settings inline></cookie-settings>
          </main>`,
        );
        const doc = page.win.document;
        const tables = [...doc.querySelectorAll('cookie-table')] as CookieTable[];
        const settings = doc.querySelector('cookie-settings') as CookieSettings;
        await waitUntil(
          () =>
            tables.every((table) => table.shadowRoot?.querySelector('[part~="table"]')) &&
            settings.shadowRoot?.querySelector('[part~="save-button"]'),
          'the tables or the settings never rendered',
        );
        for (const table of tables) await table.updateComplete;
        await settings.updateComplete;
        await painted(page);

        const problems = scrollProblems([doc.documentElement]);
        const viewport = viewportOf(doc);
        for (const table of tables) {
          const root = table.shadowRoot!;
          const base = part(root, 'base');
          expect(base.getAttribute('lang')).to.equal(lang);
          expect(base.getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');
          // A table wider than the page scrolls inside its own region (by design), which the
          // keyboard can scroll: the region itself stays inside the page.
          for (const scroller of root.querySelectorAll<HTMLElement>('.scroll')) {
            if (!inside(scroller.getBoundingClientRect(), viewport, { vertical: false })) {
              problems.push(`a table region at ${show(scroller.getBoundingClientRect())} is out of the viewport`);
            }
            if (scroller.scrollWidth > scroller.clientWidth) {
              expect(scroller.tabIndex, 'a table that scrolls sideways can be scrolled with the keyboard').to.equal(0);
              expect(scroller.getAttribute('role')).to.equal('region');
            }
          }
          problems.push(...textProblems([...root.querySelectorAll('[part~="heading"], [part~="description"]')]));
          // Mirrored: the first column (the name) at the right; scrolled or not, it shows first, whole.
          const headers = [...root.querySelectorAll('[part~="header-cell"]')];
          expect(centre(headers[0]!) > centre(headers[1]!), 'the first column is at the right in RTL').to.equal(rtl);
          const region = root.querySelector('.scroll')!;
          if (!inside(headers[0]!.getBoundingClientRect(), region.getBoundingClientRect(), { vertical: false })) {
            problems.push(`the first column ${show(headers[0]!.getBoundingClientRect())} is not in view at first`);
          }
        }
        problems.push(...settingsProblems(page, settings));
        expect(problems).to.deep.equal([]);

        if (AXE_LANGUAGES.has(lang)) {
          expect(await axeProblems(page, doc.querySelector('main')!)).to.deep.equal([]);
        }
      });
    });
  }

  describe('the checks themselves', () => {
    it('notice a button that overflows, and one wider than the viewport', async () => {
      // A site style that keeps a button on one line and wider than a phone.
      const [page, banner] = await openBanner(
        'de',
        'bar',
        '<style>cookie-banner::part(accept-button) { white-space: nowrap; min-inline-size: 400px; }</style>',
      );
      const problems = bannerProblems(page, banner);
      expect(problems.some((p) => /accept-button .* is out of the 320×640 viewport/.test(p))).to.equal(true);
      expect(problems.some((p) => /accept-button .* sticks out of base/.test(p))).to.equal(true);
      expect(problems.some((p) => /base scrolls sideways/.test(p))).to.equal(true);
    });

    it('notice text overflowing a button that keeps its width, and a control pushed into the margin', async () => {
      const [page, banner] = await openBanner(
        'fi',
        'box',
        `<style>
          cookie-banner::part(reject-button) { white-space: nowrap; inline-size: 4rem; flex: none; overflow: hidden; }
          cookie-banner::part(settings-button) { position: relative; inset-inline-start: 2rem; }
        </style>`,
      );
      const problems = bannerProblems(page, banner);
      expect(problems.some((p) => /reject-button .*: its text overflows/.test(p))).to.equal(true);
      expect(problems.some((p) => /settings-button .* sticks out of base/.test(p))).to.equal(true);
    });

    it('notice text cut at the bottom of a button, and overlapping buttons', async () => {
      const [page, banner] = await openBanner(
        'de',
        'bar',
        `<style>
          cookie-banner::part(accept-button) { block-size: 1.5rem; min-block-size: 0; overflow: hidden; }
          cookie-banner::part(reject-button) { position: relative; inset-inline-start: -3rem; }
        </style>`,
      );
      const problems = bannerProblems(page, banner);
      expect(problems.some((p) => /accept-button .*: its text is cut/.test(p))).to.equal(true);
      expect(problems.some((p) => /accept-button .* and reject-button .* overlap/.test(p))).to.equal(true);
    });
  });
});
