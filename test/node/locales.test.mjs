// Every UI string of the suite is translated in every target locale of lit-localize.json: no missing,
// empty or untranslated target, placeholders kept (scripts/check-locales.mjs), and the XLIFF files
// hold exactly the messages of the source code (run `npx lit-localize extract` after adding a msg()).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkLocale, readXliff } from '../../scripts/check-locales.mjs';

const config = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));

/** Message ids used in the source: `msg(…, { id: '…' })` in every module of src/ that imports `msg`. */
function sourceIds() {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const ids = new Set();
  for (const file of readdirSync(src, { recursive: true })) {
    if (!file.endsWith('.ts') || file.startsWith(join('i18n', 'generated'))) continue;
    const text = readFileSync(join(src, file), 'utf8');
    if (!/import \{[^}]*\bmsg\b[^}]*\} from/.test(text)) continue;
    for (const match of text.matchAll(/\{\s*id:\s*'([\w.]+)',?\s*\}/g)) ids.add(match[1]);
  }
  return ids;
}

describe('locales', () => {
  it('cover the 24 official EU languages and the other required ones', () => {
    const required =
      'bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv uk ru nb is tr ar he zh-Hans zh-Hant ja ko pt-BR'.split(
        ' ',
      );
    assert.deepEqual(
      required.filter((locale) => !config.targetLocales.includes(locale)),
      [],
    );
    assert.equal(config.sourceLocale, 'en');
  });

  it('hold exactly the messages the source code uses', () => {
    const xliff = [...readXliff(readFileSync(new URL('../../locales/de.xlf', import.meta.url), 'utf8')).keys()].sort();
    assert.deepEqual(xliff, [...sourceIds()].sort());
  });

  for (const locale of config.targetLocales) {
    it(`${locale}: every message translated, placeholders kept`, () => {
      assert.deepEqual(checkLocale(locale), []);
    });
  }
});

describe('generated locale modules', () => {
  it('exist for every target locale and match the XLIFF (`npm run localize` run after every change)', () => {
    const result = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('../../scripts/localize.mjs', import.meta.url)), '--check'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, result.stderr + result.stdout);
    for (const locale of config.targetLocales) {
      const module = readFileSync(new URL(`../../src/i18n/generated/${locale}.ts`, import.meta.url), 'utf8');
      assert.match(module, /export const templates = \{/, locale);
      assert.doesNotMatch(module, /from 'lit'/, `${locale} must import html from lit/html.js`);
    }
  });
});
