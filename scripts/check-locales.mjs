#!/usr/bin/env node
/**
 * Checks the XLIFF files in locales/ (one per target locale in lit-localize.json): every message
 * of the source has a target; no target is empty; placeholders (<x id=…/>) match the source's;
 * a target equal to its English source counts as untranslated unless listed as a loanword.
 * Usage: node scripts/check-locales.mjs [locale …]   (exit 1 on any problem)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));

/** Targets that may equal the English source (the word is the same in that language). */
export const SAME_AS_ENGLISH = {
  '*': ['Cookie', 'IndexedDB', 'Consent ID'],
  de: ['Name'],
  fr: ['Type', 'Services', 'Session'],
  da: ['Type', 'Session'],
};

const unescape = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The trans-units of an XLIFF 1.2 file: id → { source, target }. */
export function readXliff(text) {
  const units = new Map();
  for (const match of text.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2];
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target(?: [^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.set(match[1], { source, target });
  }
  return units;
}

const placeholders = (text) =>
  [...(text ?? '').matchAll(/<x id="([^"]+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Problems of one locale's file, as strings. */
export function checkLocale(locale) {
  let text;
  try {
    text = readFileSync(`${root}locales/${locale}.xlf`, 'utf8');
  } catch {
    return [`${locale}: locales/${locale}.xlf is missing`];
  }
  const problems = [];
  const allowed = new Set([...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])]);
  for (const [id, { source, target }] of readXliff(text)) {
    if (target === undefined) problems.push(`${locale} ${id}: no target`);
    else if (
      !unescape(target)
        .replace(/<x [^>]*\/>/g, '')
        .trim()
    )
      problems.push(`${locale} ${id}: empty target`);
    else if (target === source && !allowed.has(unescape(source))) problems.push(`${locale} ${id}: not translated`);
    else if (placeholders(target) !== placeholders(source))
      problems.push(`${locale} ${id}: placeholders differ from the source`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const locales = process.argv.slice(2).length ? process.argv.slice(2) : config.targetLocales;
  const problems = locales.flatMap(checkLocale);
  for (const problem of problems) console.error(problem);
  console.log(`${locales.length} locale(s) checked: ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}
