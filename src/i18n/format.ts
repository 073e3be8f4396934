/**
 * Intl formatting of the values the elements show: ISO 8601 durations, registry dates and the
 * time of a decision. The one home of this code (the table and the settings both use it);
 * Lit-free and zod-free. Nothing here throws: a value or a language tag that `Intl` cannot
 * handle comes back as it was given.
 */
// A type only: the elements that format load no registry module at run time for it.
import type { DURATION_KEYWORDS } from '../registry/vocabulary.js';

/** A duration that is not an ISO 8601 period (`session`, `persistent`): the caller words it. */
export type DurationKeyword = (typeof DURATION_KEYWORDS)[number];

/** Every keyword (the compiler checks this against `DURATION_KEYWORDS`). */
const KEYWORDS: Readonly<Record<DurationKeyword, true>> = { session: true, persistent: true };

/** The units of an ISO 8601 duration, in its order, as `Intl` names them. */
const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * `ISO_DURATION_PATTERN` of src/registry/vocabulary.ts (what the registry accepts) with a group per unit: an amount is
 * digits with at most one decimal part (`.` or `,`); at least one component; `T` only before a
 * time component. test/i18n/format.test.ts checks that both accept the same strings.
 */
const COMPONENTS =
  /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** `Intl.DurationFormat` (not yet in TypeScript's lib), where the engine has it. */
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'long' },
) => { format(duration: Partial<Record<`${DurationUnit}s`, number>>): string };

/** Whether `value` is `session` or `persistent`. */
export function isDurationKeyword(value: string): value is DurationKeyword {
  return Object.hasOwn(KEYWORDS, value);
}

const formatters = new Map<string, unknown>();

/**
 * One `Intl` formatter per kind, language and options, made on first use: making one costs far
 * more than using it, and a long policy table formats a duration on every row. A formatter the
 * engine refuses to make throws, and is not kept.
 */
function cached<T>(key: string, make: () => T): T {
  formatted = true;
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}

/** Whether this page formatted something here (so the renderer's `Intl` is ready). */
let formatted = false;
let ready: Promise<void> | undefined;

/**
 * `format()`'s result now when this page has formatted with `Intl` before; else `undefined`, and
 * `then()` once `format()` ran after the next paint. The first `Intl` formatter a renderer process
 * makes loads ICU's data (~30 ms; over 100 ms at 4× CPU throttling), which a view shown on a click
 * (the settings dialog) need not wait for: it shows, and its value follows a frame later (in a
 * hidden page, whose frames stop, once the page is shown).
 */
export function formatAfterPaint(format: () => string, then: () => void): string | undefined {
  if (formatted) return format();
  (ready ??= new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))).then(() => {
    format();
    formatted = true;
    then();
  });
  return undefined;
}

/**
 * An ISO 8601 duration (`P30D`, `P1Y2M3DT4H`, `P2W`, `PT30M`, `P1.5D`, `P1,5D`) in words for
 * `language` ("30 days", "1 year, 2 months, 3 days, 4 hours"): `Intl.DurationFormat` where the
 * engine has it and every amount is whole, else one `Intl.NumberFormat` unit per component
 * joined by `Intl.ListFormat`. Components of zero are left out; a duration of nothing but zeros
 * reads as its last component ("0 days").
 *
 * `undefined` for the keywords `session` and `persistent` (they are UI strings, the caller's to
 * word). Anything else that is not an ISO 8601 duration, or a language `Intl` refuses, comes back
 * unchanged.
 */
export function formatDuration(duration: string, language: string): string | undefined {
  if (isDurationKeyword(duration)) return undefined;
  const match = COMPONENTS.exec(duration);
  if (!match) return duration;
  const specified = DURATION_UNITS.flatMap((unit, i) => {
    const amount = match[i + 1];
    return amount === undefined ? [] : [{ unit, amount: Number(amount.replace(',', '.')) }];
  });
  const nonZero = specified.filter(({ amount }) => amount !== 0);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat && nonZero.length && nonZero.every(({ amount }) => Number.isInteger(amount))) {
    try {
      return cached(`d${language}`, () => new DurationFormat(language, { style: 'long' })).format(
        Object.fromEntries(nonZero.map(({ unit, amount }) => [`${unit}s`, amount])),
      );
    } catch {
      // an engine that refuses the language or an amount (beyond its limits): the fallback below
    }
  }
  try {
    const words = (nonZero.length ? nonZero : specified.slice(-1)).map(({ unit, amount }) =>
      cached(
        `n${language} ${unit}`,
        () => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }),
      ).format(amount),
    );
    return cached(`l${language}`, () => new Intl.ListFormat(language, { style: 'long', type: 'unit' })).format(words);
  } catch {
    return duration;
  }
}

/**
 * A calendar date (`YYYY-MM-DD`, as the registry's `updated`) in words for `language`
 * ("May 23, 2026"), formatted in UTC so that it never shifts a day whatever the visitor's time
 * zone. Anything else, an impossible date (`2026-02-30`) or a language `Intl` refuses comes back
 * unchanged.
 */
export function formatDate(isoDate: string, language: string): string {
  formatted = true;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return isoDate;
  }
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

/**
 * An instant (an ISO 8601 date-time such as a decision's `decidedAt`) as a medium date and a
 * short time for `language`, in the visitor's own time zone (when they made their choice, by
 * their clock). Anything `Date` cannot read, or a language `Intl` refuses, comes back unchanged.
 */
export function formatDateTime(iso: string, language: string): string {
  formatted = true;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return iso;
  }
}
