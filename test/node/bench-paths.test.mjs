// The benchmark's Reject-all, early-Accept and stale-decision table (bench/report.mjs): a column per
// contender, medians, the ratio of each of ours to each peer, how often an early Accept left the
// banner on screen and how often a stale visit ran the gated script.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATH_METRICS, pathsSection } from '../../bench/report.mjs';

const sample = (rejectGoneMs, staleShownMs, staleGateRan = 0, earlyGoneMs = 100) => ({
  rejectGoneMs,
  rejectReturningBytes: 10_000,
  rejectReturningRequests: 5,
  rejectReturningScriptMs: 10,
  earlyGoneMs,
  earlyAnalyticsMs: 150,
  earlyStays: earlyGoneMs === null ? 1 : 0,
  staleShownMs,
  staleBytes: 20_000,
  staleScriptMs: 100,
  staleGateRan,
});

describe('bench: the Reject-all, early-Accept and stale-decision table', () => {
  const contenders = [{ id: 'cookie-elements' }, { id: 'cookie-elements-snippet' }, { id: 'orejime' }];
  const section = pathsSection(contenders, {
    'cookie-elements': [sample(20, 400, 0, 100), sample(40, 600, 0, null), sample(30, 500, 0, 100)],
    'cookie-elements-snippet': [],
    orejime: [sample(10, 800, 1, null), sample(10, 900, 1, 40)],
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

  it('leaves a banner that stayed out of the early Accept times, and counts it', () => {
    const early = rows.find((row) => row.startsWith('| Early Accept → banner gone')).split(' | ');
    assert.match(early[1], /^100 \(IQR 100–100; 100–100\)$/); // the samples that stayed have no time
    assert.match(early[3], /^40 \(IQR 40–40; 40–40\)$/);
    assert.equal(early[4], '2.50×');
    assert.match(
      section,
      /^Early Accepts that left the banner on screen 5 s after the gated script ran \(no "gone" time\): cookie-elements 1 of 3, cookie-elements-snippet 0 of 0, orejime 1 of 2\.$/m,
    );
  });

  it('counts the stale visits in which the gated script ran', () => {
    assert.match(
      section,
      /^Stale visits .*\n?.*: cookie-elements 0 of 3, cookie-elements-snippet 0 of 0, orejime 2 of 2\.$/m,
    );
  });
});
