// The benchmark's registry scaling of every contender (bench/report.mjs): a row per size and
// metric, a column per contender, the ratio of each of ours to each peer, and the failed samples.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PEER_SCALING_METRICS, peerScalingSection } from '../../bench/report.mjs';

const sample = (shownMs, htmlBytes) => ({ shownMs, scriptMs: 100, htmlBytes, bytes: htmlBytes + 10_000 });

describe('bench: registry scaling of every contender', () => {
  const contenders = [{ id: 'cookie-elements' }, { id: 'orejime' }];
  const section = peerScalingSection({
    contenders,
    sizes: [
      {
        entries: 10,
        samples: { 'cookie-elements': [sample(500, 3000), sample(700, 3000)], orejime: [sample(400, 1000)] },
      },
      { entries: 10000, samples: { 'cookie-elements': [sample(1500, 80_000)], orejime: [] } },
    ],
    failures: ['10000 entries, orejime: no banner'],
  });
  const rows = section.split('\n').filter((line) => line.startsWith('| '));

  it('has a row per size and metric, each size apart', () => {
    assert.equal(rows[0], '| Metric | cookie-elements | orejime | cookie-elements / orejime |');
    assert.equal(rows.length, 2 + 2 * PEER_SCALING_METRICS.length);
    assert.match(
      rows[2],
      /^\| 10 entries: banner visible and clickable \[ms\] \| 600 \(IQR 550–650; 500–700\) \| 400 /,
    );
    const big = rows.find((row) => row.startsWith("| 10,000 entries: the page's HTML")).split(' | ');
    assert.match(big[1], /^80000 /);
    assert.equal(big[2], '—');
    assert.equal(big[3], '— |');
  });

  it('gives ours divided by the peer for each size', () => {
    const html = rows.find((row) => row.startsWith("| 10 entries: the page's HTML")).split(' | ');
    assert.equal(html[3], '3.00× |');
  });

  it('counts the samples and names the failed ones', () => {
    assert.match(section, /samples per size, in the columns' order: 10: 2\/1, 10000: 1\/0\)/);
    assert.match(section, /Failed samples:\n\n- 10000 entries, orejime: no banner\n/);
  });
});
