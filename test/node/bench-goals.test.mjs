// Issue 7's "done when", read off a benchmark run (bench/report.mjs): each of ours against every
// peer on the rows it must lead, with a tie band for a noisy host, then the rows that must hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GOALS, METRICS, goalsSection, standing, summarize } from '../../bench/report.mjs';

/** A run whose every metric is `value`, but `overrides`. */
const sample = (value, overrides = {}) => ({
  ...Object.fromEntries(METRICS.map(([key]) => [key, value])),
  ...overrides,
});

const contenders = [
  { id: 'cookie-elements' },
  { id: 'cookie-elements-snippet' },
  { id: 'vanilla-cookieconsent' },
  { id: 'orejime' },
];
const samples = {
  'cookie-elements': [sample(100, { shownMs: 120, shift: 0 })],
  'cookie-elements-snippet': [sample(90, { shownMs: 98, shift: 0 })],
  'vanilla-cookieconsent': [sample(200, { shownMs: 150 })],
  orejime: [sample(100, { shownMs: 100 })],
};
const summary = summarize(contenders, samples, samples);
const kb = (before, after) => ({ heapKb: before, nodes: 10, listeners: 5, documents: 1, ...after });
const memory = {
  limits: { heapKb: 1024, nodes: 50, listeners: 10 },
  test: { before: kb(1000), after: kb(1300) },
  interaction: { test: { before: kb(1000), after: kb(1000, { listeners: 25 }) } },
};
const scaling = {
  sizes: [
    { entries: 1000, validationMs: [40], tableMs: [800] },
    { entries: 10000, validationMs: [300], tableMs: [5000] },
  ],
};

describe('bench: where a run stands on issue 7', () => {
  const rows = goalsSection(contenders, summary, { scaling, memory })
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(2);
  const row = (goal, ours) => rows.find((r) => r.startsWith(`| ${goal} | ${ours} |`));

  it('says a ratio within 5 % is level, below ahead, above behind', () => {
    assert.equal(standing(0.94), 'ahead');
    assert.equal(standing(0.96), 'level');
    assert.equal(standing(1.05), 'level');
    assert.equal(standing(1.06), 'behind');
  });

  it('has a row for each goal and each of ours', () => {
    assert.equal(rows.length, GOALS.length * 2 + 3);
  });

  it('names every peer a goal is not ahead of, with the ratio', () => {
    const clickable = row('Time to a clickable banner', 'cookie-elements');
    assert.match(clickable, /vanilla-cookieconsent 0\.80×, orejime 1\.20×/);
    assert.match(clickable, /\*\*behind orejime\*\* \|$/);
    assert.match(row('Time to a clickable banner', 'cookie-elements-snippet'), /\*\*level with orejime\*\* \|$/);
    assert.match(row('Bytes of a returning visit', 'cookie-elements-snippet'), /\*\*ahead of every peer\*\* \|$/);
  });

  it('holds layout shift, scaling and memory to their verdicts', () => {
    assert.match(
      rows.find((r) => r.startsWith('| Layout shift')),
      /\*\*zero\*\* \|$/,
    );
    assert.match(
      rows.find((r) => r.startsWith('| Registry scaling')),
      /0\.75×, 0\.63×.*\*\*linear\*\* \|$/,
    );
    // the interaction run left 20 listeners behind: beyond the limit of 10
    assert.match(
      rows.find((r) => r.startsWith('| Memory')),
      /\*\*LEAK\*\* \|$/,
    );
  });
});
