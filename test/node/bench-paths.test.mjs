// The benchmark's Reject-all and stale-decision table (bench/report.mjs): a column per contender,
// medians, the ratio of each of ours to each peer, and how often a stale visit ran the gated script.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATH_METRICS, pathsSection } from '../../bench/report.mjs';

const sample = (rejectGoneMs, staleShownMs, staleGateRan = 0) => ({
  rejectGoneMs,
  rejectReturningBytes: 10_000,
  rejectReturningRequests: 5,
  rejectReturningScriptMs: 10,
  staleShownMs,
  staleBytes: 20_000,
  staleScriptMs: 100,
  staleGateRan,
});

describe('bench: the Reject-all and stale-decision table', () => {
  const contenders = [{ id: 'cookie-elements' }, { id: 'cookie-elements-snippet' }, { id: 'orejime' }];
  const section = pathsSection(contenders, {
    'cookie-elements': [sample(20, 400), sample(40, 600), sample(30, 500)],
    'cookie-elements-snippet': [],
    orejime: [sample(10, 800, 1), sample(10, 900, 0)],
  });
  const rows = section.split('\n').filter((line) => line.startsWith('| '));

  it('has a column per contender and a ratio column for each of ours against each peer', () => {
    assert.equal(
      rows[0],
      '| Metric | cookie-elements | cookie-elements-snippet | orejime | cookie-elements / orejime | cookie-elements-snippet / orejime |',
    );
    assert.equal(rows.length, 2 + PATH_METRICS.length);
  });

  it('gives the median of the samples and ours divided by the peer', () => {
    const reject = rows.find((row) => row.startsWith('| Click on Reject all')).split(' | ');
    assert.match(reject[1], /^30 \(IQR 25–35; 20–40\)$/);
    assert.equal(reject[2], '—'); // no samples
    assert.match(reject[3], /^10 /);
    assert.equal(reject[4], '3.00×');
    assert.equal(reject[5], '— |');
    const stale = rows.find((row) => row.startsWith('| Stale decision: banner')).split(' | ');
    assert.equal(stale[4], '0.59×'); // 500 / 850
  });

  it('counts the stale visits in which the gated script ran', () => {
    assert.match(section, /cookie-elements 0 of 3, cookie-elements-snippet 0 of 0, orejime 1 of 2\./);
  });
});
