// The benchmark's settings-dialog table (bench/report.mjs): one column per contender, medians, and
// the ratio of ours to each peer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOG_METRICS, dialogSection } from '../../bench/report.mjs';

const sample = (firstMs, saveMs) => ({
  firstMs,
  firstBytes: 20_000,
  firstRequests: 4,
  withPageBytes: 30_000,
  saveMs,
  secondMs: 20,
});

describe('bench: the settings dialog table', () => {
  const contenders = [{ id: 'cookie-elements' }, { id: 'orejime' }, { id: 'klaro' }];
  const section = dialogSection(contenders, {
    'cookie-elements': [sample(300, 40), sample(500, 60), sample(400, 50)],
    orejime: [{ ...sample(100, 20), firstBytes: 0, firstRequests: 0 }],
    klaro: [],
  });
  const rows = section.split('\n').filter((line) => line.startsWith('| '));

  it('has a column per contender and a ratio column per peer', () => {
    assert.equal(
      rows[0],
      '| Metric | cookie-elements | orejime | klaro | cookie-elements / orejime | cookie-elements / klaro |',
    );
    assert.equal(rows.length, 2 + DIALOG_METRICS.length);
  });

  it('gives the median of the samples and ours divided by the peer', () => {
    const first = rows.find((row) => row.includes('first open [ms]')).split(' | ');
    assert.match(first[1], /^400 \(IQR 350–450; 300–500\)$/);
    assert.match(first[2], /^100 /);
    assert.equal(first[3], '—'); // no samples
    assert.equal(first[4], '4.00×');
    assert.equal(first[5], '— |');
    const bytes = rows.find((row) => row.startsWith('| Bytes the first open')).split(' | ');
    assert.equal(bytes[4], '∞'); // the peer downloaded nothing for it
  });
});
