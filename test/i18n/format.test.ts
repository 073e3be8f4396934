import { expect } from '@open-wc/testing';
import { formatAfterPaint, formatDate, formatDateTime, formatDuration } from '../../src/i18n/format.js';
import { DURATION_KEYWORDS, ISO_DURATION_PATTERN } from '../../src/registry/vocabulary.js';

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
type Amounts = Partial<Record<Unit, number>>;
type DurationFormatConstructor = new (l: string, o: object) => { format(d: Record<string, number>): string };

const LANGUAGES = ['en', 'de', 'uk', 'ar'] as const;

/** This engine's `Intl.DurationFormat`, if it has one. */
function durationFormat(): DurationFormatConstructor | undefined {
  return (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
}

/** The units one by one, as `Intl.NumberFormat` words them, joined by `Intl.ListFormat` (the fallback). */
function intlUnits(amounts: Amounts, language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(
    Object.entries(amounts).map(([unit, value]) =>
      new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value),
    ),
  );
}

/** A duration as this engine's Intl words it: `Intl.DurationFormat` where it can, else unit by unit. */
function intlDuration(amounts: Amounts, language: string): string {
  const DurationFormat = durationFormat();
  return DurationFormat && Object.values(amounts).every(Number.isInteger)
    ? new DurationFormat(language, { style: 'long' }).format(
        Object.fromEntries(Object.entries(amounts).map(([unit, value]) => [`${unit}s`, value])),
      )
    : intlUnits(amounts, language);
}

/** A whole number as this engine writes it in `language` (Arabic-Indic digits in some engines' `ar`). */
function digits(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false }).format(value);
}

/** Runs `fn` with `Intl.DurationFormat` removed, as in engines without it (Node 20, Safari < 16.4). */
function withoutDurationFormat<T>(fn: () => T): T {
  const intl = Intl as unknown as { DurationFormat?: unknown };
  const had = Object.prototype.hasOwnProperty.call(intl, 'DurationFormat');
  const original = intl.DurationFormat;
  delete intl.DurationFormat;
  try {
    return fn();
  } finally {
    if (had) intl.DurationFormat = original;
  }
}

/**
 * Runs `fn` as if the engine's time zone were `timeZone`: `Intl.DateTimeFormat` without an
 * explicit `timeZone` formats in it (these machines run every engine in UTC, which hides a
 * date shifted by a local-time conversion).
 */
function inTimeZone<T>(timeZone: string, fn: () => T): T {
  const Original = Intl.DateTimeFormat;
  const Shifted = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Original(locales, { timeZone, ...options });
  } as unknown as typeof Intl.DateTimeFormat;
  Shifted.supportedLocalesOf = Original.supportedLocalesOf;
  Intl.DateTimeFormat = Shifted;
  try {
    return fn();
  } finally {
    Intl.DateTimeFormat = Original;
  }
}

describe('i18n/format', () => {
  describe('formatDuration', () => {
    describe('units', () => {
      const cases: [string, Unit, number, string][] = [
        ['P1Y', 'year', 1, '1 year'],
        ['P2Y', 'year', 2, '2 years'],
        ['P3M', 'month', 3, '3 months'],
        ['P1W', 'week', 1, '1 week'],
        ['P2W', 'week', 2, '2 weeks'],
        ['P30D', 'day', 30, '30 days'],
        ['PT4H', 'hour', 4, '4 hours'],
        ['PT30M', 'minute', 30, '30 minutes'],
        ['PT45S', 'second', 45, '45 seconds'],
      ];
      for (const [duration, unit, value, english] of cases) {
        it(`words ${duration} as ${english} in English (the same in every engine)`, () => {
          expect(formatDuration(duration, 'en')).to.equal(english);
        });
        it(`words ${duration} in de, uk and ar as this engine's Intl does`, () => {
          for (const language of ['de', 'uk', 'ar']) {
            const words = formatDuration(duration, language);
            expect(words, language).to.equal(intlDuration({ [unit]: value }, language));
            expect(words, language).not.to.equal(duration);
          }
        });
      }

      it('tells the month (M before T) from the minute (M after T)', () => {
        expect(formatDuration('P6M', 'en')).to.equal('6 months');
        expect(formatDuration('PT6M', 'en')).to.equal('6 minutes');
      });

      it('uses the plural forms of each language (Ukrainian has three)', () => {
        for (const value of [1, 2, 5, 21]) {
          expect(formatDuration(`P${value}D`, 'uk')).to.equal(intlDuration({ day: value }, 'uk'));
        }
        expect(formatDuration('P2D', 'uk')).not.to.equal(formatDuration('P5D', 'uk')?.replace('5', '2'));
      });
    });

    describe('combinations', () => {
      it('words every component, largest first', () => {
        expect(formatDuration('P1Y2M3DT4H', 'en')).to.equal('1 year, 2 months, 3 days, 4 hours');
        expect(formatDuration('P1Y2M3DT4H5M6S', 'en')).to.equal(
          '1 year, 2 months, 3 days, 4 hours, 5 minutes, 6 seconds',
        );
        expect(formatDuration('P1DT12H', 'en')).to.equal('1 day, 12 hours');
        expect(formatDuration('P1Y2W', 'en')).to.equal('1 year, 2 weeks');
      });

      it('in de, uk and ar as this engine’s Intl joins them', () => {
        for (const language of LANGUAGES) {
          expect(formatDuration('P1Y2M3DT4H', language), language).to.equal(
            intlDuration({ year: 1, month: 2, day: 3, hour: 4 }, language),
          );
          expect(formatDuration('P1DT12H', language), language).to.equal(intlDuration({ day: 1, hour: 12 }, language));
        }
      });

      it('leaves out components of zero; all zeros read as the last one', () => {
        expect(formatDuration('P1Y0M', 'en')).to.equal('1 year');
        expect(formatDuration('P0Y0M1D', 'en')).to.equal('1 day');
        expect(formatDuration('P0D', 'en')).to.equal('0 days');
        expect(formatDuration('PT0S', 'en')).to.equal('0 seconds');
        expect(formatDuration('P0D', 'de')).to.equal(intlUnits({ day: 0 }, 'de'));
      });
    });

    describe('fractions', () => {
      it('words a fractional amount with the language’s decimal separator', () => {
        expect(formatDuration('P1.5D', 'en')).to.equal('1.5 days');
        expect(formatDuration('PT0.5S', 'en')).to.equal('0.5 seconds');
        for (const language of LANGUAGES) {
          expect(formatDuration('P1.5D', language), language).to.equal(intlUnits({ day: 1.5 }, language));
        }
        expect(formatDuration('P1.5D', 'de')).to.contain(new Intl.NumberFormat('de').format(1.5)).and.contain(',');
      });

      it('reads a comma as the decimal separator (ISO 8601 allows both)', () => {
        expect(formatDuration('P1,5D', 'en')).to.equal('1.5 days');
        for (const language of LANGUAGES) {
          expect(formatDuration('P1,5D', language), language).to.equal(formatDuration('P1.5D', language));
        }
      });

      it('words a fraction among whole components unit by unit', () => {
        expect(formatDuration('P1DT1.5H', 'en')).to.equal('1 day, 1.5 hours');
        expect(formatDuration('P1DT1.5H', 'ar')).to.equal(intlUnits({ day: 1, hour: 1.5 }, 'ar'));
      });
    });

    describe('keywords', () => {
      it('returns undefined for session and persistent (the caller words them)', () => {
        expect(formatDuration('session', 'en')).to.equal(undefined);
        expect(formatDuration('persistent', 'de')).to.equal(undefined);
        for (const keyword of DURATION_KEYWORDS) expect(formatDuration(keyword, 'en'), keyword).to.equal(undefined);
      });

      it('takes nothing else for a keyword', () => {
        for (const value of ['Session', 'PERSISTENT', 'toString', 'constructor', '__proto__']) {
          expect(formatDuration(value, 'en')).to.equal(value);
        }
      });
    });

    describe('invalid input', () => {
      const invalid = [
        '',
        'P',
        'PT',
        'P1',
        'P1DT',
        'PT1D',
        'P1M1Y',
        'P1.5.5D',
        'P1..5D',
        'P.5D',
        'P-1D',
        ' P1D',
        'p1d',
        '30 days',
        'Session',
        'forever',
        '<b>P1D</b>',
      ];
      for (const value of invalid) {
        it(`returns ${JSON.stringify(value)} unchanged`, () => {
          expect(formatDuration(value, 'en')).to.equal(value);
        });
      }

      it('words exactly the durations the registry accepts (ISO_DURATION_PATTERN)', () => {
        const samples = [
          ...['P1Y', 'P1M', 'P1W', 'P1D', 'PT1H', 'PT1M', 'PT1S', 'P1Y2M3W4DT5H6M7S', 'P0D', 'P1.5D', 'P1,5D'],
          ...[
            'PT0.25S',
            'P10Y',
            'P1DT1H',
            'P1YT1S',
            'P1D1Y',
            'P1,D',
            'P1.D',
            'P1.5.5D',
            'P,5D',
            'PT',
            'P',
            'PT1',
            'P1H',
          ],
          ...['P1Y1Y', 'PP1D', 'P1DT1HT1M', 'P1WT', 'P1 D', 'P١D', 'P1D ', '\tP1D', 'P1DT1H1M1S1'],
        ];
        for (const value of samples) {
          expect(formatDuration(value, 'en') !== value, value).to.equal(ISO_DURATION_PATTERN.test(value));
        }
      });

      it('returns the duration unchanged for a language tag Intl refuses', () => {
        expect(() => formatDuration('P1D', 'not a language!')).not.to.throw();
        expect(formatDuration('P1D', 'not a language!')).to.equal('P1D');
        expect(formatDuration('P1.5D', '')).to.equal('P1.5D');
      });

      it('never throws for amounts beyond Intl.DurationFormat’s limits', () => {
        const huge = 'P99999999999999999999Y';
        expect(() => formatDuration(huge, 'en')).not.to.throw();
        expect(formatDuration(huge, 'en')).to.contain(new Intl.NumberFormat('en').format(Number(huge.slice(1, -1))));
      });
    });

    describe('without Intl.DurationFormat', () => {
      it('words each unit with Intl.NumberFormat and joins them with Intl.ListFormat', () => {
        withoutDurationFormat(() => {
          expect(formatDuration('P30D', 'en')).to.equal('30 days');
          expect(formatDuration('P1Y2M3DT4H', 'en')).to.equal('1 year, 2 months, 3 days, 4 hours');
          for (const language of LANGUAGES) {
            expect(formatDuration('P2W', language), language).to.equal(intlUnits({ week: 2 }, language));
            expect(formatDuration('P1DT12H', language), language).to.equal(intlUnits({ day: 1, hour: 12 }, language));
            expect(formatDuration('P30D', language), language).to.contain(digits(30, language));
          }
        });
      });

      it('falls back the same way where Intl.DurationFormat throws', () => {
        const intl = Intl as unknown as { DurationFormat?: unknown };
        const had = Object.prototype.hasOwnProperty.call(intl, 'DurationFormat');
        const original = intl.DurationFormat;
        intl.DurationFormat = class {
          constructor() {
            throw new RangeError('unsupported');
          }
        };
        try {
          expect(formatDuration('P1Y6M', 'en')).to.equal('1 year, 6 months');
        } finally {
          if (had) intl.DurationFormat = original;
          else delete intl.DurationFormat;
        }
      });
    });
  });

  describe('formatDate', () => {
    it('words a registry date in long style', () => {
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2026, 4, 23),
      );
      expect(formatDate('2026-05-23', 'en')).to.equal(expected);
      expect(formatDate('2026-05-23', 'en')).to.equal('May 23, 2026');
    });

    it('never shifts a day, whatever the time zone (23 May stays 23 May)', () => {
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2026, 4, 23),
      );
      for (const timeZone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati']) {
        const words = inTimeZone(timeZone, () => formatDate('2026-05-23', 'en'));
        expect(words, timeZone).to.equal(expected);
        expect(words, timeZone).to.contain('23');
      }
      // The check above can fail: in UTC−11, midnight UTC of 23 May is still 22 May.
      expect(
        inTimeZone('Pacific/Pago_Pago', () => new Intl.DateTimeFormat('en').format(Date.UTC(2026, 4, 23))),
      ).to.contain('22');
    });

    it('in de, uk and ar as this engine’s Intl words it', () => {
      for (const language of LANGUAGES) {
        const expected = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2026, 0, 2),
        );
        expect(formatDate('2026-01-02', language), language).to.equal(expected);
        expect(formatDate('2026-01-02', language), language).to.contain(digits(2026, language));
      }
    });

    it('words early years as they are (0050 is not 1950)', () => {
      expect(formatDate('0050-03-01', 'en')).to.contain('50').and.not.contain('1950');
    });

    for (const value of ['', '2026-5-23', '23.05.2026', '2026-02-30', '2026-13-01', '2026-05-23T10:00:00Z', 'soon']) {
      it(`returns ${JSON.stringify(value)} unchanged`, () => {
        expect(formatDate(value, 'en')).to.equal(value);
      });
    }

    it('returns the date unchanged for a language tag Intl refuses', () => {
      expect(formatDate('2026-05-23', 'not a language!')).to.equal('2026-05-23');
    });
  });

  describe('formatDateTime', () => {
    const decidedAt = '2026-05-23T22:30:00.000Z';

    it('words an instant as a medium date and a short time', () => {
      expect(formatDateTime(decidedAt, 'en')).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(decidedAt)),
      );
      for (const language of LANGUAGES) {
        expect(formatDateTime(decidedAt, language), language).to.equal(
          new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(decidedAt)),
        );
      }
    });

    it('in the visitor’s own time zone (by their clock)', () => {
      const inBerlin = inTimeZone('Europe/Berlin', () => formatDateTime(decidedAt, 'en'));
      const inLosAngeles = inTimeZone('America/Los_Angeles', () => formatDateTime(decidedAt, 'en'));
      expect(inBerlin).to.contain('May 24').and.contain('12:30');
      expect(inLosAngeles).to.contain('May 23').and.contain('3:30');
    });

    for (const value of ['', 'yesterday', '2026-13-45T99:00:00Z']) {
      it(`returns ${JSON.stringify(value)} unchanged`, () => {
        expect(formatDateTime(value, 'en')).to.equal(value);
      });
    }

    it('returns the instant unchanged for a language tag Intl refuses', () => {
      expect(formatDateTime(decidedAt, 'not a language!')).to.equal(decidedAt);
    });
  });

  describe('formatAfterPaint', () => {
    it('formats at once on a page that has formatted before', () => {
      formatDate('2026-05-23', 'en');
      let called = false;
      expect(
        formatAfterPaint(
          () => 'now',
          () => (called = true),
        ),
      ).to.equal('now');
      expect(called, 'no update needed').to.equal(false);
    });
  });
});
