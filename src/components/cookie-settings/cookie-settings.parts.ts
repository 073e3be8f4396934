/**
 * The sub-templates of `<cookie-settings>`: header, intro, category rows with their switches and
 * details (services, entries), the last decision with its download button, and the actions. Plain
 * functions of their arguments: the element owns the state and passes it in, with callbacks for
 * what the visitor does. Site text carries its own `lang` where it is not in the UI language.
 */
import { literal, html as staticHtml } from 'lit/static-html.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directionOfOwn } from '../../i18n/own-direction.js';
import { msg } from '../../i18n/msg.js';
import type { RegistryView } from '../../consent/normalize.js';
import { withOwnStorage } from '../../consent/own-storage.js';
import { ownStorageWords } from '../../i18n/own-storage-words.js';
import type { ConsentDetail } from '../../consent/types.js';
import { gpcSignal } from '../../consent/store.js';
import { formatAfterPaint, formatDateTime, formatDuration } from '../../i18n/format.js';
import { storageTypeName } from '../../i18n/storage-types.js';
import { langOf, pickTextLang, uiText, type PickedText } from '../../i18n/text.js';
import type { Category, Entry, Service, Text } from '../../registry/schema.js';
import type { ConsentDraft } from './consent-draft.js';

/** What every part reads: the registry and the UI language. */
export interface PartContext {
  view: RegistryView;
  language: string;
}

/** The state of the category rows (switches, disclosures) and what their controls do. */
export interface CategoryState {
  switches: Pick<ConsentDraft, 'isRequired' | 'categoryOn' | 'serviceOn' | 'serviceSwitches'>;
  /** Category ids whose details are shown. */
  expanded: ReadonlySet<string>;
  onExpand: (categoryId: string) => void;
  onToggle: (categoryId: string) => void;
  onToggleService: (service: Service) => void;
}

/** What the details of one category show. */
interface Details {
  category: Category;
  services: readonly Service[];
  entries: readonly Entry[];
  serviceSwitches: boolean;
}

/** Links from the registry: http(s) URLs and site paths only, never `javascript:` or `data:`. */
function safeHref(url: string | undefined): string | undefined {
  return url && /^(?:https?:\/\/|\/)/i.test(url) ? url : undefined;
}

/** The policy link, unless this page is the policy (inline settings on the policy page). */
function policyHref(url: string | undefined): string | undefined {
  const href = safeHref(url);
  return href && new URL(href, document.baseURI).pathname !== location.pathname ? href : undefined;
}

const closeIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9m0-9l-9 9" /></svg>`;
const checkIcon = svg`<svg class="check" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8.5l3 3 7-7" /></svg>`;
const chevronIcon = svg`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3.5l4.5 4.5L6 12.5" /></svg>`;

/** A UI string, overridable by the registry's `text`. */
function ui({ view, language }: PartContext, id: string, own: string): string {
  return uiText(view, language, id, own);
}

/** Site text for the UI language, with the locale it is in. */
function site({ view, language }: PartContext, text: Text | undefined): PickedText {
  return pickTextLang(text, language, view.registry.defaultLocale);
}

/** The `lang` of the element holding `picked`: none when it is in the UI language. */
function ownLang({ language }: PartContext, picked: PickedText): string | undefined {
  return langOf(picked, language);
}

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading (`h<level>`, 1–6) and, in the dialog, the close button. */
export function renderHeader(ctx: PartContext, inline: boolean, level: number, onClose: () => void): TemplateResult {
  const tag = HEADINGS[Math.min(6, Math.max(1, Math.trunc(level) || 2)) - 1]!;
  return html`<div class="header" part="header">
    ${staticHtml`<${tag} class="title" id="title" part="title" tabindex="-1">
      ${ui(ctx, 'settings.title', msg('Cookie settings', { id: 'settings.title' }))}
    </${tag}>`}
    ${
      inline
        ? nothing
        : html`<button
            type="button"
            class="close"
            part="close-button"
            aria-label=${ui(ctx, 'settings.close', msg('Close', { id: 'settings.close' }))}
            @click=${onClose}
          >
            ${closeIcon}
          </button>`
    }
  </div>`;
}

/**
 * Global Privacy Control honoured, said where the visitor chooses (California requires that the
 * signal's effect be shown): the categories it keeps off unless switched on here. Nothing when
 * the browser sends no signal or no category is marked `gpc`.
 */
export function renderGpcNotice(ctx: PartContext): TemplateResult | typeof nothing {
  const titles = ctx.view.categories
    .filter((category) => category.gpc && !ctx.view.required.has(category.id))
    .map((category) => pickTextLang(category.title, ctx.language, ctx.view.registry.defaultLocale));
  if (!gpcSignal() || !titles.length) return nothing;
  let item = 0;
  const categories = new Intl.ListFormat(ctx.language, { type: 'conjunction' })
    .formatToParts(titles.map((title) => title.text))
    .map(({ type, value }) => {
      const lang = type === 'element' && langOf(titles[item++]!, ctx.language);
      return lang ? html`<span lang=${lang}>${value}</span>` : value;
    });
  // One category or several: the sentence agrees with it (in every language, as each translation needs).
  // prettier-ignore
  return html`<p class="gpc" part="gpc-notice">${
    titles.length === 1
      ? msg(html`Your browser sends a Global Privacy Control signal, and we honour it: ${categories} stays off unless you switch it on here.`, { id: 'settings.gpcOne' })
      : msg(html`Your browser sends a Global Privacy Control signal, and we honour it: ${categories} stay off unless you switch them on here.`, { id: 'settings.gpc' })
  }</p>`;
}

/** The intro, with the link to the cookie policy when the registry has one. */
export function renderIntro(ctx: PartContext): TemplateResult {
  const policyUrl = policyHref(ctx.view.registry.policyUrl);
  return html`<p class="description" part="description">
    ${ui(
      ctx,
      'settings.intro',
      msg(
        'Choose which cookies and similar storage this site may use. Essential ones are always active, because the site cannot work without them. You can change your choice at any time.',
        { id: 'settings.intro' },
      ),
    )}
    ${
      policyUrl
        ? html`<a href=${policyUrl} part="policy-link"
            >${ui(ctx, 'settings.policyLink', msg('Cookie policy', { id: 'settings.policyLink' }))}</a
          >`
        : nothing
    }
  </p>`;
}

/** Every category of the registry, in order, with the suite's own storage among the entries. */
export function renderCategories(ctx: PartContext, state: CategoryState): TemplateResult {
  const { categories, entries } = withOwnStorage(ctx.view, ownStorageWords());
  return html`<ul class="categories">
    ${categories.map((category) =>
      renderCategory(
        ctx,
        category,
        entries.filter((e) => e.category === category.id),
        state,
      ),
    )}
  </ul>`;
}

/** A category row: its title (the disclosure button), its switch, and its details when expanded. */
function renderCategory(
  ctx: PartContext,
  category: Category,
  entries: readonly Entry[],
  state: CategoryState,
): TemplateResult {
  const { id } = category;
  const title = site(ctx, category.title);
  const required = state.switches.isRequired(id);
  const expanded = state.expanded.has(id);
  const services = ctx.view.services.filter((s) => s.category === id);
  const serviceSwitches = state.switches.serviceSwitches(category, services);
  return html`<li class="category" part="category">
    <div class="category-row">
      <h3 class="category-title">
        <button
          type="button"
          class="expand"
          part="category-expand"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="details-${id}"
          @click=${() => state.onExpand(id)}
        >
          ${chevronIcon}<span
            id="title-${id}"
            lang=${ifDefined(ownLang(ctx, title))}
            dir=${ifDefined(directionOfOwn(ownLang(ctx, title)))}
            >${title.text}</span
          >
        </button>
      </h3>
      ${
        required
          ? html`<span class="always-active" part="always-active" id="always-${id}"
              >${ui(ctx, 'settings.alwaysActive', msg('Always active', { id: 'settings.alwaysActive' }))}</span
            >`
          : nothing
      }
      ${renderSwitch(
        'category-toggle',
        `title-${id}`,
        state.switches.categoryOn(id),
        required,
        () => state.onToggle(id),
        required ? `always-${id}` : undefined,
      )}
    </div>
    <div class="details" part="category-details" id="details-${id}" ?hidden=${!expanded}>
      ${expanded ? renderDetails(ctx, { category, services, entries, serviceSwitches }, state) : nothing}
    </div>
  </li>`;
}

function renderSwitch(
  part: 'category-toggle' | 'service-toggle',
  labelledBy: string,
  on: boolean,
  locked: boolean,
  toggle: () => void,
  describedBy?: string,
): TemplateResult {
  return html`<button
    type="button"
    class="switch"
    part=${part}
    role="switch"
    aria-checked=${on ? 'true' : 'false'}
    aria-disabled=${locked ? 'true' : 'false'}
    aria-labelledby=${labelledBy}
    aria-describedby=${describedBy ?? nothing}
    @click=${toggle}
  >
    <span class="thumb">${checkIcon}</span>
  </button>`;
}

function renderDetails(ctx: PartContext, details: Details, state: CategoryState): TemplateResult {
  const description = details.category.description ? site(ctx, details.category.description) : undefined;
  return html`
    ${
      description
        ? html`<p
            class="category-description"
            lang=${ifDefined(ownLang(ctx, description))}
            dir=${ifDefined(directionOfOwn(ownLang(ctx, description)))}
          >
            ${description.text}
          </p>`
        : nothing
    }
    ${
      details.services.length
        ? html`<h4>${ui(ctx, 'settings.services', msg('Services', { id: 'settings.services' }))}</h4>
            <ul class="services">
              ${details.services.map((service) => renderService(ctx, service, details.serviceSwitches, state))}
            </ul>`
        : nothing
    }
    ${
      details.entries.length
        ? html`<h4>${ui(ctx, 'settings.entries', msg('Cookies and storage', { id: 'settings.entries' }))}</h4>
            <ul class="entries">
              ${details.entries.map((entry) => renderEntry(ctx, entry))}
            </ul>`
        : nothing
    }
  `;
}

function renderService(ctx: PartContext, service: Service, switches: boolean, state: CategoryState): TemplateResult {
  const href = safeHref(service.privacyPolicyUrl);
  const name = site(ctx, service.name);
  const provider = service.provider ? site(ctx, service.provider) : undefined;
  const description = service.description ? site(ctx, service.description) : undefined;
  return html`<li class="service" part="service">
    <div class="service-row">
      <span
        class="service-name"
        id="service-${service.id}"
        lang=${ifDefined(ownLang(ctx, name))}
        dir=${ifDefined(directionOfOwn(ownLang(ctx, name)))}
        >${name.text}</span
      >
      ${
        switches
          ? renderSwitch('service-toggle', `service-${service.id}`, state.switches.serviceOn(service), false, () =>
              state.onToggleService(service),
            )
          : nothing
      }
    </div>
    ${provider ? html`<div class="muted" lang=${ifDefined(ownLang(ctx, provider))} dir=${ifDefined(directionOfOwn(ownLang(ctx, provider)))}>${provider.text}</div>` : nothing}
    ${description ? html`<div lang=${ifDefined(ownLang(ctx, description))} dir=${ifDefined(directionOfOwn(ownLang(ctx, description)))}>${description.text}</div>` : nothing}
    ${
      href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
            >${ui(ctx, 'settings.privacyPolicy', msg('Privacy policy', { id: 'settings.privacyPolicy' }))}</a
          >`
        : nothing
    }
  </li>`;
}

function renderEntry(ctx: PartContext, entry: Entry): TemplateResult {
  const duration =
    formatDuration(entry.duration, ctx.language) ??
    (entry.duration === 'session'
      ? ui(ctx, 'settings.duration.session', msg('Until the browser closes', { id: 'settings.duration.session' }))
      : ui(ctx, 'settings.duration.persistent', msg('Until deleted', { id: 'settings.duration.persistent' })));
  const purpose = site(ctx, entry.purpose);
  return html`<li class="entry" part="entry">
    <div class="entry-name">
      <code>${entry.name}</code> <span class="muted">(${storageTypeName(ctx.view, ctx.language, entry.type)})</span>
    </div>
    <dl>
      <dt>${ui(ctx, 'settings.purpose', msg('Purpose', { id: 'settings.purpose' }))}</dt>
      <dd lang=${ifDefined(ownLang(ctx, purpose))} dir=${ifDefined(directionOfOwn(ownLang(ctx, purpose)))}>
        ${purpose.text}
      </dd>
      <dt>${ui(ctx, 'settings.duration', msg('Duration', { id: 'settings.duration' }))}</dt>
      <dd>${duration}</dd>
    </dl>
  </li>`;
}

/**
 * The last decision (date and consent id) and the button that downloads a copy; nothing while
 * undecided. A stale decision (the policy changed since) says so: it no longer holds. The date is
 * formatted after the first paint when this page has not used `Intl` yet (`formatAfterPaint()`),
 * then `update()` renders it.
 */
export function renderRecord(
  ctx: PartContext,
  { consentId, decidedAt, stale }: Pick<ConsentDetail, 'consentId' | 'decidedAt' | 'stale'>,
  onDownload: () => void,
  update: () => void,
): TemplateResult | typeof nothing {
  if (!consentId || !decidedAt) return nothing;
  return html`<div class="record" part="record">
    <dl>
      <dt>
        ${
          stale
            ? ui(
                ctx,
                'settings.decidedAtStale',
                msg('Your earlier choice, made before this policy changed, was saved on', {
                  id: 'settings.decidedAtStale',
                }),
              )
            : ui(ctx, 'settings.decidedAt', msg('Your choice was saved on', { id: 'settings.decidedAt' }))
        }
      </dt>
      <dd>
        <time datetime=${decidedAt}
          >${formatAfterPaint(() => formatDateTime(decidedAt, ctx.language), update) ?? '\u00a0'}</time
        >
      </dd>
      <dt>${ui(ctx, 'settings.consentId', msg('Consent ID', { id: 'settings.consentId' }))}</dt>
      <dd><code class="consent-id">${consentId}</code></dd>
    </dl>
    <button type="button" class="button secondary" part="download-button" @click=${onDownload}>
      ${ui(ctx, 'settings.download', msg('Download my consent record', { id: 'settings.download' }))}
    </button>
  </div>`;
}

/** Accept all, Reject all (equal prominence) and Save choices. */
export function renderActions(
  ctx: PartContext,
  onDecide: (decision: 'accept-all' | 'reject-all' | 'custom') => void,
): TemplateResult {
  return html`<div class="actions" part="actions">
    <button type="button" class="button" part="accept-button" @click=${() => onDecide('accept-all')}>
      ${ui(ctx, 'settings.acceptAll', msg('Accept all', { id: 'settings.acceptAll' }))}
    </button>
    <button type="button" class="button" part="reject-button" @click=${() => onDecide('reject-all')}>
      ${ui(ctx, 'settings.rejectAll', msg('Reject all', { id: 'settings.rejectAll' }))}
    </button>
    <button type="button" class="button secondary" part="save-button" @click=${() => onDecide('custom')}>
      ${ui(ctx, 'settings.save', msg('Save choices', { id: 'settings.save' }))}
    </button>
  </div>`;
}
