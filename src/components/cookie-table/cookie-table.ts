import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directionOfOwn } from '../../i18n/own-direction.js';
import { storageTypeName } from '../../i18n/storage-types.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { localized, msg } from '../../i18n/msg.js';
import { withOwnStorage } from '../../consent/own-storage.js';
import { ownStorageWords } from '../../i18n/own-storage-words.js';
import type { RegistryView } from '../../consent/normalize.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { formatDate, formatDuration } from '../../i18n/format.js';
import { langOf, pickTextLang, uiText, type PickedText } from '../../i18n/text.js';
import { CookieElement } from '../../internal/cookie-element.js';
import type { Category, Entry, Service, Text } from '../../registry/schema.js';
import { styles } from './cookie-table.styles.js';

/** The columns a table can show, in no particular order (the `columns` attribute orders them). */
export const TABLE_COLUMNS = ['name', 'purpose', 'category', 'duration', 'type', 'scope', 'provider'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

const DEFAULT_COLUMNS = 'name purpose duration';
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A name with line-break opportunities after `.`, `_`, `-` and `/`, so a narrow column breaks it where it reads well. */
function breakable(name: string) {
  const pieces = name.split(/(?<=[._/-])/);
  return pieces.map((piece, i) => (i ? html`<wbr />${piece}` : piece));
}

/** A body cell: its content, and its own `lang` when its site text is not in the UI language. */
interface Cell {
  content: unknown;
  lang?: string | undefined;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * @summary The cookie policy's tables: every cookie and storage key of the registry, by category.
 *
 * One table per category (registry order) that has entries or services, each after the
 * category's heading and description; services that store nothing on the site follow their
 * table. The tables come from the same registry that enforces consent, and list the suite's own
 * consent cookie when the suite writes it. Registry text is rendered as text, never as HTML.
 *
 * @csspart base - The wrapper of everything (carries `lang` and `dir`).
 * @csspart updated - The "Last updated" line.
 * @csspart category - The block of one category: heading, description, table, services.
 * @csspart heading - The category title.
 * @csspart description - The category description.
 * @csspart table - The `<table>`.
 * @csspart row - A row of the table body (one cookie or storage key).
 * @csspart header-cell - A column header.
 * @csspart cell - A body cell (the name cell is the row header).
 * @csspart services - The list of services that store nothing on the site.
 *
 * @cssprop [--cookie-table-border-color=var(--cookie-color-border)] - Table and cell borders.
 * @cssprop [--cookie-table-header-background=var(--cookie-color-surface)] - Background of the column headers.
 * @cssprop [--cookie-table-cell-padding=0.5rem] - Padding of every cell (one length).
 */
@localized()
export class CookieTable extends CookieElement {
  static override styles = [...CookieElement.styles, styles];

  /** Category ids to show (a space- or comma-separated list, shown in that order). Default: every category. */
  @property() category: string | undefined;

  /**
   * Columns, in order: a space- or comma-separated list of `name`, `purpose`, `category`,
   * `duration`, `type`, `scope`, `provider`. Unknown names are reported in the console and ignored.
   */
  @property() columns = DEFAULT_COLUMNS;

  /** The level of the category headings (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Hides the "Last updated" line. */
  @property({ attribute: 'hide-updated', type: Boolean }) hideUpdated = false;

  readonly #consent = new ConsentController(this, true);

  /** Also waits for the strings of a new UI language, so that what resolves is the element in that language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#consent.loaded;
    return super.getUpdateComplete();
  }
  #shownColumns: TableColumn[] = DEFAULT_COLUMNS.split(' ') as TableColumn[];
  #reportedCategories = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns')) {
      const names = listOf(this.columns);
      const unknown = names.filter((name) => !(TABLE_COLUMNS as readonly string[]).includes(name));
      if (unknown.length) {
        console.error(
          `[cookie-elements] <${this.localName}> columns: unknown ${unknown.map((n) => `"${n}"`).join(', ')} ignored; use ${TABLE_COLUMNS.join(', ')}`,
        );
      }
      const known = [...new Set(names.filter((name): name is TableColumn => !unknown.includes(name)))];
      this.#shownColumns = known.length ? known : (DEFAULT_COLUMNS.split(' ') as TableColumn[]);
    }
  }

  protected override render(): TemplateResult {
    const view = this.#consent.view;
    const language = this.#consent.language;
    return html`<div part="base" lang=${language} dir=${this.directionOf(language)}>
      ${view ? this.#renderTables(view, language) : this.#consent.settled ? this.#renderUnavailable() : nothing}
    </div>`;
  }

  #renderUnavailable() {
    return html`<p>${msg('The cookie list is unavailable.', { id: 'table.unavailable' })}</p>`;
  }

  #renderTables(view: RegistryView, language: string) {
    try {
      const { categories, entries } = withOwnStorage(view, ownStorageWords());
      const shown = this.#categoriesToShow(categories, entries, view.services);
      const updated = view.registry.updated;
      return html`${
        updated && !this.hideUpdated
          ? html`<p part="updated">
              ${msg(html`Last updated: <time datetime=${updated}>${formatDate(updated, language)}</time>`, {
                id: 'table.updated',
              })}
            </p>`
          : nothing
      }
      ${shown.map((category) =>
        this.#renderCategory(
          view,
          category,
          entries.filter((e) => e.category === category.id),
          view.services.filter((s) => s.category === category.id && !entries.some((e) => e.service === s.id)),
        ),
      )}`;
    } catch {
      // A first visit shows a registry before its deferred validation ends; one malformed beyond
      // use fails validation in a moment (which names the problem), and nothing throws meanwhile.
      return this.#renderUnavailable();
    }
  }

  #categoriesToShow(
    categories: readonly Category[],
    entries: readonly Entry[],
    services: readonly Service[],
  ): Category[] {
    const used = categories.filter(
      (c) => entries.some((e) => e.category === c.id) || services.some((s) => s.category === c.id),
    );
    const wanted = listOf(this.category);
    if (!wanted.length) return used;
    const unknown = wanted.filter((id) => !categories.some((c) => c.id === id));
    const key = unknown.join(' ');
    if (unknown.length && key !== this.#reportedCategories) {
      console.error(
        `[cookie-elements] <${this.localName}> category: no category ${unknown.map((id) => `"${id}"`).join(', ')} in the registry`,
      );
    }
    this.#reportedCategories = key;
    return [...new Set(wanted)].flatMap((id) => used.filter((c) => c.id === id));
  }

  /** Site text for the UI language, with the locale it is in. */
  #text(view: RegistryView, value: Text | undefined): PickedText {
    return pickTextLang(value, this.#consent.language, view.registry.defaultLocale);
  }

  /** The `lang` of the element holding `picked`: none when it is in the UI language. */
  #ownLang(picked: PickedText): string | undefined {
    return langOf(picked, this.#consent.language);
  }

  #renderCategory(view: RegistryView, category: Category, entries: Entry[], services: Service[]) {
    const title = this.#text(view, category.title);
    const description = category.description ? this.#text(view, category.description) : undefined;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3));
    const captionId = `caption-${category.id}`;
    return html`<div part="category">
      ${staticHtml`<${HEADINGS[level - 1]} part="heading" lang=${ifDefined(this.#ownLang(title))} dir=${ifDefined(directionOfOwn(this.#ownLang(title)))}>${title.text}</${HEADINGS[level - 1]}>`}
      ${description ? html`<p part="description" lang=${ifDefined(this.#ownLang(description))} dir=${ifDefined(directionOfOwn(this.#ownLang(description)))}>${description.text}</p>` : nothing}
      ${
        entries.length
          ? html`<div class="scroll" role="region" aria-labelledby=${captionId} tabindex="0">
              <table part="table">
                <caption
                  id=${captionId}
                  lang=${ifDefined(this.#ownLang(title))}
                  dir=${ifDefined(directionOfOwn(this.#ownLang(title)))}
                >
                  ${title.text}
                </caption>
                <thead>
                  <tr>
                    ${this.#shownColumns.map((column) => html`<th part="header-cell" scope="col">${this.#header(view, column)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${entries.map(
                    (entry) =>
                      html`<tr part="row">
                        ${this.#shownColumns.map((column) => {
                          const cell = this.#cell(view, entry, column, title);
                          return column === 'name'
                            ? html`<th part="cell" scope="row">${cell.content}</th>`
                            : html`<td
                                part="cell"
                                lang=${ifDefined(cell.lang)}
                                dir=${ifDefined(directionOfOwn(cell.lang))}
                              >
                                ${cell.content}
                              </td>`;
                        })}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${services.length ? this.#renderServices(view, services) : nothing}
    </div>`;
  }

  #renderServices(view: RegistryView, services: Service[]) {
    return html`<div part="services">
      <p>
        ${this.#ui(view, 'table.services', msg('Also used, storing nothing on this site:', { id: 'table.services' }))}
      </p>
      <ul>
        ${services.map((service) => {
          const name = this.#text(view, service.name);
          const description = service.description ? this.#text(view, service.description) : undefined;
          return html`<li>
            <span
              class="service-name"
              lang=${ifDefined(this.#ownLang(name))}
              dir=${ifDefined(directionOfOwn(this.#ownLang(name)))}
              >${name.text}</span
            >${
              description
                ? html`:
                    <span
                      lang=${ifDefined(this.#ownLang(description))}
                      dir=${ifDefined(directionOfOwn(this.#ownLang(description)))}
                      >${description.text}</span
                    >`
                : nothing
            }
            ${
              service.privacyPolicyUrl
                ? html`<a href=${service.privacyPolicyUrl} rel="noopener"
                    >${this.#ui(view, 'table.privacyPolicy', msg('Privacy policy', { id: 'table.privacyPolicy' }))}</a
                  >`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** A UI string, overridable by the registry's `text`. */
  #ui(view: RegistryView, id: string, own: string): string {
    return uiText(view, this.#consent.language, id, own);
  }

  #header(view: RegistryView, column: TableColumn): string {
    const own: Record<TableColumn, () => string> = {
      name: () => msg('Name', { id: 'table.column.name' }),
      purpose: () => msg('Purpose', { id: 'table.column.purpose' }),
      category: () => msg('Category', { id: 'table.column.category' }),
      duration: () => msg('Duration', { id: 'table.column.duration' }),
      type: () => msg('Type', { id: 'table.column.type' }),
      scope: () => msg('Scope', { id: 'table.column.scope' }),
      provider: () => msg('Provider', { id: 'table.column.provider' }),
    };
    return this.#ui(view, `table.column.${column}`, own[column]());
  }

  #cell(view: RegistryView, entry: Entry, column: TableColumn, categoryTitle: PickedText): Cell {
    const language = this.#consent.language;
    const text = (picked: PickedText): Cell => ({ content: picked.text, lang: langOf(picked, language) });
    switch (column) {
      case 'name':
        return {
          content: html`<code>${breakable(entry.name)}</code>${(entry.aliases ?? []).map(
              (alias) =>
                html` <span class="alias"
                  >${msg(html`or <code>${breakable(alias)}</code>`, { id: 'table.alias' })}</span
                >`,
            )}`,
        };
      case 'purpose':
        return text(this.#text(view, entry.purpose));
      case 'category':
        return text(categoryTitle);
      case 'duration':
        return { content: this.#duration(view, entry.duration) };
      case 'type':
        return { content: storageTypeName(view, this.#consent.language, entry.type) };
      case 'scope':
        if (entry.scope) return text(this.#text(view, entry.scope));
        return { content: entry.path && entry.path !== '/' ? html`<code>${breakable(entry.path)}</code>` : nothing };
      case 'provider':
        return this.#provider(view, entry);
    }
  }

  #duration(view: RegistryView, duration: string): string {
    return (
      formatDuration(duration, this.#consent.language) ??
      (duration === 'session'
        ? this.#ui(view, 'table.session', msg('Session', { id: 'table.session' }))
        : this.#ui(view, 'table.persistent', msg('Persistent', { id: 'table.persistent' })))
    );
  }

  #provider(view: RegistryView, entry: Entry): Cell {
    const service = entry.service ? view.services.find((s) => s.id === entry.service) : undefined;
    const thirdParty = this.#ui(view, 'table.thirdParty', msg('Third party', { id: 'table.thirdParty' }));
    if (!service) {
      return {
        content: entry.thirdParty
          ? thirdParty
          : this.#ui(view, 'table.thisSite', msg('This site', { id: 'table.thisSite' })),
      };
    }
    const name = this.#text(view, service.provider ?? service.name);
    const lang = langOf(name, this.#consent.language);
    if (!entry.thirdParty) return { content: name.text, lang };
    // Beside "Third party" (UI text), the name carries its own lang.
    const named = lang ? html`<span lang=${lang}>${name.text}</span>` : name.text;
    return { content: html`${named} <span class="third-party">${thirdParty}</span>` };
  }
}
